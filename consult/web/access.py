"""Who may use which pages, declared once per blueprint, and the signed-in session itself.

A blueprint says who it is for with one line::

    bp.before_request(require_role(Role.STAFF, Role.ADMIN))

The guard sends an anonymous person (or one whose session has been idle for
``STAFF_IDLE_SECONDS``) to the sign-in page, someone with another role gets 403, and someone
who must change their password or set up two-factor sign-in is taken there first. Facilitators
see only their own organisation: views pass ``organisation_scope()`` to the services, which
answer None (so the view answers 404) for another organisation's ids.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from flask import abort, current_app, redirect, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_user, logout_user
from werkzeug.wrappers import Response as WerkzeugResponse

from consult.models import Role, User
from consult.services.sign_in import timed_out, two_factor_required

LAST_SEEN = "staff_last_seen"
SESSION_ID = "staff_session"
Guard = Callable[[], ResponseReturnValue | None]


def start_session(user: User) -> None:
    """Rotate the session at sign-in: nothing from before survives but the language choice."""
    language = session.get("lang")
    session.clear()
    if language:
        session["lang"] = language
    login_user(user)
    session[SESSION_ID] = secrets.token_urlsafe(16)
    session[LAST_SEEN] = int(time.time())


def end_session() -> None:
    logout_user()
    language = session.get("lang")
    session.clear()
    if language:
        session["lang"] = language


def safe_next(target: str | None) -> str | None:
    """Only a path on this site is followed after sign-in (never another host)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    return None if parts.scheme or parts.netloc else target


def _sign_in_first() -> ResponseReturnValue:
    target = request.full_path.rstrip("?") if request.method == "GET" else None
    return redirect(url_for("auth.sign_in", next=target))


def _signed_in() -> ResponseReturnValue | None:
    """None when a live session is present (and keep it alive); else where to go instead."""
    if not current_user.is_authenticated:
        return _sign_in_first()
    seen = session.get(LAST_SEEN)
    idle = int(current_app.config["STAFF_IDLE_SECONDS"])
    if not isinstance(seen, int) or time.time() - seen > idle:
        user_id = current_user.id
        end_session()
        timed_out(user_id)
        return redirect(url_for("auth.sign_in", timeout=1))
    session[LAST_SEEN] = int(time.time())
    return None


def pending_step(user: User) -> str | None:
    """The endpoint a person must visit before anything else, if any."""
    if user.must_change_password:
        return "auth.change_password"
    if two_factor_required(user) and not user.two_factor_enabled:
        return "auth.two_factor_setup"
    return None


def require_signed_in(open_endpoints: frozenset[str] = frozenset()) -> Guard:
    """Any signed-in person, no forced steps (for the pages that carry those steps out);
    ``open_endpoints`` (sign-in itself) need nobody signed in."""

    def guard() -> ResponseReturnValue | None:
        return None if request.endpoint in open_endpoints else _signed_in()

    return guard


def never_cache(response: WerkzeugResponse) -> WerkzeugResponse:
    """Staff pages may show one-time links, passwords and codes: keep them out of every cache."""
    response.headers["Cache-Control"] = "no-store, max-age=0"
    return response


def require_role(*roles: Role) -> Guard:
    """A ``before_request`` guard admitting only these roles."""
    allowed = frozenset(roles)

    def guard() -> ResponseReturnValue | None:
        elsewhere = _signed_in()
        if elsewhere is not None:
            return elsewhere
        step = pending_step(current_user)
        if step is not None:
            return redirect(url_for(step))
        if current_user.role not in allowed:
            abort(403)
        return None

    return guard


def current_organisation_id() -> int | None:
    """The signed-in person's own organisation (None when nobody is signed in)."""
    return int(current_user.organisation_id) if current_user.is_authenticated else None


def organisation_scope() -> int | None:
    """The organisation a facilitator is confined to; None for staff and admin (they see all)."""
    if current_user.is_authenticated and current_user.role is Role.FACILITATOR:
        return int(current_user.organisation_id)
    return None


def home_endpoint(user: User) -> str:
    """Where a person lands after signing in."""
    wanted = {Role.ADMIN: "admin.index", Role.STAFF: "staff.index", Role.FACILITATOR: "facilitator.home"}[user.role]
    return wanted if wanted in current_app.view_functions else "auth.account"


def signed_in_user() -> User:
    """The signed-in account (its ``organisation_id`` scopes a facilitator's data)."""
    return current_user._get_current_object()  # type: ignore[no-any-return]
