"""GET /results/<slug>: a published consultation's "you said, we did" page. No login; bilingual."""

from __future__ import annotations

from flask import abort, render_template
from flask.typing import ResponseReturnValue

from consult.pipeline.anonymise.placeholders import display
from consult.services import you_said
from consult.services.public_results import public_results
from consult.web.public.charts import chart
from consult.web.public.views import bp


@bp.get("/results/<slug>")
def results(slug: str) -> ResponseReturnValue:
    consultation = you_said.published(slug)
    if consultation is None:  # a draft, open or closed consultation has no public page yet
        abort(404)
    return render_template("public/results.html", consultation=consultation, results=public_results(consultation),
                           display_quote=display, chart=chart)
