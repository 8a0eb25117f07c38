"""How long each kind of data is kept: the server's configuration, unless an admin changed it on a page.

An admin's value is stored as an override; saving the configured value again removes the override,
so a later change to the configuration applies. Every change is audited with the old and new days.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from consult.data import settings as settings_data
from consult.extensions import db
from consult.services import audit

MAXIMUM_DAYS = 3650  # ten years


@dataclass(frozen=True)
class RetentionRule:
    name: str  # the configuration key
    label: str
    explanation: str
    minimum: int


RULES = (
    RetentionRule("FREE_TEXT_RETENTION_DAYS", "Free text of closed consultations",
                  "Answers in people's own words are blanked this many days after a consultation closes. Counts, "
                  "choices, themes and sentiment stay, so reports still work.", 30),
    RetentionRule("UPDATE_CONTACT_RETENTION_DAYS", "Phone numbers of people who asked for an update",
                  "Kept encrypted until the update is sent, and deleted after this many days at the latest.", 30),
    RetentionRule("SMS_CONVERSATION_RETENTION_DAYS", "Text message conversation state",
                  "Where someone is in a text conversation (never their number in clear), deleted after this many "
                  "days.", 7),
    RetentionRule("SMS_MESSAGE_ID_RETENTION_DAYS", "Text message ids",
                  "Twilio's message ids, kept to ignore repeated deliveries, deleted after this many days.", 1),
)
_BY_NAME = {rule.name: rule for rule in RULES}


class RetentionError(ValueError):
    def __init__(self, message: str, name: str) -> None:
        super().__init__(message)
        self.name = name


@dataclass(frozen=True)
class RetentionValue:
    rule: RetentionRule
    configured: int
    override: int | None

    @property
    def days(self) -> int:
        return self.configured if self.override is None else self.override


def _configured(name: str) -> int:
    return int(current_app.config[name])


def current() -> list[RetentionValue]:
    overrides = settings_data.get_retention_overrides()
    return [RetentionValue(rule, _configured(rule.name), overrides.get(rule.name)) for rule in RULES]


def days(name: str) -> int:
    """The number of days ``consult purge`` keeps this kind of data."""
    override = settings_data.get_retention_overrides().get(name)
    return _configured(name) if override is None else override


def out_of_range(rule: RetentionRule, value: int) -> str:
    """The error for a number of days outside the rule's range, or ''."""
    if rule.minimum <= value <= MAXIMUM_DAYS:
        return ""
    return f"{rule.label} must be kept for between {rule.minimum} and {MAXIMUM_DAYS:,} days"


def save(actor_id: int, wanted: dict[str, int]) -> list[str]:
    """Store an admin's days for each named setting (all or none); the names that changed."""
    for name, value in wanted.items():
        error = out_of_range(_BY_NAME[name], value)
        if error:
            raise RetentionError(error, name)
    before = {value.rule.name: value for value in current()}
    changed = []
    for name, new in wanted.items():
        old = before[name]
        if new == old.days:
            continue
        if new == old.configured:
            settings_data.delete_retention_override(name)
        else:
            settings_data.set_retention_override(name, new)
        audit.record(audit.RETENTION_CHANGED, user_id=actor_id, object_type="retention_setting", setting=name,
                     old_days=old.days, new_days=new)
        changed.append(name)
    db.session.commit()
    return changed
