"""Map consultation rows to the SMS dialogue's frozen types (cached briefly), and config to rules."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from flask import current_app

from consult.data import consultations as consultation_data
from consult.data import sms as sms_data
from consult.models import Consultation, ConsultationStatus
from consult.models import Question as QuestionRow
from consult.services.cache import cached
from consult.services.routing import routing_indexes
from sms.keywords import DEFAULT_KEYWORDS, squash
from sms.rules import SMS_ANSWER_LIMIT, Rules
from sms.survey import Option, Question, QuestionKind, Survey

_KINDS: dict[str, QuestionKind] = {
    "free_text": "free_text",
    "single_choice": "single_choice",
    "scale": "scale",
    "yes_no": "yes_no",
}


def question_for(row: QuestionRow) -> Question:
    """The SMS wording (or the full wording when no SMS text was written)."""
    options = tuple(
        Option(str(o["value"]), str(o.get("en") or o["value"]), str(o.get("cy") or "")) for o in (row.options or [])
    )
    numbers = [int(o.key) for o in options if o.key.isdigit()]
    return Question(
        key=str(row.id),
        kind=_KINDS[str(row.kind)],
        en=row.sms_text_en or row.text_en,
        cy=row.sms_text_cy or row.text_cy,
        options=options,
        low=min(numbers, default=1),
        high=max(numbers, default=5),
        verbatim=frozenset(lang for lang, text in (("en", row.sms_text_en), ("cy", row.sms_text_cy)) if text),
    )


DEFAULT_WHO_EN = "Your Police and Crime Commissioner"
DEFAULT_WHO_CY = "eich Comisiynydd Heddlu a Throseddu"


def survey_for(consultation: Consultation, config: Mapping[str, Any] | None = None) -> Survey:
    """``SMS_WHO_EN``/``SMS_WHO_CY`` name who is asking in the welcome (40 characters)."""
    config = config or {}
    return Survey(
        consultation_id=consultation.id,
        keyword=consultation.sms_keyword or "",
        keyword_cy=consultation.sms_keyword_cy or "",
        who_en=str(config.get("SMS_WHO_EN") or DEFAULT_WHO_EN),
        who_cy=str(config.get("SMS_WHO_CY") or DEFAULT_WHO_CY),
        questions=tuple(question_for(q) for q in consultation.questions),
        is_open=consultation.status is ConsultationStatus.OPEN,
        routes=tuple(routing_indexes(list(consultation.questions))),
    )


def rules_from(config: Mapping[str, Any]) -> Rules:
    """Timings from config: SMS_REMINDER_HOURS (24), SMS_EXPIRY_HOURS (72),
    SMS_ANSWER_LIMIT (1000), SMS_KEYWORDS (extra words per set, e.g. {"stop": ["PAID"]})."""
    keywords = DEFAULT_KEYWORDS.extended(config.get("SMS_KEYWORDS") or {})
    return Rules(
        reminder_after=timedelta(hours=float(config.get("SMS_REMINDER_HOURS", 24))),
        expire_after=timedelta(hours=float(config.get("SMS_EXPIRY_HOURS", 72))),
        answer_limit=int(config.get("SMS_ANSWER_LIMIT", SMS_ANSWER_LIMIT)),
        keywords=keywords,
    )


# Every text needs the open keywords, a survey and the rules: cached briefly per app
# (consult.services.cache), loaded before the inbound transaction takes any lock.


def open_keywords() -> dict[str, int]:
    """Squashed join keyword -> id of the open consultation it joins."""

    def load() -> dict[str, int]:
        rows = sms_data.list_open_keyword_consultations()
        keywords = {squash(k or ""): row.id for row in rows for k in (row.sms_keyword, row.sms_keyword_cy)}
        keywords.pop("", None)
        return keywords

    return cached("sms:keywords", load)


def cached_survey(consultation_id: int) -> Survey | None:
    def load() -> Survey | None:
        row = consultation_data.get_consultation(consultation_id)
        return survey_for(row, current_app.config) if row is not None else None

    return cached(f"sms:survey:{consultation_id}", load)


def cached_rules() -> Rules:
    return cached("sms:rules", lambda: rules_from(current_app.config))
