"""Theme review: people's decisions are kept through re-coding, merges and splits; quotes are unique;
agreement is counted from what the machine had proposed when a person decided."""

from __future__ import annotations

import pytest
from flask import Flask
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
from consult.services import theme_changes, theme_review
from consult.services.analysis import analyse_consultation
from consult.services.theme_review import ReviewError, Verdict
from tests.conftest import queue_test_url


def _consultation_id() -> int:
    return db.session.scalars(select(Consultation.id)).one()


def _proposed(theme: Theme, count: int) -> list[int]:
    """Answers the machine proposed for ``theme`` (undecided)."""
    ids = db.session.scalars(select(AnswerTheme.answer_id).where(
        AnswerTheme.theme_id == theme.id, AnswerTheme.source == CodeSource.AUTO,
        AnswerTheme.status == CodeStatus.PROPOSED).order_by(AnswerTheme.answer_id)).all()
    assert len(ids) >= count, f"the demo has only {len(ids)} answers under {theme.name}"
    return list(ids[:count])


def _busiest_themes(count: int) -> list[Theme]:
    rows = db.session.execute(select(AnswerTheme.theme_id, func.count()).join(Theme)
                              .where(Theme.status == ThemeStatus.ACTIVE)
                              .group_by(AnswerTheme.theme_id).order_by(func.count().desc())).all()
    return [db.session.get(Theme, theme_id) for theme_id, _ in rows[:count]]


def _code(answer_id: int, theme_id: int) -> AnswerTheme | None:
    return db.session.scalar(select(AnswerTheme).where(AnswerTheme.answer_id == answer_id,
                                                       AnswerTheme.theme_id == theme_id))


def _not_coded(theme: Theme) -> int:
    coded = select(AnswerTheme.answer_id).where(AnswerTheme.theme_id == theme.id)
    return db.session.scalars(select(Answer.id).where(Answer.text.is_not(None), Answer.id.not_in(coded),
                                                      Answer.question.has(kind="free_text"))).first()


def test_decisions_survive_re_coding_and_remember_what_the_machine_proposed(demo: Flask) -> None:
    with demo.app_context():
        consultation_id = _consultation_id()
        theme, other = _busiest_themes(2)
        confirmed, rejected, moved = _proposed(theme, 3)
        added = _not_coded(theme)
        theme_review.decide(consultation_id, theme, confirmed, Verdict.CONFIRM)
        theme_review.decide(consultation_id, theme, rejected, Verdict.REJECT)
        theme_review.decide(consultation_id, theme, added, Verdict.CONFIRM)
        theme_review.recode(consultation_id, theme, moved, other.id)

        for _ in range(2):  # the decision already re-coded once in the background; twice more
            analyse_consultation(consultation_id)
        expected = {
            (confirmed, theme.id): (CodeStatus.CONFIRMED, True),
            (rejected, theme.id): (CodeStatus.REJECTED, True),
            (added, theme.id): (CodeStatus.CONFIRMED, False),
            (moved, theme.id): (CodeStatus.REJECTED, True),
        }
        for (answer_id, theme_id), (status, proposed) in expected.items():
            code = _code(answer_id, theme_id)
            assert code is not None and code.source is CodeSource.HUMAN
            assert (code.status, code.machine_proposed) == (status, proposed)
        there = _code(moved, other.id)
        assert there is not None and (there.source, there.status) == (CodeSource.HUMAN, CodeStatus.CONFIRMED)
        actions = db.session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("review.%"))).all()
        assert sorted(actions) == ["review.code_confirmed", "review.code_confirmed", "review.code_moved",
                                   "review.code_rejected"]
        assert all("text" not in (event.detail or {}) for event in db.session.scalars(select(AuditEvent)))


def test_agreement_is_counted_from_what_the_machine_proposed_when_each_decision_was_made(demo: Flask) -> None:
    with demo.app_context():
        consultation_id = _consultation_id()
        theme = _busiest_themes(1)[0]
        plan = [(a, Verdict.CONFIRM) for a in _proposed(theme, 6)[:4]]
        plan += [(_proposed(theme, 6)[5], Verdict.REJECT), (_not_coded(theme), Verdict.CONFIRM)]
        tally = {"agreed": 0, "wrong": 0, "missed": 0, "left_out": 0}
        for answer_id, verdict in plan:
            # Each decision re-trains the coder, so what it proposes may change between decisions.
            code = _code(answer_id, theme.id)
            proposed = code is not None and code.source is CodeSource.AUTO
            confirm = verdict is Verdict.CONFIRM
            key = ("agreed" if confirm else "wrong") if proposed else ("missed" if confirm else "left_out")
            tally[key] += 1
            theme_review.decide(consultation_id, theme, answer_id, verdict)
        row = next(r for r in theme_review.overview(consultation_id).themes if r.theme.id == theme.id)
        assert row.agreement is not None and row.agreement.enough
        assert (row.agreement.decisions, row.agreement.agreed, row.agreement.wrongly_proposed, row.agreement.missed,
                row.agreement.left_out) == (6, tally["agreed"], tally["wrong"], tally["missed"], tally["left_out"])
        assert row.agreement.agreement == pytest.approx((tally["agreed"] + tally["left_out"]) / 6)
        assert row.confirmed >= 5 and row.rejected >= 1


def test_a_quote_appears_once_and_follows_the_answer(demo: Flask) -> None:
    with demo.app_context():
        consultation_id = _consultation_id()
        theme, other = _busiest_themes(2)
        answer_id = _proposed(theme, 1)[0]
        theme_review.choose_quote(consultation_id, theme, answer_id)
        assert _code(answer_id, theme.id).status is CodeStatus.CONFIRMED  # quoting it says it belongs
        theme_review.decide(consultation_id, other, answer_id, Verdict.CONFIRM)
        with pytest.raises(ReviewError, match="already quoted under"):
            theme_review.choose_quote(consultation_id, other, answer_id)
        assert db.session.scalar(select(func.count()).select_from(ChosenQuote)) == 1

        theme_review.recode(consultation_id, theme, answer_id, other.id)  # the quote moves with it
        assert db.session.scalars(select(ChosenQuote.theme_id)).all() == [other.id]
        theme_review.decide(consultation_id, other, answer_id, Verdict.REJECT)  # rejected: no longer quoted
        assert db.session.scalar(select(func.count()).select_from(ChosenQuote)) == 0
        with pytest.raises(ReviewError, match="Only an answer coded to this theme"):
            theme_review.choose_quote(consultation_id, other, answer_id)


def test_a_flagged_answer_waiting_for_safeguarding_review_is_not_quoted(demo: Flask) -> None:
    with demo.app_context():
        theme = _busiest_themes(1)[0]
        answer = db.session.get(Answer, _proposed(theme, 1)[0])
        answer.safeguarding_flag, answer.safeguarding_reviewed = True, False
        db.session.commit()
        with pytest.raises(ReviewError, match="safeguarding"):
            theme_review.choose_quote(_consultation_id(), theme, answer.id)


def test_a_reviewed_sentiment_is_kept(demo: Flask) -> None:
    with demo.app_context():
        answer_id = _proposed(_busiest_themes(1)[0], 1)[0]
        theme_review.set_sentiment(_consultation_id(), answer_id, "mixed")
        analyse_consultation(_consultation_id())
        answer = db.session.get(Answer, answer_id)
        assert (answer.sentiment_label, answer.sentiment_reviewed) == ("mixed", True)
        with pytest.raises(ReviewError):
            theme_review.set_sentiment(_consultation_id(), answer_id, "furious")


def test_merge_keeps_decisions_quotes_and_signal_words(demo: Flask) -> None:
    with demo.app_context():
        consultation_id = _consultation_id()
        theme, target = _busiest_themes(2)
        confirmed, rejected, quoted = _proposed(theme, 3)
        theme_review.decide(consultation_id, theme, confirmed, Verdict.CONFIRM)
        theme_review.decide(consultation_id, theme, rejected, Verdict.REJECT)
        theme_review.choose_quote(consultation_id, theme, quoted)
        keywords = set(theme.keywords)
        theme_changes.merge(theme, target.id)
        analyse_consultation(consultation_id)

        assert theme.status is ThemeStatus.DISMISSED
        assert db.session.scalar(select(func.count()).select_from(AnswerTheme)
                                 .where(AnswerTheme.theme_id == theme.id)) == 0
        for answer_id, status in ((confirmed, CodeStatus.CONFIRMED), (quoted, CodeStatus.CONFIRMED)):
            code = _code(answer_id, target.id)
            assert code is not None and (code.source, code.status) == (CodeSource.HUMAN, status)
        assert db.session.scalars(select(ChosenQuote.theme_id)).all() == [target.id]
        assert keywords <= set(target.keywords)
        with pytest.raises(ReviewError):
            theme_changes.merge(target, target.id)


def test_split_moves_the_chosen_answers_and_keeps_them_apart(demo: Flask) -> None:
    with demo.app_context():
        consultation_id = _consultation_id()
        theme = _busiest_themes(1)[0]
        moving, staying = _proposed(theme, 2)
        theme_review.choose_quote(consultation_id, theme, moving)
        new = theme_changes.split(theme, "Kindness of officers", "Caredigrwydd swyddogion", [moving])
        analyse_consultation(consultation_id)

        assert new.status is ThemeStatus.ACTIVE and new.examples
        assert _code(moving, new.id).status is CodeStatus.CONFIRMED
        assert _code(moving, theme.id).status is CodeStatus.REJECTED
        left = _code(staying, new.id)
        assert left is None or left.source is CodeSource.AUTO  # not moved: only the machine may propose it
        assert db.session.scalars(select(ChosenQuote.theme_id)).all() == [new.id]
        with pytest.raises(ReviewError, match="already a theme"):
            theme_changes.split(theme, "kindness of OFFICERS", "", [staying])
        with pytest.raises(ReviewError, match="at least one answer"):
            theme_changes.split(theme, "Another", "", [])


def test_suggested_themes_are_accepted_or_dismissed(demo: Flask) -> None:
    with demo.app_context():
        consultation_id = _consultation_id()
        suggestions = theme_changes.suggestions(consultation_id)
        assert suggestions and suggestions[0].examples, "the demo's analysis suggests a theme"
        suggestion = suggestions[0].theme
        members = set(db.session.scalars(select(AnswerTheme.answer_id).where(AnswerTheme.theme_id == suggestion.id)))
        message = theme_changes.accept(consultation_id, suggestion.id, "Waiting for a bed", "Aros am wely")
        assert "Waiting for a bed" in message
        accepted = db.session.get(Theme, suggestion.id)
        assert (accepted.status, accepted.name_cy) == (ThemeStatus.ACTIVE, "Aros am wely")
        analyse_consultation(consultation_id)  # the accepted theme keeps its answers through re-coding
        kept = db.session.scalars(select(AnswerTheme).where(AnswerTheme.theme_id == suggestion.id)).all()
        assert {code.answer_id for code in kept} >= members
        assert all(code.status is CodeStatus.CONFIRMED for code in kept if code.answer_id in members)
        with pytest.raises(ReviewError, match="no longer open"):
            theme_changes.accept(consultation_id, suggestion.id, "", "")
        for item in theme_changes.suggestions(consultation_id):
            theme_changes.dismiss(consultation_id, item.theme.id)
            assert db.session.get(Theme, item.theme.id).status is ThemeStatus.DISMISSED


@pytest.mark.postgres
def test_review_on_postgresql(pg_app: Flask) -> None:
    """The same decisions, merge, split, quotes and agreement queries on PostgreSQL."""
    from consult.services.demo import seed_demo

    with pg_app.app_context():
        seed_demo()
        consultation_id = _consultation_id()
        theme, other = _busiest_themes(2)
        confirmed, rejected, quoted, moving = _proposed(theme, 4)
        theme_review.decide(consultation_id, theme, confirmed, Verdict.CONFIRM)
        theme_review.decide(consultation_id, theme, rejected, Verdict.REJECT)
        theme_review.choose_quote(consultation_id, theme, quoted)
        new = theme_changes.split(theme, "Split on PostgreSQL", "", [moving])
        page = theme_review.theme_page(consultation_id, theme, 1)
        assert page.rows and page.rows[0].status is CodeStatus.PROPOSED  # undecided first
        theme_changes.merge(theme, other.id)
        analyse_consultation(consultation_id)
        assert _code(confirmed, other.id).status is CodeStatus.CONFIRMED
        assert _code(moving, new.id).status is CodeStatus.CONFIRMED
        assert db.session.scalars(select(ChosenQuote.theme_id)).all() == [other.id]
        summary = {row.theme.id: row for row in theme_review.overview(consultation_id).themes}
        assert theme.id not in summary and summary[other.id].confirmed >= 2
        db.session.remove()


def test_a_decision_queues_re_training_on_a_real_queue_and_survives_it(demo: Flask) -> None:
    """With Redis configured, a decision queues a re-code (RQ); a worker runs it; the decision stays."""

    redis_url = queue_test_url()
    from redis import Redis
    from rq import SimpleWorker

    from consult.models import AnalysisRun, RunStatus
    from consult.services.jobs import QUEUE_NAME

    demo.config["REDIS_URL"] = redis_url
    Redis.from_url(redis_url).flushdb()
    with demo.app_context():
        consultation_id = _consultation_id()
        theme = _busiest_themes(1)[0]
        answer_id = _proposed(theme, 1)[0]
        theme_review.decide(consultation_id, theme, answer_id, Verdict.REJECT)
        theme_id = theme.id
        run = db.session.scalars(select(AnalysisRun).order_by(AnalysisRun.id.desc())).first()
        assert run is not None and run.status is RunStatus.QUEUED and run.job_id
        run_id = run.id
        db.session.remove()
        SimpleWorker([QUEUE_NAME], connection=Redis.from_url(redis_url)).work(burst=True)  # in this app
        db.session.remove()
        assert db.session.get(AnalysisRun, run_id).status is RunStatus.FINISHED
        assert _code(answer_id, theme_id).status is CodeStatus.REJECTED


def test_an_answer_of_another_consultation_is_refused(demo: Flask) -> None:
    with demo.app_context():
        theme = _busiest_themes(1)[0]
        answer_id = _proposed(theme, 1)[0]
        with pytest.raises(ReviewError, match="not part of this consultation"):
            theme_review.decide(_consultation_id() + 1, theme, answer_id, Verdict.CONFIRM)
        assert _code(answer_id, theme.id).source is CodeSource.AUTO
        assert theme_review.get_theme(_consultation_id() + 1, theme.id) is None
