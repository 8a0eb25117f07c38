"""A consultation's results for one audience and filter: the one source every page, report and
export reads (staff and facilitator results pages, CSV and PDF reports, the public page, the
forum preview, ``consult summarise``).

Audiences: STAFF sees every venue with the internal threshold (5); FACILITATOR the same
threshold, only the venues given; PUBLIC (public page, exports, reports, forum preview) the
published threshold (10). How small numbers stay hidden, also across filters, is explained in
``consult.pipeline.summary.filters`` and ``consult.pipeline.summary.tables``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from consult.data import consultations as consultation_data
from consult.data import results as results_data
from consult.data import themes as theme_data
from consult.models import Consultation
from consult.pipeline.summary.build import build_results
from consult.pipeline.summary.charts import group_chart
from consult.pipeline.summary.filters import Audience, FilterRefused, Filters
from consult.pipeline.summary.results import (
    AnswerInput,
    LabelledGroup,
    Option,
    QuestionInput,
    QuestionResult,
    RespondentInput,
    Results,
    ResultsInput,
    ThemeInput,
    ThemeResult,
)
from consult.pipeline.summary.suppression import INTERNAL, PUBLISHED, Cell, Group, threshold_for

__all__ = ["Audience", "Cell", "FilterRefused", "Filters", "Group", "QuestionResult", "Results", "ThemeResult",
           "chart", "load_input", "results_for", "threshold_of"]


def threshold_of(audience: Audience) -> int:
    """10 for anything published, 5 inside (the app's SUPPRESSION_* settings may raise them; never below 3)."""
    from flask import current_app, has_app_context

    if audience is Audience.PUBLIC:
        setting, default = "SUPPRESSION_PUBLISHED", PUBLISHED
    else:
        setting, default = "SUPPRESSION_INTERNAL", INTERNAL
    configured = current_app.config.get(setting, default) if has_app_context() else default
    return threshold_for(audience is Audience.PUBLIC, int(configured))


def load_input(consultation: Consultation, venue_ids: Sequence[int] | None = None) -> ResultsInput:
    """Every row the figures are counted from, read in five flat queries."""
    questions = tuple(
        QuestionInput(q.id, q.position, q.kind.value, q.text_en, q.text_cy,
                      tuple(Option(str(o.get("value", "")), str(o.get("en", o.get("value", ""))),
                                   str(o.get("cy", "") or o.get("en", ""))) for o in q.options or []),
                      bool(q.demographic))
        for q in consultation_data.list_questions(consultation.id)
    )
    themes = tuple(ThemeInput(t.id, t.name, t.name_cy, t.response_en, t.response_cy)
                   for t in theme_data.list_themes(consultation.id))
    respondents = tuple(
        RespondentInput(row.id, row.channel.value, row.venue_type.value if row.venue_type else None,
                        row.language or "en", row.submitted_on, bool(row.mediated), bool(row.group_session),
                        int(row.participant_count or 1))
        for row in results_data.list_respondent_rows(consultation.id, venue_ids)
    )
    codes: dict[int, list[int]] = defaultdict(list)
    for answer_id, theme_id in results_data.list_code_rows(consultation.id, venue_ids):
        codes[answer_id].append(theme_id)
    themed = {answer_id: tuple(ids) for answer_id, ids in codes.items()}
    make, unthemed = AnswerInput._make, ()
    answers = tuple(make((answer_id, response_id, question_id, choice, text, themed.get(answer_id, unthemed), tone))
                    for answer_id, response_id, question_id, choice, text, tone
                    in results_data.list_answer_rows(consultation.id, venue_ids))
    chosen = {row.answer_id: row.theme_id for row in results_data.list_chosen_quote_rows(consultation.id)}
    return ResultsInput(consultation.title_en, consultation.title_cy, questions, themes, respondents, answers, chosen)


def results_for(consultation: Consultation, filters: Filters | None = None, *, audience: Audience,
                venue_ids: Sequence[int] | None = None) -> Results:
    """The results ``audience`` may see, narrowed by ``filters``.

    ``venue_ids`` limits the respondents to those venues (a facilitator's own). Raises
    ``FilterRefused`` (its message says why, for the page) when the filter combines respondent
    filters, which could let a small number be worked out.
    """
    if audience is Audience.FACILITATOR and venue_ids is None:
        raise ValueError("a facilitator's results need their venue ids")
    data = load_input(consultation, venue_ids)
    return build_results(data, filters or Filters(), threshold_of(audience), audience.value)


def chart(title: str, group: LabelledGroup, chart_id: str, language: str = "en") -> str:
    """An accessible inline SVG bar chart of ``group`` (see ``consult.pipeline.summary.charts``)."""
    return group_chart(title, group, language=language, chart_id=chart_id)
