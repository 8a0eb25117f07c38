"""The results on PostgreSQL: the same figures as a direct count, filtered and not."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from consult.extensions import db
from consult.models import Consultation
from consult.services.demo import seed_demo
from consult.services.results import Audience, Filters, results_for
from tests.web.results_figures import direct_count


def test_results_equal_direct_counts_on_postgres(pg_app: Flask) -> None:
    with pg_app.app_context():
        seed_demo()
        consultation = db.session.scalars(select(Consultation)).one()
        for channel in (None, "kiosk"):
            results = results_for(consultation, Filters(channel=channel), audience=Audience.STAFF)
            shown = {"respondents": results.respondents, "mediated": results.mediated}
            shown |= {f"channel:{i.key}": i.cell for i in results.by_channel.items}
            shown |= {f"venue_type:{i.key}": i.cell for i in results.by_venue_type.items}
            for q in results.questions:
                shown[f"question:{q.question_id}:answered"] = q.answered
                for item in q.options.items if q.options else ():
                    shown[f"question:{q.question_id}:option:{item.key}"] = item.cell
                for theme in q.themes:
                    shown[f"question:{q.question_id}:theme:{theme.theme_id}"] = theme.count
            checked = 0
            for name, cell in shown.items():
                expected = direct_count(name, consultation.id, channel=channel)
                assert expected is not None, name
                if cell.value is not None:
                    assert cell.value == expected, name
                    checked += 1
                elif cell.reason == "primary":
                    assert expected < 5, name
            assert checked > 10
