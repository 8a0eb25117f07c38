"""The admin blueprint and its home page. Every admin page is for the admin role only."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template
from flask.typing import ResponseReturnValue

from consult.models import Role
from consult.web.access import never_cache, require_role
from consult.web.language import english_only

bp = english_only(Blueprint("admin", __name__, url_prefix="/admin"))
bp.before_request(require_role(Role.ADMIN))
bp.after_request(never_cache)


@bp.get("/")
def index() -> ResponseReturnValue:
    return render_template("admin/index.html", admin_endpoints=set(current_app.view_functions))
