"""What the kiosk keeps in the person's session, and wiping it.

The session holds only a random journey token, the language, the Easy Read choice and when
the person last did something. Wiping it (exit, timeout, finish) also deletes the draft.
"""

from __future__ import annotations

import time

from flask import current_app, session

from consult.services import kiosk as kiosk_service

JOURNEY = "kiosk_journey"
LAST_SEEN = "kiosk_last_seen"
EASY_READ = "easy_read"
SUPPORT = "kiosk_show_support"
SUBMITTED = "kiosk_submitted"

# Without JavaScript nobody sees the warning, so the server keeps a longer safety net.
SERVER_GRACE_SECONDS = 600


def journey_token() -> str | None:
    token = session.get(JOURNEY)
    return token if isinstance(token, str) else None


def _keep_choices() -> dict[str, object]:
    """The person's own choices of language and wording, kept across a page's session reset."""
    return {key: session[key] for key in ("lang", EASY_READ) if key in session}


def begin(token: str) -> None:
    kept = _keep_choices()
    session.clear()
    session.update(kept)
    session[JOURNEY] = token
    touch()


def touch() -> None:
    session[LAST_SEEN] = int(time.time())


def is_stale() -> bool:
    seen = session.get(LAST_SEEN)
    if not isinstance(seen, int):
        return False
    config = current_app.config
    limit = config["KIOSK_IDLE_SECONDS"] + config["KIOSK_WARNING_SECONDS"] + SERVER_GRACE_SECONDS
    return time.time() - seen > limit


def wipe() -> None:
    """Forget the person completely: their draft, language and every session value."""
    kiosk_service.discard(journey_token())
    session.clear()


def discard_current() -> None:
    """Drop any unfinished journey before a new one starts on this tablet."""
    kiosk_service.discard(journey_token())
    session.pop(JOURNEY, None)


def finish() -> None:
    """After a submit: forget the answers, keep the language for the thank-you page."""
    kept = _keep_choices()
    session.clear()
    session.update(kept)
    session[SUBMITTED] = True
