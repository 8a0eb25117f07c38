"""The facilitator's blueprint and who may use it, declared once.

Facilitators, PCC staff and admins. What each sees is scoped by the services (a facilitator only
their organisation's venues). Pages are English only and never cached: they show what people wrote.
"""

from __future__ import annotations

from flask import Blueprint

from consult.models import Role
from consult.web.access import never_cache, require_role
from consult.web.language import english_only

bp = english_only(Blueprint("facilitator", __name__, url_prefix="/facilitator"))
bp.before_request(require_role(Role.FACILITATOR, Role.STAFF, Role.ADMIN))
bp.after_request(never_cache)
