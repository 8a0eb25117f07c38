"""Forms for typing up answers: the session's set-up, then one field per question."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovRadioInput, GovSelect, GovTextInput
from werkzeug.datastructures import MultiDict
from wtforms import Field, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from consult.models import Consultation, Question, QuestionKind, Venue
from consult.services.mediated_entry import MAX_PRESENT, EntrySetup, PreparedItem
from consult.services.questions import choices_for


class SetupForm(FlaskForm):
    consultation = SelectField("Consultation", widget=GovSelect(), choices=[],
                               validators=[InputRequired(message="Choose the consultation")])
    venue = SelectField("Venue", widget=GovSelect(), choices=[], validators=[InputRequired(message="Choose the venue")])
    kind = RadioField("Whose answers are these?", widget=GovRadioInput(), choices=[
        SelectChoice("individual", "One participant’s, typed up on their behalf"),
        SelectChoice("group", "A group session’s, agreed by the group"),
    ], validators=[InputRequired(message="Choose whether these are one participant’s or a group’s answers")])
    present = StringField("How many people took part? (group sessions only)", widget=GovTextInput())
    language = RadioField("Language the answers were given in", widget=GovRadioInput(), default="en",
                          choices=[SelectChoice("en", "English"), SelectChoice("cy", "Welsh")],
                          validators=[InputRequired(message="Choose the language the answers were given in")])

    def configure(self, consultations: list[Consultation], venues: list[Venue]) -> SetupForm:
        self.consultation.choices = [SelectChoice("", "Choose a consultation")] + [
            SelectChoice(str(c.id), c.title_en) for c in consultations]
        self.venue.choices = [SelectChoice("", "Choose a venue")] + [SelectChoice(str(v.id), v.name) for v in venues]
        return self

    def validate_present(self, field: Field) -> None:
        if self.kind.data != "group":
            return
        text = (field.data or "").strip()
        if not text.isdigit() or not 2 <= int(text) <= MAX_PRESENT:
            raise ValidationError(f"Enter how many people took part, a number from 2 to {MAX_PRESENT}")

    def setup(self) -> EntrySetup:
        group = self.kind.data == "group"
        return EntrySetup(int(self.consultation.data), int(self.venue.data), group,
                          int(self.present.data.strip()) if group else 1, self.language.data or "en")


def setup_from_args(args: MultiDict[str, str]) -> EntrySetup | None:
    """The set-up carried in the answers page's query string (checked again by the service)."""
    try:
        return EntrySetup(int(args["consultation"]), int(args["venue"]), args.get("group") == "1",
                          int(args.get("present", "1")), "cy" if args.get("language") == "cy" else "en")
    except (KeyError, ValueError):
        return None


def setup_args(setup: EntrySetup) -> dict[str, Any]:
    return {"consultation": setup.consultation_id, "venue": setup.venue_id, "group": int(setup.group),
            "present": setup.present, "language": setup.language}


def field_name(question: Question) -> str:
    return f"q{question.id}"


def answers_form(questions: list[Question], max_chars: int, items: tuple[PreparedItem, ...] = (),
                 formdata: MultiDict[str, str] | None = None) -> FlaskForm:
    """One optional field per question, filled from earlier prepared answers when changing them."""

    class AnswersForm(FlaskForm):
        pass

    for question in questions:
        label = f"{question.position}. {question.text_en}"
        if question.kind is QuestionKind.FREE_TEXT:
            field: Field = TextAreaField(label, widget=GovCharacterCount(), validators=[Optional(), Length(
                max=max_chars, message=f"Answer {question.position} must be {max_chars:,} characters or fewer")])
        else:
            field = RadioField(label, widget=GovRadioInput(), validators=[Optional()], choices=[
                SelectChoice(choice.value, choice.label) for choice in choices_for(question, "en")])
        setattr(AnswersForm, field_name(question), field)
    data = {f"q{item.question_id}": item.text if item.text is not None else item.choice for item in items}
    return AnswersForm(formdata=formdata, data=data)


def given_answers(form: FlaskForm, questions: list[Question]) -> dict[int, str]:
    return {question.id: str(form[field_name(question)].data or "") for question in questions}


def require_one_answer(form: FlaskForm, questions: list[Question]) -> bool:
    if any(given_answers(form, questions).values()):
        return True
    first = form[field_name(questions[0])]
    first.errors = [*first.errors, "Enter at least one answer"]  # type: ignore[list-item]
    return False
