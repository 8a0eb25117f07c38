"""Steps for the results pages (staff and facilitator): the demo consultation, filtered or not."""

from __future__ import annotations

from playwright.sync_api import Page

from consult.extensions import db
from consult.models import Consultation, QuestionKind
from tests.browser.builder_steps import _ids
from tests.browser.server import DEMO_SLUG
from tests.browser.steps import Step, Visit, goto


def results_page(query: dict[str, str] | None = None, draft: bool = False) -> Step:
    """The staff results page of the demo consultation (or of an unanswered draft)."""

    def step(page: Page, visit: Visit) -> None:
        consultation_id, _ = _ids(visit, draft)
        goto(f"/staff/consultations/{consultation_id}/results", **(query or {}))(page, visit)

    return step


def results_question(kind: QuestionKind) -> Step:
    """The results page of the demo consultation's first question of ``kind``."""

    def step(page: Page, visit: Visit) -> None:
        with visit.server.app.app_context():
            consultation = db.session.query(Consultation).filter_by(slug=DEMO_SLUG).one()
            question = next(q for q in consultation.questions if q.kind is kind)
            path = f"/staff/consultations/{consultation.id}/results/questions/{question.id}"
        goto(path)(page, visit)

    return step


def facilitator_results(page: Page, visit: Visit) -> None:
    consultation_id, _ = _ids(visit, draft=False)
    goto(f"/facilitator/results/{consultation_id}")(page, visit)
