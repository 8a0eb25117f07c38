"""Does theming new answers in the background slow the person who submits? And how long until
the answer is themed?

Serves the real app (testing settings, a fresh SQLite file with the demo consultation) with
werkzeug's threaded server on loopback, and has a kiosk send complete journeys (one free-text
answer each). For each submit we time the POST of the check-answers page, from sending the
request to receiving the whole response, in two modes, alternating:

* ``background``: as shipped (no REDIS_URL): the new answer is coded in a thread started as the request ends;
* ``off``: background coding switched off (the dispatch made a no-op), the baseline;
* ``slowed``: as shipped, with the coding made 500 ms slower: if the submit waited for the
  work, this mode would be 500 ms slower too.

For the background mode it also polls the database until the answer has its themes, and prints
the time from the response to "themed". Last, in process: coding one new answer with the cached
fitted coder against re-fitting it first, after reviewers have confirmed every demo answer, and
a whole re-code of 1,200 answers.

    .venv/bin/python bench/coding_latency.py [--journeys 30]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from werkzeug.serving import WSGIRequestHandler, make_server  # noqa: E402

from consult import create_app  # noqa: E402
from consult.data import responses as response_data  # noqa: E402
from consult.extensions import db  # noqa: E402
from consult.models import Answer, AnswerTheme, Channel, CodeSource, CodeStatus, Consultation  # noqa: E402
from consult.services import analysis, coder_cache, coding  # noqa: E402
from consult.services.answers import store_anonymised_text  # noqa: E402
from consult.services.demo import seed_demo  # noqa: E402
from consult.services.kiosk_enrolment import enrolment_token  # noqa: E402

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
ANSWERS = (
    "They kept me in a cell for hours and nobody told me why, I was scared",
    "The officer was kind and took me to the hospital instead of the cells",
    "My support worker at the hostel came to court with me and that helped",
    "I have been sleeping in a tent since the hostel kicked me out",
    "Probation keep changing my officer so I never know who to talk to",
)


class Quiet(WSGIRequestHandler):
    def log_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _token(session: requests.Session, url: str) -> str:
    match = CSRF.search(session.get(url).text)
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def journey(base: str, enrol_path: str, text: str) -> float:
    """One person's kiosk journey; the seconds the final submit took."""
    with requests.Session() as session:
        session.get(base + enrol_path)
        session.post(base + "/kiosk/start", data={"csrf_token": _token(session, base + "/kiosk/?lang=en")})
        for number in range(1, 8):
            url = f"{base}/kiosk/question/{number}"
            token = _token(session, url)
            data = {"csrf_token": token, "action": "continue", "answer": text} if number == 2 else \
                {"csrf_token": token, "action": "skip"}
            session.post(url, data=data, allow_redirects=False)
        token = _token(session, base + "/kiosk/check")
        started = time.perf_counter()
        response = session.post(base + "/kiosk/check", data={"csrf_token": token}, allow_redirects=False)
        elapsed = time.perf_counter() - started
        assert response.status_code == 302, response.status_code
        return elapsed


def _themed(app: Any, text_start: str) -> bool:
    with app.app_context():
        answer_id = db.session.scalar(select(Answer.id).where(Answer.text.like(f"{text_start}%"))
                                      .order_by(Answer.id.desc()))
        return bool(answer_id and db.session.scalar(
            select(func.count()).select_from(AnswerTheme).where(AnswerTheme.answer_id == answer_id)))


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return f"median {statistics.median(values) * 1000:6.1f} ms, p90 {p90 * 1000:6.1f} ms (n={len(values)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--journeys", type=int, default=30)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="consult-bench-coding-"))
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'bench.sqlite3'}",
                                 "PUBLIC_BASE_URL": "http://127.0.0.1"})  # plain-HTTP cookies on loopback
    with app.app_context():
        db.create_all()
        seed_demo()
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"

    real_dispatch, real_code = coding._dispatch_new, analysis.code_new_answers

    def slowed(consultation_id: int) -> int:
        time.sleep(0.5)
        return real_code(consultation_id)

    timings: dict[str, list[float]] = {"background": [], "off": [], "slowed": []}
    until_themed: list[float] = []
    for index in range(args.journeys * 3):
        mode = ("background", "off", "slowed")[index % 3]
        coding._dispatch_new = (lambda _cid: None) if mode == "off" else real_dispatch  # type: ignore[assignment]
        analysis.code_new_answers = slowed if mode == "slowed" else real_code  # type: ignore[assignment]
        with app.app_context():
            path = "/kiosk/enrol/" + enrolment_token("Riverside Women's Centre", "your-voice-2027")
        text = f"{ANSWERS[index % len(ANSWERS)]} (journey {index})"
        timings[mode].append(journey(base, path, text))
        if mode != "off":
            sent = time.perf_counter()
            while not _themed(app, text[:40]) and time.perf_counter() - sent < 30:
                time.sleep(0.002)
            if mode == "background":
                until_themed.append(time.perf_counter() - sent)
        time.sleep(0.3)  # let the last journey's work and its clean-up end: each mode starts alike
    coding._dispatch_new, analysis.code_new_answers = real_dispatch, real_code  # type: ignore[assignment]
    server.shutdown()

    print("Kiosk submit (POST /kiosk/check, one free-text answer), werkzeug threaded server, SQLite:")
    for mode, values in timings.items():
        print(f"  coding {mode:<10}: {ms(values)}")
    print(f"  response sent -> answer themed (background): {ms(until_themed)}")

    with app.app_context():
        consultation_id = db.session.scalars(select(Consultation.id)).one()
        for code in db.session.scalars(select(AnswerTheme).where(AnswerTheme.source == CodeSource.AUTO)):
            code.status, code.source = CodeStatus.CONFIRMED, CodeSource.HUMAN  # every demo answer reviewed
        db.session.commit()
        decided = db.session.scalar(select(func.count(func.distinct(AnswerTheme.answer_id))))
        themes = analysis.ensure_codebook(consultation_id)
        coder_cache.clear()
        started = time.perf_counter()
        analysis.fitted_coder(consultation_id, themes)
        fit = time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(20):
            analysis.fitted_coder(consultation_id, themes)
        cached = (time.perf_counter() - started) / 20
    print(f"Fitting the coder on {decided} reviewed answers: {fit * 1000:.0f} ms; "
          f"finding it in the cache (key check: two queries and a hash): {cached * 1000:.1f} ms")

    with app.app_context():  # a whole re-code of about 1,200 answers, as the page starts it
        answers = db.session.scalars(select(Answer).where(Answer.text.is_not(None))).all()
        samples = [(a.question_id, a.text) for a in answers]
        while len(samples) < 1200:
            samples += samples
        for question_id, text in samples[: 1200 - len(answers)]:
            response = response_data.create_response(consultation_id, Channel.KIOSK, date.today())
            store_anonymised_text(response, question_id, text or "", {}, ())
        db.session.commit()
        coding._dispatch_new = lambda _cid: None  # type: ignore[assignment]  (the re-code does them)
        started = time.perf_counter()
        run, report = coding.recode_here(consultation_id)
        took = time.perf_counter() - started
    assert report is not None
    print(f"Whole re-code ({run.total:,} answers, sentiment re-scored, {decided} reviewed): {took:.1f} s")


if __name__ == "__main__":
    main()
