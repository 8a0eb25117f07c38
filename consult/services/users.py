"""Staff accounts: creation, password hashing and checks, and loading for Flask-Login."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from consult.data import organisations as organisation_data
from consult.data import users as user_data
from consult.extensions import db
from consult.models import Role, User
from consult.services.passwords import password_problem

_hasher = PasswordHasher()
# Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(user: User | None, password: str) -> bool:
    """Check a password in constant-ish time, upgrading the hash if argon2's settings changed."""
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    if user is None:
        return False
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return True


def unusable_password_hash() -> str:
    """A hash no one knows the password for (a new account before its set-up link is used)."""
    return hash_password(secrets.token_urlsafe(32))


def end_sessions(user: User) -> None:
    """Every signed-in session of ``user`` stops working at its next request."""
    user.session_nonce = secrets.token_hex(8)


class UserError(ValueError):
    """The account can't be created as asked; the message says why."""


def create_user_in(organisation_name: str, *, email: str, name: str, password: str, role: Role) -> User:
    """Create an account in a named organisation, refusing duplicates and weak passwords."""
    organisation = organisation_data.get_organisation_by_name(organisation_name)
    if organisation is None:
        raise UserError(f"No organisation called {organisation_name!r}")
    if user_data.get_user_by_email(email.strip().lower()) is not None:
        raise UserError(f"An account for {email} already exists")
    problem = password_problem(password, email=email, name=name)
    if problem:
        raise UserError(problem)
    return create_user(email, name, password, role, organisation.id)


def create_user(email: str, name: str, password: str, role: Role, organisation_id: int) -> User:
    """Create an account; emails are compared in lower case."""
    user = user_data.create_user(
        email=email.strip().lower(),
        name=name,
        password_hash=hash_password(password),
        role=role,
        organisation_id=organisation_id,
    )
    db.session.commit()
    return user


def authenticate(email: str, password: str) -> User | None:
    """The active account with this email and password (no lockout: sign_in.check_password has it)."""
    user = user_data.get_user_by_email(email.strip().lower())
    if not password_matches(user, password) or user is None or not user.active:
        return None
    return user


def load_user(user_id: str) -> User | None:
    """Flask-Login's loader: ``id.nonce``, so ending an account's sessions is one column change."""
    ident, _, nonce = user_id.partition(".")
    if not ident.isdigit() or not nonce:
        return None
    user = user_data.get_user(int(ident))
    if user is None or not user.active or not secrets.compare_digest(user.session_nonce, nonce):
        return None
    return user
