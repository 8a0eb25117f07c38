"""Friendly error pages: a clear message, never a stack trace, nothing of the person lost silently."""

from __future__ import annotations

import logging

from flask import Flask, render_template, request, session
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from consult.web.kiosk import session as kiosk_session

log = logging.getLogger(__name__)


def _is_kiosk() -> bool:
    return request.path.startswith("/kiosk")


def csrf_failed(_error: CSRFError) -> ResponseReturnValue:
    if _is_kiosk() and session.get(kiosk_session.SUBMITTED):
        return render_template("kiosk/already_submitted.html"), 409
    template = "kiosk/error.html" if _is_kiosk() else "errors/error.html"
    return render_template(template, message_key="expired"), 400


def http_error(error: HTTPException) -> ResponseReturnValue:
    key = {400: "bad_request", 403: "forbidden", 413: "too_large", 404: "not_found", 429: "too_many"}.get(
        error.code or 500, "other")
    template = "kiosk/error.html" if _is_kiosk() else "errors/error.html"
    # The exception's own headers say what HTTP requires, e.g. Allow on a 405; the page is ours.
    headers = [(name, value) for name, value in error.get_headers() if name.lower() != "content-type"]
    return render_template(template, message_key=key), error.code or 500, headers


def server_error(error: Exception) -> ResponseReturnValue:
    log.error("unhandled error on %s: %s", request.endpoint, type(error).__name__)
    template = "kiosk/error.html" if _is_kiosk() else "errors/error.html"
    return render_template(template, message_key="other"), 500


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(CSRFError, csrf_failed)
    app.register_error_handler(HTTPException, http_error)
    if not app.config.get("TESTING"):
        app.register_error_handler(Exception, server_error)
