"""What a consultation will look like to the people answering it: kiosk pages and SMS texts."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from consult.models import Consultation, Question
from consult.services.questions import choices_for
from consult.services.routing import routing_indexes
from consult.services.sms_survey import survey_for
from sms import segments
from sms.survey import ask
from sms.texts import Language, fit_who, render


@dataclass(frozen=True)
class SmsMessage:
    sender: str  # "consult" or "person"
    text: str
    note: str = ""  # segments and routes, for staff


@dataclass(frozen=True)
class KioskQuestion:
    number: int
    question: Question
    choices: dict[str, list[str]]  # language -> labels
    routes: list[str]


def kiosk_questions(consultation: Consultation) -> list[KioskQuestion]:
    questions = list(consultation.questions)
    out = []
    for number, question in enumerate(questions, start=1):
        routes = [
            f"If ‘{option.get('en')}’: skip to question {_position(questions, option['skip_to'])}"
            for option in question.options or []
            if option.get("skip_to")
        ]
        choices = {lang: [c.label for c in choices_for(question, lang)] for lang in ("en", "cy")}
        out.append(KioskQuestion(number, question, choices, routes))
    return out


def _position(questions: list[Question], question_id: object) -> str:
    for number, question in enumerate(questions, start=1):
        if question.id == question_id:
            return str(number)
    return "?"


def sms_transcript(consultation: Consultation, language: Language) -> list[SmsMessage]:
    """The texts in order, every question asked (routes noted, as a person may skip some)."""
    survey = survey_for(consultation, current_app.config)
    keyword = (consultation.sms_keyword_cy if language == "cy" else consultation.sms_keyword) or "(no keyword)"
    routes = routing_indexes(list(consultation.questions))
    messages = [SmsMessage("person", keyword)]
    welcome = render("welcome", language, who=fit_who(survey.who(language)), total=len(survey.questions))
    messages.append(_ours(welcome))
    for index in range(len(survey.questions)):
        jumps = [f"reply ‘{value}’ skips to question {target + 1}" for value, target in routes[index].items()]
        messages.append(_ours(ask(survey, index, language), "; ".join(jumps)))
    messages.append(_ours(render("thanks", language)))
    return messages


def _ours(text: str, extra: str = "") -> SmsMessage:
    info = segments.count(text)
    note = f"{info.encoding}, {info.units} of {info.single_limit} characters, {info.segments} text message"
    note += "s" if info.segments != 1 else ""
    if info.ucs2_char:
        note += f" (UCS-2 because of “{info.ucs2_char}”)"
    return SmsMessage("consult", text, f"{note}. {extra}".strip() if extra else note)
