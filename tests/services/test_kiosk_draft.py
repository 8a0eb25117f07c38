"""A kiosk draft's answers are typed, and stored in the same JSON as before."""

from __future__ import annotations

import pytest

from consult.services.kiosk import SubmitOutcome
from consult.services.kiosk_draft import DraftAnswer

LEGACY_ENTRIES = [
    {"choice": "yes"},
    {"text": "ring [NAME] on [PHONE]", "redactions": {"NAME": 1, "PHONE": 1}, "safeguarding": []},
    {"text": "I want to end it", "redactions": {}, "safeguarding": ["suicide"]},
    {"skipped": True},
]


@pytest.mark.parametrize("entry", LEGACY_ENTRIES)
def test_stored_json_is_unchanged(entry: dict[str, object]) -> None:
    assert DraftAnswer.from_json(entry).to_json() == entry


def test_fields_are_typed() -> None:
    text = DraftAnswer.from_json(LEGACY_ENTRIES[1])
    assert text.text == "ring [NAME] on [PHONE]" and text.removed_count == 2 and text.safeguarding == ()
    assert DraftAnswer.from_json(LEGACY_ENTRIES[2]).safeguarding == ("suicide",)
    assert DraftAnswer.from_json({"choice": "yes"}).choice == "yes"
    assert DraftAnswer.from_json({"skipped": True}).skipped


def test_a_draft_answer_cannot_be_changed() -> None:
    answer = DraftAnswer(choice="no")
    with pytest.raises(AttributeError):
        answer.choice = "yes"  # type: ignore[misc]


def test_odd_entries_read_as_skipped() -> None:
    assert DraftAnswer.from_json({"text": 5}).skipped
    assert DraftAnswer.from_json({}).skipped


def test_submit_has_three_outcomes() -> None:
    assert {outcome.name for outcome in SubmitOutcome} == {"SUBMITTED", "ALREADY_SUBMITTED", "NO_JOURNEY"}
