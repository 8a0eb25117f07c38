"""GET /: what consult is and where staff sign in. No kiosk or consultation details."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue

bp = Blueprint("public", __name__)


@bp.get("/")
def home() -> ResponseReturnValue:
    return render_template("public/home.html")
