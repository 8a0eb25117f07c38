"""A person's own account: changing the password, and the one-time set-up link of a new account."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from flask import current_app

from consult.data import users as user_data
from consult.extensions import db
from consult.models import User
from consult.services import audit
from consult.services.passwords import password_problem
from consult.services.users import end_sessions, hash_password, password_matches


class AccountError(ValueError):
    """The change can't be made; the message says why, for the person (and names the field)."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def change_password(user_id: int, current: str, new: str) -> User:
    """Check the current password and the new one's strength; end other sessions."""
    user = user_data.get_user(user_id)
    if user is None:
        raise AccountError("Your account no longer exists", "current_password")
    if not password_matches(user, current):
        raise AccountError("Your current password is wrong", "current_password")
    if new == current:
        raise AccountError("Your new password must be different from your current one", "password")
    problem = password_problem(new, email=user.email, name=user.name)
    if problem:
        raise AccountError(problem, "password")
    user.password_hash = hash_password(new)
    user.must_change_password = False
    end_sessions(user)
    audit.record(audit.PASSWORD_CHANGED, user_id=user.id, object_type="user", object_id=user.id)
    db.session.commit()
    return user


def issue_setup_link(user: User) -> str:
    """A new one-time token for ``user`` (shown once; only its hash is kept). The caller commits."""
    token = secrets.token_urlsafe(32)
    user.setup_token_hash = _token_hash(token)
    user.setup_expires_at = datetime.now(UTC) + timedelta(hours=int(current_app.config["SETUP_LINK_HOURS"]))
    return token


def user_for_setup_link(token: str) -> User | None:
    """The account a set-up link belongs to, while the link is unused and in date."""
    if not token or len(token) > 100:
        return None
    user = user_data.get_user_by_setup_token_hash(_token_hash(token))
    if user is None or user.setup_expires_at is None or not user.active:
        return None
    expires = user.setup_expires_at if user.setup_expires_at.tzinfo else user.setup_expires_at.replace(tzinfo=UTC)
    return user if expires > datetime.now(UTC) else None


def complete_setup(token: str, password: str) -> User:
    """Set the first password through the link; the link then stops working."""
    user = user_for_setup_link(token)
    if user is None:
        raise AccountError("This set-up link has expired or has already been used", "password")
    problem = password_problem(password, email=user.email, name=user.name)
    if problem:
        raise AccountError(problem, "password")
    user.password_hash = hash_password(password)
    user.setup_token_hash = None
    user.setup_expires_at = None
    user.must_change_password = False
    user.failed_sign_ins = 0
    user.locked_until = None
    end_sessions(user)
    audit.record(audit.ACCOUNT_SET_UP, user_id=user.id, object_type="user", object_id=user.id)
    db.session.commit()
    return user
