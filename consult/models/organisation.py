"""Organisations (the PCC office and partners), their venues and their staff."""

from __future__ import annotations

import enum
import secrets
from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.models.base import Base, Timestamped


class OrganisationKind(enum.StrEnum):
    PCC_OFFICE = "pcc_office"
    PARTNER = "partner"


class VenueType(enum.StrEnum):
    WOMENS_CENTRE = "womens_centre"
    HOSTEL = "hostel"
    PROBATION_FORUM = "probation_forum"
    APPROVED_PREMISES = "approved_premises"
    DROP_IN = "drop_in"
    OTHER = "other"


class Role(enum.StrEnum):
    ADMIN = "admin"
    STAFF = "staff"
    FACILITATOR = "facilitator"


def _enum(kind: type[enum.Enum], name: str) -> Enum:
    """Store enums by value as plain strings, portable across SQLite and PostgreSQL."""
    return Enum(kind, name=name, native_enum=False, values_callable=lambda k: [m.value for m in k], length=32)


class Organisation(Timestamped, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[OrganisationKind] = mapped_column(_enum(OrganisationKind, "organisation_kind"))
    # Named places (hostels, centres) whose names the anonymiser replaces with [PLACE], one a line.
    redact_places: Mapped[str] = mapped_column(Text, default="")
    # The organisation's own names (local nicknames) the anonymiser replaces with [NAME], one a line.
    redact_names: Mapped[str] = mapped_column(Text, default="")

    venues: Mapped[list[Venue]] = relationship(back_populates="organisation")
    users: Mapped[list[User]] = relationship(back_populates="organisation")


class Venue(Timestamped, Base):
    __tablename__ = "venue"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    venue_type: Mapped[VenueType] = mapped_column(_enum(VenueType, "venue_type"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    organisation: Mapped[Organisation] = relationship(back_populates="venues")


class User(Timestamped, Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Sign-in security (consult/services/sign_in.py, two_factor.py, accounts.py)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Part of the Flask-Login id: changing it ends every session of this account.
    session_nonce: Mapped[str] = mapped_column(String(32), default=lambda: secrets.token_hex(8))
    totp_secret: Mapped[str | None] = mapped_column(String(200))  # Fernet-encrypted
    totp_last_step: Mapped[int | None] = mapped_column(Integer)  # a code is accepted once
    recovery_codes: Mapped[list[str]] = mapped_column(JSON, default=list)  # SHA-256 of each unused code
    setup_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)  # one-time set-up link
    setup_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    organisation: Mapped[Organisation] = relationship(back_populates="users")

    @property
    def two_factor_enabled(self) -> bool:
        return bool(self.totp_secret)

    # Flask-Login protocol
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return f"{self.id}.{self.session_nonce}"
