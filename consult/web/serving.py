"""The development server's request handler: its ``Server`` header names no versions."""

from __future__ import annotations

from werkzeug.serving import WSGIRequestHandler

SERVER_NAME = "consult"


class PlainServerHandler(WSGIRequestHandler):
    """Werkzeug and Python versions in ``Server`` only help someone looking for a known flaw."""

    def version_string(self) -> str:
        return SERVER_NAME
