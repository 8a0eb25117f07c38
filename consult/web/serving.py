"""How ``consult serve`` serves the app: gunicorn workers, and logs without query strings.

``make run`` serves the demo with gunicorn (several sync worker processes), as production
does: the development server's threads in one process queue badly for SQLite's single
write lock under a burst of texts. ``consult serve --dev`` still starts werkzeug's server.

A Twilio number misconfigured to use GET sends From and Body in the query string, and a
server's logs would write them down before the app could refuse the request. Neither
server logs a query string: the access log names the path only, and any other server
log line has its query strings cut out. Neither names its version in ``Server`` (that
only helps someone looking for a known flaw).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

import gunicorn.http.wsgi
from gunicorn.app.base import BaseApplication
from gunicorn.glogging import Logger
from werkzeug.serving import WSGIRequestHandler

SERVER_NAME = "consult"

ACCESS_LOG_FORMAT = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms'  # %(U)s: the path, no query
_QUERY = re.compile(r"\?[^\s'\"]*")


def without_query(text: str) -> str:
    """``text`` with every query string (from ``?`` to the next space or quote) cut out."""
    return _QUERY.sub("", text)


class NoQueryStrings(logging.Filter):
    """Cuts query strings out of every record that passes through."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "?" in message:
            record.msg, record.args = without_query(message), ()
        return True


class GunicornLogger(Logger):
    """gunicorn's logger with query strings cut from its error and access logs."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            log.addFilter(NoQueryStrings())


class GunicornServer(BaseApplication):
    """gunicorn run from ``consult serve``. The app is loaded and warmed up (word lists,
    lexicons) once in the master and shared by the forked workers; no database connection
    is opened before the fork, so each worker's pool is its own."""

    def __init__(self, load_app: Callable[[], Any], options: dict[str, Any]) -> None:
        self._load_app, self._options = load_app, {"preload_app": True, **options}
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._options.items():
            self.cfg.set(key, value)
        gunicorn.http.wsgi.SERVER = SERVER_NAME  # the Server header gunicorn's responses carry

    def load(self) -> Any:
        return self._load_app()


def gunicorn_options(host: str, port: int, workers: int) -> dict[str, Any]:
    return {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "sync",
        "timeout": 30,
        "accesslog": "-",
        "access_log_format": ACCESS_LOG_FORMAT,
        "logger_class": "consult.web.serving.GunicornLogger",
    }


class RequestHandler(WSGIRequestHandler):
    """werkzeug's request handler (``consult serve --dev``); every line it logs (the access log,
    a refused request line) has its query strings cut out."""

    def version_string(self) -> str:
        return SERVER_NAME

    def log(self, type: str, message: str, *args: Any) -> None:
        super().log(type, "%s", without_query(message % args if args else message))
