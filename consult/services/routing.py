"""Routes between questions for the kiosk: the pure decision (sms.routing) over a draft's answers.

An option may carry ``skip_to``, the id of a later question; ``sms.routing`` works on indexes.
"""

from __future__ import annotations

from collections.abc import Mapping

from consult.models import Question
from sms.routing import next_question_index, path, previous_on_path


def routing_indexes(questions: list[Question]) -> list[dict[str, int]]:
    """Routes by index (answer value -> index of the question to go to), as sms.routing takes them."""
    index_of = {q.id: index for index, q in enumerate(questions)}
    routes = []
    for question in questions:
        targets = {str(o["value"]): int(o["skip_to"]) for o in question.options or [] if o.get("skip_to")}
        routes.append({value: index_of[target] for value, target in targets.items() if target in index_of})
    return routes


def _choices(questions: list[Question], answers: Mapping[str, Mapping[str, object]]) -> dict[int, str | None]:
    chosen = {}
    for index, question in enumerate(questions):
        choice = answers.get(str(question.id), {}).get("choice")
        chosen[index] = str(choice) if choice is not None else None
    return chosen


def ids_on_path(questions: list[Question], answers: Mapping[str, Mapping[str, object]]) -> set[int]:
    """Ids of the questions this person's answers lead through (answers elsewhere are not kept)."""
    indexes = path(routing_indexes(questions), _choices(questions, answers), len(questions))
    return {questions[index].id for index in indexes}


def next_number(
    questions: list[Question],
    answers: Mapping[str, Mapping[str, object]],
    number: int,
    answer: str | None,
    from_check: bool,
) -> int | None:
    """The 1-based question to show after ``number``, or None for the check-answers page.

    From check answers, back to check answers; unless the question has routes and the changed answer
    brings a question the person has not seen onto their path: that question comes first.
    """
    routes = routing_indexes(questions)
    following = next_question_index(routes, number - 1, answer) + 1
    if following > len(questions):
        return None
    if from_check and (not routes[number - 1] or str(questions[following - 1].id) in answers):
        return None
    return following


def previous_number(questions: list[Question], answers: Mapping[str, Mapping[str, object]], number: int) -> int | None:
    """The 1-based question a Back link goes to (the one before on the person's path), or None at the start."""
    index = previous_on_path(routing_indexes(questions), _choices(questions, answers), len(questions), number - 1)
    return None if index is None else index + 1
