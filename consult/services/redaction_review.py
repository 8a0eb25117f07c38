"""Redaction review: answers from a facilitator's venues as stored, and redacting more.

Redacting only ever replaces words in the stored text with a typed placeholder, so nothing can
be un-redacted: the words are gone from the database once the change is saved. A place or a name
(a local nickname) can be added to the organisation's own list, so the anonymiser removes it
from that organisation's future answers too.
Audit events record the kind of detail and how many were removed, never the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from consult.data import redaction as redaction_data
from consult.extensions import db
from consult.models import Answer, User
from consult.services import cache
from consult.services.audit import record_by_current_user as record
from consult.services.safeguarding_queue import CHANNEL_LABELS, organisation_scope

PAGE_SIZE = 25
KINDS = {
    "NAME": "Name or nickname",
    "PLACE": "Named place (a hostel, centre or street known locally)",
    "ADDRESS": "Address",
    "PHONE": "Phone number",
    "EMAIL": "Email address",
    "DOB": "Date of birth",
    "HANDLE": "Social media name",
    "ID_NUMBER": "Another identifying number",
}
KIND_LABELS = {**KINDS, "POSTCODE": "Postcode", "NHS_NUMBER": "NHS number", "NI_NUMBER": "National Insurance number",
               "PRISON_NUMBER": "Prison number", "PNC_ID": "PNC ID", "CRO_NUMBER": "CRO number", "CRN": "Case number",
               "VEHICLE_REG": "Vehicle registration", "CARD": "Card number", "BANK_ACCOUNT": "Bank account",
               "URL": "Web address", "IP_ADDRESS": "IP address"}


# The kinds an organisation keeps a list of for its anonymiser.
_ADD_TO_LIST = {"PLACE": redaction_data.add_named_place, "NAME": redaction_data.add_redact_name}


class NotReviewable(LookupError):
    """No answer with text and that id among the user's venues."""


class CannotRedact(ValueError):
    """The words can't be redacted as asked; the message says why."""


@dataclass(frozen=True)
class StoredAnswer:
    answer_id: int
    day: date
    venue: str
    channel: str
    question: str
    text: str
    removed: tuple[str, ...]  # "2 × Name or nickname"


@dataclass(frozen=True)
class AnswerPage:
    answers: tuple[StoredAnswer, ...]
    page: int
    pages: int
    total: int


def stored_answers(user: User, page: int = 1) -> AnswerPage:
    page = max(page, 1)
    answers, total = redaction_data.list_text_answers(organisation_scope(user), (page - 1) * PAGE_SIZE, PAGE_SIZE)
    record("redaction.answers_viewed", "answer", None, page=page, shown=len(answers))
    db.session.commit()
    return AnswerPage(tuple(_stored(a) for a in answers), page, max(1, -(-total // PAGE_SIZE)), total)


def stored_answer(user: User, answer_id: int) -> StoredAnswer:
    answer = _in_scope(user, answer_id)
    record("redaction.answer_viewed", "answer", answer_id)
    db.session.commit()
    return _stored(answer)


def redact_more(user: User, answer_id: int, words: str, kind: str, add_to_list: bool = False) -> int:
    """Replace every occurrence of ``words`` in the stored answer with ``[KIND]``; returns how many.

    With ``add_to_list``, a PLACE or NAME is also added to the list of the organisation whose venue
    the answer came from, so the anonymiser removes it from that organisation's next answers.
    """
    answer = _in_scope(user, answer_id)
    words = " ".join(words.split())
    if kind not in KINDS:
        raise CannotRedact("Choose what kind of detail it is")
    if len(words) < 2 or "[" in words or "]" in words:
        raise CannotRedact("Enter the words to remove, exactly as they appear (not a [placeholder])")
    pattern = re.compile(r"(?<![\w\[])" + r"\s+".join(map(re.escape, words.split())) + r"(?![\w\]])", re.IGNORECASE)
    text, count = pattern.subn(f"[{kind}]", answer.text or "")
    if not count:
        raise CannotRedact("Those words are not in the answer as stored: copy them exactly")
    answer.text = text
    redaction_data.scrub_theme_text(answer, pattern, f"[{kind}]")
    answer.redactions = {**answer.redactions, kind: answer.redactions.get(kind, 0) + count}
    added = False
    venue = answer.response.venue
    add = _ADD_TO_LIST.get(kind)
    if add_to_list and add is not None and venue is not None:
        added = add(venue.organisation_id, words)
    record("redaction.redacted", "answer", answer_id, kind=kind, count=count, added_to_list=added)
    db.session.commit()
    cache.clear()  # a word added to a list applies to the next answer
    return count


def _in_scope(user: User, answer_id: int) -> Answer:
    answer = redaction_data.get_text_answer(answer_id, organisation_scope(user))
    if answer is None:
        raise NotReviewable(answer_id)
    return answer


def _stored(answer: Answer) -> StoredAnswer:
    response = answer.response
    removed = tuple(f"{count} × {KIND_LABELS.get(kind, kind)}" for kind, count in sorted(answer.redactions.items()))
    return StoredAnswer(answer.id, response.submitted_on, response.venue.name if response.venue else
                        "No venue (text message)", CHANNEL_LABELS.get(response.channel.value, response.channel.value),
                        answer.question.text_en, answer.text or "", removed)
