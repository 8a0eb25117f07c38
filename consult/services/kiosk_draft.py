"""One answer held in a kiosk draft, typed, and its JSON form in ``KioskDraft.answers``.

The stored JSON is unchanged from the untyped dicts it replaces:
``{"choice": "yes"}``, ``{"text": "...[NAME]...", "redactions": {"NAME": 1}, "safeguarding": []}``
or ``{"skipped": true}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from consult.models import KioskDraft


@dataclass(frozen=True)
class DraftAnswer:
    """Exactly one of ``text`` (anonymised), ``choice`` or ``skipped`` is set."""

    text: str | None = None
    choice: str | None = None
    skipped: bool = False
    redactions: Mapping[str, int] = field(default_factory=dict)
    safeguarding: tuple[str, ...] = ()

    @property
    def removed_count(self) -> int:
        return sum(self.redactions.values())

    def to_json(self) -> dict[str, object]:
        if self.text is not None:
            return {"text": self.text, "redactions": dict(self.redactions), "safeguarding": list(self.safeguarding)}
        if self.choice is not None:
            return {"choice": self.choice}
        return {"skipped": True}

    @classmethod
    def from_json(cls, entry: Mapping[str, object]) -> DraftAnswer:
        text, choice = entry.get("text"), entry.get("choice")
        if isinstance(text, str):
            redactions = entry.get("redactions")
            safeguarding = entry.get("safeguarding")
            return cls(
                text=text,
                redactions={str(k): int(v) for k, v in redactions.items()} if isinstance(redactions, dict) else {},
                safeguarding=tuple(str(c) for c in safeguarding) if isinstance(safeguarding, list) else (),
            )
        if isinstance(choice, str):
            return cls(choice=choice)
        return cls(skipped=True)


def answers_of(draft: KioskDraft) -> dict[int, DraftAnswer]:
    """The draft's answers by question id."""
    return {int(question_id): DraftAnswer.from_json(entry) for question_id, entry in draft.answers.items()}


def answer_to(draft: KioskDraft, question_id: int) -> DraftAnswer | None:
    entry = draft.answers.get(str(question_id))
    return DraftAnswer.from_json(entry) if entry is not None else None


def put_answer(draft: KioskDraft, question_id: int, answer: DraftAnswer) -> None:
    # Reassign so SQLAlchemy sees the JSON change.
    draft.answers = {**draft.answers, str(question_id): answer.to_json()}
