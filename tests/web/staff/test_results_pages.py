"""The staff results pages: every figure equals a direct count, small numbers hidden, labels human,
quotes once, charts with text alternatives, filters applied to every figure."""

from __future__ import annotations

import re
from datetime import date

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import Consultation, ConsultationStatus, Question, QuestionKind
from tests.web.results_figures import direct_count, figures

SLUG = "your-voice-2027"
THRESHOLD = 5


def _consultation_id(app: Flask) -> int:
    with app.app_context():
        return int(db.session.scalar(select(Consultation.id).where(Consultation.slug == SLUG)))


def _check_figures(app: Flask, html: str, consultation_id: int, channel: str | None = None) -> int:
    """Every shown figure equals the count from SQL; every hidden one is small or hidden for a reason."""
    shown = figures(html)
    checked = 0
    with app.app_context():
        for name, value in shown.items():
            if name.endswith(":median"):
                continue
            expected = direct_count(name, consultation_id, channel=channel)
            if expected is None:
                continue
            if value.isdigit():
                assert int(value) == expected, f"{name}: page shows {value}, the database has {expected}"
                assert expected == 0 or expected >= THRESHOLD, f"{name}: {expected} is a small number shown"
                checked += 1
            elif value == f"fewer than {THRESHOLD}":
                assert expected < THRESHOLD, f"{name}: says fewer than {THRESHOLD} but is {expected}"
            else:
                assert value == "not shown", f"{name}: {value!r}"
    return checked


def test_overview_and_questions_equal_direct_counts(staff: FlaskClient, demo: Flask) -> None:
    cid = _consultation_id(demo)
    page = staff.get(f"/staff/consultations/{cid}/results")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert _check_figures(demo, html, cid) > 40
    names = figures(html)
    assert "respondents" in names and names["respondents"].isdigit()
    with demo.app_context():
        kinds = {q.id: q.kind for q in db.session.scalars(select(Question).where(Question.consultation_id == cid))}
    for question_id, kind in kinds.items():  # closed questions are there too, not only free text
        assert f"question:{question_id}:answered" in names
        if kind is not QuestionKind.FREE_TEXT:
            assert any(n.startswith(f"question:{question_id}:option:") for n in names)


def test_a_filter_applies_to_every_figure(staff: FlaskClient, demo: Flask) -> None:
    cid = _consultation_id(demo)
    html = staff.get(f"/staff/consultations/{cid}/results?channel=kiosk").get_data(as_text=True)
    assert _check_figures(demo, html, cid, channel="kiosk") > 10
    assert "Kiosk tablet only." in html
    whole = figures(staff.get(f"/staff/consultations/{cid}/results").get_data(as_text=True))
    assert figures(html)["respondents"] != whole["respondents"]


def test_labels_are_human(staff: FlaskClient, demo: Flask) -> None:
    cid = _consultation_id(demo)
    html = staff.get(f"/staff/consultations/{cid}/results").get_data(as_text=True)
    words = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S))
    for raw in ("womens_centre", "probation_forum", "free_text", "yes_no", "single_choice", " none "):
        assert raw not in words, raw
    assert "Women's centre" in words or "Women&#39;s centre" in words
    assert "Text message" in words


def test_quotes_appear_once(staff: FlaskClient, demo: Flask) -> None:
    cid = _consultation_id(demo)
    html = staff.get(f"/staff/consultations/{cid}/results").get_data(as_text=True)
    quoted = re.findall(r'data-answer="(\d+)"', html)
    assert quoted, "the demo has quotes to show"
    assert len(quoted) == len(set(quoted))
    texts = re.findall(r'class="app-quote govuk-body" data-answer="\d+">(.*?)</blockquote>', html, flags=re.S)
    assert len(texts) == len(set(texts))


def test_every_chart_has_a_text_alternative(staff: FlaskClient, demo: Flask) -> None:
    cid = _consultation_id(demo)
    html = staff.get(f"/staff/consultations/{cid}/results").get_data(as_text=True)
    charts = re.findall(r"<svg[^>]*>.*?</svg>", html, flags=re.S)
    assert len(charts) >= 8
    for svg in charts:
        assert 'role="img"' in svg
        title_id, desc_id = re.search(r'aria-labelledby="([^" ]+) ([^"]+)"', svg).groups()
        assert re.search(rf'<title id="{title_id}">[^<]+</title>', svg)
        assert re.search(rf'<desc id="{desc_id}">[^<]+</desc>', svg)


def test_the_question_page_shows_one_question(staff: FlaskClient, demo: Flask) -> None:
    cid = _consultation_id(demo)
    with demo.app_context():
        question = db.session.scalars(select(Question).where(Question.consultation_id == cid,
                                                              Question.kind == QuestionKind.SCALE)).first()
        assert question is not None
        qid = question.id
    html = staff.get(f"/staff/consultations/{cid}/results/questions/{qid}").get_data(as_text=True)
    assert {n.split(":")[1] for n in figures(html) if n.startswith("question:")} == {str(qid)}
    assert "Median" in html
    _check_figures(demo, html, cid)


def test_two_filters_at_once_are_refused_with_a_reason(staff: FlaskClient, demo: Flask) -> None:
    cid = _consultation_id(demo)
    html = staff.get(f"/staff/consultations/{cid}/results?channel=sms&language=cy").get_data(as_text=True)
    assert "There is a problem" in html and "one of channel, venue type, language, period or group" in html
    assert _check_figures(demo, html, cid) > 40  # the unfiltered figures instead


def test_an_empty_consultation_says_so(staff: FlaskClient, demo: Flask) -> None:
    with demo.app_context():
        source = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
        empty = Consultation(organisation_id=source.organisation_id, slug="empty-results", title_en="Nothing yet",
                             title_cy="Dim eto", purpose_en="p", purpose_cy="p", status=ConsultationStatus.OPEN,
                             opens_on=date.today())
        empty.questions.append(Question(position=1, kind=QuestionKind.FREE_TEXT, text_en="Anything?",
                                        text_cy="Unrhyw beth?"))
        db.session.add(empty)
        db.session.commit()
        cid = empty.id
    html = staff.get(f"/staff/consultations/{cid}/results").get_data(as_text=True)
    assert "No one has answered this consultation yet" in html
    assert figures(html)["respondents"] == "fewer than 5"


def test_viewing_results_is_audited_with_the_filter_kind_only(staff: FlaskClient, demo: Flask) -> None:
    from consult.models import AuditEvent

    cid = _consultation_id(demo)
    staff.get(f"/staff/consultations/{cid}/results?channel=sms")
    with demo.app_context():
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "results.viewed")
                                   .order_by(AuditEvent.id.desc())).first()
        assert event is not None and event.object_id == cid and event.user_id is not None
        assert event.detail["filters"] == "channel" and event.detail["audience"] == "staff"
