"""The demo consultation's questions, read from the demo data file (not from our code's output)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DEMO_FILE = Path(__file__).resolve().parents[2] / "consult" / "services" / "demo_data" / "consultation.yaml"
CHOICE_KINDS = ("yes_no", "scale", "single_choice")


@dataclass(frozen=True)
class DemoQuestion:
    number: int
    kind: str
    text: dict[str, str]
    easy_read: dict[str, str]
    hint: dict[str, str]
    options: tuple[dict[str, str], ...]

    @property
    def is_choice(self) -> bool:
        return self.kind in CHOICE_KINDS


@cache
def demo_questions() -> tuple[DemoQuestion, ...]:
    spec = yaml.safe_load(DEMO_FILE.read_text(encoding="utf-8"))
    return tuple(
        DemoQuestion(
            number=number,
            kind=item["kind"],
            text={lang: item[f"text_{lang}"] for lang in ("en", "cy")},
            easy_read={lang: item.get(f"easy_read_{lang}", "") for lang in ("en", "cy")},
            hint={lang: item.get(f"hint_{lang}", "") for lang in ("en", "cy")},
            options=tuple(item.get("options") or ()),
        )
        for number, item in enumerate(spec["questions"], start=1)
    )


def first_of_kind(kind: str) -> DemoQuestion:
    """The first demo question of a kind; fails loudly if the demo no longer has one."""
    for question in demo_questions():
        if question.kind == kind:
            return question
    raise LookupError(f"the demo consultation has no {kind} question")
