"""The re-code page: start button, progress (page and JSON), a second click, a failure, no-JS refresh."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from consult.data import coding as coding_data
from consult.extensions import db
from consult.models import AnalysisRun, AuditEvent, RunStatus
from consult.services import jobs
from tests.conftest import csrf_token
from tests.web.staff.conftest import demo_consultation


def _url(app: Flask) -> str:
    return f"/staff/consultations/{demo_consultation(app).id}/recode"


def test_the_consultation_page_links_to_the_recode_page(staff: FlaskClient, demo: Flask) -> None:
    page = staff.get(f"/staff/consultations/{demo_consultation(demo).id}").get_data(as_text=True)
    assert f'href="{_url(demo)}"' in page


def test_before_any_run_the_page_explains_and_offers_the_button(staff: FlaskClient, demo: Flask) -> None:
    page = staff.get(_url(demo))
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "themed and scored by itself" in html and "Re-code all answers</button>" in html
    assert "All 134 written answers have themes." in html
    assert "aria-live" not in html  # nothing to report yet
    progress = staff.get(f"{_url(demo)}/progress.json").get_json()
    assert progress == {"status": "none", "active": False, "done": 0, "total": 0,
                        "message": "No re-code has been run yet."}


def test_starting_runs_it_in_the_background_and_the_page_shows_it_finished(staff: FlaskClient,
                                                                          demo: Flask) -> None:
    token = csrf_token(staff.get(_url(demo)).get_data(as_text=True))
    response = staff.post(_url(demo), data={"csrf_token": token})
    assert response.status_code == 302 and response.location.endswith(_url(demo))
    jobs.wait_for_background()  # the run started in a thread of its own as the request ended
    finished = staff.get(f"{_url(demo)}/progress.json").get_json()
    assert finished == {"run": finished["run"], "status": "finished", "done": 134, "total": 134, "active": False,
                        "message": "Finished: 134 of 134 answers coded."}
    page = staff.get(_url(demo)).get_data(as_text=True)
    assert "Finished: 134 of 134 answers coded." in page and "Refresh to see progress" not in page
    assert "Re-code all answers again</button>" in page
    with demo.app_context():
        events = db.session.query(AuditEvent).filter_by(action="answers.changed").all()
        assert [e.detail.get("via") for e in events] == ["recode"]


def test_a_waiting_run_is_shown_live_and_a_second_click_shows_it(staff: FlaskClient, demo: Flask) -> None:
    with demo.app_context():
        coding_data.create_run(demo_consultation(demo).id, 134, None, datetime.now(UTC))
        db.session.commit()
    queued = staff.get(f"{_url(demo)}/progress.json").get_json()
    assert queued["status"] == "queued" and queued["active"] and queued["total"] == 134
    assert queued["message"] == "Waiting to start: 134 answers to code."
    page = staff.get(_url(demo)).get_data(as_text=True)
    assert 'aria-live="polite"' in page and "Waiting to start: 134 answers to code." in page
    assert "Refresh to see progress" in page and "js/job-progress.js" in page
    token = csrf_token(page)
    second = staff.post(_url(demo), data={"csrf_token": token})
    assert second.status_code == 302 and second.location.endswith(f"{_url(demo)}?running=1")
    page = staff.get(second.location).get_data(as_text=True)
    assert "A re-code was already running, so another was not started" in page
    with demo.app_context():
        assert db.session.query(AnalysisRun).count() == 1


def test_a_run_that_never_started_is_reported_stopped(staff: FlaskClient, demo: Flask) -> None:
    """Without a queue a run starts as its request ends; one still waiting minutes later was lost."""
    with demo.app_context():
        coding_data.create_run(demo_consultation(demo).id, 134, None, datetime.now(UTC) - timedelta(minutes=3))
        db.session.commit()
    progress = staff.get(f"{_url(demo)}/progress.json").get_json()
    assert progress["status"] == "failed" and not progress["active"]
    assert "stopped without finishing" in progress["message"]
    assert "Re-code all answers again</button>" in staff.get(_url(demo)).get_data(as_text=True)


def test_progress_while_running_reads_as_counts(staff: FlaskClient, demo: Flask) -> None:
    with demo.app_context():
        run = coding_data.create_run(demo_consultation(demo).id, 1200, None, datetime.now(UTC))
        run.status, run.done = RunStatus.RUNNING, 312
        db.session.commit()
    assert staff.get(f"{_url(demo)}/progress.json").get_json()["message"] == "312 of 1,200 answers coded."
    page = staff.get(_url(demo)).get_data(as_text=True)
    assert "312 of 1,200 answers coded." in page and "Re-code in progress" in page


def test_a_stopped_run_is_reported_plainly(staff: FlaskClient, demo: Flask) -> None:
    with demo.app_context():
        run = coding_data.create_run(demo_consultation(demo).id, 134, None, datetime.now(UTC) - timedelta(hours=2))
        run.status = RunStatus.RUNNING
        db.session.commit()
    page = staff.get(_url(demo))
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "stopped without finishing" in html and "Traceback" not in html
    assert "Re-code all answers again</button>" in html


def test_without_a_csrf_token_nothing_starts(staff: FlaskClient, demo: Flask) -> None:
    response = staff.post(_url(demo), data={})
    assert response.status_code == 400
    with demo.app_context():
        assert db.session.query(AnalysisRun).count() == 0


@pytest.mark.parametrize("path", ["", "/progress.json"])
def test_facilitators_cannot_see_recode_progress(facilitator: FlaskClient, demo: Flask, path: str) -> None:
    assert facilitator.get(f"{_url(demo)}{path}").status_code == 403


def test_the_page_says_how_many_answers_wait_for_themes(staff: FlaskClient, demo: Flask) -> None:
    from sqlalchemy import select

    from consult.models import Answer, AnswerTheme

    with demo.app_context():
        answer_id = db.session.scalars(select(Answer.id).where(Answer.text.is_not(None))).first()
        db.session.query(AnswerTheme).filter_by(answer_id=answer_id).delete()
        db.session.commit()
    html = staff.get(_url(demo)).get_data(as_text=True)
    assert "133 of 134 written answers have themes; 1 is waiting" in html
