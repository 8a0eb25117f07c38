"""SMS channel queries: get_/list_/create_/delete_, flush never commit.

Everything goes through the ORM session, as every other query does. Two texts from one
phone at the same moment are serialised by the database: a writer starts its transaction
with :func:`begin_write` (SQLite's write lock, BEGIN IMMEDIATE) and, on PostgreSQL, reads
the conversation row FOR UPDATE; the conversation's version column (the ORM's
``version_id_col``) and the unique constraints catch anything that slips past.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any, TypeVar, cast

from sqlalchemy import Select, Table, bindparam, delete, exists, func, insert, select

from consult.extensions import db
from consult.models import Consultation, ConsultationStatus
from consult.models.sms import (
    SmsConversation,
    SmsInboundMessage,
    SmsOptOut,
    SmsOutboundMessage,
    SmsStatusEvent,
    SmsUpdateContact,
)

_S = TypeVar("_S", bound=Select[Any])


def _is_sqlite() -> bool:
    return db.session.get_bind().dialect.name == "sqlite"


def _locking(statement: _S) -> _S:
    """A row lock on databases that have one; SQLite is serialised by BEGIN IMMEDIATE."""
    return statement if _is_sqlite() else statement.with_for_update()


def _rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def begin_write() -> None:
    """Start a write transaction on the session that holds SQLite's write lock from the start.

    A deferred SQLite transaction that has read a snapshot cannot become a writer once
    another connection has committed, so a writer that reads first takes the lock first
    (BEGIN IMMEDIATE; others wait up to busy_timeout). The session must have no transaction
    of its own yet: the caller commits or rolls back before. PostgreSQL needs nothing here:
    the rows read for writing are locked FOR UPDATE.
    """
    connection = db.session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


# Inbound messages -------------------------------------------------------------------------


_CLAIM_INBOUND = insert(cast(Table, SmsInboundMessage.__table__))


def claim_inbound(message_sid: str, conversation_id: int | None, now: datetime) -> None:
    """Record a MessageSid (one prebuilt INSERT); raises IntegrityError when it was already received."""
    values = {"message_sid": message_sid, "conversation_id": conversation_id, "received_at": now}
    db.session.execute(_CLAIM_INBOUND, values)


def delete_inbound_before(moment: datetime) -> int:
    return _rowcount(db.session.execute(delete(SmsInboundMessage).where(SmsInboundMessage.received_at < moment)))


# Conversations -----------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _conversation_query(joined: bool, lock: bool) -> Select[SmsConversation, bool]:
    """Built once: every inbound text runs one of these."""
    opted_out = exists().where(SmsOptOut.phone_hash == bindparam("phone_hash")).label("opted_out")
    query = select(SmsConversation, opted_out).where(SmsConversation.phone_hash == bindparam("phone_hash"))
    if joined:
        query = query.where(SmsConversation.consultation_id == bindparam("consultation_id"))
    else:
        query = query.order_by(SmsConversation.last_inbound_at.desc(), SmsConversation.id.desc()).limit(1)
    return query.with_for_update() if lock else query


def get_conversation_for_update(phone_hash: str, consultation_id: int | None) -> tuple[SmsConversation | None, bool]:
    """The conversation a text continues (locked for this transaction on PostgreSQL) and
    whether the number has opted out, in one statement when there is a conversation.

    With ``consultation_id`` (the text was that consultation's join keyword) the one in
    that consultation, else the one this number last texted in.
    """
    query = _conversation_query(consultation_id is not None, not _is_sqlite())
    found = db.session.execute(query, {"phone_hash": phone_hash, "consultation_id": consultation_id}).first()
    if found is None:
        return None, is_opted_out(phone_hash)
    return found[0], bool(found[1])


def get_conversation_by_id(conversation_id: int) -> SmsConversation | None:
    query = select(SmsConversation).where(SmsConversation.id == conversation_id)
    return db.session.scalar(_locking(query))


def create_conversation(phone_hash: str, consultation_id: int) -> SmsConversation:
    """A new conversation row (the caller sets its state and flushes); the flush raises
    IntegrityError if this number already has one in this consultation."""
    row = SmsConversation(phone_hash=phone_hash, consultation_id=consultation_id)
    db.session.add(row)
    return row


def list_conversations_waiting(statuses: Sequence[str], limit: int) -> list[SmsConversation]:
    """Conversations a reminder or expiry may be due for, oldest activity first."""
    query = (
        select(SmsConversation)
        .where(SmsConversation.status.in_(list(statuses)))
        .order_by(SmsConversation.last_inbound_at)
        .limit(limit)
    )
    return list(db.session.scalars(query))


def delete_conversations_idle_before(statuses: Sequence[str], moment: datetime) -> int:
    result = db.session.execute(
        delete(SmsConversation).where(
            SmsConversation.status.in_(list(statuses)), SmsConversation.last_inbound_at < moment
        )
    )
    return _rowcount(result)


# Opt-outs ----------------------------------------------------------------------------------


def is_opted_out(phone_hash: str) -> bool:
    return db.session.get(SmsOptOut, phone_hash) is not None


def create_opt_out(phone_hash: str, source: str, now: datetime) -> None:
    if db.session.get(SmsOptOut, phone_hash) is None:
        db.session.add(SmsOptOut(phone_hash=phone_hash, source=source, created_at=now))
        db.session.flush()


def delete_opt_out(phone_hash: str) -> None:
    db.session.execute(delete(SmsOptOut).where(SmsOptOut.phone_hash == phone_hash))


# Update contacts ---------------------------------------------------------------------------


def has_update_contact(consultation_id: int, phone_hash: str) -> bool:
    query = select(SmsUpdateContact.id).where(
        SmsUpdateContact.consultation_id == consultation_id, SmsUpdateContact.phone_hash == phone_hash
    )
    return db.session.scalar(query) is not None


def create_update_contact(
    consultation_id: int, phone_hash: str, number_encrypted: bytes, language: str, now: datetime
) -> None:
    """Keep a number (encrypted) for one consultation's update; IntegrityError if already kept."""
    contact = SmsUpdateContact(
        consultation_id=consultation_id,
        phone_hash=phone_hash,
        number_encrypted=number_encrypted,
        language=language,
        created_at=now,
    )
    db.session.add(contact)
    db.session.flush()


def get_update_contact_by_id(contact_id: int) -> SmsUpdateContact | None:
    return db.session.get(SmsUpdateContact, contact_id)


def list_update_contacts(consultation_id: int, after_id: int, limit: int) -> list[SmsUpdateContact]:
    """The next page of contacts by id (a contact kept after a failed send is passed over)."""
    query = (
        select(SmsUpdateContact)
        .where(SmsUpdateContact.consultation_id == consultation_id, SmsUpdateContact.id > after_id)
        .order_by(SmsUpdateContact.id)
        .limit(limit)
    )
    return list(db.session.scalars(query))


def count_update_contacts(consultation_id: int) -> int:
    query = select(func.count()).select_from(SmsUpdateContact)
    query = query.where(SmsUpdateContact.consultation_id == consultation_id)
    return int(db.session.scalar(query) or 0)


def delete_update_contact(contact: SmsUpdateContact) -> None:
    db.session.delete(contact)
    db.session.flush()


def delete_update_contacts_for(phone_hash: str) -> None:
    db.session.execute(delete(SmsUpdateContact).where(SmsUpdateContact.phone_hash == phone_hash))


def delete_update_contacts_before(moment: datetime) -> int:
    return _rowcount(db.session.execute(delete(SmsUpdateContact).where(SmsUpdateContact.created_at < moment)))


# Outbound messages and delivery statuses ---------------------------------------------------


def create_outbound(phone_hash: str, consultation_id: int | None, purpose: str, now: datetime) -> SmsOutboundMessage:
    message = SmsOutboundMessage(
        phone_hash=phone_hash,
        consultation_id=consultation_id,
        purpose=purpose,
        created_at=now,
        updated_at=now,
    )
    db.session.add(message)
    db.session.flush()
    return message


def get_outbound_by_sid(message_sid: str) -> SmsOutboundMessage | None:
    query = select(SmsOutboundMessage).where(SmsOutboundMessage.message_sid == message_sid)
    return db.session.scalar(_locking(query))


def status_event_exists(message_sid: str, status: str) -> bool:
    query = select(SmsStatusEvent.id).where(SmsStatusEvent.message_sid == message_sid, SmsStatusEvent.status == status)
    return db.session.scalar(query) is not None


def create_status_event(message_sid: str, status: str, error_code: int | None, now: datetime) -> None:
    db.session.add(SmsStatusEvent(message_sid=message_sid, status=status, error_code=error_code, received_at=now))
    db.session.flush()


# Consultations as the SMS channel needs them -----------------------------------------------


def list_open_keyword_consultations() -> list[Consultation]:
    """Open consultations that people can join by text."""
    query = select(Consultation).where(
        Consultation.status == ConsultationStatus.OPEN,
        Consultation.sms_keyword.is_not(None),
        func.length(Consultation.sms_keyword) > 0,
    )
    return list(db.session.scalars(query))
