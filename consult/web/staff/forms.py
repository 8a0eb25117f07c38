"""The builder's forms. Staff pages are in English only (see the README)."""

from __future__ import annotations

from contextlib import suppress
from datetime import date
from typing import Any

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovCheckboxInput,
    GovDateInput,
    GovRadioInput,
    GovSelect,
    GovTextArea,
    GovTextInput,
)
from wtforms import BooleanField, DateField, RadioField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from consult.models import QuestionKind, StatutoryPurpose
from consult.services.consultations import PURPOSE_LABELS
from consult.services.questions import sms_problem

KIND_LABELS = {
    QuestionKind.FREE_TEXT: "Free text: people write their own words",
    QuestionKind.SINGLE_CHOICE: "Single choice: people pick one option",
    QuestionKind.SCALE: "Scale: 1 to 5",
    QuestionKind.YES_NO: "Yes or no",
}


class DateInput(GovDateInput):
    """GovDateInput unpacks three values; a POST without the date (or with part of it) has fewer."""

    def map_gov_params(self, field: Any, **kwargs: Any) -> dict[str, Any]:
        if field.raw_data is not None and len(field.raw_data) != 3:
            field.raw_data = None
        return super().map_gov_params(field, **kwargs)  # type: ignore[no-any-return]


def _required(what: str) -> InputRequired:
    return InputRequired(message=f"Enter {what}")


class ConsultationForm(FlaskForm):
    title_en = StringField(
        "Title in English",
        widget=GovTextInput(),
        validators=[_required("a title in English"), Length(max=200, message="Title must be 200 characters or fewer")],
    )
    title_cy = StringField(
        "Title in Welsh",
        widget=GovTextInput(),
        validators=[_required("a title in Welsh"), Length(max=200, message="Title must be 200 characters or fewer")],
    )
    purpose_en = TextAreaField(
        "Why you are asking, in English",
        widget=GovTextArea(),
        validators=[_required("why you are asking, in English")],
        description="Shown on the kiosk's first page. Plain words, a few sentences.",
    )
    purpose_cy = TextAreaField(
        "Why you are asking, in Welsh", widget=GovTextArea(), validators=[_required("why you are asking, in Welsh")]
    )
    who_en = StringField(
        "Who is asking, in English",
        widget=GovTextInput(),
        validators=[
            _required("who is asking, in English"),
            Length(max=200, message="Who is asking must be 200 characters or fewer"),
        ],
        description="For example, Your Police and Crime Commissioner, Alex Jones",
    )
    who_cy = StringField(
        "Who is asking, in Welsh",
        widget=GovTextInput(),
        validators=[
            _required("who is asking, in Welsh"),
            Length(max=200, message="Who is asking must be 200 characters or fewer"),
        ],
    )
    statutory_purposes = SelectMultipleField(
        "Which duty does this consultation help meet?",
        widget=GovCheckboxesInput(),
        choices=[SelectChoice(p.value, PURPOSE_LABELS[p]) for p in StatutoryPurpose],
        validators=[InputRequired(message="Choose at least one duty this consultation helps meet")],
        description="Shown in the consultation's reports. Select all that apply.",
    )
    sms_keyword = StringField(
        "Text keyword in English (optional)",
        widget=GovTextInput(),
        validators=[Optional(), Length(max=20, message="A keyword must be 20 characters or fewer")],
        description="The word people text to join, for example VOICE",
    )
    sms_keyword_cy = StringField(
        "Text keyword in Welsh (optional)",
        widget=GovTextInput(),
        validators=[Optional(), Length(max=20, message="A keyword must be 20 characters or fewer")],
        description="Starts the conversation in Welsh, for example LLAIS",
    )


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class QuestionForm(FlaskForm):
    kind = RadioField(
        "Kind of question",
        widget=GovRadioInput(),
        choices=[SelectChoice(k.value, label) for k, label in KIND_LABELS.items()],
        validators=[InputRequired(message="Choose the kind of question")],
    )
    text_en = TextAreaField(
        "Question in English", widget=GovTextArea(), validators=[_required("the question in English")]
    )
    text_cy = TextAreaField("Question in Welsh", widget=GovTextArea(), validators=[_required("the question in Welsh")])
    easy_read_en = TextAreaField(
        "Easy Read wording in English (optional)",
        widget=GovTextArea(),
        description="Short words and sentences, shown when a person chooses Easy Read",
    )
    easy_read_cy = TextAreaField("Easy Read wording in Welsh (optional)", widget=GovTextArea())
    sms_text_en = TextAreaField(
        "Text message wording in English (optional)",
        widget=GovTextArea(),
        validators=[Length(max=160, message="Text message wording must be 160 characters or fewer")],
    )
    sms_text_cy = TextAreaField(
        "Text message wording in Welsh (optional)",
        widget=GovTextArea(),
        validators=[Length(max=160, message="Text message wording must be 160 characters or fewer")],
    )
    hint_en = StringField(
        "Hint in English (optional)",
        widget=GovTextInput(),
        description="For example, Do not write your name or anyone else's",
    )
    hint_cy = StringField("Hint in Welsh (optional)", widget=GovTextInput())
    options_en = TextAreaField(
        "Options in English",
        widget=GovTextArea(),
        description="Single choice and scale only: one option a line, in order",
    )
    options_cy = TextAreaField(
        "Options in Welsh", widget=GovTextArea(), description="One a line, in the same order as the English"
    )
    required = BooleanField(
        "People should answer this question",
        widget=GovCheckboxInput(),
        description="Shown as required in reports; people can still skip any question",
    )
    demographic = BooleanField(
        "This is a demographic question (banded, with ‘prefer not to say’)", widget=GovCheckboxInput()
    )

    def validate_sms_text_en(self, field: TextAreaField) -> None:
        if problem := sms_problem(field.data or "", "English"):
            raise ValidationError(problem)

    def validate_sms_text_cy(self, field: TextAreaField) -> None:
        if problem := sms_problem(field.data or "", "Welsh"):
            raise ValidationError(problem)

    def validate_options_cy(self, field: TextAreaField) -> None:
        english, welsh = _lines(self.options_en.data), _lines(field.data)
        if english and len(english) != len(welsh):
            raise ValidationError(f"Write every option in Welsh too: {len(english)} in English, {len(welsh)} in Welsh")

    def option_pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple(zip(_lines(self.options_en.data), _lines(self.options_cy.data), strict=False))


class GovDateField(DateField):
    """Day, month and year boxes read leniently (" 7", "03"); the form's validators say what is wrong."""

    def process_formdata(self, valuelist: list[Any]) -> None:
        self.parts = [str(v).strip() for v in valuelist if str(v).strip()]
        self.data = None
        if len(self.parts) == 3 and all(part.isdigit() for part in self.parts):
            day, month, year = (int(part) for part in self.parts)
            with suppress(ValueError):
                self.data = date(year, month, day)


class OpenForm(FlaskForm):
    closes_on = GovDateField(
        "Closing date",
        widget=DateInput(),
        validators=[InputRequired(message="Enter the closing date")],
        description="For example, 31 3 2027",
    )

    def validate_closes_on(self, field: GovDateField) -> None:
        if field.data is None and len(getattr(field, "parts", [])) < 3:
            raise ValidationError("Closing date must include a day, month and year")
        if field.data is None:
            raise ValidationError("Closing date must be a real date")


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token."""


class ThemeForm(FlaskForm):
    name = StringField(
        "Theme name in English",
        widget=GovTextInput(),
        validators=[
            _required("the theme's name in English"),
            Length(max=120, message="Name must be 120 characters or fewer"),
        ],
    )
    name_cy = StringField(
        "Theme name in Welsh",
        widget=GovTextInput(),
        validators=[Length(max=120, message="Name must be 120 characters or fewer")],
    )
    description = TextAreaField("What the theme covers", widget=GovTextArea())
    keywords = TextAreaField(
        "Words that signal it",
        widget=GovTextArea(),
        description="Separated by commas: include slang, short forms and misspellings",
    )
    examples = TextAreaField("Example answers (optional)", widget=GovTextArea(), description="One a line")


def route_form(labels: list[tuple[str, str]], later: list[tuple[int, str]], current: dict[str, int]) -> FlaskForm:
    """One select per answer: the next question, or a later question to skip to."""
    choices = [SelectChoice("", "Go to the next question")] + [SelectChoice(str(i), text) for i, text in later]
    fields = {
        f"route_{index}": SelectField(
            f"If they answer ‘{label}’", widget=GovSelect(), choices=choices, default=str(current.get(value, ""))
        )
        for index, (value, label) in enumerate(labels)
    }
    return type("RouteForm", (FlaskForm,), fields)()  # type: ignore[no-any-return]
