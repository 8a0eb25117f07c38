"""An admin's work on other people's accounts: create (with a one-time set-up link), change role,
deactivate and reactivate, reset the password (forcing a change at next sign-in) or two-factor sign-in.

Every change is audited and ends the person's sessions, so it takes effect at their next request.
An admin cannot change their own role or deactivate themselves (there must always be an admin).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from consult.data import organisations as organisation_data
from consult.data import users as user_data
from consult.extensions import db
from consult.models import Role, User
from consult.services import audit, two_factor
from consult.services.accounts import issue_setup_link
from consult.services.users import end_sessions, hash_password, unusable_password_hash


class AdminUserError(ValueError):
    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class NewAccount:
    user_id: int
    email: str
    setup_token: str  # shown once to the admin, who passes the link on


def list_users() -> list[User]:
    return user_data.list_users()


def get_user(user_id: int) -> User | None:
    return user_data.get_user(user_id)


def create_account(actor_id: int, email: str, name: str, role: Role, organisation_id: int) -> NewAccount:
    email = email.strip().lower()
    if user_data.get_user_by_email(email) is not None:
        raise AdminUserError("An account with this email address already exists", "email")
    if organisation_data.get_organisation(organisation_id) is None:
        raise AdminUserError("Choose an organisation", "organisation")
    user = user_data.create_user(email, " ".join(name.split()), unusable_password_hash(), role, organisation_id)
    token = issue_setup_link(user)
    audit.record(audit.USER_CREATED, user_id=actor_id, object_type="user", object_id=user.id, role=role.value,
                 organisation_id=organisation_id)
    db.session.commit()
    return NewAccount(user.id, user.email, token)


def _other_user(actor_id: int, user_id: int, what: str) -> User:
    user = user_data.get_user(user_id)
    if user is None:
        raise AdminUserError("This account no longer exists")
    if user.id == actor_id:
        raise AdminUserError(f"You cannot {what} your own account: ask another admin")
    return user


def change_role(actor_id: int, user_id: int, role: Role) -> User:
    user = _other_user(actor_id, user_id, "change the role of")
    if user.role is not role:
        audit.record(audit.ROLE_CHANGED, user_id=actor_id, object_type="user", object_id=user.id,
                     old_role=user.role.value, new_role=role.value)
        user.role = role
        end_sessions(user)
        db.session.commit()
    return user


def set_active(actor_id: int, user_id: int, active: bool) -> User:
    user = _other_user(actor_id, user_id, "deactivate")
    if user.active != active:
        user.active = active
        end_sessions(user)
        action = audit.USER_REACTIVATED if active else audit.USER_DEACTIVATED
        audit.record(action, user_id=actor_id, object_type="user", object_id=user.id)
        db.session.commit()
    return user


def reset_password(actor_id: int, user_id: int) -> str:
    """A temporary password (shown once to the admin); the person must change it when they sign in."""
    user = _other_user(actor_id, user_id, "reset the password of")
    temporary = secrets.token_urlsafe(12)
    user.password_hash = hash_password(temporary)
    user.must_change_password = True
    user.failed_sign_ins = 0
    user.locked_until = None
    end_sessions(user)
    audit.record(audit.PASSWORD_RESET, user_id=actor_id, object_type="user", object_id=user.id)
    db.session.commit()
    return temporary


def reset_two_factor(actor_id: int, user_id: int) -> User:
    """Remove the person's authenticator app and recovery codes (they set it up again if required)."""
    user = _other_user(actor_id, user_id, "reset two-factor sign-in for")
    two_factor.clear(user)
    end_sessions(user)
    audit.record(audit.TWO_FACTOR_RESET, user_id=actor_id, object_type="user", object_id=user.id)
    db.session.commit()
    return user
