"""Build a consultation's ``Results`` from plain rows, for one audience and one filter.

Each figure is counted once per column of the active filter (see ``filters``), suppressed as a
whole table (see ``tables``) against the unfiltered figures already shown, and the selected
column is what the page shows. Without a filter there is one column and this is plain
small-number suppression with secondary suppression (``suppression.suppress_group``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from consult.pipeline.summary.filters import Filters, Split, month_end, month_start, split
from consult.pipeline.summary.labels import (
    NO_VENUE,
    SCALE,
    SENTIMENTS,
    YES_NO,
    label,
    scale_label,
    values,
    week_label,
)
from consult.pipeline.summary.narrative import question_narrative
from consult.pipeline.summary.quotes import representative
from consult.pipeline.summary.results import (
    AnswerInput,
    Labelled,
    LabelledGroup,
    Option,
    QuestionInput,
    QuestionResult,
    Quote,
    RespondentInput,
    Results,
    ResultsInput,
    ThemeResult,
)
from consult.pipeline.summary.suppression import PRIMARY, SECONDARY, Cell, percent, suppress_count, suppress_group
from consult.pipeline.summary.tables import Table, suppress_table

UNSCORED = "unscored"
_QUOTES = 3
_QUOTE_POOL = 150  # quotes are chosen from at most this many answers: fast on big consultations


class _Figures:
    """Counts a figure per column, then suppresses it for the view."""

    def __init__(self, spl: Split, threshold: int) -> None:
        self.split = spl
        self.threshold = threshold
        self.columns = sorted(set(spl.column_of.values()) | spl.selected)
        self.filtered = spl.dimension is not None and not set(self.columns) <= spl.selected

    def column(self, respondent_id: int) -> str:
        return self.split.column_of[respondent_id]

    def _view(self, per_column: Mapping[Any, Cell], counts: Mapping[Any, int]) -> Cell:
        """The selected columns' cell: one column as it is, several added only if all are shown."""
        picked = [c for c in self.columns if c in self.split.selected]
        if len(picked) == 1:
            return per_column[picked[0]]
        cells = [per_column[c] for c in picked]
        total = sum(counts.get(c, 0) for c in picked)
        if all(cell.value is not None for cell in cells):
            return Cell(total, None, self.threshold)
        return Cell(None, PRIMARY if total < self.threshold else SECONDARY, self.threshold)

    def table(self, rows: Sequence[Any], counts: Mapping[Any, Counter[str]],
              totals: Mapping[Any, Cell], column_totals: Mapping[str, Cell] | None,
              structural: Callable[[Any, str], bool] | None = None) -> dict[Any, dict[str, Cell]]:
        """Each row's cell in every column, suppressed as one table against the row ``totals``."""
        keyed = {(r, c): counts.get(r, Counter()).get(c, 0) for r in rows for c in self.columns}
        fixed = frozenset(k for k in keyed if structural is not None and structural(k[0], str(k[1])))
        cells = suppress_table(Table(rows, self.columns, keyed, totals, column_totals, fixed), self.threshold)
        return {r: {c: cells[(r, c)] for c in self.columns} for r in rows}

    def pick(self, table: Mapping[Any, Mapping[str, Cell]],
             counts: Mapping[Any, Counter[str]]) -> dict[Any, Cell]:
        return {r: self._view(per_column, counts.get(r, Counter())) for r, per_column in table.items()}


def _count_by_column(items: Iterable[tuple[Any, str]]) -> dict[Any, Counter[str]]:
    counts: dict[Any, Counter[str]] = defaultdict(Counter)
    for row, column in items:
        counts[row][column] += 1
    return counts


class _Builder:
    def __init__(self, data: ResultsInput, filters: Filters, threshold: int, audience: str) -> None:
        self.data = data
        self.filters = filters
        self.threshold = threshold
        self.audience = audience
        band_choices: dict[int, str] = {}
        band_label = ""
        if filters.band is not None:
            band_q = next((q for q in data.questions if q.id == filters.band[0]), None)
            band_choices = {a.response_id: a.choice for a in data.answers
                            if a.question_id == filters.band[0] and a.choice}
            if band_q is not None:
                chosen = _option_label(band_q, filters.band[1], "en")
                band_label = f"\u201c{chosen}\u201d to \u201c{band_q.text_en}\u201d"
        self.fig = _Figures(split(filters, data.respondents, band_choices, band_label), threshold)
        self.selected_ids = {r.id for r in data.respondents if self.fig.column(r.id) in self.fig.split.selected}
        self.by_question: dict[int, list[AnswerInput]] = defaultdict(list)
        for answer in data.answers:
            self.by_question[answer.question_id].append(answer)
        self.used_quotes: set[int] = set()
        self.used_texts: set[str] = set()

    # ---- one figure, suppressed for the view -----------------------------------------------

    def single(self, member: Callable[[RespondentInput], bool] | None = None,
               ids: Iterable[int] | None = None) -> tuple[Cell, dict[str, Cell]]:
        """A stand-alone count of respondents (or of the given respondent ids)."""
        chosen = list(ids) if ids is not None else [r.id for r in self.data.respondents if member is None or member(r)]
        whole = suppress_count(len(chosen), self.threshold)
        if not self.fig.filtered:
            return whole, {c: whole for c in self.fig.columns}
        counts = _count_by_column(("x", self.fig.column(i)) for i in chosen)
        table = self.fig.table(["x"], counts, {"x": whole}, None)
        return self.fig.pick(table, counts)["x"], table["x"]

    def group(self, rows: Sequence[str], items: Iterable[tuple[str, int]], column_totals: Mapping[str, Cell],
              structural: Callable[[Any, str], bool] | None = None,
              whole_total: int | None = None) -> tuple[dict[str, Cell], dict[str, dict[str, Cell]]]:
        """An additive breakdown (rows add up to the column totals): view cells and every column's."""
        pairs = [(row, self.fig.column(rid)) for row, rid in items]
        overall = Counter(row for row, _ in pairs)
        unfiltered = suppress_group({r: overall.get(r, 0) for r in rows}, whole_total, self.threshold)
        if not self.fig.filtered:
            return dict(unfiltered.cells), {r: {c: unfiltered.cells[r] for c in self.fig.columns} for r in rows}
        counts = _count_by_column(pairs)
        table = self.fig.table(rows, counts, unfiltered.cells, column_totals, structural)
        return {str(k): v for k, v in self.fig.pick(table, counts).items()}, {str(k): v for k, v in table.items()}

    # ---- the whole results ---------------------------------------------------------------

    def build(self) -> Results:
        people = self.data.respondents
        respondents, resp_columns = self.single()
        dim = self.fig.split.dimension
        in_view = [r for r in people if r.id in self.selected_ids]

        def same_dim(name: str) -> Callable[[Any, str], bool] | None:
            return (lambda row, column: row != column) if dim == name else None

        def overview(name: str, key: Callable[[RespondentInput], str], order: Sequence[str],
                     labeller: Callable[[str, str], str]) -> LabelledGroup:
            present = {key(r) for r in people}
            rows = [v for v in order if v in present] + sorted(present - set(order))
            if dim == name:
                rows = [v for v in rows if v in self.fig.split.selected]
            cells, _ = self.group(rows, ((key(r), r.id) for r in people if dim != name or key(r) in rows),
                                  resp_columns, same_dim(name))
            return _labelled(rows, cells, respondents, labeller)

        by_channel = overview("channel", lambda r: r.channel, values("channel"), lambda v, lg: label("channel", v, lg))
        by_venue = overview("venue_type", lambda r: r.venue_type or NO_VENUE, values("venue_type"),
                            lambda v, lg: label("venue_type", v, lg))
        by_language = overview("language", lambda r: r.language, values("language"),
                               lambda v, lg: label("language", v, lg))
        by_week = self._weeks(respondents, resp_columns)
        mediated, _ = self.single(lambda r: r.mediated)
        groups, _ = self.single(lambda r: r.group_entry)
        participants = self._participants(respondents)
        wanted = [q for q in sorted(self.data.questions, key=lambda q: q.position)
                  if self.filters.question_id is None or q.id == self.filters.question_id]
        reserved = {aid for aid in self.data.chosen_quotes}
        questions = tuple(self._question(q, reserved) for q in wanted)
        days = [r.submitted_on for r in in_view]
        return Results(self.data.title_en, self.data.title_cy, self.threshold, self.audience,
                       min(days) if days and respondents.value is not None else None,
                       max(days) if days and respondents.value is not None else None,
                       respondents, participants, by_channel, by_venue, by_language, by_week, mediated, groups,
                       questions, self.fig.split.note)

    def _participants(self, respondents: Cell) -> Cell:
        if respondents.value is None:
            return Cell(None, respondents.reason, self.threshold)
        total = sum(r.participants for r in self.data.respondents if r.id in self.selected_ids)
        return Cell(total, None, self.threshold)

    def _weeks(self, respondents: Cell, resp_columns: Mapping[str, Cell]) -> LabelledGroup:
        def monday(day: date) -> date:
            return day - timedelta(days=day.weekday())

        people = self.data.respondents
        rows = sorted({monday(r.submitted_on).isoformat() for r in people})
        dim = self.fig.split.dimension
        structural = None
        if dim == "period":
            def structural(row: Any, column: str) -> bool:
                start = date.fromisoformat(str(row))
                first = date.fromisoformat(column)
                return start + timedelta(days=6) < first or start > month_end(first)

            rows = [w for w in rows if any(not structural(w, m) for m in self.fig.split.selected)]
        cells, _ = self.group(rows, ((monday(r.submitted_on).isoformat(), r.id) for r in people
                                     if monday(r.submitted_on).isoformat() in rows), resp_columns, structural)
        return _labelled(rows, cells, respondents, lambda v, lg: week_label(date.fromisoformat(v), lg))

    def _answered(self, answers: Sequence[AnswerInput]) -> tuple[Cell, dict[str, Cell]]:
        return self.single(ids=[a.response_id for a in answers])

    def _question(self, q: QuestionInput, reserved: set[int]) -> QuestionResult:
        answers = self.by_question.get(q.id, [])
        if q.kind == "free_text":
            answers = [a for a in answers if a.text and a.text.strip()]
            answered, answered_columns = self._answered(answers)
            themes = self._themes(answers, answered, reserved)
            return QuestionResult(q.id, q.position, q.kind, q.text_en, q.text_cy, answered, themes=themes,
                                  narrative=question_narrative(q.kind, answered, None, themes, self.threshold),
                                  demographic=q.demographic)
        options = _options(q)
        known = {o.value for o in options}
        answers = [a for a in answers if a.choice in known]
        answered, answered_columns = self._answered(answers)
        rows = [o.value for o in options]
        band_here = self.filters.band is not None and self.filters.band[0] == q.id
        if band_here:
            rows = [v for v in rows if v in self.fig.split.selected]
            answers = [a for a in answers if a.choice in rows]
        cells, _ = self.group(rows, ((str(a.choice), a.response_id) for a in answers), answered_columns,
                              (lambda row, column: row != column) if band_here else None,
                              whole_total=None if band_here else len(answers))
        group = LabelledGroup(tuple(Labelled(o.value, o.en, o.cy, cells[o.value], percent(cells[o.value], answered))
                                    for o in options if o.value in rows), answered)
        median = self._median(q, answers, group, answered)
        median_label = next((o.en for o in options if o.value == median), None)
        return QuestionResult(q.id, q.position, q.kind, q.text_en, q.text_cy, answered, group, median, median_label,
                              narrative=question_narrative(q.kind, answered, group, (), self.threshold),
                              demographic=q.demographic)

    def _median(self, q: QuestionInput, answers: Sequence[AnswerInput], group: LabelledGroup,
                answered: Cell) -> str | None:
        """The scale's median, only when every count behind it is shown (else it narrows a hidden one)."""
        if q.kind != "scale" or answered.value is None or any(i.cell.value is None for i in group.items):
            return None
        ordered = sorted(int(str(a.choice)) for a in answers if a.response_id in self.selected_ids
                         and str(a.choice).isdigit())
        if not ordered:
            return None
        return str(ordered[(len(ordered) - 1) // 2])  # the lower median: always a value someone chose

    def _themes(self, answers: Sequence[AnswerInput], answered: Cell, reserved: set[int]) -> tuple[ThemeResult, ...]:
        names = {t.id: t for t in self.data.themes}
        members: dict[int, list[AnswerInput]] = defaultdict(list)
        for answer in answers:
            for theme_id in dict.fromkeys(answer.themes):
                if theme_id in names:
                    members[theme_id].append(answer)
        theme_ids = sorted(members, key=lambda t: (-len(members[t]), names[t].name))
        counts = {t: Counter(self.fig.column(a.response_id) for a in members[t]) for t in theme_ids}
        unfiltered = {t: suppress_count(len(members[t]), self.threshold) for t in theme_ids}
        if self.fig.filtered:
            table = self.fig.table(theme_ids, counts, unfiltered, None)
            view = self.fig.pick(table, counts)
        else:
            table = {t: {c: unfiltered[t] for c in self.fig.columns} for t in theme_ids}
            view = dict(unfiltered)
        results = []
        for theme_id in theme_ids:
            theme = names[theme_id]
            cell = view[theme_id]
            tones = self._tones(members[theme_id], table[theme_id], cell)
            in_view = [a for a in members[theme_id] if a.response_id in self.selected_ids]
            quotes = self._quotes(theme_id, in_view, reserved) if cell.value is not None else ()
            results.append(ThemeResult(theme_id, theme.name, theme.name_cy, cell, percent(cell, answered), tones,
                                       quotes, theme.response_en, theme.response_cy))
        shown = sorted(results, key=lambda t: (t.count.value is None, -(t.count.value or 0), t.name))
        return tuple(shown)

    def _tones(self, members: Sequence[AnswerInput], theme_columns: Mapping[str, Cell], cell: Cell) -> LabelledGroup:
        def tone(a: AnswerInput) -> str:
            return a.sentiment if a.sentiment in SENTIMENTS else UNSCORED

        rows = list(SENTIMENTS) + ([UNSCORED] if any(tone(a) == UNSCORED for a in members) else [])
        if cell.value is None and not self.fig.filtered:
            cells = {t: Cell(None, cell.reason, self.threshold) for t in rows}
        else:
            cells, _ = self.group(rows, ((tone(a), a.response_id) for a in members), theme_columns)
            if cell.value is None:
                cells = {t: Cell(None, cell.reason or SECONDARY, self.threshold) for t in rows}
        return LabelledGroup(tuple(Labelled(t, _tone_label(t, "en"), _tone_label(t, "cy"), cells[t],
                                            percent(cells[t], cell)) for t in rows), cell)

    def _quotes(self, theme_id: int, in_view: Sequence[AnswerInput], reserved: set[int]) -> tuple[Quote, ...]:
        """Reviewers' picks for this theme first, then automatic ones; each answer quoted once at most."""
        chosen = [a for a in in_view if self.data.chosen_quotes.get(a.id) == theme_id and a.id not in self.used_quotes]
        picked = [Quote(a.id, str(a.text), True, a.sentiment) for a in chosen]
        pool = [a for a in in_view if a.id not in reserved and a.id not in self.used_quotes
                and _norm(str(a.text)) not in self.used_texts][:_QUOTE_POOL]
        if len(picked) < _QUOTES and pool:
            texts = representative([str(a.text) for a in pool], [a.sentiment for a in pool], _QUOTES - len(picked))
            by_text = {str(a.text): a for a in reversed(pool)}
            picked += [Quote(by_text[t].id, t, False, by_text[t].sentiment) for t in texts]
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
        return "Nheb ei sgorio eto" if language == "cy" else "Not scored yet"
    return label("sentiment", tone, language)


def _options(q: QuestionInput) -> tuple[Option, ...]:
    if q.options:
        return q.options
    if q.kind == "yes_no":
        return tuple(Option(v, label("yes_no", v), label("yes_no", v, "cy")) for v in YES_NO)
    return tuple(Option(v, scale_label(v), scale_label(v, "cy")) for v in SCALE)


def _option_label(q: QuestionInput, value: str, language: str) -> str:
    option = next((o for o in _options(q) if o.value == value), None)
    if option is None:
        return value
    return option.cy if language == "cy" and option.cy else option.en


def _labelled(rows: Sequence[str], cells: Mapping[str, Cell], total: Cell,
              labeller: Callable[[str, str], str]) -> LabelledGroup:
    return LabelledGroup(tuple(Labelled(r, labeller(r, "en"), labeller(r, "cy"), cells[r], percent(cells[r], total))
                               for r in rows), total)


def build_results(data: ResultsInput, filters: Filters, threshold: int, audience: str) -> Results:
    """The results of ``data`` for ``filters``: raises ``FilterRefused`` for a filter that can't be safe."""
    return _Builder(data, filters, threshold, audience).build()


__all__ = ["build_results", "month_start"]
