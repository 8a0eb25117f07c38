"""Each venue's responses by week and channel, suppressed below the staff threshold, and the
kiosk set-up links for its open consultations."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from flask import current_app, url_for

from consult.data import entry as entry_data
from consult.extensions import db
from consult.models import Channel, User
from consult.pipeline.summary.suppression import Cell, suppress_group, threshold_for
from consult.services.audit import record_by_current_user as record
from consult.services.kiosk_enrolment import enrolment_token
from consult.services.safeguarding_queue import CHANNEL_LABELS, organisation_scope

WEEKS = 8
CHANNELS = (Channel.KIOSK, Channel.FACILITATOR, Channel.IMPORT)  # text messages have no venue


@dataclass(frozen=True)
class WeekRow:
    week_of: date
    cells: tuple[Cell, ...]  # in CHANNELS order
    total: Cell


@dataclass(frozen=True)
class KioskLink:
    consultation: str
    url: str


@dataclass(frozen=True)
class VenueSummary:
    venue_id: int
    name: str
    weeks: tuple[WeekRow, ...]
    kiosk_links: tuple[KioskLink, ...]


@dataclass(frozen=True)
class VenueView:
    venues: tuple[VenueSummary, ...]
    channels: tuple[str, ...]
    threshold: int


def venue_view(user: User, today: date | None = None) -> VenueView:
    today = today or datetime.now(UTC).date()
    first_week = today - timedelta(days=today.weekday(), weeks=WEEKS - 1)
    venues = entry_data.list_venues(organisation_scope(user))
    counts = Counter((venue_id, day - timedelta(days=day.weekday()), channel) for venue_id, channel, day in
                     entry_data.list_response_days([v.id for v in venues], first_week))
    threshold = threshold_for(published=False, override=current_app.config.get("SUPPRESSION_INTERNAL"))
    consultations = entry_data.list_open_consultations()
    summaries = []
    for venue in venues:
        weeks = []
        for offset in range(WEEKS - 1, -1, -1):
            week = first_week + timedelta(weeks=offset)
            group = suppress_group({c.value: counts[venue.id, week, c] for c in CHANNELS}, None, threshold)
            weeks.append(WeekRow(week, tuple(group.cells[c.value] for c in CHANNELS), group.total))
        links = tuple(KioskLink(c.title_en, _enrol_url(venue.name, c.slug)) for c in consultations)
        summaries.append(VenueSummary(venue.id, venue.name, tuple(weeks), links))
    record("venues.viewed", "venue", None, venues=len(venues))
    db.session.commit()
    return VenueView(tuple(summaries), tuple(CHANNEL_LABELS[c.value] for c in CHANNELS), threshold)


def _enrol_url(venue_name: str, slug: str) -> str:
    base = str(current_app.config["PUBLIC_BASE_URL"]).rstrip("/")
    return base + url_for("kiosk.enrol", token=enrolment_token(venue_name, slug))
