"""Check Twilio's X-Twilio-Signature against the public URL we configured.

Twilio signs the URL it called. Behind a proxy the app sees another host or scheme, so
we rebuild the URL from ``PUBLIC_BASE_URL`` plus the request's path and query, never
from forwarded headers (a spoofed X-Forwarded-Host would otherwise choose the URL that
gets checked). Fails closed: no token, no base URL or no header means 403.
"""

from __future__ import annotations

import logging

from flask import Request, current_app
from twilio.request_validator import RequestValidator, compare

log = logging.getLogger(__name__)
HEADER = "X-Twilio-Signature"


def public_url(request: Request, base_url: str) -> str:
    """The URL Twilio called: the configured base, then the path and query as received."""
    url = base_url.rstrip("/") + request.script_root + request.path
    query = request.query_string.decode("latin-1")
    return f"{url}?{query}" if query else url


def is_signed(request: Request) -> bool:
    """True only for a request carrying a valid signature for our public URL and form."""
    token = str(current_app.config.get("TWILIO_AUTH_TOKEN") or "")
    base_url = str(current_app.config.get("PUBLIC_BASE_URL") or "")
    signature = request.headers.get(HEADER, "")
    if not token or not base_url or not signature:
        log.warning("sms signature missing or not configured", extra={"path": request.path})
        return False
    validator, url = RequestValidator(token), public_url(request, base_url)
    # Twilio signs the URL as configured, so check that first: the validator's own check also
    # tries it with the port added and removed, at twice the cost, and is only needed if it fails.
    valid = compare(validator.compute_signature(url, request.form), signature) or validator.validate(
        url, request.form, signature
    )
    if not valid:
        log.warning("sms signature rejected", extra={"path": request.path})
    return bool(valid)
