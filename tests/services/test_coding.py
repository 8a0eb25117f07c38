"""Coding kept current: new answers themed in the background, re-codes with progress, one at a time.

Real SQLite (PostgreSQL where marked), the real coder and scorer, a real Redis with RQ's
SimpleWorker for the queue tests; nothing is mocked.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from consult.data import coding as coding_data
from consult.data import consultations as consultation_data
from consult.data import responses as response_data
from consult.extensions import db
from consult.models import (
    AnalysisRun,
    Answer,
    AnswerTheme,
    Channel,
    CodeSource,
    CodeStatus,
    Consultation,
    Question,
    QuestionKind,
    RunStatus,
    Theme,
)
from consult.services import analysis, coder_cache, coding, jobs
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.answers import store_raw_text
from consult.services.jobs import QUEUE_NAME
from tests.conftest import queue_test_url


def _consultation_id() -> int:
    return db.session.scalars(select(Consultation.id)).one()


def _free_text_question() -> Question:
    return db.session.scalars(
        select(Question).where(Question.kind == QuestionKind.FREE_TEXT).order_by(Question.position)
    ).first()


def _store(text: str, question: Question | None = None) -> int:
    """One answer stored as every channel stores it; committed; its id."""
    question = question or _free_text_question()
    response = response_data.create_response(question.consultation_id, Channel.KIOSK, date.today())
    store_raw_text(response, question.id, text, anonymiser_for_organisations(), 2000)
    db.session.commit()
    return db.session.scalars(select(Answer.id).where(Answer.response_id == response.id)).one()


def _codes(answer_id: int) -> list[AnswerTheme]:
    return list(db.session.scalars(select(AnswerTheme).where(AnswerTheme.answer_id == answer_id)))


def _all_codes() -> dict[int, tuple[int, int, str, str, float]]:
    return {c.id: (c.answer_id, c.theme_id, c.source.value, c.status.value, c.confidence)
            for c in db.session.scalars(select(AnswerTheme))}


# New answers ------------------------------------------------------------------------------------

def test_a_new_answer_is_themed_once_the_work_is_over_not_before(demo: Flask) -> None:
    """Outside a request the work waits for the end of the app context (a CLI import, say)."""
    with demo.app_context():
        answer_id = _store("The hostel kicked me out and I was sleeping in a tent by the river")
        assert _codes(answer_id) == []  # stored; the coding waits until this unit of work is over
    with demo.app_context():
        codes = _codes(answer_id)
        assert codes and all(c.source is CodeSource.AUTO and c.status is CodeStatus.PROPOSED for c in codes)
        names = {db.session.get(Theme, c.theme_id).name for c in codes}
        assert any(name.startswith("Housing") for name in names), names


def test_incremental_coding_touches_only_the_new_answers(demo: Flask) -> None:
    with demo.app_context():
        before = _all_codes()
        answer_id = _store("Nobody listened to me at the station, they laughed at me")
    with demo.app_context():
        after = _all_codes()
    assert {k: v for k, v in after.items() if k in before} == before  # nothing else recoded
    new = [v for k, v in after.items() if k not in before]
    assert new and {v[0] for v in new} == {answer_id}


def test_a_kiosk_answer_is_coded_in_the_background_even_if_the_response_is_never_closed(
        kiosk: FlaskClient, demo: Flask) -> None:
    """Werkzeug's server does not close a response whose browser reset the connection: work that
    waited for the close was lost (a browser test found re-codes waiting for ever)."""
    from consult.services.kiosk_draft import DraftAnswer
    from tests.conftest import csrf_token
    from tests.web.kiosk.factory import create_draft

    create_draft(kiosk, demo, {2: DraftAnswer(text="The custody sergeant drove me to A and E herself, very kind")})
    page = kiosk.get("/kiosk/check")
    response = kiosk.post("/kiosk/check", data={"csrf_token": csrf_token(page.get_data(as_text=True))})
    assert response.status_code == 302  # and the response is never closed
    jobs.wait_for_background()
    with demo.app_context():
        answer = db.session.scalars(select(Answer).where(Answer.text.like("%custody sergeant drove%"))).one()
        assert answer.sentiment_label == "positive"
        assert _codes(answer.id), "the kiosk answer was not themed after its request"


def test_the_fitted_coder_is_reused_until_the_codebook_or_a_decision_changes(demo: Flask) -> None:
    coder_cache.clear()
    with demo.app_context():
        consultation_id = _consultation_id()
        themes = analysis.ensure_codebook(consultation_id)
        first = analysis.fitted_coder(consultation_id, themes)
        assert analysis.fitted_coder(consultation_id, themes) is first
        code = db.session.scalars(select(AnswerTheme).where(AnswerTheme.source == CodeSource.AUTO)).first()
        code.status = CodeStatus.CONFIRMED  # a reviewer confirms a theme
        db.session.commit()
        second = analysis.fitted_coder(consultation_id, themes)
        assert second is not first
        assert analysis.fitted_coder(consultation_id, themes) is second
        themes[0].keywords = [*themes[0].keywords, "new signal word"]
        db.session.commit()
        assert analysis.fitted_coder(consultation_id, analysis.ensure_codebook(consultation_id)) is not second


def test_sentiment_at_intake_reads_the_question_and_stores_mixed(demo: Flask) -> None:
    with demo.app_context():
        consultation = db.session.get(Consultation, _consultation_id())
        change = consultation_data.create_question(
            consultation, kind=QuestionKind.FREE_TEXT,
            text_en="What could the police do better?", text_cy="Beth allai'r heddlu ei wneud yn well?")
        db.session.commit()
        nothing = db.session.get(Answer, _store("Nothing", change))
        assert nothing.sentiment_label == "positive"  # "nothing" to "what could be better?" is praise
        die = db.session.get(Answer, _store("honestly some days i want to die"))
        assert die.sentiment_label == "negative"
        mixed = db.session.get(Answer, _store("The staff were kind but the cell was filthy and cold and I was scared"))
        assert mixed.sentiment_label == "mixed"


# Whole re-codes -------------------------------------------------------------------------------

def test_a_recode_records_progress_and_keeps_every_human_decision(demo: Flask,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis, "BATCH", 40)  # several batches from the demo's 134 answers
    seen: list[tuple[int, int]] = []
    real_record = coding_data.record_progress

    def recording(run_id: int, done: int, total: int, now: datetime) -> None:
        seen.append((done, total))
        real_record(run_id, done, total, now)

    monkeypatch.setattr(coding_data, "record_progress", recording)
    with demo.app_context():
        consultation_id = _consultation_id()
        confirmed, rejected = db.session.scalars(
            select(AnswerTheme).where(AnswerTheme.source == CodeSource.AUTO).limit(2)).all()
        confirmed.status, confirmed.source = CodeStatus.CONFIRMED, CodeSource.HUMAN
        rejected.status = CodeStatus.REJECTED
        reviewed = db.session.scalars(select(Answer).where(Answer.text.is_not(None))).first()
        reviewed.sentiment_label, reviewed.sentiment_reviewed = "positive", True
        reviewed.text = "i want to die"  # the scorer would say negative: the reviewer's label must win
        db.session.commit()
        kept = [(confirmed.id, confirmed.answer_id, confirmed.theme_id), (rejected.id, rejected.answer_id,
                                                                           rejected.theme_id)]
        reviewed_id = reviewed.id
        run, started = coding.start_recode(consultation_id)
        assert started and run.status == "queued" and run.total == 134
    jobs.wait_for_background()  # the run started in a thread of its own as the context ended
    with demo.app_context():
        finished = coding.progress(consultation_id)
        assert finished is not None and finished.status == "finished"
        assert finished.done == finished.total == 134
        assert finished.message == "Finished: 134 of 134 answers coded."
        assert seen == [(40, 134), (80, 134), (120, 134), (134, 134)]
        for code_id, answer_id, theme_id in kept:
            code = db.session.get(AnswerTheme, code_id)
            assert (code.answer_id, code.theme_id) == (answer_id, theme_id)
        assert db.session.get(AnswerTheme, kept[0][0]).status is CodeStatus.CONFIRMED
        assert db.session.get(AnswerTheme, kept[1][0]).status is CodeStatus.REJECTED
        again = db.session.get(Answer, reviewed_id)
        assert again.sentiment_label == "positive" and again.sentiment_reviewed


def test_one_run_at_a_time_and_a_second_start_shows_the_running_one(demo: Flask) -> None:
    with demo.app_context():
        consultation_id = _consultation_id()
        first, started = coding.start_recode(consultation_id)
        second, started_again = coding.start_recode(consultation_id)
        assert started and not started_again and second.run_id == first.run_id
        with pytest.raises(IntegrityError):  # even a race cannot make a second active run
            coding_data.create_run(consultation_id, 1, None, datetime.now(UTC))
        db.session.rollback()
    jobs.wait_for_background()
    with demo.app_context():
        assert db.session.scalar(select(func.count()).select_from(AnalysisRun)) == 1
        assert coding.progress(consultation_id).status == "finished"
        third, started_third = coding.start_recode(consultation_id)  # the last one ended: a new one may start
        assert started_third and third.run_id != first.run_id


def test_a_failed_run_says_so_plainly_and_frees_the_consultation(
        demo: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The coder is made to fail part-way with an error quoting an answer: staff get a plain
    message, the log gets ids and the error's kind, never the words."""
    real = analysis.fitted_coder

    def failing(consultation_id: int, themes: list[Theme]) -> object:
        real(consultation_id, themes)
        raise ValueError("could not code 'i want to die'")

    monkeypatch.setattr(analysis, "fitted_coder", failing)
    with demo.app_context():
        consultation_id = _consultation_id()
        coding.start_recode(consultation_id)
    jobs.wait_for_background()
    with demo.app_context():
        run = coding.progress(consultation_id)
        assert run is not None and run.status == "failed" and not run.active
        assert "stopped before it finished" in run.message and "want to die" not in run.message
        assert coding_data.get_active_run(consultation_id) is None
    assert "want to die" not in caplog.text
    assert any(getattr(r, "run_id", None) == run.run_id and r.error == "ValueError" for r in caplog.records)


def test_a_run_that_went_silent_is_reported_as_stopped(demo: Flask) -> None:
    with demo.app_context():
        consultation_id = _consultation_id()
        run = coding_data.create_run(consultation_id, 10, None, datetime.now(UTC) - timedelta(hours=1))
        run.status = RunStatus.RUNNING
        db.session.commit()
        shown = coding.progress(consultation_id)
        assert shown.status == "failed" and "without finishing" in shown.message
        assert coding_data.get_active_run(consultation_id) is None


def test_schedule_recode_is_debounced(demo: Flask) -> None:
    with demo.app_context():
        consultation_id = _consultation_id()
        run = coding_data.create_run(consultation_id, 134, None, datetime.now(UTC))
        db.session.commit()
        coding.schedule_recode(consultation_id)  # queued: it will see the decision anyway
        assert db.session.scalar(select(func.count()).select_from(AnalysisRun)) == 1
        run.status = RunStatus.RUNNING
        db.session.commit()
        coding.schedule_recode(consultation_id)
        coding.schedule_recode(consultation_id)
        assert db.session.scalar(select(func.count()).select_from(AnalysisRun)) == 1
        assert db.session.get(AnalysisRun, run.id).again
        run.status = RunStatus.QUEUED  # let run_recode take it, as a worker would
        db.session.commit()
        coding.run_recode(run.id)
        runs = db.session.scalars(select(AnalysisRun).order_by(AnalysisRun.id)).all()
        assert [r.status for r in runs] == [RunStatus.FINISHED, RunStatus.QUEUED]  # once more, for the decision
    jobs.wait_for_background()
    with demo.app_context():
        assert coding.progress(consultation_id).status == "finished"


def test_new_answers_wait_while_a_recode_runs_and_are_coded_at_its_end(demo: Flask) -> None:
    with demo.app_context():
        consultation_id = _consultation_id()
        run = coding_data.create_run(consultation_id, 134, None, datetime.now(UTC))
        run.status = RunStatus.RUNNING
        db.session.commit()
        run_id = run.id
        answer_id = _store("my probation officer never turns up to appointments")
    with demo.app_context():
        assert _codes(answer_id) == []  # not coded under the running re-code's feet
        run = db.session.get(AnalysisRun, run_id)
        run.status = RunStatus.QUEUED
        db.session.commit()
        coding.run_recode(run.id)
        assert _codes(answer_id)


def test_the_cli_recodes_as_a_run_and_refuses_a_second_at_once(demo: Flask) -> None:
    result = demo.test_cli_runner().invoke(args=["analyse", "your-voice-2027"])
    assert result.exit_code == 0 and "of 134 answers" in result.output
    with demo.app_context():
        assert coding.progress(_consultation_id()).status == "finished"
        run = coding_data.create_run(_consultation_id(), 134, None, datetime.now(UTC))
        db.session.commit()
        run_id = run.id
    busy = demo.test_cli_runner().invoke(args=["analyse", "your-voice-2027"])
    assert busy.exit_code != 0 and f"already queued (run {run_id})" in busy.output
    assert "Traceback" not in busy.output


def test_the_cli_queues_the_run_when_there_is_a_queue(demo: Flask, redis_url: str) -> None:
    demo.config["REDIS_URL"] = redis_url
    result = demo.test_cli_runner().invoke(args=["analyse", "your-voice-2027"])
    assert result.exit_code == 0 and "Queued re-code run" in result.output
    with demo.app_context():
        _work(redis_url)
        assert coding.progress(_consultation_id()).status == "finished"


# With a queue ---------------------------------------------------------------------------------

@pytest.fixture()
def redis_url() -> str:
    url = queue_test_url()
    from redis import Redis

    Redis.from_url(url).flushdb()
    return url


def _work(redis_url: str) -> None:
    from redis import Redis
    from rq import SimpleWorker

    SimpleWorker([QUEUE_NAME], connection=Redis.from_url(redis_url)).work(burst=True)


def test_with_redis_new_answers_queue_one_job_carrying_only_an_id(demo: Flask, redis_url: str) -> None:
    from redis import Redis
    from rq import Queue

    demo.config["REDIS_URL"] = redis_url
    queue = Queue(QUEUE_NAME, connection=Redis.from_url(redis_url))
    with demo.app_context():
        consultation_id = _consultation_id()
        first = _store("The cells were freezing and they took my blanket")
        second = _store("My support worker from the hostel came to court with me")
        assert queue.count == 1  # debounced: one job codes both
        job = queue.jobs[0]
        assert job.func_name == "consult.worker.code_new_answers_job" and job.args == (consultation_id,)
        assert _codes(first) == [] and _codes(second) == []
        _work(redis_url)
        db.session.expire_all()
        assert _codes(first) and _codes(second)
        third = _store("they never told me what happened to my case")
        assert queue.count == 1  # the job ran, so a new answer queues a new one
        _work(redis_url)
        db.session.expire_all()
        assert _codes(third)


def test_with_redis_a_recode_runs_on_the_worker_with_progress_in_the_table_and_the_job(
        demo: Flask, redis_url: str) -> None:
    from consult.services.jobs import job_progress

    demo.config["REDIS_URL"] = redis_url
    with demo.app_context():
        consultation_id = _consultation_id()
        run, started = coding.start_recode(consultation_id)
        assert started and coding.progress(consultation_id).status == "queued"
        job_id = db.session.get(AnalysisRun, run.run_id).job_id
        assert job_id
        _, again = coding.start_recode(consultation_id)
        assert not again
        _work(redis_url)
        db.session.expire_all()
        shown = coding.progress(consultation_id)
        assert shown.status == "finished" and shown.done == shown.total == 134
        meta = job_progress(job_id)
        assert meta["status"] == "finished" and meta["done"] == meta["total"] == 134


def test_with_redis_a_job_that_vanished_is_reported(demo: Flask, redis_url: str) -> None:
    from redis import Redis

    demo.config["REDIS_URL"] = redis_url
    with demo.app_context():
        consultation_id = _consultation_id()
        coding.start_recode(consultation_id)
        Redis.from_url(redis_url).flushdb()  # the queue lost the job (Redis restarted empty)
        shown = coding.progress(consultation_id)
        assert shown.status == "failed" and "Start it again" in shown.message


def test_with_redis_unreachable_the_answer_is_still_stored(demo: Flask) -> None:
    demo.config["REDIS_URL"] = "redis://127.0.0.1:1/0"  # nothing listens there
    with demo.app_context():
        answer_id = _store("the custody nurse was lovely")
        assert db.session.get(Answer, answer_id) is not None
        run, started = coding.start_recode(_consultation_id())
        assert started and run.status == "failed" and "job queue is not reachable" in run.message


def test_on_postgresql_new_answers_are_coded_and_a_recode_finishes(pg_app: Flask) -> None:
    from consult.services.demo import seed_demo

    with pg_app.app_context():
        seed_demo()
    with pg_app.app_context():
        consultation_id = _consultation_id()
        answer_id = _store("The police kept me in a cell for 14 hours with no solicitor")
    with pg_app.app_context():
        assert _codes(answer_id)
        coding.start_recode(consultation_id)
    jobs.wait_for_background()
    with pg_app.app_context():
        shown = coding.progress(consultation_id)
        assert shown.status == "finished" and shown.done == shown.total == 135


def test_with_redis_the_fitted_coder_is_shared_with_the_next_worker_process(demo: Flask, redis_url: str) -> None:
    """RQ forks a process per job: the coder fitted by one job is found by the next in Redis."""
    from redis import Redis

    demo.config["REDIS_URL"] = redis_url
    coder_cache.clear()
    with demo.app_context():
        consultation_id = _consultation_id()
        themes = analysis.ensure_codebook(consultation_id)
        fitted = analysis.fitted_coder(consultation_id, themes)
        keys = Redis.from_url(redis_url).keys("consult:coder:*")
        assert len(keys) == 1 and str(db.engine.url).encode() not in keys[0]
        coder_cache.clear()  # as in a new process
        shared = analysis.fitted_coder(consultation_id, themes)
        assert shared is not fitted and shared.names == fitted.names
        texts = ["nobody listened to me at the station"]
        assert shared.code(texts) == fitted.code(texts)


def test_an_sms_answer_is_scored_against_its_question_and_themed_in_the_background(
        client: FlaskClient, phone: object, sms_app: Flask) -> None:
    from tests.web.sms.twilio_helpers import new_sid, twilio_post

    phone.text("VOICE")  # type: ignore[attr-defined]
    phone.text("1")  # type: ignore[attr-defined]
    body = "brilliant, left me in a cell 14 hours with nobody to talk to"
    response = twilio_post(client, "/sms/inbound", {
        "MessageSid": new_sid(), "AccountSid": "AC" + "0" * 32, "From": phone.number,  # type: ignore[attr-defined]
        "To": "+447700900000", "Body": body, "NumMedia": "0"})
    assert response.status_code == 200
    with sms_app.app_context():
        answer = db.session.scalars(select(Answer).where(Answer.text == body)).one()
        assert answer.sentiment_label == "negative"  # sarcasm about harm done
    jobs.wait_for_background()  # themed in a thread of its own once Twilio had its reply
    with sms_app.app_context():
        assert _codes(answer.id)


def test_the_submit_does_not_wait_for_the_coding(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real server on loopback: with the coding made 1.5 s slower, the kiosk's submit still
    comes back at once, and the answer is themed afterwards."""
    import re
    import time

    import requests

    from tests.browser.server import start_live_server

    real = analysis.code_new_answers

    def slower(consultation_id: int) -> int:
        time.sleep(1.5)
        return real(consultation_id)

    monkeypatch.setattr(analysis, "code_new_answers", slower)
    server = start_live_server(tmp_path, PUBLIC_BASE_URL="http://127.0.0.1")  # type: ignore[arg-type]
    try:
        with requests.Session() as browser:
            def token(path: str) -> str:
                match = re.search(r'name="csrf_token" value="([^"]+)"', browser.get(server.url(path)).text)
                assert match, path
                return match.group(1)

            browser.get(server.url(server.enrol_path))
            browser.post(server.url("/kiosk/start"), data={"csrf_token": token("/kiosk/?lang=en")})
            for number in range(1, 8):
                data = {"csrf_token": token(f"/kiosk/question/{number}")}
                data.update({"action": "continue", "answer": "the custody nurse listened and helped me"}
                            if number == 2 else {"action": "skip"})
                browser.post(server.url(f"/kiosk/question/{number}"), data=data, allow_redirects=False)
            check = token("/kiosk/check")
            started = time.perf_counter()
            submitted = browser.post(server.url("/kiosk/check"), data={"csrf_token": check}, allow_redirects=False)
            took = time.perf_counter() - started
        assert submitted.status_code == 302 and took < 1.0, took
        with server.app.app_context():
            answer_id = db.session.scalars(select(Answer.id).where(Answer.text.like("the custody nurse%"))).one()
            assert _codes(answer_id) == []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with server.app.app_context():
                if _codes(answer_id):
                    break
            time.sleep(0.1)
        with server.app.app_context():
            assert _codes(answer_id), "the answer was never themed"
    finally:
        server.stop()


def test_two_processes_coding_the_same_new_answer_leave_one_set_of_codes(demo: Flask) -> None:
    """Two web processes (no shared lock) code the same answer: the second finds it taken."""
    import threading

    with demo.app_context():
        consultation_id = _consultation_id()
        answer_id = _store("the duty solicitor never came and I signed things I did not understand")
    with demo.app_context():  # themed as that context ended: make it new again
        db.session.query(AnswerTheme).filter_by(answer_id=answer_id).delete()
        db.session.commit()
    start = threading.Barrier(2)
    results: list[int] = []

    def process() -> None:
        with demo.app_context():
            start.wait()
            results.append(analysis.code_new_answers(consultation_id))

    threads = [threading.Thread(target=process) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    with demo.app_context():
        codes = _codes(answer_id)
        assert codes and len({c.theme_id for c in codes}) == len(codes)
    assert sorted(results)[-1] >= 1 and len(results) == 2


def test_a_decision_made_while_a_recode_runs_wins(demo: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reviewer rejects a machine code after the run read the decisions: the run keeps it rejected."""
    monkeypatch.setattr(analysis, "BATCH", 40)
    real = analysis._human_decisions
    reviewed: dict[str, int] = {}

    def decide_then_read(answer_ids: list[int]) -> object:
        decisions = real(answer_ids)
        if not reviewed:  # the run has read the decisions: now a reviewer rejects a code
            code = db.session.scalars(select(AnswerTheme).where(AnswerTheme.source == CodeSource.AUTO)
                                      .order_by(AnswerTheme.answer_id.desc())).first()
            code.status = CodeStatus.REJECTED
            db.session.commit()
            reviewed.update(code=code.id, answer=code.answer_id, theme=code.theme_id)
        return decisions

    monkeypatch.setattr(analysis, "_human_decisions", decide_then_read)
    with demo.app_context():
        report = analysis.analyse_consultation(_consultation_id())
        assert report.answers == 134
        codes = db.session.scalars(select(AnswerTheme).where(AnswerTheme.answer_id == reviewed["answer"],
                                                             AnswerTheme.theme_id == reviewed["theme"])).all()
        assert [(c.id, c.status) for c in codes] == [(reviewed["code"], CodeStatus.REJECTED)]
