"""Re-coding stored answers: machine proposals replaced, human decisions kept and learnt from."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import Answer, AnswerTheme, CodeSource, CodeStatus, Consultation, Theme, ThemeStatus
from consult.services.analysis import analyse_consultation
from consult.services.summaries import summarise_consultation
from tests.conftest import queue_test_url


def _consultation_id() -> int:
    return db.session.scalars(select(Consultation.id)).one()


def test_demo_answers_arrive_coded_against_the_default_codebook(demo: Flask) -> None:
    with demo.app_context():
        themes = db.session.scalars(select(Theme).where(Theme.status == ThemeStatus.ACTIVE)).all()
        assert len(themes) >= 15
        assert all(theme.name_cy for theme in themes)
        coded = db.session.scalar(select(func.count(func.distinct(AnswerTheme.answer_id))))
        assert coded and coded >= 100
        code = db.session.scalars(select(AnswerTheme).where(AnswerTheme.source == CodeSource.AUTO)).first()
        assert code is not None and code.reasons  # every assignment says why


def test_reanalysis_keeps_human_decisions_and_reports_progress(demo: Flask) -> None:
    with demo.app_context():
        consultation_id = _consultation_id()
        housing = db.session.scalars(select(Theme).where(Theme.name.like("Housing%"))).one()
        answer = db.session.scalars(select(Answer).where(Answer.text.like("%tent%"))).first()
        assert answer is not None
        db.session.query(AnswerTheme).filter_by(answer_id=answer.id).delete()
        db.session.add(AnswerTheme(answer_id=answer.id, theme_id=housing.id, source=CodeSource.HUMAN,
                                   confidence=1.0, status=CodeStatus.CONFIRMED, reasons=["confirmed by staff"]))
        db.session.commit()
        seen: list[tuple[int, int]] = []
        report = analyse_consultation(consultation_id, lambda done, total: seen.append((done, total)))
        assert seen[-1][0] == seen[-1][1] == report.answers
        kept = db.session.scalars(select(AnswerTheme).where(AnswerTheme.answer_id == answer.id,
                                                            AnswerTheme.theme_id == housing.id)).one()
        assert kept.source is CodeSource.HUMAN and kept.status is CodeStatus.CONFIRMED


def test_rejected_codes_stay_rejected(demo: Flask) -> None:
    with demo.app_context():
        code = db.session.scalars(select(AnswerTheme).where(AnswerTheme.source == CodeSource.AUTO)).first()
        assert code is not None
        code.status = CodeStatus.REJECTED
        db.session.commit()
        answer_id, theme_id = code.answer_id, code.theme_id
        analyse_consultation(_consultation_id())
        codes = db.session.scalars(select(AnswerTheme).where(AnswerTheme.answer_id == answer_id,
                                                             AnswerTheme.theme_id == theme_id)).all()
        assert [c.status for c in codes] == [CodeStatus.REJECTED]


def test_summary_suppresses_small_cells_for_publication(demo: Flask) -> None:
    with demo.app_context():
        published = summarise_consultation("your-voice-2027")
        internal = summarise_consultation("your-voice-2027", published=False)
    assert published.threshold == 10 and internal.threshold == 5
    assert published.respondents.display == "40"
    for question in published.questions:
        for theme in question.themes:
            if theme.count.suppressed:
                assert theme.quotes == ()  # never a quote from a group below the threshold


def test_unknown_consultation_is_a_clear_error(demo: Flask) -> None:
    result = demo.test_cli_runner().invoke(args=["summarise", "nope"])
    assert result.exit_code != 0 and "No consultation with slug 'nope'" in result.output


def test_analyse_and_summarise_commands(demo: Flask) -> None:
    runner = demo.test_cli_runner()
    analysed = runner.invoke(args=["analyse", "your-voice-2027"])
    assert analysed.exit_code == 0, analysed.output
    assert "Coded" in analysed.output and "of 134 answers" in analysed.output
    markdown = runner.invoke(args=["summarise", "your-voice-2027", "--format", "md"])
    assert markdown.exit_code == 0 and "40 people took part" in markdown.output
    as_json = runner.invoke(args=["summarise", "your-voice-2027", "--format", "json", "--internal"])
    assert as_json.exit_code == 0 and '"threshold": 5' in as_json.output


def test_analysis_runs_as_a_background_job_with_progress(demo: Flask) -> None:
    """A real RQ queue on a real Redis: the job codes the answers and records progress."""
    redis_url = queue_test_url()
    from redis import Redis
    from rq import SimpleWorker

    from consult.services.jobs import QUEUE_NAME, job_progress, run_or_enqueue
    from consult.worker import analyse_job

    demo.config["REDIS_URL"] = redis_url
    Redis.from_url(redis_url).flushdb()
    with demo.app_context():
        handle = run_or_enqueue(analyse_job, _consultation_id())
        assert handle.id is not None
        SimpleWorker([QUEUE_NAME], connection=Redis.from_url(redis_url)).work(burst=True)
        progress = job_progress(handle.id)
    assert progress["status"] == "finished"
    assert progress["done"] == progress["total"] == 134


def test_each_answers_question_reaches_the_coder(demo: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real coder runs; a pass-through records what it was given."""
    from consult.pipeline.themes.coder import Coder

    seen: dict[str, str] = {}
    real_code = Coder.code

    def recording_code(self: Coder, texts: list[str], questions: list[str] | None = None) -> object:
        assert questions is not None and len(questions) == len(texts)
        seen.update(zip(texts, questions, strict=True))
        return real_code(self, texts, questions)

    monkeypatch.setattr(Coder, "code", recording_code)
    with demo.app_context():
        analyse_consultation(_consultation_id())
        answers = db.session.scalars(select(Answer).where(Answer.text.is_not(None))).all()
        expected = {a.text: a.question.text_en for a in answers if a.text in seen}
    assert expected and all(seen[text] == question for text, question in expected.items())
    assert all(question for question in seen.values())
