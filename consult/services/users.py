"""Staff accounts: creation, password checks and loading for Flask-Login."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from consult.data import organisations as organisation_data
from consult.data import users as user_data
from consult.extensions import db
from consult.models import Role, User

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


class UserError(ValueError):
    """The account can't be created as asked; the message says why."""


def create_user_in(organisation_name: str, *, email: str, name: str, password: str, role: Role) -> User:
    """Create an account in a named organisation, refusing duplicates and weak passwords."""
    organisation = organisation_data.get_organisation_by_name(organisation_name)
    if organisation is None:
        raise UserError(f"No organisation called {organisation_name!r}")
    if user_data.get_user_by_email(email.strip().lower()) is not None:
        raise UserError(f"An account for {email} already exists")
    if len(password) < 12:
        raise UserError("Passwords must be at least 12 characters")
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
    user = user_data.get_user_by_email(email.strip().lower())
    if user is None or not user.active:
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return user


def load_user(user_id: str) -> User | None:
    return user_data.get_user(int(user_id)) if user_id.isdigit() else None
