"""A real app on loopback for the browser: its own SQLite file, the demo data, a thread."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import func, select
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from consult.extensions import db
from consult.models import KioskDraft, Response
from tests.conftest import make_app

DEMO_VENUE = "Riverside Women's Centre"
DEMO_SLUG = "your-voice-2027"


class QuietHandler(WSGIRequestHandler):
    """Keep the request log out of the test output."""

    def log_request(self, *args: Any, **kwargs: Any) -> None:
        return None


@dataclass
class LiveServer:
    """The app served by werkzeug on 127.0.0.1 at a free port, with the demo seeded."""

    app: Flask
    server: BaseWSGIServer
    thread: threading.Thread = field(repr=False)

    @property
    def enrol_path(self) -> str:
        """A fresh set-up link each time: a link sets one tablet up, once."""
        from consult.services.kiosk_enrolment import enrolment_token

        with self.app.app_context():
            return f"/kiosk/enrol/{enrolment_token(DEMO_VENUE, DEMO_SLUG)}"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join(timeout=5)
        self.server.server_close()
        with self.app.app_context():
            db.session.remove()
            db.engine.dispose()

    def draft_count(self) -> int:
        """Kiosk drafts still held on the server (a finished or wiped journey leaves none)."""
        with self.app.app_context():
            return int(db.session.scalar(select(func.count()).select_from(KioskDraft)) or 0)

    def response_count(self) -> int:
        with self.app.app_context():
            return int(db.session.scalar(select(func.count()).select_from(Response)) or 0)

    def clear_drafts(self) -> None:
        with self.app.app_context():
            db.session.execute(KioskDraft.__table__.delete())
            db.session.commit()


def start_live_server(folder: Path, **overrides: object) -> LiveServer:
    """Create a fresh database in ``folder``, seed the demo and serve it in a daemon thread."""
    from consult.services.demo import seed_demo

    app = make_app(f"sqlite:///{folder / 'browser.sqlite3'}", **overrides)
    with app.app_context():
        seed_demo()
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    return LiveServer(app=app, server=server, thread=thread)
