"""Steps for the pages that follow a queued job (the report PDF, the "you said, we did" text): a real
RQ queue on the live server for the step's length, a real worker in burst mode, and the page's poll
turning "being prepared" into "ready" without a reload. Without CONSULT_TEST_REDIS_URL they skip
(under CI=true they fail: .ci/run starts Redis)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from consult.data import sms as sms_data
from consult.extensions import db
from consult.models import Consultation
from consult.services import sms_phone
from consult.services.jobs import QUEUE_NAME
from tests.browser.builder_steps import _ids
from tests.browser.checks import describe_violations, run_axe
from tests.browser.server import LiveServer
from tests.browser.steps import Visit, goto
from tests.conftest import queue_test_url
from tests.web.public.factory import make_small_consultation
from tests.web.sms.twilio_helpers import RecordingHttpClient

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SEND_SLUG = "browser-send-2027"
NUMBERS = ("+447700900811", "+447700900812", "+447700900813")
NO_RELOAD = "window.__noReloadSince = true"  # a page load would clear it


def _redis_url() -> str:
    url = queue_test_url()
    return url


@contextmanager
def queue_on(server: LiveServer, **settings: object) -> Iterator[str]:
    """The live server with a real queue (and ``settings``) for this step only: the other page
    states run their work after the response, as the server does without Redis."""
    from redis import Redis

    url = _redis_url()
    Redis.from_url(url).flushdb()
    keys = ("REDIS_URL", *settings)
    before = {key: server.app.config.get(key) for key in keys}
    server.app.config.update(REDIS_URL=url, **settings)
    try:
        yield url
    finally:
        server.app.config.update(before)
        Redis.from_url(url).flushdb()


def run_worker(server: LiveServer, redis_url: str) -> None:
    """A real RQ worker empties the queue, in the live server's app (its database), then stops."""
    from redis import Redis
    from rq import SimpleWorker

    with server.app.app_context():
        SimpleWorker([QUEUE_NAME], connection=Redis.from_url(redis_url)).work(burst=True)


def _assert_accessible(page: Page, state: str) -> None:
    """axe on the in-between state too (the page state's own check sees only the end)."""
    violations = run_axe(page, AXE.read_text(encoding="utf-8"))["violations"]
    assert not violations, f"{state}:\n{describe_violations(violations)}"


def _follow_to_the_end(page: Page, server: LiveServer, redis_url: str, keep_focus_on: str) -> None:
    """Run the queue while the page watches; the page must update itself, focus where it was."""
    page.evaluate(NO_RELOAD)
    page.locator(keep_focus_on).focus()
    run_worker(server, redis_url)
    expect(page.locator("[data-job-while-running]")).to_be_hidden(timeout=15_000)
    assert page.evaluate("window.__noReloadSince") is True, "the page reloaded"
    expect(page.locator(keep_focus_on)).to_be_focused()


def _start(page: Page, visit: Visit, path: str, button: str, waiting: str, plain_link: str) -> Locator:
    """Press ``button`` on ``path``: the job waits in the queue, said politely, with a plain link."""
    goto(path)(page, visit)
    with page.expect_navigation():
        page.get_by_role("button", name=button).click()
    status = page.locator("[data-job-status]")
    expect(status).to_contain_text(waiting)
    expect(status).to_have_attribute("aria-live", "polite")
    expect(page.get_by_role("link", name=plain_link)).to_be_visible()
    return status


def report_pdf_ready(page: Page, visit: Visit) -> None:
    """Ask for the PDF with a queue: "being prepared", then the download link, without a reload."""
    consultation_id, _ = _ids(visit, draft=False)
    with queue_on(visit.server) as redis_url:
        status = _start(page, visit, f"/staff/consultations/{consultation_id}/reports", "Download the PDF in English",
                        "The PDF report is being prepared (waiting its turn).", "Check again")
        expect(page.get_by_role("link", name="Download the PDF", exact=True)).to_be_hidden()
        _assert_accessible(page, "the PDF being prepared")
        _follow_to_the_end(page, visit.server, redis_url, "a[href$='/reports/panel?lang=en']")
        expect(status).to_have_text("The PDF report is ready.")
        expect(page.get_by_role("link", name="Download the PDF", exact=True)).to_be_visible()


def _send_consultation(visit: Visit) -> int:
    """A published consultation of its own with an update written and three people waiting for it."""
    with visit.server.app.app_context():
        consultation = db.session.query(Consultation).filter_by(slug=SEND_SLUG).one_or_none()
        consultation_id = consultation.id if consultation else make_small_consultation(slug=SEND_SLUG)
        consultation = db.session.get(Consultation, consultation_id)
        consultation.update_en = "You said custody was cold. We fixed the heating."
        consultation.update_cy = "Dywedoch chi fod y ddalfa'n oer. Rydym wedi trwsio'r gwres."
        for number in NUMBERS:
            hashed = sms_phone.phone_hash(number)
            if not sms_data.has_update_contact(consultation_id, hashed):
                sms_data.create_update_contact(consultation_id, hashed, sms_phone.encrypt_number(number), "en",
                                               datetime.now(UTC))
        db.session.commit()
        db.session.remove()
    return consultation_id


def update_sent(page: Page, visit: Visit) -> None:
    """Text the update with a queue: "waiting to start", then "finished", without a reload."""
    consultation_id = _send_consultation(visit)
    texts = RecordingHttpClient()
    with queue_on(visit.server, TWILIO_HTTP_CLIENT=texts, SMS_SEND_PER_SECOND=1000) as redis_url:
        status = _start(page, visit, f"/staff/consultations/{consultation_id}/you-said", "Send the text to 3 people",
                        "Waiting to start: the text will go to 3 people.", "Check progress")
        expect(page.get_by_role("button", name="Send the text to 3 people")).to_have_count(0)
        _assert_accessible(page, "the update waiting to be sent")
        _follow_to_the_end(page, visit.server, redis_url, "#update_en")
        expect(status).to_have_text("Sending finished: 3 sent, 0 failed.")
        expect(page.get_by_role("link", name="See who is still waiting for the text")).to_be_visible()
    assert sorted(str(r.data["To"]) for r in texts.sent) == list(NUMBERS)

