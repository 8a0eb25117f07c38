"""The venue view: counts by week and channel for the user's venues, suppressed, with kiosk links."""

from __future__ import annotations

import re
from datetime import date, timedelta

from flask import Flask
from sqlalchemy import select

from consult.data import responses as response_data
from consult.extensions import db
from consult.models import AuditEvent, Channel
from tests.web.facilitator.world import build_world, sign_in


def _add(app: Flask, consultation_id: int, venue_id: int, channel: Channel, day: date, count: int) -> None:
    with app.app_context():
        for _ in range(count):
            response_data.create_response(consultation_id, channel, day, venue_id=venue_id)
        db.session.commit()


def _row(html: str, venue: str, week: date) -> list[str]:
    section = html.split(f">{venue}</h2>")[1].split("</table>")[0]
    row = section.split(f'<th scope="row" class="govuk-table__header">{week.strftime("%-d %b %Y").lstrip("0")}</th>')[1]
    return re.findall(r'govuk-table__cell--numeric">([^<]*)</td>', row.split("</tr>")[0])


def test_counts_by_week_and_channel_are_suppressed_below_the_staff_threshold(app: Flask) -> None:
    world = build_world(app)  # today: two kiosk responses at A, one at B, one by SMS
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    _add(app, world.consultation_id, world.venues["a"], Channel.KIOSK, today, 4)  # 6 kiosk at A this week
    _add(app, world.consultation_id, world.venues["a"], Channel.FACILITATOR, today, 1)
    _add(app, world.consultation_id, world.venues["a"], Channel.KIOSK, monday - timedelta(weeks=1), 6)
    html = sign_in(app.test_client(), world.users["facilitator_a"]).get("/facilitator/venues").get_data(as_text=True)
    # kiosk, facilitator, import, all: the lone facilitator entry is hidden beside the empty import
    # column, so it cannot be worked out from the total.
    assert _row(html, "Centre A", monday) == ["6", "fewer than 5", "fewer than 5", "7"]
    # All six by kiosk: the empty channels would give it away, so it is hidden too (secondary).
    assert _row(html, "Centre A", monday - timedelta(weeks=1)) == [
        "not shown", "fewer than 5", "fewer than 5", "6"]
    assert _row(html, "Centre A", monday - timedelta(weeks=2)) == ["fewer than 5"] * 4
    assert "Text message" not in html.split("<table")[1]  # texts have no venue
    assert "Hostel B" not in html
    assert "/kiosk/enrol/" in html and "Test: <a" in html
    with app.app_context():
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "venues.viewed")).one()
        assert event.user_id == world.users["facilitator_a"] and event.detail == {"venues": 1}


def test_staff_see_every_venue_and_the_kiosk_link_works(app: Flask) -> None:
    world = build_world(app)
    html = sign_in(app.test_client(), world.users["staff"]).get("/facilitator/venues").get_data(as_text=True)
    assert "Centre A</h2>" in html and "Hostel B</h2>" in html
    link = re.search(r'href="https://consult\.example\.org(/kiosk/enrol/[^"]+)"', html)
    assert link
    tablet = app.test_client()
    assert tablet.get(link.group(1)).status_code == 302 and tablet.get("/kiosk/").status_code == 200
