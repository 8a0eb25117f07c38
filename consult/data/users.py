"""User queries."""

from __future__ import annotations

from sqlalchemy import select

from consult.extensions import db
from consult.models import Role, User


def get_user(user_id: int) -> User | None:
    return db.session.get(User, user_id)


def get_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == email))


def get_user_by_setup_token_hash(token_hash: str) -> User | None:
    return db.session.scalar(select(User).where(User.setup_token_hash == token_hash))


def list_users() -> list[User]:
    return list(db.session.scalars(select(User).order_by(User.active.desc(), User.name, User.id)))


def create_user(email: str, name: str, password_hash: str, role: Role, organisation_id: int) -> User:
    user = User(email=email, name=name, password_hash=password_hash, role=role, organisation_id=organisation_id)
    db.session.add(user)
    db.session.flush()
    return user
