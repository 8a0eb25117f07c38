"""Reports and downloads through the staff pages: the page, the report in both languages, the
PDF (at once without a queue), and the CSV files with their names and types."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from tests.web.staff.conftest import audit_events, demo_consultation, post


def test_the_downloads_page_offers_the_report_pdf_and_csv_files(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    base = f"/staff/consultations/{consultation.id}/reports"
    page = staff.get(base).get_data(as_text=True)
    for link in (f"{base}/panel?lang=en", f"{base}/panel?lang=cy", f"{base}/tables.csv", f"{base}/answers.csv"):
        assert f'href="{link}"' in page, link
    assert page.count('action="' + f'{base}/panel.pdf"') == 2  # English and Welsh


def test_the_report_page_links_the_other_language_and_its_pdf(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    base = f"/staff/consultations/{consultation.id}/reports"
    english = staff.get(f"{base}/panel").get_data(as_text=True)
    assert '<html lang="en">' in english and "Report to the Police and Crime Panel" in english
    assert f'href="{base}/panel?lang=cy" hreflang="cy" lang="cy"' in english
    assert f'href="{base}/panel.pdf?lang=en"' in english
    assert 'role="img"' in english and "<table" in english  # every chart has its table beside it
    welsh = staff.get(f"{base}/panel?lang=cy").get_data(as_text=True)
    assert '<html lang="cy">' in welsh and "Adroddiad i'r Panel Heddlu a Throseddu" in welsh
    assert consultation.title_cy in welsh
    # the staff pages stay in English after a Welsh report
    assert "Reports and downloads" in staff.get(base).get_data(as_text=True)


def test_the_pdf_downloads_at_once_without_a_queue(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    base = f"/staff/consultations/{consultation.id}/reports"
    direct = staff.get(f"{base}/panel.pdf?lang=cy")
    assert direct.status_code == 200 and direct.mimetype == "application/pdf"
    assert direct.headers["Content-Disposition"] == 'attachment; filename="your-voice-2027-report-cy.pdf"'
    prepared = post(staff, f"{base}/panel.pdf", {"lang": "en"}, page=base)
    assert prepared.status_code == 200 and prepared.data.startswith(b"%PDF")
    assert staff.get(f"{base}/jobs/anything.pdf").status_code == 404


def test_csv_downloads_are_named_typed_and_the_answers_export_audited(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    base = f"/staff/consultations/{consultation.id}/reports"
    for name in ("tables.csv", "answers.csv"):
        response = staff.get(f"{base}/{name}")
        assert response.status_code == 200 and response.mimetype == "text/csv"
        assert response.headers["Content-Disposition"] == f'attachment; filename="your-voice-2027-{name}"'
        assert response.data.startswith(b"\xef\xbb\xbf")
    exported = [e for e in audit_events(demo) if e.action == "answers.exported"]
    assert len(exported) == 1 and exported[0].object_id == consultation.id


def test_an_unknown_consultation_is_not_found(staff: FlaskClient) -> None:
    for path in ("", "/panel", "/panel.pdf", "/tables.csv", "/answers.csv"):
        assert staff.get(f"/staff/consultations/999999/reports{path}").status_code == 404


def test_no_count_under_the_published_threshold_is_shown_in_the_report(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    for language in ("en", "cy"):
        html = staff.get(f"/staff/consultations/{consultation.id}/reports/panel?lang={language}").get_data(as_text=True)
        counts = [int(n.replace(",", "")) for n in re.findall(r'<td class="number">([\d,]+)</td>', html)]
        assert counts and min(counts) >= 10, f"a count under 10 is shown in the {language} report"
        bars = [int(n) for n in re.findall(r">(\d+) \([\d.]+%\)</text>", html)]  # chart labels
        assert bars and min(bars) >= 10
        hidden = "llai na 10" if language == "cy" else "fewer than 10"
        assert hidden in html
