"""Build a consultation's ``Results`` from plain rows, for one audience and one filter.

Every figure is counted in every column a filter could select and suppressed as one grid (see
``tables``), so the page for one filter value, the page for another and the unfiltered page all
agree on what is hidden and none can be subtracted from another. The selected column is shown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import date, timedelta

from consult.pipeline.summary.columns import Column, FilterColumns, monday, options_of
from consult.pipeline.summary.filters import (
    Filters,
    band_dimension,
    month_end,
)
from consult.pipeline.summary.labels import (
    NO_VENUE,
    SENTIMENTS,
    UNANSWERED,
    label,
    values,
    week_label,
)
from consult.pipeline.summary.narrative import question_narrative
from consult.pipeline.summary.picking import pick, spread
from consult.pipeline.summary.results import (
    AnswerInput,
    Labelled,
    LabelledGroup,
    QuestionInput,
    QuestionResult,
    Quote,
    Results,
    ResultsInput,
    ThemeResult,
)
from consult.pipeline.summary.suppression import (
    PRIMARY,
    SECONDARY,
    Cell,
    percent,
)

UNSCORED = "unscored"
_QUOTES = 3
_BREAKDOWNS = ("channel", "venue_type", "language")


class _Builder:
    def __init__(self, data: ResultsInput, filters: Filters, threshold: int, audience: str) -> None:
        self.data, self.filters, self.threshold, self.audience = data, filters, threshold, audience
        self.by_question: dict[int, list[AnswerInput]] = defaultdict(list)
        for answer in data.answers:
            self.by_question[answer.question_id].append(answer)
        self.cols = FilterColumns(data, filters, threshold, self.by_question)
        self.selected_ids = self.cols.selected_ids
        self.used_quotes: set[int] = set()
        self.used_texts: set[str] = set()

    # ---- the whole results ---------------------------------------------------------------

    def build(self) -> Results:
        people = self.data.respondents
        weeks = sorted({monday(r.submitted_on).isoformat() for r in people})
        present = {b: {r.venue_type or NO_VENUE if b == "venue_type" else getattr(r, b) for r in people}
                   for b in _BREAKDOWNS}
        order = {b: [v for v in values(b) if v in present[b]] + sorted(present[b] - set(values(b)))
                 for b in _BREAKDOWNS}
        breakdown_rows = {b: [(b, v) for v in order[b]] for b in _BREAKDOWNS}
        breakdown_rows["week"] = [("week", w) for w in weeks]
        rows: list[Hashable] = ["respondents", "mediated", "group"]
        for members in breakdown_rows.values():
            rows += members

        def items() -> Iterable[tuple[Hashable, int]]:
            for r in people:
                yield "respondents", r.id
                yield ("channel", r.channel), r.id
                yield ("venue_type", r.venue_type or NO_VENUE), r.id
                yield ("language", r.language), r.id
                yield ("week", monday(r.submitted_on).isoformat()), r.id
                if r.mediated:
                    yield "mediated", r.id
                if r.group_entry:
                    yield "group", r.id

        def structural(row: Hashable, column: Column) -> bool:
            if not isinstance(row, tuple):
                return False
            kind, value = row
            if kind == column[0]:
                return bool(value != column[1])
            if kind == "week" and column[0] == "period":
                start, month = date.fromisoformat(value), date.fromisoformat(column[1])
                return start + timedelta(days=6) < month or start > month_end(month)
            return False

        cells = self.cols.suppress(rows, items(), [(members, "respondents") for members in breakdown_rows.values()],
                               structural)
        respondents = self.cols.pick(cells, "respondents")

        def group(b: str, labeller: Callable[[str, str], str]) -> LabelledGroup:
            shown = [row for row in breakdown_rows[b] if self.cols.in_view(cells, row)]
            return LabelledGroup(tuple(
                Labelled(str(row[1]), labeller(row[1], "en"), labeller(row[1], "cy"), self.cols.pick(cells, row),
                         percent(self.cols.pick(cells, row), respondents)) for row in shown), respondents)

        by_week = group("week", lambda v, lg: week_label(date.fromisoformat(v), lg))
        overview = [group(b, lambda v, lg, b=b: label(b, v, lg)) for b in _BREAKDOWNS]  # type: ignore[misc]
        wanted = [q for q in sorted(self.data.questions, key=lambda q: q.position)
                  if self.filters.question_id is None or q.id == self.filters.question_id]
        reserved = set(self.data.chosen_quotes)
        questions = tuple(self._question(q, reserved) for q in wanted)
        days = [r.submitted_on for r in people if r.id in self.selected_ids] if respondents.value is not None else []
        groups = self.cols.pick(cells, "group")
        in_groups = any(r.group_entry for r in people if r.id in self.selected_ids)
        # People present, group sessions included: shown only when the number of group entries is,
        # else it would tell how many sat in a session too small to count.
        participants = (Cell(sum(r.participants for r in people if r.id in self.selected_ids), None, self.threshold)
                        if respondents.value is not None and (not in_groups or groups.value is not None)
                        else Cell(None, SECONDARY, self.threshold))
        return Results(self.data.title_en, self.data.title_cy, self.threshold, self.audience,
                       min(days, default=None), max(days, default=None), respondents, participants,
                       overview[0], overview[1], overview[2], by_week, self.cols.pick(cells, "mediated"),
                       groups, questions, self.cols.note, nobody=not people)

    def _question(self, q: QuestionInput, reserved: set[int]) -> QuestionResult:
        answers = self.by_question.get(q.id, [])
        if q.kind == "free_text":
            answers = [a for a in answers if a.text and a.text.strip()]
            cells = self.cols.suppress(["answered"], ((("answered"), a.response_id) for a in answers), [])
            answered = self.cols.pick(cells, "answered")
            themes = self._themes(answers, answered, reserved)
            return QuestionResult(q.id, q.position, q.kind, q.text_en, q.text_cy, answered, themes=themes,
                                  narrative=question_narrative(q.kind, answered, None, themes, self.threshold),
                                  narrative_cy=question_narrative(q.kind, answered, None, themes, self.threshold, "cy"),
                                  demographic=q.demographic)
        options = options_of(q)
        known = {o.value for o in options}
        answers = [a for a in answers if a.choice in known]
        band = band_dimension(q.id)
        option_rows = [("option", o.value) for o in options]

        def structural(row: Hashable, column: Column) -> bool:
            if column[0] != band:
                return False
            return column[1] == UNANSWERED or (isinstance(row, tuple) and row[1] != column[1])

        items = [entry for a in answers for entry in (("answered", a.response_id), (("option", a.choice),
                                                                                   a.response_id))]
        cells = self.cols.suppress(["answered", *option_rows], items, [(option_rows, "answered")], structural)
        answered = self.cols.pick(cells, "answered")
        shown = [o for o in options if self.cols.in_view(cells, ("option", o.value))]
        group = LabelledGroup(tuple(
            Labelled(o.value, o.en, o.cy or o.en, self.cols.pick(cells, ("option", o.value)),
                     percent(self.cols.pick(cells, ("option", o.value)), answered)) for o in shown), answered)
        median = self._median(q, answers, group, answered)
        median_label = next((o.en for o in options if o.value == median), None)
        return QuestionResult(q.id, q.position, q.kind, q.text_en, q.text_cy, answered, group, median, median_label,
                              narrative=question_narrative(q.kind, answered, group, (), self.threshold),
                              narrative_cy=question_narrative(q.kind, answered, group, (), self.threshold, "cy"),
                              demographic=q.demographic)

    def _median(self, q: QuestionInput, answers: Sequence[AnswerInput], group: LabelledGroup,
                answered: Cell) -> str | None:
        """The scale's median, only when every count behind it is shown (else it narrows a hidden one)."""
        if q.kind != "scale" or answered.value is None or any(i.cell.value is None for i in group.items):
            return None
        ordered = sorted(int(str(a.choice)) for a in answers
                         if a.response_id in self.selected_ids and str(a.choice).isdigit())
        return str(ordered[(len(ordered) - 1) // 2]) if ordered else None  # the lower median: a chosen value

    def _themes(self, answers: Sequence[AnswerInput], answered: Cell, reserved: set[int]) -> tuple[ThemeResult, ...]:
        names = {t.id: t for t in self.data.themes}
        members: dict[int, list[AnswerInput]] = defaultdict(list)
        for answer in answers:
            for theme_id in dict.fromkeys(answer.themes):
                if theme_id in names:
                    members[theme_id].append(answer)
        results = []
        for theme_id in sorted(members, key=lambda t: (-len(members[t]), names[t].name)):
            theme = names[theme_id]
            cell, tones = self._tones(members[theme_id])
            in_view = [a for a in members[theme_id] if a.response_id in self.selected_ids]
            quotes = self._quotes(theme_id, in_view, reserved) if cell.value is not None else ()
            results.append(ThemeResult(theme_id, theme.name, theme.name_cy, cell, percent(cell, answered), tones,
                                       quotes, theme.response_en, theme.response_cy))
        return tuple(sorted(results, key=lambda t: (t.count.value is None, -(t.count.value or 0), t.name)))

    def _tones(self, members: Sequence[AnswerInput]) -> tuple[Cell, LabelledGroup]:
        def tone(a: AnswerInput) -> str:
            return a.sentiment if a.sentiment in SENTIMENTS else UNSCORED

        tones = list(SENTIMENTS) + ([UNSCORED] if any(tone(a) == UNSCORED for a in members) else [])
        rows = [("tone", t) for t in tones]
        items = [entry for a in members for entry in (("count", a.response_id), (("tone", tone(a)), a.response_id))]
        cells = self.cols.suppress(["count", *rows], items, [(rows, "count")])
        count = self.cols.pick(cells, "count")
        group = LabelledGroup(tuple(
            Labelled(t, _tone_label(t, "en"), _tone_label(t, "cy"), self.cols.pick(cells, ("tone", t)),
                     percent(self.cols.pick(cells, ("tone", t)), count)) for t in tones), count)
        return count, group

    def _quotes(self, theme_id: int, in_view: Sequence[AnswerInput], reserved: set[int]) -> tuple[Quote, ...]:
        """Reviewers' picks for this theme first, then automatic ones; each answer quoted once at most."""
        picked = [Quote(a.id, str(a.text), True, a.sentiment) for a in in_view
                  if self.data.chosen_quotes.get(a.id) == theme_id]
        pool = [a for a in in_view if a.id not in reserved and a.id not in self.used_quotes]
        pool = [pool[i] for i in spread(len(pool))]
        pool = [a for a in pool if _norm(str(a.text)) not in self.used_texts]
        if len(picked) < _QUOTES and pool:
            chosen = pick([str(a.text) for a in pool], [a.sentiment for a in pool], _QUOTES - len(picked))
            picked += [Quote(pool[i].id, str(pool[i].text), False, pool[i].sentiment) for i in chosen]
        unique = []
        for quote in picked:
            if quote.answer_id in self.used_quotes or _norm(quote.text) in self.used_texts:
                continue
            self.used_quotes.add(quote.answer_id)
            self.used_texts.add(_norm(quote.text))
            unique.append(quote)
        return tuple(unique)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _tone_label(tone: str, language: str) -> str:
    if tone == UNSCORED:
        return "Heb ei sgorio eto" if language == "cy" else "Not scored yet"
    return label("sentiment", tone, language)


def build_results(data: ResultsInput, filters: Filters, threshold: int, audience: str) -> Results:
    """The results of ``data`` for ``filters``; raises ``FilterRefused`` for a filter that can't be safe."""
    return _Builder(data, filters, threshold, audience).build()


__all__ = ["PRIMARY", "build_results"]
