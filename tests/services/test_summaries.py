"""``consult summarise``: closed questions, human labels, quotes once, date range and method."""

from __future__ import annotations

import json
import re

from flask import Flask


def test_markdown_has_every_question_human_labels_dates_and_method(demo: Flask) -> None:
    result = demo.test_cli_runner().invoke(args=["summarise", "your-voice-2027", "--internal"])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "## Method" in text and "anonymised before it was stored" in text and "fewer than 5" in text
    assert re.search(r"Answers received from \d+ \w+ 20\d\d to \d+ \w+ 20\d\d\.", text)
    assert "Have you had contact with the police" in text  # the yes/no question
    assert "| Yes |" in text and "Median:" in text  # closed questions and the 1-5 scale
    assert "What is your age?" in text
    for raw in ("womens_centre", "probation_forum", "| none |", "free_text"):
        assert raw not in text, raw
    assert "Women's centre" in text and "Kiosk tablet" in text
    quotes = [line for line in text.splitlines() if line.startswith("> ")]
    assert quotes and len(quotes) == len(set(quotes))


def test_json_keeps_suppression_and_quotes_once(demo: Flask) -> None:
    result = demo.test_cli_runner().invoke(args=["summarise", "your-voice-2027", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["threshold"] == 10 and data["first_day"] and data["method"]
    kinds = {q["kind"] for q in data["questions"]}
    assert {"yes_no", "scale", "free_text"} <= kinds
    quotes = [quote for q in data["questions"] for t in q.get("themes", []) for quote in t["quotes"]]
    assert len(quotes) == len(set(quotes))
    for q in data["questions"]:
        for item in q.get("options", {}).get("cells", []):
            count = item["count"]
            assert not count.isdigit() or int(count) >= 10 or int(count) == 0


def test_compared_with_an_earlier_consultation(demo: Flask) -> None:
    result = demo.test_cli_runner().invoke(args=["summarise", "your-voice-2027", "--internal",
                                                 "--earlier", "your-voice-2027"])
    assert result.exit_code == 0, result.output
    assert "change on earlier (points)" in result.output and "| +0 |" in result.output
