"""Benchmark the results pages on a 5,000-response consultation (SQLite).

usage: python bench/results.py [RESPONSES]      (default 5000)

Seeds the demo, adds RESPONSES more responses with answers, theme codes and tones (inserted in
bulk: the point is reading them back), then prints how long ``results_for`` takes unfiltered, with
a channel filter, a demographic band and a month, for the public threshold, and how long the
staff results page takes to render through the app, first request and warm.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from consult import create_app
from consult.extensions import db
from consult.models import (
    Answer,
    AnswerTheme,
    Channel,
    CodeSource,
    CodeStatus,
    Consultation,
    QuestionKind,
    Response,
    Theme,
    ThemeStatus,
    Venue,
)
from consult.services.demo import seed_demo
from consult.services.results import Audience, Filters, results_for

WORDS = ("police", "cells", "hostel", "probation", "crisis team", "GP", "benefits", "kind officer", "waited",
         "no bed", "methadone", "listened", "ignored", "custody", "court", "support worker")


def _seed(count: int) -> int:
    seed_demo()
    consultation = db.session.scalars(select(Consultation)).one()
    venues = list(db.session.scalars(select(Venue)))
    themes = [t.id for t in db.session.scalars(select(Theme).where(Theme.consultation_id == consultation.id,
                                                                     Theme.status == ThemeStatus.ACTIVE))]
    rng = random.Random(16)
    channels = [Channel.KIOSK, Channel.KIOSK, Channel.SMS, Channel.FACILITATOR, Channel.IMPORT]
    responses, answers, codes = [], [], []
    first_response = 100_000
    answer_id = 1_000_000
    for offset in range(count):
        rid = first_response + offset
        channel = rng.choice(channels)
        responses.append({"id": rid, "consultation_id": consultation.id, "channel": channel,
                          "venue_id": None if channel is Channel.SMS else rng.choice(venues).id,
                          "language": "cy" if rng.random() < 0.12 else "en", "mediated": channel is Channel.FACILITATOR,
                          "participant_count": 1, "group_session": False,
                          "submitted_on": date.today() - timedelta(days=rng.randint(0, 90))})
        for question in consultation.questions:
            if rng.random() < 0.15:
                continue
            answer_id += 1
            row = {"id": answer_id, "response_id": rid, "question_id": question.id, "choice": None, "text": None,
                   "redactions": {}, "sentiment_label": None, "sentiment_reviewed": False,
                   "safeguarding_flag": False, "safeguarding_categories": [], "safeguarding_reviewed": False}
            if question.kind is QuestionKind.FREE_TEXT:
                row["text"] = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14)))
                row["sentiment_label"] = rng.choice(["positive", "neutral", "negative", "negative", "mixed"])
                for theme in rng.sample(themes, rng.choice([1, 1, 2, 3])):
                    codes.append({"answer_id": answer_id, "theme_id": theme, "source": CodeSource.AUTO,
                                  "confidence": 0.8, "status": CodeStatus.PROPOSED, "reasons": []})
            else:
                values = [o["value"] for o in question.options] or (
                    ["yes", "no"] if question.kind is QuestionKind.YES_NO else ["1", "2", "3", "4", "5"])
                row["choice"] = rng.choice(values)
            answers.append(row)
    db.session.execute(insert(Response), responses)
    db.session.execute(insert(Answer), answers)
    db.session.execute(insert(AnswerTheme), codes)
    db.session.commit()
    print(f"seeded {count} responses, {len(answers)} answers, {len(codes)} theme codes")
    return consultation.id


def _time(label: str, work) -> None:  # type: ignore[no-untyped-def]
    """Best of three, as wall-clock time and as this process's CPU time (what an idle machine would take:
    on a shared, busy machine the wall clock mostly measures waiting for a core)."""
    wall = cpu = float("inf")
    for _ in range(3):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    print(f"{label:<48} {wall * 1000:7.0f} ms wall {cpu * 1000:7.0f} ms CPU (best of 3)")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as folder:
        app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{Path(folder) / 'bench.sqlite3'}"})
        with app.app_context():
            db.create_all()
            consultation_id = _seed(count)
            consultation = db.session.get(Consultation, consultation_id)
            assert consultation is not None
            band = next(q for q in consultation.questions if q.demographic or q.kind is QuestionKind.SINGLE_CHOICE)
            month = date.today().replace(day=1)
            _time("results_for: staff, unfiltered", lambda: results_for(consultation, audience=Audience.STAFF))
            _time("results_for: staff, channel = kiosk",
                  lambda: results_for(consultation, Filters(channel="kiosk"), audience=Audience.STAFF))
            _time("results_for: staff, a demographic band",
                  lambda: results_for(consultation, Filters(band=(band.id, band.options[0]["value"])),
                                      audience=Audience.STAFF))
            _time("results_for: staff, this month",
                  lambda: results_for(consultation, Filters(since=month, until=month), audience=Audience.STAFF))
            _time("results_for: public, unfiltered", lambda: results_for(consultation, audience=Audience.PUBLIC))
        from tests.web.auth_helpers import make_person, sign_in

        client = app.test_client()
        sign_in(client, make_person(app, "staff").email)
        url = f"/staff/consultations/{consultation_id}/results"
        _time("GET the staff results page (HTML, charts)", lambda: client.get(url))
        _time("GET the staff results page, channel = sms", lambda: client.get(url + "?channel=sms"))
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
    print(f"load average while measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
