"""Safeguarding screen: recall and precision on a hand-written set of realistic messages."""

from pathlib import Path

import pytest

from consult.pipeline.safeguarding import ABUSE, CHILD, DANGER, EXPLOITATION, SUICIDE, assess

FIXTURES = Path(__file__).parent / "fixtures"
# Exploitation has its own category now; a threat or being locked in is both abuse and danger.
SHORT = {
    "suicide": {SUICIDE}, "abuse": {ABUSE, EXPLOITATION}, "child": {CHILD, EXPLOITATION}, "danger": {DANGER, ABUSE},
}


def _lines(name: str) -> list[str]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


POSITIVES = [tuple(line.split("|", 1)) for line in _lines("safeguarding_positive.txt")]
NEGATIVES = _lines("safeguarding_negative.txt")


def test_fixture_is_big_enough() -> None:
    assert len(POSITIVES) + len(NEGATIVES) >= 150


def test_recall_and_precision(capsys: pytest.CaptureFixture[str]) -> None:
    tp = sum(assess(text).flagged for _, text in POSITIVES)
    fp = sum(assess(text).flagged for text in NEGATIVES)
    recall, precision = tp / len(POSITIVES), tp / max(1, tp + fp)
    with capsys.disabled():
        print(f"\nsafeguarding: recall {recall:.3f} precision {precision:.3f} "
              f"({len(POSITIVES)} positives, {len(NEGATIVES)} negatives)")
    missed = [text for _, text in POSITIVES if not assess(text).flagged]
    false_alarms = [text for text in NEGATIVES if assess(text).flagged]
    assert recall >= 0.95, missed
    assert precision >= 0.85, false_alarms


def test_category_usually_right() -> None:
    right = sum(bool(SHORT[cat] & set(assess(text).categories)) for cat, text in POSITIVES)
    assert right / len(POSITIVES) >= 0.9


@pytest.mark.parametrize("text", ["killing time", "I'd kill for a brew", "the queue was murder",
                                  "dying for a fag", "I'm not suicidal", "I used to self harm years ago"])
def test_hard_negatives(text: str) -> None:
    assert not assess(text).flagged


def test_flag_names_what_matched() -> None:
    result = assess("Honestly I want to kill myself")
    assert result.flagged and result.categories == (SUICIDE,)
    assert result.matched == ("kill myself",)


def test_empty_and_emoji_are_not_flagged() -> None:
    assert assess("") == assess("👍") == assess("   ")
    assert not assess("").flagged
