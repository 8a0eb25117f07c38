"""How ``consult serve`` logs requests: the path only, never the query string.

A Twilio number misconfigured to use GET sends From and Body in the query string; a
server's access log would write them down before the app could refuse the request. The
request line is logged without its query on every path, and a malformed request line is
logged by its method alone.
"""

from __future__ import annotations

import logging
from typing import Any

from werkzeug.serving import WSGIRequestHandler

log = logging.getLogger("consult.access")


def path_only(target: str) -> str:
    """A request target without its query string or fragment."""
    return target.split("?", 1)[0].split("#", 1)[0]


class RequestHandler(WSGIRequestHandler):
    """werkzeug's request handler with an access log that never carries a query string."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = path_only(getattr(self, "path", "") or "")
        method = getattr(self, "command", "") or "-"
        log.info('"%s %s" %s %s', method, path, code, size)

    def log_error(self, format: str, *args: Any) -> None:
        # The stdlib logs a bad request line here (e.g. "Bad request syntax ('GET /sms?...')").
        log.warning("request refused: %s", getattr(self, "command", None) or "malformed request line")

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s", path_only(format % args) if args else format)
