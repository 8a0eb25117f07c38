"""Charts on the public pages, in the page's language: the shared SVG drawer with Welsh reasons."""

from __future__ import annotations

from flask_babel import gettext as _
from markupsafe import Markup

from consult.pipeline.summary.charts import bar_chart
from consult.pipeline.summary.results import LabelledGroup
from consult.pipeline.summary.suppression import PRIMARY, Cell


def shown(cell: Cell) -> str:
    """A count as the page shows it: the number, or why it is hidden, translated."""
    if cell.value is not None:
        return f"{cell.value:,}"
    if cell.reason == PRIMARY:
        return _("fewer than %(number)s", number=cell.threshold)
    return _("not shown")


def chart(title: str, group: LabelledGroup, language: str, chart_id: str) -> Markup:
    """An accessible bar chart of ``group`` (the same numbers are in the table beside it)."""
    bars = [(item.label_cy if language == "cy" and item.label_cy else item.label_en, item.cell.value,
             shown(item.cell)) for item in group.items]
    return Markup(bar_chart(title, bars, chart_id=chart_id))  # bar_chart escapes every text it draws
