"""Charts on the public pages, in the page's language: the shared SVG drawer, hidden counts worded by
``labels.cell_text`` (the same words as the tables beside them)."""

from __future__ import annotations

from markupsafe import Markup

from consult.pipeline.summary.charts import bar_chart
from consult.pipeline.summary.labels import cell_text
from consult.pipeline.summary.results import LabelledGroup


def chart(title: str, group: LabelledGroup, language: str, chart_id: str) -> Markup:
    """An accessible bar chart of ``group`` (the same numbers are in the table beside it)."""
    bars = [(item.label_cy if language == "cy" and item.label_cy else item.label_en, item.cell.value,
             cell_text(item.cell, language)) for item in group.items]
    return Markup(bar_chart(title, bars, chart_id=chart_id))  # bar_chart escapes every text it draws
