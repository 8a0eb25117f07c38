"""Importing typed-up responses from CSV: all or nothing, anonymised, any common encoding."""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import Answer, Channel, Response

HEADER = "q1,q2,q7,participants\n"


def _import(demo: Flask, tmp_path: Path, content: bytes, *extra: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "upload.csv"
    path.write_bytes(content)
    return demo.test_cli_runner().invoke(args=["import-responses", "your-voice-2027", str(path), *extra])


def _count(demo: Flask, channel: Channel) -> int:
    with demo.app_context():
        return db.session.scalar(select(func.count()).select_from(Response).where(Response.channel == channel)) or 0


def test_import_anonymises_and_marks_mediated_entries(demo: Flask, tmp_path: Path) -> None:
    content = (HEADER + 'yes,"My PO Dave Jones never rings back, call me on 07912 345678",25 to 34,1\n'
               'No,"=HYPERLINK(""x"") group said the custody nurse was great",prefer not to say,6\n').encode()
    before = _count(demo, Channel.FACILITATOR)
    result = _import(demo, tmp_path, content, "--venue", "Station Road Hostel", "--mediated")
    assert result.exit_code == 0, result.output
    assert "Imported 2 responses" in result.output
    assert _count(demo, Channel.FACILITATOR) == before + 2
    with demo.app_context():
        rows = db.session.scalars(select(Response).order_by(Response.id.desc()).limit(2)).all()
        assert all(r.mediated and r.venue and r.venue.name == "Station Road Hostel" for r in rows)
        assert sorted(r.participant_count for r in rows) == [1, 6]
        texts = [a.text for r in rows for a in r.answers if a.text]
        assert any("[PHONE]" in t and "[NAME]" in t for t in texts)
        choices = {a.choice for r in rows for a in r.answers if a.choice}
        assert {"yes", "no", "25-34", "prefer-not-to-say"} <= choices


def test_a_bad_row_means_nothing_is_imported(demo: Flask, tmp_path: Path) -> None:
    content = (HEADER + "yes,fine,25 to 34,1\nmaybe,fine,25 to 34,1\n" + "no," + "x" * 2100 + ",,1\n").encode()
    before = _count(demo, Channel.IMPORT)
    result = _import(demo, tmp_path, content)
    assert result.exit_code != 0
    assert "Row 3, column 1 (q1): 'maybe' is not one of the options" in result.output
    assert "Row 4, column 2 (q2): 2,100 characters; the limit is 2,000" in result.output
    assert "Nothing was imported" in result.output
    assert _count(demo, Channel.IMPORT) == before


def test_windows_spreadsheet_encoding_and_truncation(demo: Flask, tmp_path: Path) -> None:
    content = ("q2\n\"The café staff were kind – \u2018really\u2019 kind\"\n" + "x" * 2500 + "\n").encode("cp1252")
    result = _import(demo, tmp_path, content, "--truncate")
    assert result.exit_code == 0, result.output
    assert "read as Windows-1252" in result.output
    with demo.app_context():
        texts = [a.text or "" for a in db.session.scalars(select(Answer).order_by(Answer.id.desc()).limit(2))]
    assert any("café" in t for t in texts)
    assert max(len(t) for t in texts) == 2000


def test_a_file_without_answer_columns_is_explained(demo: Flask, tmp_path: Path) -> None:
    result = _import(demo, tmp_path, b"name,notes\nx,y\n")
    assert result.exit_code != 0 and "No answer columns found" in result.output
