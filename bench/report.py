"""How long the panel report and its exports take for a large consultation.

usage: python bench/report.py [RESPONSES]   (default 5,000)

Seeds the demo consultation into a throwaway SQLite file, copies its 40 coded responses (answers,
themes, sentiment) until there are RESPONSES, then times each step as staff would meet it: the
results at the published threshold, the report's HTML, the PDF (WeasyPrint), and the two CSVs.
The figures decide whether the PDF is made in a background job (see the README, "Reports").
CPU time is printed beside wall time: on a shared machine the wall time mostly measures the others.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from consult import create_app  # noqa: E402
from consult.extensions import db  # noqa: E402
from consult.models import Answer, AnswerTheme, Consultation, Response  # noqa: E402


def _grow(consultation: Consultation, target: int) -> int:
    """Copy the demo's responses, with their answers and codes, until there are ``target``."""
    responses = db.session.scalars(select(Response).where(Response.consultation_id == consultation.id)).all()
    answers = db.session.scalars(select(Answer)).all()
    codes = db.session.scalars(select(AnswerTheme)).all()
    by_response = {r.id: [a for a in answers if a.response_id == r.id] for r in responses}
    by_answer: dict[int, list[AnswerTheme]] = {}
    for code in codes:
        by_answer.setdefault(code.answer_id, []).append(code)
    next_response = max(r.id for r in responses) + 1
    next_answer = max(a.id for a in answers) + 1
    response_rows, answer_rows, code_rows = [], [], []
    count = len(responses)
    while count < target:
        for original in responses:
            if count >= target:
                break
            response_rows.append({"id": next_response, "consultation_id": consultation.id,
                                  "channel": original.channel, "venue_id": original.venue_id,
                                  "language": original.language, "mediated": original.mediated,
                                  "participant_count": 1, "group_session": False,
                                  "submitted_on": original.submitted_on})
            for answer in by_response[original.id]:
                answer_rows.append({"id": next_answer, "response_id": next_response, "question_id": answer.question_id,
                                    "choice": answer.choice, "text": answer.text, "redactions": {},
                                    "sentiment_label": answer.sentiment_label,
                                    "sentiment_polarity": answer.sentiment_polarity, "safeguarding_flag": False,
                                    "safeguarding_categories": [], "safeguarding_reviewed": False,
                                    "sentiment_reviewed": False})
                for code in by_answer.get(answer.id, []):
                    code_rows.append({"answer_id": next_answer, "theme_id": code.theme_id, "source": code.source,
                                      "confidence": code.confidence, "status": code.status, "reasons": []})
                next_answer += 1
            next_response += 1
            count += 1
    db.session.execute(insert(Response), response_rows)
    db.session.execute(insert(Answer), answer_rows)
    db.session.execute(insert(AnswerTheme), code_rows)
    db.session.commit()
    return count


def _timed(name: str, function, *args):  # type: ignore[no-untyped-def]
    start, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    size = f", {len(result):,} bytes" if isinstance(result, bytes | str) else ""
    print(f"{name:<34} {elapsed:6.2f} s wall, {used:6.2f} s CPU{size}")
    return result


def main() -> None:
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    from consult.services.demo import seed_demo

    with tempfile.TemporaryDirectory() as folder:
        app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.sqlite3"})
        with app.app_context():
            db.create_all()
            seed_demo()
            consultation = db.session.scalars(select(Consultation)).one()
            people = _grow(consultation, target)
            answers = db.session.query(Answer).count()
            print(f"{people:,} responses, {answers:,} answers")
            from consult.services import reports, table_export
            from consult.services.answer_export import answers_csv
            from consult.services.report_pdf import html_to_pdf
            from consult.services.results import Audience, Filters, results_for

            _timed("WeasyPrint import (once)", lambda: __import__("weasyprint"))
            _timed("results (published threshold)",
                   lambda: results_for(consultation, Filters(), audience=Audience.PUBLIC))
            html = _timed("report HTML (results included)", lambda: reports.report_html(consultation, "en",
                                                                                        for_print=True))
            _timed("PDF from that HTML", html_to_pdf, html)
            _timed("whole PDF (what the job runs)", reports.report_pdf, consultation.id, "en")
            _timed("answers CSV", answers_csv, consultation)
            _timed("tables CSV", table_export.tables_csv, consultation)


if __name__ == "__main__":
    main()
