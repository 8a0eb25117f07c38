"""Steps for theme review's pages: the demo consultation's busiest theme, an empty theme in a draft
consultation, a suggested theme with example answers, and the refusals and form errors."""

from __future__ import annotations

from playwright.sync_api import Page
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import AnswerTheme, CodeSource, CodeStatus, Consultation, Theme, ThemeStatus
from tests.browser.builder_steps import DRAFT_TITLE, _make_draft
from tests.browser.server import DEMO_SLUG
from tests.browser.steps import Step, Visit

EMPTY_THEME = "Browser check: a theme with no answers"
SUGGESTED_THEME = "Browser check: waiting lists"


def _demo() -> Consultation:
    return db.session.scalars(select(Consultation).where(Consultation.slug == DEMO_SLUG)).one()


def _busiest_theme(consultation_id: int) -> Theme:
    """The active theme with the most answers still waiting for review."""
    theme_id = db.session.scalar(
        select(AnswerTheme.theme_id).join(Theme)
        .where(Theme.consultation_id == consultation_id, Theme.status == ThemeStatus.ACTIVE,
               AnswerTheme.status == CodeStatus.PROPOSED)
        .group_by(AnswerTheme.theme_id).order_by(func.count().desc(), AnswerTheme.theme_id).limit(1))
    assert theme_id is not None, "the demo has no answers waiting for review"
    return db.session.get(Theme, theme_id)


def _empty_theme() -> tuple[int, int]:
    draft = db.session.scalars(select(Consultation).where(Consultation.title_en == DRAFT_TITLE)).one_or_none()
    draft = draft or _make_draft()
    theme = db.session.scalars(select(Theme).where(Theme.consultation_id == draft.id,
                                                   Theme.name == EMPTY_THEME)).one_or_none()
    if theme is None:
        theme = Theme(consultation_id=draft.id, name=EMPTY_THEME, description="Checks the empty state.")
        db.session.add(theme)
        db.session.commit()
    return draft.id, theme.id


def _suggestion(consultation: Consultation) -> None:
    """A suggested theme with example answers (re-coding may have replaced the analysis's own)."""
    if db.session.scalars(select(Theme).where(Theme.consultation_id == consultation.id,
                                              Theme.status == ThemeStatus.SUGGESTED)).first():
        return
    theme = Theme(consultation_id=consultation.id, name=SUGGESTED_THEME, status=ThemeStatus.SUGGESTED,
                  description="Suggested from 3 answers that no theme fitted.")
    db.session.add(theme)
    db.session.flush()
    busiest = _busiest_theme(consultation.id)
    answers = db.session.scalars(select(AnswerTheme.answer_id).where(AnswerTheme.theme_id == busiest.id)
                                 .limit(3)).all()
    for answer_id in answers:
        db.session.add(AnswerTheme(answer_id=answer_id, theme_id=theme.id, source=CodeSource.AUTO, confidence=0.5,
                                   status=CodeStatus.PROPOSED, reasons=["suggested theme"]))
    db.session.commit()


def review_page(path: str = "", theme: str = "busiest") -> Step:
    """``path`` under /staff/consultations/<id>/review; ``{theme}`` is the busiest theme of the demo
    (or, with ``theme="empty"``, a theme with no answers in a draft consultation)."""

    def step(page: Page, visit: Visit) -> None:
        with visit.server.app.app_context():
            if theme == "empty":
                consultation_id, theme_id = _empty_theme()
            else:
                consultation = _demo()
                consultation_id, theme_id = consultation.id, _busiest_theme(consultation.id).id
                if theme == "suggested":
                    _suggestion(consultation)
            db.session.remove()
        page.goto(visit.url(f"/staff/consultations/{consultation_id}/review{path.format(theme=theme_id)}"))

    return step


def press(selector: str) -> Step:
    """Press the first button matching ``selector`` in the page's main content and wait for the next page."""

    def step(page: Page, _visit: Visit) -> None:
        with page.expect_navigation():
            page.locator(f"main {selector}").first.click()

    return step


def clear(selector: str) -> Step:
    def step(page: Page, _visit: Visit) -> None:
        page.locator(selector).fill("")

    return step
