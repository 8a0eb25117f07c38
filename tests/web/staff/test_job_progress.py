"""The JSON the report PDF and SMS update pages poll for their jobs' progress: the status text from
RQ's status and meta (real Redis, a real worker in burst mode), who may read it, and what the pages
offer without JavaScript."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from consult.models import Consultation, ConsultationStatus
from consult.services import update_sending
from consult.services.jobs import QUEUE_NAME
from tests.conftest import queue_test_url
from tests.services.test_update_sending import ask_for_updates
from tests.web.sms.twilio_helpers import RecordingHttpClient
from tests.web.staff.conftest import demo_consultation, post
from tests.web.staff.test_you_said import _demo, texting

__all__ = ["texting"]  # the you-said page's Twilio fixture, shared


@pytest.fixture()
def queue(demo: Flask) -> Iterator[str]:
    """The app with a real RQ queue (an empty Redis database), as in production."""
    redis_url = queue_test_url()
    from redis import Redis

    Redis.from_url(redis_url).flushdb()
    demo.config["REDIS_URL"] = redis_url
    yield redis_url
    Redis.from_url(redis_url).flushdb()


def _work(app: Flask, redis_url: str) -> None:
    """A real RQ worker empties the queue, then stops."""
    from redis import Redis
    from rq import SimpleWorker

    with app.app_context():
        SimpleWorker([QUEUE_NAME], connection=Redis.from_url(redis_url)).work(burst=True)


def _set_status(redis_url: str, job_id: str, status: str, **meta: int) -> None:
    """Put a job in the state a worker leaves it in part way (status, and progress in its meta)."""
    from redis import Redis
    from rq.job import Job, JobStatus

    job = Job.fetch(job_id, connection=Redis.from_url(redis_url))
    job.set_status(JobStatus(status))
    if meta:
        job.meta.update(meta)
        job.save_meta()


def test_report_progress_without_a_queue_is_unknown_and_staff_only(
    demo: Flask, staff: FlaskClient, facilitator: FlaskClient
) -> None:
    base = f"/staff/consultations/{demo_consultation(demo).id}/reports"
    assert staff.get(f"{base}/jobs/anything/progress.json").get_json() == {
        "status": "unknown", "active": False, "language": "en",
        "message": "That PDF is no longer available (they are kept for a day). Make it again below."}
    assert facilitator.get(f"{base}/jobs/anything/progress.json").status_code == 403
    assert demo.test_client().get(f"{base}/jobs/anything/progress.json").status_code == 302  # to sign in
    assert staff.get("/staff/consultations/999999/reports/jobs/anything/progress.json").status_code == 404


def test_report_progress_reads_the_rq_job_until_the_pdf_is_ready(
    demo: Flask, staff: FlaskClient, queue: str
) -> None:
    base = f"/staff/consultations/{demo_consultation(demo).id}/reports"
    started = post(staff, f"{base}/panel.pdf", {"lang": "cy"}, page=base)
    assert started.status_code == 302 and "job=" in started.location
    job_id = started.location.split("job=")[1]
    progress = f"{base}/jobs/{job_id}/progress.json"
    assert staff.get(progress).get_json() == {
        "status": "queued", "active": True, "language": "cy",
        "message": "The PDF report is being prepared (waiting its turn). It takes a few seconds for a large "
                   "consultation."}
    page = staff.get(started.location).get_data(as_text=True)
    assert f'data-job-progress="{progress}"' in page and 'aria-live="polite"' in page
    assert "Check again</a>" in page and "js/job-progress.js" in page  # the link stays for no JavaScript
    assert f'href="{base}/jobs/{job_id}.pdf"' in page  # hidden until the poll says it is ready

    _set_status(queue, job_id, "started")
    rendering = staff.get(progress).get_json()
    assert rendering["status"] == "started" and rendering["active"]
    assert rendering["message"].startswith("The PDF report is being prepared (rendering).")

    _work(demo, queue)
    assert staff.get(progress).get_json() == {"status": "finished", "active": False, "language": "cy",
                                              "message": "The PDF report is ready."}
    page = staff.get(started.location).get_data(as_text=True)
    assert "The PDF report is ready." in page and "Check again" not in page and "js/job-progress.js" not in page
    assert staff.get(f"{base}/jobs/{job_id}.pdf").data.startswith(b"%PDF")
    # another kind of job's id reads as unknown here
    assert staff.get(f"{base}/jobs/no-such-job/progress.json").get_json()["status"] == "unknown"


def test_a_failed_pdf_job_reads_as_failed(demo: Flask, staff: FlaskClient, queue: str) -> None:
    base = f"/staff/consultations/{demo_consultation(demo).id}/reports"
    job_id = post(staff, f"{base}/panel.pdf", {"lang": "en"}, page=base).location.split("job=")[1]
    _set_status(queue, job_id, "failed")
    assert staff.get(f"{base}/jobs/{job_id}/progress.json").get_json() == {
        "status": "failed", "active": False, "language": "en", "message": "The PDF report could not be made."}


def test_send_progress_without_a_queue_is_unknown_and_staff_only(
    demo: Flask, staff: FlaskClient, facilitator: FlaskClient
) -> None:
    consultation_id, _ = _demo(demo)
    url = f"/staff/consultations/{consultation_id}/you-said/jobs/anything/progress.json"
    body = staff.get(url).get_json()
    assert body["status"] == "unknown" and body["active"] is False
    assert body["message"] == ("We cannot tell how this send is going any more. Numbers not yet sent are kept: "
                               "you can send again.")
    assert facilitator.get(url).status_code == 403
    assert demo.test_client().get(url).status_code == 302
    assert staff.get("/staff/consultations/999999/you-said/jobs/anything/progress.json").status_code == 404


def test_send_progress_reads_rq_status_and_meta(
    demo: Flask, texting: tuple[FlaskClient, RecordingHttpClient], staff: FlaskClient, queue: str
) -> None:
    client, twilio_http = texting
    ask_for_updates(client)
    consultation_id, _ = _demo(demo, ConsultationStatus.PUBLISHED)
    page = f"/staff/consultations/{consultation_id}/you-said"
    queued = post(staff, f"{page}/send", {}, page=page)
    job_id = queued.location.split("job=")[1]
    progress = f"{page}/jobs/{job_id}/progress.json"
    assert staff.get(progress).get_json() == {
        "status": "queued", "active": True, "done": 0, "total": 0, "sent": None, "failed": None,
        "message": "Waiting to start: the text will go to 3 people."}
    html = staff.get(queued.location).get_data(as_text=True)
    assert f'data-job-progress="{progress}"' in html and "Check progress</a>" in html
    assert "js/job-progress.js" in html
    assert "Send the text to" not in html  # no second send while this one runs

    _set_status(queue, job_id, "started", done=1, total=3)  # as send_updates leaves it after one text
    assert staff.get(progress).get_json() == {
        "status": "started", "active": True, "done": 1, "total": 3, "sent": None, "failed": None,
        "message": "Sending: 1 of 3 done."}

    twilio_http.failures["+447700900802"] = 30003
    _work(demo, queue)
    assert staff.get(progress).get_json() == {
        "status": "finished", "active": False, "done": 3, "total": 3, "sent": 2, "failed": 1,
        "message": "Sending finished: 2 sent, 1 failed."}
    html = staff.get(queued.location).get_data(as_text=True)
    assert "Sending finished: 2 sent, 1 failed." in html and "Check progress" not in html
    assert "js/job-progress.js" not in html
    # a report job's id, or this job asked for under another consultation, reads as unknown
    with demo.test_request_context():
        assert update_sending.progress(Consultation(id=consultation_id + 1), job_id).status == "unknown"
    reports = f"/staff/consultations/{consultation_id}/reports"
    report_job = post(staff, f"{reports}/panel.pdf", {"lang": "en"}, page=reports).location.split("job=")[1]
    assert staff.get(f"{page}/jobs/{report_job}/progress.json").get_json()["status"] == "unknown"
