"""A plain paragraph per question, in English or Welsh, written only from the figures that are shown.

What to say is decided once (``question_narrative``); how to say it is a small phrasebook per
language. The Welsh is phrased to avoid mutating a label or a number (a digit after "gan" or
"o bobl" never changes; a tone word is put first, "negyddol oedd...", where it keeps its form).
"""

from __future__ import annotations

from collections.abc import Sequence

from consult.pipeline.summary.results import Labelled, LabelledGroup, ThemeResult
from consult.pipeline.summary.suppression import PRIMARY, Cell

_NARRATED = 5
_MOSTLY = 0.5


def _share(percent: float | None) -> str:
    return f" ({percent:g}%)" if percent is not None else ""


class _English:
    language = "en"

    def too_few(self, threshold: int) -> str:
        return f"Fewer than {threshold} people answered this question, so no figures are shown."

    def answered_hidden(self) -> str:
        return "The number who answered is not shown, so a smaller number can't be worked out."

    def answered(self, n: int) -> str:
        return f"{'1 person' if n == 1 else f'{n} people'} answered this question."

    def top_option(self, option: str, n: int, percent: float | None) -> str:
        return f"The most common answer was \u201c{option}\u201d, chosen by {n}{_share(percent)}."

    def hidden_options(self, hidden: int) -> str:
        return f"{hidden} answer{'s are' if hidden > 1 else ' is'} not shown because of small numbers."

    def theme(self, name: str, n: int, of: int | None, percent: float | None, tone: str | None) -> str:
        who = f"by {n} of {of} people" if of is not None else f"by {n}"
        return f"{name} was raised {who}{_share(percent)}{self._tone(tone)}."

    def _tone(self, tone: str | None) -> str:
        if tone is None:
            return ""
        return f", mostly {tone}" if tone else ", with no single tone"

    def hidden_themes(self, hidden: int) -> str:
        who = "One other theme was" if hidden == 1 else f"{hidden} other themes were each"
        return f"{who} raised by too few people to show."

    def no_themes(self) -> str:
        return "No themes have been coded for these answers yet."


class _Welsh:
    language = "cy"

    def too_few(self, threshold: int) -> str:
        return f"Atebodd llai na {threshold} o bobl y cwestiwn hwn, felly ni ddangosir unrhyw ffigurau."

    def answered_hidden(self) -> str:
        return "Ni ddangosir nifer y bobl a atebodd, fel na ellir cyfrifo nifer llai."

    def answered(self, n: int) -> str:
        return f"Atebodd {'1 person' if n == 1 else f'{n} o bobl'} y cwestiwn hwn."

    def top_option(self, option: str, n: int, percent: float | None) -> str:
        return f"Yr ateb mwyaf cyffredin oedd \u201c{option}\u201d, a ddewiswyd gan {n} o bobl{_share(percent)}."

    def hidden_options(self, hidden: int) -> str:
        which = "un o\u2019r atebion" if hidden == 1 else f"{hidden} o\u2019r atebion"
        return f"Ni ddangosir {which} oherwydd niferoedd bach."

    def theme(self, name: str, n: int, of: int | None, percent: float | None, tone: str | None) -> str:
        who = f"gan {n} o bobl allan o {of}" if of is not None else f"gan {n} o bobl"
        return f"Codwyd y thema \u201c{name}\u201d {who}{_share(percent)}{self._tone(tone)}."

    def _tone(self, tone: str | None) -> str:
        if tone is None:
            return ""
        return f"; {tone} oedd y rhan fwyaf o\u2019r atebion" if tone else "; nid oedd un teimlad yn y mwyafrif"

    def hidden_themes(self, hidden: int) -> str:
        if hidden == 1:
            return "Ni ddangosir un thema arall, am fod y nifer a\u2019i codwyd yn rhy fach."
        return f"Ni ddangosir {hidden} thema arall, am fod y nifer a gododd bob un yn rhy fach."

    def no_themes(self) -> str:
        return "Nid oes themâu wedi\u2019u codio ar gyfer yr atebion hyn eto."


_WORDS: dict[str, _English | _Welsh] = {"en": _English(), "cy": _Welsh()}


def _label(item: Labelled, language: str) -> str:
    return item.label_cy if language == "cy" and item.label_cy else item.label_en


def _tone(tones: LabelledGroup, language: str) -> str | None:
    """The tone most answers share, lower case; "" when none has a majority; None when unknown."""
    total = tones.total.value
    if total is None:
        return None
    for item in tones.items:
        if item.cell.value is not None and item.cell.value > _MOSTLY * total:
            return _label(item, language).lower()
    return ""


def question_narrative(kind: str, answered: Cell, options: LabelledGroup | None, themes: Sequence[ThemeResult],
                       threshold: int, language: str = "en") -> str:
    """The paragraph for one question in ``language`` ("en" or "cy"), from shown figures only."""
    words = _WORDS["cy" if language == "cy" else "en"]
    if answered.value is None:
        return words.too_few(threshold) if answered.reason == PRIMARY else words.answered_hidden()
    sentences = [words.answered(answered.value)]
    if options is not None:
        shown = sorted((i for i in options.items if i.cell.value is not None), key=lambda i: -(i.cell.value or 0))
        if shown:
            top = shown[0]
            sentences.append(words.top_option(_label(top, words.language), top.cell.value or 0, top.percent))
        hidden = sum(1 for i in options.items if i.cell.value is None)
        if hidden:
            sentences.append(words.hidden_options(hidden))
        return " ".join(sentences)
    shown_themes = [t for t in themes if t.count.value is not None]
    for i, theme in enumerate(shown_themes[:_NARRATED]):
        name = theme.name_cy if words.language == "cy" and theme.name_cy else theme.name
        sentences.append(words.theme(name, theme.count.value or 0, answered.value if i == 0 else None, theme.percent,
                                     _tone(theme.sentiment, words.language)))
    hidden = len(themes) - len(shown_themes)
    if hidden:
        sentences.append(words.hidden_themes(hidden))
    if not themes:
        sentences.append(words.no_themes())
    return " ".join(sentences)
