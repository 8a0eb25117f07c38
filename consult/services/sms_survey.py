"""Map consultation rows to the SMS dialogue's frozen types (cached briefly), and config to rules."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, cast

from flask import current_app

from consult.data import consultations as consultation_data
from consult.data import sms as sms_data
from consult.models import Consultation, ConsultationStatus, QuestionKind
from consult.models import Question as QuestionRow
from consult.pipeline.anonymise import Anonymiser
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.routing import routing_indexes
from sms.keywords import DEFAULT_KEYWORDS, squash
from sms.rules import SMS_ANSWER_LIMIT, Rules
from sms.survey import Option, Question, Survey


def question_for(row: QuestionRow) -> Question:
    """The SMS wording (or the full wording when no SMS text was written)."""
    options = tuple(
        Option(str(o["value"]), str(o.get("en") or o["value"]), str(o.get("cy") or "")) for o in (row.options or [])
    )
    numbers = [int(o.key) for o in options if o.key.isdigit()]
    return Question(
        key=str(row.id),
        kind=QuestionKind(row.kind).value,  # type: ignore[arg-type]
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


# A short-lived per-process cache: every text needs the survey and the open keywords, and
# loading questions for each one would hold the write lock longer. Staff edits show within
# SMS_SURVEY_CACHE_SECONDS (default 10; 0 turns the cache off).


@dataclass(frozen=True, slots=True)
class _Entry:
    value: object
    loaded_at: float


def _cached(key: str, load: Callable[[], object]) -> object:
    ttl = float(current_app.config.get("SMS_SURVEY_CACHE_SECONDS", 10))
    store: dict[str, _Entry] = current_app.extensions.setdefault("sms_survey_cache", {})
    entry = store.get(key)
    now = time.monotonic()
    if entry is not None and now - entry.loaded_at < ttl:
        return entry.value
    value = load()
    store[key] = _Entry(value, now)
    return value


def open_keywords() -> dict[str, int]:
    """Squashed join keyword -> id of the open consultation it joins."""

    def load() -> dict[str, int]:
        rows = sms_data.list_open_keyword_consultations()
        keywords = {squash(k or ""): row.id for row in rows for k in (row.sms_keyword, row.sms_keyword_cy)}
        keywords.pop("", None)
        return keywords

    return cast(dict[str, int], _cached("keywords", load))


def cached_survey(consultation_id: int) -> Survey | None:
    def load() -> Survey | None:
        row = consultation_data.get_consultation(consultation_id)
        return survey_for(row, current_app.config) if row is not None else None

    return cast(Survey | None, _cached(f"survey:{consultation_id}", load))


def cached_rules() -> Rules:
    return cast(Rules, _cached("rules", lambda: rules_from(current_app.config)))


def cached_anonymiser() -> Anonymiser:
    """The organisations' anonymiser without re-reading their place names for every text."""
    return cast(Anonymiser, _cached("anonymiser", anonymiser_for_organisations))
