"""SMS channel queries: get_/list_/create_/delete_, flush never commit."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Select, Table, bindparam, delete, exists, func, insert, select, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql.dml import Insert, Update

from consult.extensions import db
from consult.models import Answer, Channel, Consultation, ConsultationStatus, Response
from consult.models.sms import (
    SmsConversation,
    SmsInboundMessage,
    SmsOptOut,
    SmsOutboundMessage,
    SmsStatusEvent,
    SmsUpdateContact,
)

_S = TypeVar("_S", bound=Select[Any])
_writers = threading.Lock()
_lock_files: dict[tuple[int, str], int] = {}  # (process id, database path) -> open lock file
_LOCK_FILES_KEPT = 8


def _lock_file(path: str) -> int:
    """This process's descriptor for the database's lock file, opened once, not per text.

    Keyed by process id: a worker forked from a parent must open its own, because flock
    locks belong to the open file, which a fork would share.
    """
    key = (os.getpid(), path)
    descriptor = _lock_files.get(key)
    if descriptor is None:
        if len(_lock_files) >= _LOCK_FILES_KEPT:  # tests make many databases
            for (pid, _), kept in _lock_files.items():
                if pid == key[0]:
                    os.close(kept)
            _lock_files.clear()
        descriptor = os.open(f"{path}.sms-writer-lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        _lock_files[key] = descriptor
    return descriptor


@contextmanager
def writer_turn() -> Iterator[None]:
    """Queue SMS writers for SQLite's single write lock in the kernel, not in SQLite.

    A SQLite connection that finds the write lock taken sleeps in growing steps (1, 2, 5,
    10 ms ...) before it tries again, so gunicorn workers sit idle while the lock is free.
    Waiting on flock (a file beside the database) hands the turn over at once. Threads of
    one process queue on a threading lock first (they share the lock file).
    PostgreSQL needs none of this: its rows are locked FOR UPDATE.
    """
    engine = db.engine
    if engine.dialect.name != "sqlite":
        yield
        return
    path = engine.url.database
    with _writers:
        if not path or path == ":memory:" or path.startswith("file:"):
            yield
            return
        descriptor = _lock_file(path)
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)


@contextmanager
def inbound_connection() -> Iterator[Connection]:
    """A pooled connection of its own for the inbound webhook's short transactions.

    Not the ORM session's: the hot path writes a few Core rows and needs none of the
    session's unit of work, identity map or flush bookkeeping. The caller begins, commits
    or rolls back each attempt; the connection goes back to the pool (rolled back) at the end.
    Checked out here, before the caller's turn for the write lock, not during it.
    """
    with db.engine.connect() as connection:
        yield connection


def lock_for_write(connection: Connection | None = None) -> None:
    """Take SQLite's write lock at the start of the transaction (BEGIN IMMEDIATE).

    Two texts from one phone may reach two workers at once: on SQLite a deferred
    transaction that read a stale snapshot cannot upgrade to a writer, so each inbound
    message takes the write lock first. PostgreSQL locks the conversation row instead.
    """
    connection = _connection(connection)
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.dbapi_connection
    if raw is not None and not raw.in_transaction:
        try:
            raw.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
        except sqlite3.Error as error:  # "database is locked" past busy_timeout: the caller may retry
            raise DBAPIError.instance("BEGIN IMMEDIATE", None, error, sqlite3.Error) from error


def _locking(statement: _S) -> _S:
    """Row lock on databases that have one; SQLite is already serialised."""
    if db.session.get_bind().dialect.name == "sqlite":
        return statement
    return statement.with_for_update()


# The inbound webhook's hot path ----------------------------------------------------------
#
# Every inbound text runs these few statements inside SQLite's single write lock, so they
# are SQLAlchemy Core statements built once (compiled once, then taken from the cache) and
# run on the connection given (the webhook's own, from inbound_connection) or else the
# session's, not through the ORM's unit of work; whoever owns the transaction commits it.

_conversation = cast(Table, SmsConversation.__table__)
_inbound = cast(Table, SmsInboundMessage.__table__)
_answer = cast(Table, Answer.__table__)
_opt_out = cast(Table, SmsOptOut.__table__)


@dataclass(frozen=True, slots=True)
class ConversationRow:
    """An SMS conversation as read for one inbound text (a plain row, not an ORM object)."""

    id: int
    phone_hash: str
    consultation_id: int
    response_id: int | None
    language: str
    status: str
    question_index: int
    reprompted: bool
    reminder_sent: bool
    updates_requested: bool
    started_at: datetime
    last_inbound_at: datetime
    last_message_sid: str | None
    version: int


_ROW_COLUMNS = tuple(_conversation.c[name] for name in ConversationRow.__slots__)  # type: ignore[attr-defined]
_OPTED_OUT = exists().where(_opt_out.c.phone_hash == bindparam("phone_hash")).label("opted_out")
_CONVERSATION_QUERIES = {
    "joined": select(_OPTED_OUT, *_ROW_COLUMNS).where(
        _conversation.c.phone_hash == bindparam("phone_hash"),
        _conversation.c.consultation_id == bindparam("consultation_id"),
    ),
    "latest": select(_OPTED_OUT, *_ROW_COLUMNS)
    .where(_conversation.c.phone_hash == bindparam("phone_hash"))
    .order_by(_conversation.c.last_inbound_at.desc(), _conversation.c.id.desc())
    .limit(1),
}
_LOCKED_CONVERSATION_QUERIES = {kind: query.with_for_update() for kind, query in _CONVERSATION_QUERIES.items()}
_IS_OPTED_OUT = select(_opt_out.c.phone_hash).where(_opt_out.c.phone_hash == bindparam("phone_hash"))
_INSERT_INBOUND = insert(_inbound)
_INSERT_CONVERSATION = insert(_conversation)
_INSERT_ANSWER = insert(_answer)
_update_contact = cast(Table, SmsUpdateContact.__table__)
_HAS_UPDATE_CONTACT = select(_update_contact.c.id).where(
    _update_contact.c.consultation_id == bindparam("consultation_id"),
    _update_contact.c.phone_hash == bindparam("phone_hash"),
)
_INSERT_UPDATE_CONTACT = insert(_update_contact)
_response = cast(Table, Response.__table__)
_INSERT_RESPONSE = insert(_response)
_RESPONSE_COLUMNS = (
    "consultation_id",
    "channel",
    "venue_id",
    "language",
    "mediated",
    "participant_count",
    "submitted_on",
    "submission_key",
)
_STATE_COLUMNS = (
    "response_id",
    "language",
    "status",
    "question_index",
    "reprompted",
    "reminder_sent",
    "updates_requested",
    "started_at",
    "last_inbound_at",
    "last_message_sid",
)
_UPDATE_CONVERSATION = (
    update(_conversation)
    .where(_conversation.c.id == bindparam("row_id"), _conversation.c.version == bindparam("row_version"))
    .values({**{name: bindparam(f"new_{name}") for name in _STATE_COLUMNS}, "version": _conversation.c.version + 1})
)


_ANSWER_COLUMNS = (
    "choice",
    "text",
    "redactions",
    "sentiment_label",
    "sentiment_polarity",
    "safeguarding_flag",
    "safeguarding_categories",
    "safeguarding_reviewed",
)
_ANSWER_DEFAULTS: dict[str, object] = {
    "choice": None,
    "text": None,
    "redactions": {},
    "sentiment_label": None,
    "sentiment_polarity": None,
    "safeguarding_flag": False,
    "safeguarding_categories": [],
    "safeguarding_reviewed": False,
}


class _SqliteStatement:
    """A hot-path Core statement compiled once for SQLite and run on the DBAPI connection.

    Going through SQLAlchemy's execution context costs several times what SQLite itself
    spends on these small statements, and they run inside the single write lock. The SQL,
    the parameter order and every type conversion come from the Core statement and its
    column types, and the statement must name every column it writes (checked here), so no
    Python-side default is skipped. Other databases run the Core statement as usual.
    """

    def __init__(self, statement: Select[Any] | Insert | Update, keys: Sequence[str] = ()) -> None:
        self.statement = statement
        self.keys = tuple(keys)
        self._compiled: tuple[str, tuple[tuple[str, Any], ...], dict[str, Any], tuple[Any, ...]] | None = None

    def _compile(self, dialect: Dialect) -> tuple[str, tuple[tuple[str, Any], ...], dict[str, Any], tuple[Any, ...]]:
        writes = isinstance(self.statement, Insert | Update)
        compiled = self.statement.compile(dialect=dialect, column_keys=list(self.keys) if writes else None)
        defaulted = [column.key for column in (*compiled.insert_prefetch, *compiled.update_prefetch)]
        if defaulted:  # SQLAlchemy would work these out in Python; this path would write NULL
            raise RuntimeError(f"hot-path statement needs values for {defaulted}")
        fixed = {name: bind.value for name, bind in compiled.binds.items() if not bind.required}
        names = tuple(compiled.positiontup or ())
        unknown = [name for name in names if writes and name not in self.keys and name not in fixed]
        if unknown:
            raise RuntimeError(f"hot-path statement needs values for {unknown}")
        binds = tuple((name, compiled.binds[name].type._cached_bind_processor(dialect)) for name in names)
        results = tuple(column[3]._cached_result_processor(dialect, None) for column in compiled._result_columns)
        self._compiled = (compiled.string, binds, fixed, results)
        return self._compiled

    def _run(self, connection: Connection, params: Mapping[str, Any]) -> sqlite3.Cursor:
        sql, binds, fixed, _ = self._compiled or self._compile(connection.dialect)
        values = tuple(
            (process(params[name] if name in params else fixed[name]) if process else params.get(name, fixed.get(name)))
            for name, process in binds
        )
        raw = connection.connection.driver_connection
        try:
            return raw.execute(sql, values)  # type: ignore[union-attr,no-any-return]
        except sqlite3.Error as error:  # raised as SQLAlchemy would, without the parameters
            raise DBAPIError.instance(sql, None, error, sqlite3.Error, hide_parameters=True) from error

    def first(self, connection: Connection, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        if connection.dialect.name != "sqlite":
            found = connection.execute(self.statement, dict(params)).first()
            return tuple(found) if found is not None else None
        row = self._run(connection, params).fetchone()
        if row is None:
            return None
        results = self._compiled[3]  # type: ignore[index]
        return tuple(process(value) if process else value for process, value in zip(results, row, strict=True))

    def write(self, connection: Connection, params: Mapping[str, Any]) -> tuple[int, int | None]:
        """(rows affected, new primary key for an INSERT)."""
        if connection.dialect.name != "sqlite":
            result = connection.execute(self.statement, dict(params))
            key = result.inserted_primary_key[0] if isinstance(self.statement, Insert) else None  # type: ignore[index]
            return int(result.rowcount), key
        cursor = self._run(connection, params)
        return cursor.rowcount, cursor.lastrowid


_FAST_JOINED = _SqliteStatement(_CONVERSATION_QUERIES["joined"])
_FAST_LATEST = _SqliteStatement(_CONVERSATION_QUERIES["latest"])
_FAST_JOINED_LOCKED = _SqliteStatement(_LOCKED_CONVERSATION_QUERIES["joined"])
_FAST_LATEST_LOCKED = _SqliteStatement(_LOCKED_CONVERSATION_QUERIES["latest"])
_FAST_IS_OPTED_OUT = _SqliteStatement(_IS_OPTED_OUT)
_FAST_INSERT_INBOUND = _SqliteStatement(_INSERT_INBOUND, ("message_sid", "conversation_id", "received_at"))
_FAST_INSERT_CONVERSATION = _SqliteStatement(
    _INSERT_CONVERSATION, ("phone_hash", "consultation_id", "version", *_STATE_COLUMNS)
)
_FAST_UPDATE_CONVERSATION = _SqliteStatement(
    _UPDATE_CONVERSATION, ("row_id", "row_version", *(f"new_{name}" for name in _STATE_COLUMNS))
)
_FAST_INSERT_ANSWER = _SqliteStatement(_INSERT_ANSWER, ("response_id", "question_id", *_ANSWER_COLUMNS))
_FAST_INSERT_RESPONSE = _SqliteStatement(_INSERT_RESPONSE, _RESPONSE_COLUMNS)
_FAST_HAS_UPDATE_CONTACT = _SqliteStatement(_HAS_UPDATE_CONTACT)
_FAST_INSERT_UPDATE_CONTACT = _SqliteStatement(
    _INSERT_UPDATE_CONTACT, ("consultation_id", "phone_hash", "number_encrypted", "language", "created_at")
)


def _connection(connection: Connection | None = None) -> Connection:
    """The connection given (the webhook's own), else the ORM session's."""
    return connection if connection is not None else db.session.connection()


def get_conversation_for_inbound(
    phone_hash: str, consultation_id: int | None, *, connection: Connection | None = None
) -> tuple[ConversationRow | None, bool]:
    """The conversation a text continues and whether the number has opted out.

    With ``consultation_id`` (the text was that consultation's join keyword) the
    conversation in it, else the one this number last texted in. One statement when
    there is a conversation. On PostgreSQL the row is locked FOR UPDATE; SQLite is
    already serialised by BEGIN IMMEDIATE.
    """
    connection = _connection(connection)
    sqlite = connection.dialect.name == "sqlite"
    if consultation_id is None:
        found = (_FAST_LATEST if sqlite else _FAST_LATEST_LOCKED).first(connection, {"phone_hash": phone_hash})
    else:
        params = {"phone_hash": phone_hash, "consultation_id": consultation_id}
        found = (_FAST_JOINED if sqlite else _FAST_JOINED_LOCKED).first(connection, params)
    if found is None:
        opted_out = _FAST_IS_OPTED_OUT.first(connection, {"phone_hash": phone_hash}) is not None
        return None, opted_out
    return ConversationRow(*found[1:]), bool(found[0])


def claim_inbound(
    message_sid: str, conversation_id: int | None, now: datetime, *, connection: Connection | None = None
) -> None:
    """Claim a MessageSid with one INSERT; raises IntegrityError when it was already received."""
    params = {"message_sid": message_sid, "conversation_id": conversation_id, "received_at": now}
    _FAST_INSERT_INBOUND.write(_connection(connection), params)


def create_sms_response(
    consultation_id: int, submitted_on: date, language: str, *, connection: Connection | None = None
) -> int:
    """A new SMS Response's id (one INSERT, as responses.create_response would write it)."""
    params = {
        "consultation_id": consultation_id,
        "channel": Channel.SMS,
        "venue_id": None,
        "language": language,
        "mediated": False,
        "participant_count": 1,
        "submitted_on": submitted_on,
        "submission_key": None,
    }
    _, key = _FAST_INSERT_RESPONSE.write(_connection(connection), params)
    return int(key)  # type: ignore[arg-type]


def insert_conversation(
    phone_hash: str, consultation_id: int, values: Mapping[str, object], *, connection: Connection | None = None
) -> int:
    """A new conversation's id; IntegrityError if one for this number and consultation exists."""
    params: dict[str, object] = {"phone_hash": phone_hash, "consultation_id": consultation_id, "version": 1}
    params.update({name: values.get(name) for name in _STATE_COLUMNS})
    _, key = _FAST_INSERT_CONVERSATION.write(_connection(connection), params)
    return int(key)  # type: ignore[arg-type]


def update_conversation(
    row: ConversationRow, values: Mapping[str, object], *, connection: Connection | None = None
) -> None:
    """Write ``values`` over ``row``'s state if nobody changed the row since it was read.

    The version column is the optimistic lock (as the ORM's version_id_col): a write from a
    stale read raises StaleDataError and the caller retries from a fresh read.
    """
    params: dict[str, object] = {"row_id": row.id, "row_version": row.version}
    for name in _STATE_COLUMNS:
        params[f"new_{name}"] = values[name] if name in values else getattr(row, name)
    count, _ = _FAST_UPDATE_CONVERSATION.write(_connection(connection), params)
    if count != 1:
        raise StaleDataError(f"sms_conversation {row.id} changed since it was read")


def insert_answer(
    response_id: int, question_id: int, values: Mapping[str, object], *, connection: Connection | None = None
) -> None:
    """An answer by response id (free text must already be anonymised)."""
    params = {**_ANSWER_DEFAULTS, **values, "response_id": response_id, "question_id": question_id}
    _FAST_INSERT_ANSWER.write(_connection(connection), params)


# Inbound message ids -----------------------------------------------------------------


def delete_inbound_before(moment: datetime) -> int:
    result = db.session.execute(delete(SmsInboundMessage).where(SmsInboundMessage.received_at < moment))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# Conversations -----------------------------------------------------------------------


def get_conversation_by_id(conversation_id: int) -> SmsConversation | None:
    query = select(SmsConversation).where(SmsConversation.id == conversation_id)
    return db.session.scalar(_locking(query))


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
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# Opt-outs ------------------------------------------------------------------------------


def is_opted_out(phone_hash: str) -> bool:
    return db.session.get(SmsOptOut, phone_hash) is not None


def create_opt_out(phone_hash: str, source: str, now: datetime, *, connection: Connection | None = None) -> None:
    connection = _connection(connection)
    if connection.execute(_IS_OPTED_OUT, {"phone_hash": phone_hash}).first() is None:
        connection.execute(insert(_opt_out), {"phone_hash": phone_hash, "source": source, "created_at": now})


def delete_opt_out(phone_hash: str, *, connection: Connection | None = None) -> None:
    _connection(connection).execute(delete(_opt_out).where(_opt_out.c.phone_hash == phone_hash))


# Update contacts -----------------------------------------------------------------------


def has_update_contact(consultation_id: int, phone_hash: str, *, connection: Connection | None = None) -> bool:
    params = {"consultation_id": consultation_id, "phone_hash": phone_hash}
    return _FAST_HAS_UPDATE_CONTACT.first(_connection(connection), params) is not None


def create_update_contact(
    consultation_id: int,
    phone_hash: str,
    number_encrypted: bytes,
    language: str,
    now: datetime,
    *,
    connection: Connection | None = None,
) -> None:
    """Keep a number (encrypted) for one consultation's update; IntegrityError if already kept."""
    params = {
        "consultation_id": consultation_id,
        "phone_hash": phone_hash,
        "number_encrypted": number_encrypted,
        "language": language,
        "created_at": now,
    }
    _FAST_INSERT_UPDATE_CONTACT.write(_connection(connection), params)


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


def delete_update_contact(contact: SmsUpdateContact) -> None:
    db.session.delete(contact)
    db.session.flush()


def delete_update_contacts_for(phone_hash: str, *, connection: Connection | None = None) -> None:
    _connection(connection).execute(delete(_update_contact).where(_update_contact.c.phone_hash == phone_hash))


def delete_update_contacts_before(moment: datetime) -> int:
    result = db.session.execute(delete(SmsUpdateContact).where(SmsUpdateContact.created_at < moment))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# Outbound messages and delivery statuses ------------------------------------------------


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


# Consultations as the SMS channel needs them ----------------------------------------------


def list_open_keyword_consultations() -> list[Consultation]:
    """Open consultations that people can join by text."""
    query = select(Consultation).where(
        Consultation.status == ConsultationStatus.OPEN,
        Consultation.sms_keyword.is_not(None),
        func.length(Consultation.sms_keyword) > 0,
    )
    return list(db.session.scalars(query))
