"""The panel report says in words, in its own language, what its figures say: the Welsh report has
the Welsh paragraph per question (read back from the PDF with pdftotext, and from the HTML)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess

import pytest
from flask import Flask
from sqlalchemy import select

from consult.extensions import db
from consult.models import Consultation
from consult.services import reports

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is missing")


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return re.sub(r"\s+", " ", out.stdout.decode("utf-8"))


def _paragraphs(consultation: Consultation) -> list[tuple[str, str]]:
    """(English, Welsh) narrative of each question the report narrates (free text, as in the template)."""
    results = reports.build_report(consultation, "cy").results
    return [(q.narrative, q.narrative_cy) for q in results.questions if q.kind == "free_text" and not q.demographic]


@needs_poppler
def test_the_welsh_pdf_says_in_welsh_what_the_english_one_says(demo: Flask) -> None:
    with demo.app_context():
        consultation = db.session.scalars(select(Consultation)).one()
        paragraphs = _paragraphs(consultation)
        welsh, english = _text(reports.report_pdf(consultation.id, "cy")), _text(reports.report_pdf(consultation.id))
    assert paragraphs, "the demo has free-text questions"
    for en, cy in paragraphs:
        assert cy.startswith(("Atebodd ", "Ni ddangosir")), cy
        assert cy in welsh and en not in welsh
        assert en in english and cy not in english
    assert any("Codwyd y thema" in cy for _en, cy in paragraphs), "some theme is shown and named in Welsh"
    assert not re.search(r"\b(answered|people|theme|raised)\b", welsh)


def test_the_welsh_html_report_has_the_welsh_paragraphs(demo: Flask) -> None:
    with demo.test_request_context():
        consultation = db.session.scalars(select(Consultation)).one()
        paragraphs = _paragraphs(consultation)
        page = html.unescape(reports.report_html(consultation, "cy", for_print=True))
    found = re.findall(r'<p class="narrative">(.*?)</p>', page, re.S)
    assert found == [cy for _en, cy in paragraphs]
