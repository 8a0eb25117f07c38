"""Steps for the re-code progress page ("Always current"): a run in progress, a run finished."""

from __future__ import annotations

from datetime import UTC, datetime

from playwright.sync_api import Page, expect

from consult.data import coding as coding_data
from consult.extensions import db
from consult.models import Consultation, Organisation, RunStatus
from consult.services.consultations import Details, create_consultation
from tests.browser.builder_steps import _ids
from tests.browser.steps import Visit, goto

RUNNING_TITLE = "Browser check: a re-code in progress"


def _running_consultation() -> int:
    """A consultation of its own, so the run left in progress shows on no other page."""
    consultation = db.session.query(Consultation).filter_by(title_en=RUNNING_TITLE).one_or_none()
    if consultation is None:
        office = db.session.query(Organisation).order_by(Organisation.id).first()
        assert office is not None
        consultation = create_consultation(
            Details(RUNNING_TITLE, "Gwirio porwr: ail-godio", "To check pages.", "I wirio tudalennau.",
                    "The PCC", "Y Comisiynydd", ["public_views"]), office.id)
    return consultation.id


def recode_running(page: Page, visit: Visit) -> None:
    """A re-code part way (the run row as a worker leaves it mid-way): the poll keeps it live."""
    with visit.server.app.app_context():
        consultation_id = _running_consultation()
        run = coding_data.get_active_run(consultation_id)
        if run is None:
            run = coding_data.create_run(consultation_id, 1200, None, datetime.now(UTC))
        run.status, run.done, run.updated_at = RunStatus.RUNNING, 312, datetime.now(UTC)
        db.session.commit()
    goto(f"/staff/consultations/{consultation_id}/recode")(page, visit)
    expect(page.locator("[data-job-status]")).to_have_text("312 of 1,200 answers coded.")


def recode_finished(page: Page, visit: Visit) -> None:
    """Start a re-code of the demo consultation and let the page's poll report its end."""
    consultation_id, _ = _ids(visit, draft=False)
    goto(f"/staff/consultations/{consultation_id}/recode")(page, visit)
    button = page.get_by_role("button", name="Re-code all answers")
    if button.is_visible():
        with page.expect_navigation():
            button.click()
    expect(page.locator("[data-job-status]")).to_contain_text("Finished", timeout=30_000)
    expect(page.get_by_role("link", name="See the themes")).to_be_visible()
    expect(page.get_by_role("heading", name="Latest re-code")).to_be_visible()
