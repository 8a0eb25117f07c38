"""Steps for the staff builder's pages: a signed-in staff member, a draft consultation to work on."""

from __future__ import annotations

from playwright.sync_api import Page

from consult.extensions import db
from consult.models import Consultation, Organisation, QuestionKind, Role
from consult.services.consultations import Details, create_consultation
from consult.services.questions import QuestionDraft, add_question
from tests.browser.server import DEMO_SLUG
from tests.browser.staff_steps import signed_in_as
from tests.browser.steps import Step, Visit, goto

sign_in_as_staff = signed_in_as(Role.STAFF)
DRAFT_TITLE = "Browser check: a draft consultation"
WELSH_SMS_TOO_LONG = "Sut mae'r gwasanaeth yn eich helpu chi i gadw'n ddiogel yn eich cartref, ac a oes dŵr poeth?"


def _ids(visit: Visit, draft: bool) -> tuple[int, list[int]]:
    """The demo consultation (answered) or a draft one made for these checks, and its question ids."""
    app = visit.server.app
    with app.app_context():
        if not draft:
            consultation = db.session.query(Consultation).filter_by(slug=DEMO_SLUG).one()
        else:
            consultation = db.session.query(Consultation).filter_by(title_en=DRAFT_TITLE).one_or_none()
            if consultation is None:
                consultation = _make_draft()
        return consultation.id, [q.id for q in consultation.questions]


def _make_draft() -> Consultation:
    details = Details(DRAFT_TITLE, "Gwirio porwr: ymgynghoriad drafft", "To check pages.", "I wirio tudalennau.",
                      "The PCC", "Y Comisiynydd", ["public_views"])
    office = db.session.query(Organisation).order_by(Organisation.id).first()
    assert office is not None
    consultation = create_consultation(details, office.id)
    add_question(consultation, QuestionDraft(QuestionKind.YES_NO, "Any contact with the police?", "Unrhyw gysylltiad?"))
    add_question(consultation, QuestionDraft(QuestionKind.FREE_TEXT, "How were you treated?", "Sut cawsoch eich trin?"))
    return consultation


def staff_page(path: str, draft: bool = False) -> Step:
    """``path`` under /staff/consultations/<id>; ``{q0}``, ``{q1}`` stand for question ids."""

    def step(page: Page, visit: Visit) -> None:
        consultation_id, questions = _ids(visit, draft)
        names = {f"q{index}": question_id for index, question_id in enumerate(questions)}
        goto(f"/staff/consultations/{consultation_id}{path.format(**names)}")(page, visit)

    return step


def submit_staff_form(page: Page, _visit: Visit) -> None:
    with page.expect_navigation():
        page.locator("main form button[type=submit]").last.click()

