"""GET /healthz: 200 once the database answers, for load balancers and uptime checks."""

from __future__ import annotations

from flask import Blueprint, jsonify
from flask.typing import ResponseReturnValue

from consult.services.health import database_is_reachable

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    if database_is_reachable():
        return jsonify(status="ok")
    return jsonify(status="unavailable", detail="database unreachable"), 503
