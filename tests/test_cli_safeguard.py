"""``consult safeguard``: JSON lines in, one verdict a line out, for measuring the screen."""

from __future__ import annotations

import json

from flask import Flask

from consult.pipeline.safeguarding import DANGER, SUICIDE


def test_safeguard_reads_json_lines_and_writes_verdicts(app: Flask) -> None:
    lines = "\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "Weithiau dw i eisiau lladd fy hun", "language": "cy"},
        {"id": "b", "text": "says hell kill me if i leave"},
        {"id": "c", "text": "lladd amser cyn y grŵp"},
    ]) + "\n"
    result = app.test_cli_runner().invoke(args=["safeguard"], input=lines)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in out] == ["a", "b", "c"]
    assert out[0]["flag"] and out[0]["categories"] == [SUICIDE] and "lladd fy hun" in out[0]["matched"]
    assert out[1]["flag"] and DANGER in out[1]["categories"]
    assert out[2] == {"id": "c", "flag": False, "categories": [], "matched": []}
