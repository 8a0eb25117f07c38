"""The batch coder behind `consult theme`: one prediction line per input line."""

import io
import json

from consult.pipeline.batch import run_theme_batch
from consult.pipeline.codebook import codebook_from_dict

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
