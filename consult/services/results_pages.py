"""What a results page needs besides the figures: the filter's choices, the filter read from a
query string, and a facilitator's own venues."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from consult.data import consultations as consultation_data
from consult.data import entry as entry_data
from consult.extensions import db
from consult.models import Consultation, ConsultationStatus, User
from consult.pipeline.summary import labels
from consult.pipeline.summary.build import build_results
from consult.pipeline.summary.filters import Audience, FilterRefused, Filters, month_end, month_start
from consult.pipeline.summary.results import Results, ResultsInput
from consult.services.audit import record_by_current_user as record
from consult.services.consultations import get_consultation
from consult.services.results import load_input, threshold_of
from consult.services.safeguarding_queue import organisation_scope

RESULTS_VIEWED = "results.viewed"


@dataclass(frozen=True)
class Choice:
    value: str
    text: str


@dataclass(frozen=True)
class FilterChoices:
    """What each filter on a results page can be set to, with human labels."""

    questions: tuple[Choice, ...]
    channels: tuple[Choice, ...]
    venue_types: tuple[Choice, ...]
    languages: tuple[Choice, ...]
    months: tuple[Choice, ...]  # value: the month's first day (ISO)
    bands: tuple[Choice, ...]  # value: "<question id>:<option value>"


@dataclass(frozen=True)
class ResultsPage:
    results: Results
    choices: FilterChoices
    refused: str = ""  # why the filter was not applied (the unfiltered figures are shown instead)


def _choices(data: ResultsInput) -> FilterChoices:
    people = data.respondents
    channels = {r.channel for r in people}
    venues = {r.venue_type or labels.NO_VENUE for r in people}
    months = sorted({month_start(r.submitted_on) for r in people})
    bands = [Choice(f"{q.id}:{o.value}", f"{q.text_en.removesuffix(' (optional)')}: {o.en}")
             for q in sorted(data.questions, key=lambda q: q.position) if q.demographic and q.kind != "free_text"
             for o in q.options]
    return FilterChoices(
        tuple(Choice(str(q.id), f"Question {q.position}: {q.text_en}")
              for q in sorted(data.questions, key=lambda q: q.position)),
        tuple(Choice(v, labels.label("channel", v)) for v in labels.values("channel") if v in channels),
        tuple(Choice(v, labels.label("venue_type", v)) for v in labels.values("venue_type") if v in venues),
        tuple(Choice(v, labels.label("language", v)) for v in labels.values("language")),
        tuple(Choice(m.isoformat(), labels.month_label(m)) for m in months),
        tuple(bands),
    )


def results_page(consultation: Consultation, filters: Filters, *, audience: Audience,
                 venue_ids: Sequence[int] | None = None) -> ResultsPage:
    """The results for a page, the filter choices, and why a filter was refused (if it was).

    The viewing is audited (the page quotes people's anonymised words), with the filter's kind only.
    """
    data = load_input(consultation, venue_ids)
    threshold = threshold_of(audience)
    try:
        page = ResultsPage(build_results(data, filters, threshold, audience.value), _choices(data))
    except FilterRefused as refusal:
        only_question = Filters(question_id=filters.question_id)
        page = ResultsPage(build_results(data, only_question, threshold, audience.value), _choices(data),
                           str(refusal))
    record(RESULTS_VIEWED, "consultation", consultation.id, audience=audience.value,
           filters=list(filters.dimensions), refused=bool(page.refused))
    db.session.commit()
    return page


def _month(text: str) -> date | None:
    try:
        return month_start(date.fromisoformat(text))
    except ValueError:
        return None


def filters_from_args(args: Mapping[str, str], question_id: int | None = None) -> Filters:
    """Filters from a results page's query string; unknown values are ignored, never trusted."""
    def known(name: str, kind: str) -> str | None:
        value = args.get(name, "")
        return value if value in labels.values(kind) else None

    since = _month(args.get("since", ""))
    until = _month(args.get("until", ""))
    band = None
    question, _, option = args.get("band", "").partition(":")
    if question.isdigit() and option:
        band = (int(question), option)
    chosen_question = question_id
    if chosen_question is None and args.get("question", "").isdigit():
        chosen_question = int(args["question"])
    return Filters(question_id=chosen_question, channel=known("channel", "channel"),
                   venue_type=known("venue_type", "venue_type"), language=known("language", "language"),
                   since=since, until=month_end(until) if until else None, band=band)


def filter_args(filters: Filters) -> dict[str, str]:
    """The query string of ``filters`` (without the question), for links that keep them."""
    values = {"channel": filters.channel, "venue_type": filters.venue_type, "language": filters.language,
              "since": filters.since.isoformat() if filters.since else None,
              "until": month_start(filters.until).isoformat() if filters.until else None,
              "band": f"{filters.band[0]}:{filters.band[1]}" if filters.band else None}
    return {k: v for k, v in values.items() if v}


def facilitator_venue_ids(user: User) -> list[int]:
    """The venues whose answers ``user`` may see results of (every venue for staff and admins)."""
    return [venue.id for venue in entry_data.list_venues(organisation_scope(user))]


def facilitator_results_page(user: User, consultation: Consultation, filters: Filters) -> ResultsPage:
    """A facilitator's results: their organisation's venues only, the staff threshold, suppressed."""
    return results_page(consultation, filters, audience=Audience.FACILITATOR, venue_ids=facilitator_venue_ids(user))


def list_consultations_with_results() -> list[Consultation]:
    """Consultations that have been opened (drafts have no answers)."""
    return [c for c in consultation_data.list_consultations() if c.status is not ConsultationStatus.DRAFT]


__all__ = ["Choice", "FilterChoices", "ResultsPage", "facilitator_results_page", "filter_args", "filters_from_args",
           "get_consultation", "list_consultations_with_results", "results_page"]
