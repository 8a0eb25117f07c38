"""The SMS channel's tables: conversations, message ids, opt-outs, update contacts, delivery.

A phone number is never stored in clear. Conversations and opt-outs are keyed by
``phone_hash``, HMAC-SHA256 of the E.164 number with ``PHONE_HASH_KEY``; the only
exception is an update contact (the person replied YES), whose number is held
Fernet-encrypted for one consultation and deleted once the update is sent.
No table holds a message body.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from consult.models.base import Base, utc_now

HASH_LENGTH = 64  # hex SHA-256
SID_LENGTH = 64


class SmsConversation(Base):
    """One person's progress through one consultation (the dialogue's ConversationState)."""

    __tablename__ = "sms_conversation"
    __table_args__ = (UniqueConstraint("phone_hash", "consultation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    phone_hash: Mapped[str] = mapped_column(String(HASH_LENGTH), index=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    # The Response their answers go into; created with the first answer.
    response_id: Mapped[int | None] = mapped_column(ForeignKey("response.id"))
    language: Mapped[str] = mapped_column(String(2), default="en")
    status: Mapped[str] = mapped_column(String(20), index=True)
    question_index: Mapped[int] = mapped_column(Integer, default=0)
    reprompted: Mapped[bool] = mapped_column(Boolean, default=False)
    reminder_sent: Mapped[bool] = mapped_column(Boolean, default=False)
    updates_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    last_inbound_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)
    # The last MessageSid they sent: a reminder fetches the number from Twilio's own log
    # with it, so no number is kept here.
    last_message_sid: Mapped[str | None] = mapped_column(String(SID_LENGTH))
    # Optimistic lock: a write from a stale read fails instead of losing an answer.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy's own hook)


class SmsInboundMessage(Base):
    """A received MessageSid: the idempotency key, so a redelivery changes nothing."""

    __tablename__ = "sms_inbound_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(SID_LENGTH), unique=True)
    # The conversation the text continued (none for the text that started one).
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("sms_conversation.id", ondelete="SET NULL"), index=True
    )
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)


class SmsOptOut(Base):
    """A number (by hash) that texted STOP, or that Twilio says is unsubscribed (21610)."""

    __tablename__ = "sms_opt_out"

    phone_hash: Mapped[str] = mapped_column(String(HASH_LENGTH), primary_key=True)
    source: Mapped[str] = mapped_column(String(20), default="keyword")  # keyword | carrier
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class SmsUpdateContact(Base):
    """A number that asked for the "you said, we did" text, encrypted, for one consultation."""

    __tablename__ = "sms_update_contact"
    __table_args__ = (UniqueConstraint("consultation_id", "phone_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    phone_hash: Mapped[str] = mapped_column(String(HASH_LENGTH), index=True)
    number_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    language: Mapped[str] = mapped_column(String(2), default="en")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)


class SmsOutboundMessage(Base):
    """A text we sent through the REST API, and its latest delivery status."""

    __tablename__ = "sms_outbound_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str | None] = mapped_column(String(SID_LENGTH), unique=True)
    consultation_id: Mapped[int | None] = mapped_column(ForeignKey("consultation.id"), index=True)
    phone_hash: Mapped[str] = mapped_column(String(HASH_LENGTH), index=True)
    purpose: Mapped[str] = mapped_column(String(20), default="update")
    status: Mapped[str] = mapped_column(String(20), default="queued")
    error_code: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class SmsStatusEvent(Base):
    """One delivery status callback; unique per (MessageSid, MessageStatus) so repeats are no-ops."""

    __tablename__ = "sms_status_event"
    __table_args__ = (UniqueConstraint("message_sid", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(SID_LENGTH), index=True)
    status: Mapped[str] = mapped_column(String(20))
    error_code: Mapped[int | None] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
