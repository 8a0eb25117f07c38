"""Accessible inline SVG bar charts, drawn on the server from shown counts only.

Each chart has role="img", a <title> and a <desc> listing every bar's value in words, and every
text is escaped. A hidden (suppressed) count is drawn as no bar, with its reason written where the
bar would be; the table beside the chart carries the same numbers and reasons.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from consult.pipeline.summary.labels import cell_text
from consult.pipeline.summary.results import LabelledGroup

_BAR_HEIGHT = 28
_GAP = 10
_LABEL_WIDTH = 260
_BAR_WIDTH = 360
_WIDTH = _LABEL_WIDTH + _BAR_WIDTH + 140
_COLOUR = "#1d70b8"


def bar_chart(title: str, bars: Sequence[tuple[str, int | None, str]], *, chart_id: str = "chart") -> str:
    """A horizontal bar chart: ``bars`` are (label, value or None when hidden, text shown)."""
    largest = max((value for _, value, _ in bars if value is not None), default=0) or 1
    height = max(1, len(bars)) * (_BAR_HEIGHT + _GAP) + _GAP
    words = "; ".join(f"{name}: {shown}" for name, _, shown in bars) or "No answers yet."
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="consult-chart" role="img" '
        f'aria-labelledby="{escape(title_id)} {escape(desc_id)}" viewBox="0 0 {_WIDTH} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" focusable="false" font-family="arial, sans-serif">',
        f'<title id="{escape(title_id)}">{escape(title)}</title>',
        f'<desc id="{escape(desc_id)}">{escape(words)}</desc>',
    ]
    for i, (name, value, shown) in enumerate(bars):
        y = _GAP + i * (_BAR_HEIGHT + _GAP)
        middle = y + _BAR_HEIGHT / 2 + 5
        parts.append(f'<text x="{_LABEL_WIDTH - 8}" y="{middle:g}" text-anchor="end" font-size="15" '
                     f'fill="#0b0c0c">{escape(_clip(name))}</text>')
        if value is None:
            parts.append(f'<text x="{_LABEL_WIDTH + 4}" y="{middle:g}" font-size="14" font-style="italic" '
                         f'fill="#484949">{escape(shown)}</text>')
            continue
        width = round(_BAR_WIDTH * value / largest, 1)
        parts.append(f'<rect x="{_LABEL_WIDTH}" y="{y}" width="{width:g}" height="{_BAR_HEIGHT}" fill="{_COLOUR}"/>')
        parts.append(f'<text x="{_LABEL_WIDTH + width + 6:g}" y="{middle:g}" font-size="15" '
                     f'fill="#0b0c0c">{escape(shown)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def group_chart(title: str, group: LabelledGroup, *, language: str = "en", chart_id: str = "chart",
                with_percent: bool = True) -> str:
    """A bar per labelled cell: its count (and % when known), or why it is hidden."""
    bars = []
    for item in group.items:
        name = item.label_cy if language == "cy" and item.label_cy else item.label_en
        shown = cell_text(item.cell, language)
        if item.cell.value is not None and with_percent and item.percent is not None:
            shown = f"{shown} ({item.percent:g}%)"
        bars.append((name, item.cell.value, shown))
    return bar_chart(title, bars, chart_id=chart_id)


def _clip(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
