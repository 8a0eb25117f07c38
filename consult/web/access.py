"""Who may open a blueprint, declared once with ``bp.before_request(require_role(...))``.

A stand-in until sign-in lands: the auth branch's version replaces this file at merge.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import abort, current_app
from flask.typing import ResponseReturnValue
from flask_login import current_user

from consult.models import Role


def require_role(*roles: Role) -> Callable[[], ResponseReturnValue | None]:
    """Anonymous people go to sign-in (401 while there is none); other roles get 403."""

    def check() -> ResponseReturnValue | None:
        if not current_user.is_authenticated:
            return current_app.login_manager.unauthorized()  # type: ignore[attr-defined,no-any-return]
        if current_user.role not in roles:
            abort(403)
        return None

    return check
