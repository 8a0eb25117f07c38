"""GET /: what consult is, where staff sign in, and the published "you said, we did" pages."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue

from consult.services import you_said

bp = Blueprint("public", __name__)


@bp.get("/")
def home() -> ResponseReturnValue:
    return render_template("public/home.html", published=you_said.list_published())


# Routes in their own modules, on this blueprint ("you said, we did" and the forum check).
from consult.web.public import forum_views, results_views  # noqa: E402, F401
