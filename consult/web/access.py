"""Who may open a blueprint's pages, declared once with ``bp.before_request(require_role(...))``.

Minimal stand-in until the sign-in branch lands (its access module replaces this one):
anonymous people are sent to sign in, a signed-in user without the role gets 403.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import abort, current_app
from flask.typing import ResponseReturnValue
from flask_login import current_user

from consult.models import Role, User


def require_role(*roles: Role) -> Callable[[], ResponseReturnValue | None]:
    def check() -> ResponseReturnValue | None:
        if not current_user.is_authenticated or not current_user.is_active:
            return current_app.login_manager.unauthorized()  # type: ignore[attr-defined, no-any-return]
        if current_user.role not in roles:
            abort(403)
        return None

    return check


def signed_in_user() -> User:
    """The signed-in account (its ``organisation_id`` scopes a facilitator's data)."""
    return current_user._get_current_object()  # type: ignore[no-any-return]
