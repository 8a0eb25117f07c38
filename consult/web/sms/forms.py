"""Twilio's webhook fields, checked at the edge: length, shape and integer range.

A signed request still only proves who sent it, not that every field is sane (a number
misconfigured in Twilio's console, a replayed capture edited before signing with a
leaked token). Anything malformed is refused with 400 before a service runs, so no
oversized MessageSid is stored and no huge ErrorCode reaches an integer column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from werkzeug.exceptions import BadRequest

from consult.services.sms_inbound import InboundSms

# Twilio's SIDs: two letters and 32 hex digits (SM/MM for messages, AC for accounts).
_MESSAGE_SID = re.compile(r"(?:SM|MM)[0-9a-fA-F]{32}")
_ACCOUNT_SID = re.compile(r"AC[0-9a-fA-F]{32}")
# E.164 (what Twilio sends for SMS), or a short code.
_NUMBER = re.compile(r"\+?[0-9]{3,15}")
_ERROR_CODE = re.compile(r"[0-9]{1,6}")  # Twilio's error codes are five digits
MAX_BODY = 1_600  # Twilio's own limit for one (concatenated) message
MAX_MEDIA = 10  # Twilio delivers at most ten media items with one message
STATUSES = frozenset(
    {
        "accepted",
        "scheduled",
        "queued",
        "sending",
        "sent",
        "delivered",
        "undelivered",
        "failed",
        "canceled",
        "read",
        "receiving",
        "received",
        "partially_delivered",
    }
)
OPT_OUT_TYPES = frozenset({"STOP", "START", "HELP"})


class InvalidField(BadRequest):
    """A webhook field is missing or malformed; ``field`` names it (never its value)."""

    def __init__(self, field: str) -> None:
        super().__init__(f"invalid {field}")
        self.field = field


def _required(form: Mapping[str, str], name: str, pattern: re.Pattern[str]) -> str:
    value = form.get(name, "")
    if not pattern.fullmatch(value):
        raise InvalidField(name)
    return value


def _optional(form: Mapping[str, str], name: str, pattern: re.Pattern[str]) -> str:
    value = form.get(name, "")
    if value and not pattern.fullmatch(value):
        raise InvalidField(name)
    return value


def inbound_message(form: Mapping[str, str]) -> InboundSms:
    """The inbound text Twilio posted, or InvalidField (400)."""
    sid = _required(form, "MessageSid", _MESSAGE_SID)
    _optional(form, "AccountSid", _ACCOUNT_SID)
    _optional(form, "To", _NUMBER)
    number = _required(form, "From", _NUMBER)
    body = form.get("Body", "")
    if len(body) > MAX_BODY:
        raise InvalidField("Body")
    media = form.get("NumMedia", "") or "0"
    if not media.isascii() or not media.isdigit() or len(media) > 2 or int(media) > MAX_MEDIA:
        raise InvalidField("NumMedia")
    opt_out = form.get("OptOutType", "").strip().upper()
    if len(opt_out) > 20:
        raise InvalidField("OptOutType")
    return InboundSms(
        message_sid=sid,
        from_number=number,
        body=body,
        num_media=int(media),
        opt_out_type=opt_out if opt_out in OPT_OUT_TYPES else "",
    )


def status_callback(form: Mapping[str, str]) -> tuple[str, str, int | None]:
    """(MessageSid, MessageStatus, ErrorCode) of a delivery status callback, or InvalidField (400)."""
    sid = _required(form, "MessageSid", _MESSAGE_SID)
    _optional(form, "AccountSid", _ACCOUNT_SID)
    status = form.get("MessageStatus", "").strip().lower()
    if status not in STATUSES:
        raise InvalidField("MessageStatus")
    code = _optional(form, "ErrorCode", _ERROR_CODE)
    return sid, status, int(code) if code else None
