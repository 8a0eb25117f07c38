"""Signing in: the password step, the lockout after repeated failures, and finishing a sign-in.

Each account counts its failures in a row (wrong passwords and wrong two-factor codes alike);
at ``SIGN_IN_MAX_FAILURES`` it is locked for ``SIGN_IN_LOCKOUT_MINUTES``. Every attempt, failure
and lockout is audited. The per-address limit is Flask-Limiter's, on the sign-in view.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flask import current_app

from consult.data import users as user_data
from consult.extensions import db
from consult.models import Role, User
from consult.services import audit
from consult.services.users import end_sessions, password_matches


class Outcome(enum.Enum):
    SIGNED_IN = "signed_in"  # no second factor: the session can start
    SECOND_FACTOR = "second_factor"  # the password was right; ask for the authenticator code
    WRONG = "wrong"  # unknown email, wrong password or deactivated account: one message for all
    LOCKED = "locked"


@dataclass(frozen=True)
class Attempt:
    outcome: Outcome
    user_id: int | None = None


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def is_locked(user: User, now: datetime | None = None) -> bool:
    return user.locked_until is not None and _aware(user.locked_until) > (now or _now())


def two_factor_required(user: User) -> bool:
    """Admin and staff must set up two-factor sign-in where the configuration says so."""
    return bool(current_app.config["TWO_FACTOR_REQUIRED"]) and user.role in (Role.ADMIN, Role.STAFF)


def check_password(email: str, password: str) -> Attempt:
    """The first step of signing in; commits the counters and the audit events."""
    user = user_data.get_user_by_email(email.strip().lower())
    if user is not None and is_locked(user):
        audit.record(audit.SIGN_IN_FAILED, user_id=user.id, object_type="user", object_id=user.id, reason="locked")
        db.session.commit()
        return Attempt(Outcome.LOCKED, user.id)
    if not password_matches(user, password) or user is None or not user.active:
        return _failed(user, "password" if user is not None and user.active else "account")
    db.session.commit()  # a rehashed password
    return Attempt(Outcome.SECOND_FACTOR if user.two_factor_enabled else Outcome.SIGNED_IN, user.id)


def record_failure(user_id: int, reason: str) -> Attempt:
    """A wrong second-factor code counts towards the lockout like a wrong password."""
    return _failed(user_data.get_user(user_id), reason)


def _failed(user: User | None, reason: str) -> Attempt:
    if user is None or not user.active:
        audit.record(audit.SIGN_IN_FAILED, user_id=user.id if user else None, reason=reason)
        db.session.commit()
        return Attempt(Outcome.WRONG)
    user.failed_sign_ins += 1
    audit.record(audit.SIGN_IN_FAILED, user_id=user.id, object_type="user", object_id=user.id, reason=reason,
                 failures=user.failed_sign_ins)
    locked = user.failed_sign_ins >= int(current_app.config["SIGN_IN_MAX_FAILURES"])
    if locked:
        minutes = int(current_app.config["SIGN_IN_LOCKOUT_MINUTES"])
        user.locked_until = _now() + timedelta(minutes=minutes)
        user.failed_sign_ins = 0
        audit.record(audit.LOCKED_OUT, user_id=user.id, object_type="user", object_id=user.id, minutes=minutes)
    db.session.commit()
    return Attempt(Outcome.LOCKED if locked else Outcome.WRONG, user.id)


def finish_sign_in(user_id: int, method: str = "password") -> User | None:
    """The person proved who they are: clear the counters, note the time, audit it."""
    user = user_data.get_user(user_id)
    if user is None or not user.active or is_locked(user):
        return None
    user.failed_sign_ins = 0
    user.locked_until = None
    user.last_sign_in_at = _now()
    audit.record(audit.SIGN_IN, user_id=user.id, object_type="user", object_id=user.id, method=method)
    db.session.commit()
    return user


def sign_out(user_id: int) -> None:
    """End every session of the account (the nonce in its Flask-Login id changes), so a copy of
    the cookie is useless after signing out."""
    user = user_data.get_user(user_id)
    if user is None:
        return
    end_sessions(user)
    audit.record(audit.SIGN_OUT, user_id=user.id, object_type="user", object_id=user.id)
    db.session.commit()


def timed_out(user_id: int) -> None:
    """An idle session ended (only that browser's: its cookie is cleared)."""
    audit.record_now(audit.TIMED_OUT, user_id=user_id, object_type="user", object_id=user_id)
