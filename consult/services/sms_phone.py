"""Phone numbers as the SMS channel may hold them: hashed always, encrypted only on request.

``phone_hash`` is HMAC-SHA256 of the E.164 form keyed by ``PHONE_HASH_KEY``: the same
person gets the same key however Twilio formats the number, and the table can't be
reversed without the key. Update contacts are Fernet-encrypted with
``CONTACT_ENCRYPTION_KEY``.
"""

from __future__ import annotations

import hashlib
import hmac
import re

import phonenumbers
from cryptography.fernet import Fernet
from flask import current_app

UK_MOBILE_PREFIX = "+447"
# Twilio sends numbers in E.164; a UK mobile in that form is already what phonenumbers would
# return (a test checks), so the common case skips parsing.
_UK_MOBILE_E164 = re.compile(r"\+447[0-9]{9}")


def to_e164(number: str) -> str:
    """E.164 form of ``number`` (UK numbers may come in national form); raw if unparseable."""
    cleaned = number.strip()
    if _UK_MOBILE_E164.fullmatch(cleaned):
        return cleaned
    try:
        parsed = phonenumbers.parse(cleaned, "GB")
    except phonenumbers.NumberParseException:
        return cleaned
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def phone_hash(number: str, key: str | None = None) -> str:
    """HMAC-SHA256 (hex) of the E.164 number; the only form a conversation is keyed by."""
    secret = key if key is not None else str(current_app.config["PHONE_HASH_KEY"])
    if not secret:
        raise RuntimeError("PHONE_HASH_KEY is not configured")
    digest = hmac.new(secret.encode(), to_e164(number).encode(), hashlib.sha256)
    return digest.hexdigest()


def is_uk_mobile(number: str) -> bool:
    """A UK mobile: +447 and ten digits after +44 (Ofcom's drama range included, for tests)."""
    e164 = to_e164(number)
    return e164.startswith(UK_MOBILE_PREFIX) and len(e164) == 13 and e164[1:].isdigit()


def _fernet() -> Fernet:
    return Fernet(str(current_app.config["CONTACT_ENCRYPTION_KEY"]).encode())


def encrypt_number(number: str) -> bytes:
    return _fernet().encrypt(to_e164(number).encode())


def decrypt_number(token: bytes) -> str:
    return _fernet().decrypt(token).decode()
