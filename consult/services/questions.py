"""How a question is shown and how its choices read, in the person's language."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _

from consult.models import Question, QuestionKind


@dataclass(frozen=True)
class AnswerChoice:
    value: str
    label: str


def _default_choices(kind: QuestionKind) -> list[AnswerChoice]:
    if kind is QuestionKind.SCALE:
        labels = [_("1 – Very bad"), _("2 – Bad"), _("3 – Neither good nor bad"), _("4 – Good"), _("5 – Very good")]
        return [AnswerChoice(str(number), label) for number, label in enumerate(labels, start=1)]
    if kind is QuestionKind.YES_NO:
        return [AnswerChoice("yes", _("Yes")), AnswerChoice("no", _("No"))]
    return []


def choices_for(question: Question, language: str) -> list[AnswerChoice]:
    """The question's own options, else the standard ones for its kind."""
    if question.options:
        return [AnswerChoice(option["value"], option.get(language) or option["en"]) for option in question.options]
    return _default_choices(question.kind)


def choice_label(question: Question, value: str, language: str) -> str:
    for choice in choices_for(question, language):
        if choice.value == value:
            return choice.label
    return value


def question_heading(question: Question, language: str, easy_read: bool) -> str:
    """Easy Read wording where the person asked for it and the question has it."""
    if easy_read and question.easy_read(language):
        return question.easy_read(language)
    return question.text(language)
