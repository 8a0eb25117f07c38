"""Two-factor sign-in with an authenticator app (TOTP, RFC 6238) and one-time recovery codes.

The secret is made at set-up and kept only in the person's session until they prove their app
works by typing a code; then it is stored encrypted (Fernet, with the at-rest key
``CONTACT_ENCRYPTION_KEY``), so a copy of the database alone cannot make codes. A code is
accepted once (the time step is kept).
Recovery codes are shown once and only their SHA-256 is kept (they are long random strings, so
a fast hash is enough); each works once. Secrets and codes are never logged or audited.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass

import pyotp
import segno
from cryptography.fernet import Fernet
from flask import current_app

from consult.data import users as user_data
from consult.extensions import db
from consult.models import User
from consult.services import audit

ISSUER = "consult"
RECOVERY_CODES = 10
STEP_SECONDS = 30


@dataclass(frozen=True)
class SetUpDetails:
    secret: str  # for typing in by hand, grouped in fours
    uri: str
    qr_svg: str  # inline SVG, labelled for screen readers


def _fernet() -> Fernet:
    return Fernet(str(current_app.config["CONTACT_ENCRYPTION_KEY"]).encode())


def _stored_secret(user: User) -> str:
    return _fernet().decrypt(str(user.totp_secret).encode()).decode() if user.totp_secret else ""


def new_secret() -> str:
    return pyotp.random_base32()


def set_up_details(secret: str, email: str) -> SetUpDetails:
    uri = pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER)
    svg = segno.make(uri, error="m").svg_inline(scale=5, border=4, dark="#0b0c0c", light="#ffffff")
    svg = svg.replace("<svg ", '<svg role="img" aria-label="QR code for your authenticator app" ', 1)
    grouped = " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))
    return SetUpDetails(grouped, uri, svg)


def _matching_step(secret: str, code: str, now: float | None = None) -> int | None:
    """The time step this code belongs to (this one, the one before or after), or None."""
    code = re.sub(r"\s", "", code)
    if not re.fullmatch(r"\d{6}", code):
        return None
    totp = pyotp.TOTP(secret)
    moment = time.time() if now is None else now
    current = int(moment // STEP_SECONDS)
    for step in (current - 1, current, current + 1):
        if hmac.compare_digest(totp.at(step * STEP_SECONDS), code):
            return step
    return None


def _recovery_hash(code: str) -> str:
    return hashlib.sha256(re.sub(r"[\s-]", "", code.lower()).encode()).hexdigest()


def _new_recovery_codes() -> list[str]:
    return [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODES)]


def enable(user_id: int, secret: str, code: str) -> list[str] | None:
    """Store the secret once a code from the app matches; return the recovery codes (shown once)."""
    user = user_data.get_user(user_id)
    step = _matching_step(secret, code)
    if user is None or step is None:
        return None
    codes = _new_recovery_codes()
    user.totp_secret = _fernet().encrypt(secret.encode()).decode()
    user.totp_last_step = step
    user.recovery_codes = [_recovery_hash(item) for item in codes]
    audit.record(audit.TWO_FACTOR_ENABLED, user_id=user.id, object_type="user", object_id=user.id)
    db.session.commit()
    return codes


def verify(user_id: int, code: str) -> str | None:
    """'totp' or 'recovery_code' when the code signs this person in (and is used up), else None."""
    user = user_data.get_user(user_id)
    if user is None or not user.totp_secret:
        return None
    step = _matching_step(_stored_secret(user), code)
    if step is not None and step > (user.totp_last_step or 0):
        user.totp_last_step = step
        db.session.commit()
        return "totp"
    return "recovery_code" if _use_recovery_code(user, code) else None


def _use_recovery_code(user: User, code: str) -> bool:
    digest = _recovery_hash(code)
    remaining = [item for item in user.recovery_codes if not hmac.compare_digest(item, digest)]
    if len(remaining) == len(user.recovery_codes):
        return False
    user.recovery_codes = remaining
    audit.record(audit.RECOVERY_CODE_USED, user_id=user.id, object_type="user", object_id=user.id,
                 remaining=len(remaining))
    db.session.commit()
    return True


def clear(user: User) -> None:
    """Remove the app and recovery codes (an admin's reset); the caller audits and commits."""
    user.totp_secret = None
    user.totp_last_step = None
    user.recovery_codes = []
