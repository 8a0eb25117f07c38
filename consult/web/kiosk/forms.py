"""The kiosk's one-question form, shaped by the kind of question."""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovRadioInput
from wtforms import RadioField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length

from consult.models import KioskDraft, Question, QuestionKind
from consult.pipeline.anonymise.placeholders import display
from consult.services.kiosk_draft import answer_to
from consult.services.questions import AnswerChoice, choices_for


class _TranslatedErrorPrefix:
    """govuk-frontend-wtf sets the error message after merging template params, so the hidden
    "Error:" prefix can only be translated here."""

    def map_gov_params(self, field: Any, **kwargs: Any) -> dict[str, Any]:
        params: dict[str, Any] = super().map_gov_params(field, **kwargs)  # type: ignore[misc]
        if params.get("errorMessage"):
            params["errorMessage"]["visuallyHiddenText"] = _("Error")
        return params


class CharacterCount(_TranslatedErrorPrefix, GovCharacterCount):
    pass


class Radios(_TranslatedErrorPrefix, GovRadioInput):
    pass


def line_feeds_only(value: str | None) -> str | None:
    """Browsers send a line break as CRLF but count it as one character: count it as the page does."""
    return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else value


class FreeTextAnswerForm(FlaskForm):
    class Meta:
        csrf = False  # CSRFProtect checks every POST before the view, skip included

    answer = TextAreaField(widget=CharacterCount(), filters=[line_feeds_only])

    def configure(self, max_chars: int) -> FreeTextAnswerForm:
        self.answer.validators = [
            InputRequired(message=_l("Write your answer, or choose ‘Skip this question’")),
            Length(max=max_chars, message=_l("Your answer must be %(max)s characters or fewer", max=f"{max_chars:,}")),
        ]
        return self


class ChoiceAnswerForm(FlaskForm):
    class Meta:
        csrf = False

    answer = RadioField(
        widget=Radios(),
        validators=[InputRequired(message=_l("Choose an answer, or choose ‘Skip this question’"))],
        choices=[],
    )

    def configure(self, choices: list[AnswerChoice]) -> ChoiceAnswerForm:
        self.answer.choices = [SelectChoice(choice.value, choice.label) for choice in choices]
        return self


def answer_form(question: Question, draft: KioskDraft, language: str) -> FreeTextAnswerForm | ChoiceAnswerForm:
    """The form for ``question``, filled with what the person already answered in this journey."""
    saved = answer_to(draft, question.id)
    if question.kind is QuestionKind.FREE_TEXT:
        text = display(saved.text, language) if saved and saved.text is not None else ""
        free_text = FreeTextAnswerForm(data={"answer": text})
        return free_text.configure(current_app.config["ANSWER_MAX_CHARS"])
    choice = ChoiceAnswerForm(data={"answer": saved.choice if saved else None})
    return choice.configure(choices_for(question, language))
