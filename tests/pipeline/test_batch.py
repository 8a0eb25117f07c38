"""The batch coder behind `consult theme`: one prediction line per input line."""

import io
import json

from consult.pipeline.batch import all_have_questions, run_theme_batch
from consult.pipeline.themes.codebook import codebook_from_dict

CODEBOOK = codebook_from_dict({"themes": [{"name": "Housing", "keywords": ["hostel", "flat"]},
                                          {"name": "Police"}, {"name": "Not assigned"}]})


def _run(train: list[dict[str, object]] | None) -> list[dict[str, object]]:
    out = io.StringIO()
    inputs = [{"id": "a", "text": "no flat since release"}, {"id": "b", "text": "the police were fair"},
              {"id": "c"}, {"id": "d", "text": "🙂"}]
    assert run_theme_batch(CODEBOOK, inputs, train, out) == 4
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_codebook_only() -> None:
    lines = _run(None)
    assert [line["id"] for line in lines] == ["a", "b", "c", "d"]
    assert lines[0]["themes"] == ["Housing"] and lines[1]["themes"] == ["Police"]
    assert lines[2]["themes"] == ["Not assigned"]
    assert all(line["sentiment"]["label"] in ("positive", "neutral", "negative") for line in lines)  # type: ignore[index]


def test_with_training_lines() -> None:
    train: list[dict[str, object]] = []
    for i in range(6):
        train += [{"text": f"hostel is grim {i}", "themes": ["Housing"], "sentiment": 5},
                  {"text": f"police officer was fair {i}", "themes": ["Police"], "sentiment": 1},
                  {"text": f"went on a tuesday {i}", "themes": ["Not assigned"], "sentiment": 3}]
    lines = _run(train)
    assert lines[0]["themes"] == ["Housing"] and lines[1]["themes"] == ["Police"]
    assert lines[1]["sentiment"]["label"] == "positive"  # type: ignore[index]


def _question_lines(n: int) -> list[dict[str, object]]:
    lines: list[dict[str, object]] = []
    for i in range(n):
        better = "What could we do better?"
        lines += [{"text": f"nothing {i}", "question": better, "themes": ["Police"], "sentiment": 1},
                  {"text": f"nothing {i}", "question": "What was good?", "themes": ["Police"], "sentiment": 5},
                  {"text": f"the hostel {i}", "question": "Why?", "themes": ["Housing"], "sentiment": 3}]
    return lines


def test_questions_on_both_sides_reach_the_models() -> None:
    out = io.StringIO()
    inputs = [{"id": "a", "text": "nothing", "question": "What could we do better?"},
              {"id": "b", "text": "nothing", "question": "What was good?"}]
    run_theme_batch(CODEBOOK, inputs, _question_lines(6), out)
    better, good = [json.loads(line) for line in out.getvalue().splitlines()]
    assert better["sentiment"]["label"] == "positive" and good["sentiment"]["label"] == "negative"


def test_questions_on_one_side_only_are_left_out() -> None:
    train = _question_lines(6)
    for line in train[:3]:
        del line["question"]
    out = io.StringIO()
    inputs = [{"id": "a", "text": "nothing", "question": "What could we do better?"},
              {"id": "b", "text": "nothing", "question": "What was good?"}]
    assert run_theme_batch(CODEBOOK, inputs, train, out) == 2
    first, second = [json.loads(line) for line in out.getvalue().splitlines()]
    assert first["sentiment"] == second["sentiment"]  # the model never saw questions, so cannot tell them apart
    assert all_have_questions(inputs) and not all_have_questions(train) and not all_have_questions([])


def test_codebook_only_sentiment_reads_the_question() -> None:
    out = io.StringIO()
    run_theme_batch(CODEBOOK, [{"id": "a", "text": "nothing", "question": "What could we do better?"}], None, out)
    assert json.loads(out.getvalue())["sentiment"]["label"] == "positive"
