"""Which question comes next: a choice answer may skip ahead to a later question.

Pure and shared by the kiosk and the SMS conversation. ``routes[i]`` maps an answer value of
question ``i`` (an option key, "yes"/"no", or a scale number as text) to the index of the
question it skips to. A route that does not go forwards is ignored, so a bad route can never
loop a person back; the builder refuses to save one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Routes = Sequence[Mapping[str, int]]


def next_question_index(routes: Routes, current: int, answer: str | None) -> int:
    """The index after ``current`` given its answer (None when skipped); past the end means done."""
    if answer is not None and current < len(routes):
        target = routes[current].get(answer)
        if target is not None and target > current:
            return target
    return current + 1


def path(routes: Routes, answers: Mapping[int, str | None], count: int) -> list[int]:
    """The question indexes a person sees, given the answers so far (index -> value or None)."""
    seen = []
    index = 0
    while index < count:
        seen.append(index)
        index = next_question_index(routes, index, answers.get(index))
    return seen


def previous_on_path(routes: Routes, answers: Mapping[int, str | None], count: int, current: int) -> int | None:
    """The question before ``current`` on the person's path, for a back link (None at the start)."""
    earlier = [index for index in path(routes, answers, count) if index < current]
    return earlier[-1] if earlier else (current - 1 if current > 0 else None)
