"""Theme review pages: staff read a theme's answers and decide, every POST needs its CSRF token,
refusals say why, and the figures on the page come from the database."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import (
    Answer,
    AnswerTheme,
    AuditEvent,
    ChosenQuote,
    CodeSource,
    CodeStatus,
    Consultation,
    Theme,
    ThemeStatus,
)
from consult.services.jobs import wait_for_background
from tests.conftest import csrf_token


def _ids(app: Flask) -> tuple[int, Theme, Theme]:
    """The demo consultation and its two themes with the most undecided answers."""
    with app.app_context():
        consultation_id = db.session.scalars(select(Consultation.id)).one()
        rows = db.session.execute(
            select(AnswerTheme.theme_id, func.count()).join(Theme)
            .where(Theme.status == ThemeStatus.ACTIVE, AnswerTheme.status == CodeStatus.PROPOSED)
            .group_by(AnswerTheme.theme_id).order_by(func.count().desc())).all()
        themes = [db.session.get(Theme, theme_id) for theme_id, _ in rows[:2]]
        db.session.expunge_all()
        return consultation_id, themes[0], themes[1]


def _first_answer(client: FlaskClient, url: str) -> int:
    match = re.search(r'id="answer-(\d+)"', client.get(url).get_data(as_text=True))
    assert match, "the theme page lists no answers"
    return int(match.group(1))


def _post(client: FlaskClient, page: str, url: str, data: dict[str, object] | None = None):  # type: ignore[no-untyped-def]
    """Post with the page's CSRF token, then let the re-training it started finish (so counts hold still)."""
    token = csrf_token(client.get(page).get_data(as_text=True))
    response = client.post(url, data={"csrf_token": token, **(data or {})})
    wait_for_background()
    return response


def _code(app: Flask, answer_id: int, theme_id: int) -> tuple[CodeSource, CodeStatus] | None:
    with app.app_context():
        code = db.session.scalar(select(AnswerTheme).where(AnswerTheme.answer_id == answer_id,
                                                           AnswerTheme.theme_id == theme_id))
        return (code.source, code.status) if code else None


def test_the_overview_shows_each_themes_counts_from_the_database(demo: Flask, staff: FlaskClient) -> None:
    consultation_id, theme, _ = _ids(demo)
    html = staff.get(f"/staff/consultations/{consultation_id}/review").get_data(as_text=True)
    with demo.app_context():
        proposed = db.session.scalar(select(func.count()).select_from(AnswerTheme).where(
            AnswerTheme.theme_id == theme.id, AnswerTheme.status == CodeStatus.PROPOSED))
    row = re.search(rf">{re.escape(theme.name)}</a></th>\s*<td[^>]*>(\d+)</td>", html.replace("&#39;", "'"))
    assert row and int(row.group(1)) == proposed
    assert "Not enough decisions yet" in html or "No decisions yet" in html


def test_confirm_reject_and_move_from_the_theme_page(demo: Flask, staff: FlaskClient) -> None:
    consultation_id, theme, other = _ids(demo)
    page = f"/staff/consultations/{consultation_id}/review/themes/{theme.id}"
    answer_id = _first_answer(staff, page)
    base = f"{page}/answers/{answer_id}"

    response = _post(staff, page, f"{base}/confirm")
    assert response.status_code == 302 and response.location.endswith(f"#answer-{answer_id}")
    assert _code(demo, answer_id, theme.id) == (CodeSource.HUMAN, CodeStatus.CONFIRMED)
    html = staff.get(page).get_data(as_text=True)
    assert f"Answer {answer_id} confirmed under" in html

    _post(staff, page, f"{base}/reject")
    assert _code(demo, answer_id, theme.id) == (CodeSource.HUMAN, CodeStatus.REJECTED)

    _post(staff, page, f"{base}/move", {"target": other.id})
    assert _code(demo, answer_id, other.id) == (CodeSource.HUMAN, CodeStatus.CONFIRMED)
    with demo.app_context():
        actions = db.session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("review.%"))
                                     .order_by(AuditEvent.id)).all()
    assert actions == ["review.code_confirmed", "review.code_rejected", "review.code_moved"]


def test_a_refused_move_says_why_and_changes_nothing(demo: Flask, staff: FlaskClient) -> None:
    consultation_id, theme, _ = _ids(demo)
    page = f"/staff/consultations/{consultation_id}/review/themes/{theme.id}"
    answer_id = _first_answer(staff, page)
    response = _post(staff, page, f"{page}/answers/{answer_id}/move", {"target": ""})
    assert response.status_code == 302
    assert "Choose the theme this answer belongs to instead." in staff.get(page).get_data(as_text=True)
    assert _code(demo, answer_id, theme.id) == (CodeSource.AUTO, CodeStatus.PROPOSED)


def test_posts_without_a_csrf_token_change_nothing(demo: Flask, staff: FlaskClient) -> None:
    consultation_id, theme, _ = _ids(demo)
    page = f"/staff/consultations/{consultation_id}/review/themes/{theme.id}"
    answer_id = _first_answer(staff, page)
    for action in ("confirm", "reject", "quote", "sentiment"):
        staff.post(f"{page}/answers/{answer_id}/{action}", data={"sentiment": "negative"})
    assert _code(demo, answer_id, theme.id) == (CodeSource.AUTO, CodeStatus.PROPOSED)
    assert staff.post(f"{page}/merge", data={"target": "1"}).status_code == 400
    with demo.app_context():
        assert db.session.scalar(select(func.count()).select_from(ChosenQuote)) == 0
        assert db.session.get(Theme, theme.id).status is ThemeStatus.ACTIVE


def test_quote_and_sentiment(demo: Flask, staff: FlaskClient) -> None:
    consultation_id, theme, other = _ids(demo)
    page = f"/staff/consultations/{consultation_id}/review/themes/{theme.id}"
    answer_id = _first_answer(staff, page)
    _post(staff, page, f"{page}/answers/{answer_id}/quote")
    html = staff.get(page).get_data(as_text=True)
    assert f"Answer {answer_id} will be quoted under" in html
    assert f"<li>Answer {answer_id}: " in html.split("<h2 class=\"govuk-heading-m\">Answers</h2>")[0]
    _post(staff, page, f"{page}/answers/{answer_id}/sentiment", {"sentiment": "negative"})
    assert f"Answer {answer_id} marked as negative." in staff.get(page).get_data(as_text=True)
    with demo.app_context():
        answer = db.session.get(Answer, answer_id)
        assert (answer.sentiment_label, answer.sentiment_reviewed) == ("negative", True)
    other_page = f"/staff/consultations/{consultation_id}/review/themes/{other.id}"
    _post(staff, other_page, f"{other_page}/answers/{answer_id}/confirm")
    _post(staff, other_page, f"{other_page}/answers/{answer_id}/quote")
    html = staff.get(other_page).get_data(as_text=True).replace("&#39;", "'")
    assert "is already quoted under" in html and "remove it there first" in html
    with demo.app_context():
        assert db.session.scalars(select(ChosenQuote.theme_id)).all() == [theme.id]


def test_rename_merge_and_split_forms(demo: Flask, staff: FlaskClient) -> None:
    consultation_id, theme, other = _ids(demo)
    page = f"/staff/consultations/{consultation_id}/review/themes/{theme.id}"
    rename = _post(staff, f"{page}/rename", f"{page}/rename", {"name": other.name, "name_cy": ""})
    assert rename.status_code == 400 and "There is already a theme called" in rename.get_data(as_text=True)
    assert _post(staff, f"{page}/rename", f"{page}/rename", {"name": "Being listened to", "name_cy": "Cael gwrandawiad"}
                 ).status_code == 302

    split_page = f"/staff/consultations/{consultation_id}/review/themes/{other.id}/split"
    empty = _post(staff, split_page, split_page, {"name": "A new one"})
    assert empty.status_code == 400 and "Choose at least one answer" in empty.get_data(as_text=True)
    moving = int(re.search(r'name="answers" type="checkbox" value="(\d+)"',
                           staff.get(split_page).get_data(as_text=True)).group(1))
    split = _post(staff, split_page, split_page, {"name": "Split off", "answers": [moving]})
    assert split.status_code == 302

    merge_page = f"{page}/merge"
    assert _post(staff, merge_page, merge_page, {}).status_code == 400
    assert _post(staff, merge_page, merge_page, {"target": other.id}).status_code == 302
    with demo.app_context():
        assert db.session.get(Theme, theme.id).status is ThemeStatus.DISMISSED
        assert db.session.get(Theme, theme.id).name == "Being listened to"
        new = db.session.scalars(select(Theme).where(Theme.name == "Split off")).one()
        assert _code(demo, moving, new.id) == (CodeSource.HUMAN, CodeStatus.CONFIRMED)
    assert staff.get(page).status_code == 404  # a merged theme's page is gone; its answers moved


def test_suggested_themes_page(demo: Flask, staff: FlaskClient) -> None:
    consultation_id, _, _ = _ids(demo)
    page = f"/staff/consultations/{consultation_id}/review/suggested"
    html = staff.get(page).get_data(as_text=True)
    match = re.search(r"/review/suggested/(\d+)/accept", html)
    assert match, "the demo's analysis suggests a theme"
    theme_id = int(match.group(1))
    _post(staff, page, f"{page}/{theme_id}/accept", {"name": "Waiting for a bed", "name_cy": ""})
    assert "‘Waiting for a bed’ is now a theme" in staff.get(page).get_data(as_text=True)
    # Accepting re-coded the answers, so the suggestions were made afresh: this one is gone.
    _post(staff, f"/staff/consultations/{consultation_id}/themes", f"{page}/{theme_id}/dismiss")
    assert "That suggestion is no longer open" in staff.get(page).get_data(as_text=True)


@pytest.mark.parametrize("path", ["/review/themes/999999", "/review/themes/999999/merge"])
def test_unknown_themes_are_not_found(demo: Flask, staff: FlaskClient, path: str) -> None:
    consultation_id, _, _ = _ids(demo)
    assert staff.get(f"/staff/consultations/{consultation_id}{path}").status_code == 404


def test_the_theme_page_shows_one_status_at_a_time_with_counts_from_the_database(demo: Flask,
                                                                                  staff: FlaskClient) -> None:
    consultation_id, theme, _ = _ids(demo)
    page = f"/staff/consultations/{consultation_id}/review/themes/{theme.id}"
    answer_id = _first_answer(staff, page)
    _post(staff, page, f"{page}/answers/{answer_id}/reject")
    with demo.app_context():
        counts = dict(db.session.execute(
            select(AnswerTheme.status, func.count()).join(Answer, Answer.id == AnswerTheme.answer_id)
            .where(AnswerTheme.theme_id == theme.id, Answer.text.is_not(None)).group_by(AnswerTheme.status)).all())
    for status in CodeStatus:
        html = staff.get(f"{page}?show={status.value}").get_data(as_text=True)
        expected = counts.get(status, 0)
        assert f"{expected} {'answer' if expected == 1 else 'answers'}" in html
        shown = [int(i) for i in re.findall(r'id="answer-(\d+)"', html)]
        assert len(shown) == min(expected, 20)
        assert all(_code(demo, i, theme.id)[1] is status for i in shown)
    assert f'id="answer-{answer_id}"' in staff.get(f"{page}?show=rejected").get_data(as_text=True)
    assert f"All ({sum(counts.values())})" in staff.get(page).get_data(as_text=True)


def test_a_decision_re_trains_the_coder_after_the_response_and_is_kept(demo: Flask, staff: FlaskClient) -> None:
    from consult.models import AnalysisRun

    consultation_id, theme, _ = _ids(demo)
    page = f"/staff/consultations/{consultation_id}/review/themes/{theme.id}"
    answer_id = _first_answer(staff, page)
    _post(staff, page, f"{page}/answers/{answer_id}/reject")
    with demo.app_context():
        runs = [run.status.value for run in db.session.scalars(select(AnalysisRun))]
    assert runs == ["finished"]  # re-coded once the response had gone, without a queue
    assert _code(demo, answer_id, theme.id) == (CodeSource.HUMAN, CodeStatus.REJECTED)
