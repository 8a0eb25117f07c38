"""Admin forms (English only). Choices are SelectChoice (WTForms 3.3 warns on tuples)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import BooleanField, RadioField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional, Regexp, StopValidation, ValidationError

from consult.models import Organisation, OrganisationKind, Role, User, VenueType
from consult.services.organisations import KIND_LABELS, VENUE_TYPE_LABELS
from consult.services.retention_settings import RULES, RetentionRule, out_of_range
from consult.web.auth.forms import EMAIL_SHAPE

ROLE_LABELS = {
    Role.ADMIN: "Admin: everything, including users and settings",
    Role.STAFF: "Staff: all consultations and results",
    Role.FACILITATOR: "Facilitator: only their own organisation's venues and responses",
}


def role_choices() -> list[SelectChoice]:
    return [SelectChoice(role.value, ROLE_LABELS[role]) for role in Role]


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token."""


class NewUserForm(FlaskForm):
    name = StringField("Full name", widget=GovTextInput(), validators=[
        InputRequired(message="Enter the person's full name"),
        Length(max=200, message="Full name must be 200 characters or fewer")])
    email = StringField("Email address", widget=GovTextInput(), validators=[
        InputRequired(message="Enter the person's email address"),
        Regexp(EMAIL_SHAPE, message="Enter an email address in the correct format, like name@example.org"),
        Length(max=254, message="Email address must be 254 characters or fewer")])
    role = RadioField("Role", widget=GovRadioInput(), choices=[],
                      validators=[InputRequired(message="Choose a role")])
    organisation = SelectField("Organisation", widget=GovSelect(), choices=[],
                               validators=[InputRequired(message="Choose an organisation")])
    submit = SubmitField("Create account", widget=GovSubmitInput())

    def configure(self, organisations: list[Organisation]) -> NewUserForm:
        self.role.choices = role_choices()
        self.organisation.choices = [SelectChoice("", "Choose an organisation")] + [
            SelectChoice(str(o.id), o.name) for o in organisations]
        return self


class RoleForm(FlaskForm):
    role = RadioField("Role", widget=GovRadioInput(), choices=[],
                      validators=[InputRequired(message="Choose a role")])
    submit = SubmitField("Change role", widget=GovSubmitInput())

    def configure(self) -> RoleForm:
        self.role.choices = role_choices()
        return self


def _name_lines(_form: FlaskForm, field: TextAreaField) -> None:
    """Each name must be able to match an answer's words: no placeholder brackets, not one letter."""
    for line in (field.data or "").splitlines():
        name = " ".join(line.split())
        if "[" in name or "]" in name:
            raise ValidationError(f"Names can't contain [ or ]: ‘{name[:40]}’")
        if name and (len(name) < 2 or len(name) > 100):
            raise ValidationError(f"Each name must be 2 to 100 characters: ‘{name[:40]}’")


class OrganisationForm(FlaskForm):
    name = StringField("Name", widget=GovTextInput(), validators=[
        InputRequired(message="Enter the organisation's name"),
        Length(max=200, message="Name must be 200 characters or fewer")])
    kind = RadioField("Type of organisation", widget=GovRadioInput(), validators=[
        InputRequired(message="Choose the type of organisation")],
        choices=[SelectChoice(kind.value, KIND_LABELS[kind]) for kind in OrganisationKind])
    redact_places = TextAreaField("Named places to remove from answers", widget=GovTextArea(), validators=[
        Length(max=20_000, message="The list must be 20,000 characters or fewer")])
    redact_names = TextAreaField("Names and nicknames to remove from answers", widget=GovTextArea(), validators=[
        Length(max=20_000, message="The list of names must be 20,000 characters or fewer"), _name_lines])
    submit = SubmitField("Save organisation", widget=GovSubmitInput())


class VenueForm(FlaskForm):
    name = StringField("Venue name", widget=GovTextInput(), validators=[
        InputRequired(message="Enter the venue's name"),
        Length(max=200, message="Venue name must be 200 characters or fewer")])
    venue_type = RadioField("Type of venue", widget=GovRadioInput(), validators=[
        InputRequired(message="Choose the type of venue")],
        choices=[SelectChoice(kind.value, VENUE_TYPE_LABELS[kind]) for kind in VenueType])
    active = BooleanField("The venue is open (kiosks can be set up for it)", widget=GovCheckboxInput(),
                          default=True)
    submit = SubmitField("Save venue", widget=GovSubmitInput())


def _real_date(_form: FlaskForm, field: StringField) -> None:
    try:
        date.fromisoformat(field.data or "")
    except ValueError as error:
        raise ValidationError(f"Enter a real date for ‘{field.label.text.split(' (')[0]}’, like 2026-11-30") from error


class AuditFilterForm(FlaskForm):
    class Meta:
        csrf = False  # a GET search form

    action = SelectField("Action", widget=GovSelect(), choices=[], validators=[Optional()])
    user = SelectField("Person", widget=GovSelect(), choices=[], validators=[Optional()])
    since = StringField("From (YYYY-MM-DD)", widget=GovTextInput(), validators=[Optional(), _real_date])
    until = StringField("To (YYYY-MM-DD)", widget=GovTextInput(), validators=[Optional(), _real_date])
    submit = SubmitField("Filter", widget=GovSubmitInput())

    def configure(self, people: list[User], actions: list[str]) -> AuditFilterForm:
        self.user.choices = [SelectChoice("", "Anyone")] + [
            SelectChoice(str(person.id), f"{person.name} ({person.email})") for person in people]
        self.action.choices = [SelectChoice("", "Any action")] + [SelectChoice(action, action) for action in actions]
        return self

    def criteria(self) -> dict[str, Any]:
        """The search the filters ask for (call after validate)."""
        return {
            "action": self.action.data or None,
            "user_id": int(self.user.data) if self.user.data else None,
            "since": date.fromisoformat(self.since.data) if self.since.data else None,
            "until": date.fromisoformat(self.until.data) if self.until.data else None,
        }


def _whole_days(rule: RetentionRule) -> Callable[[FlaskForm, StringField], None]:
    def check(_form: FlaskForm, field: StringField) -> None:
        value = (field.data or "").strip().replace(",", "")
        if not value:
            raise StopValidation(f"Enter how many days to keep {rule.label[0].lower()}{rule.label[1:]}")
        if not value.isdigit():
            raise StopValidation(f"{rule.label} must be a whole number of days, like 365")
        error = out_of_range(rule, int(value))
        if error:
            raise StopValidation(error)

    return check


class RetentionForm(FlaskForm):
    """One whole-number field per retention setting, named after its configuration key in lower case."""

    submit = SubmitField("Save retention settings", widget=GovSubmitInput())

    def days(self) -> dict[str, int]:
        """The days asked for, by configuration key (call after validate)."""
        return {rule.name: int((self[rule.name.lower()].data or "").strip().replace(",", "")) for rule in RULES}


for _rule in RULES:
    setattr(RetentionForm, _rule.name.lower(),
            StringField(_rule.label, widget=GovTextInput(), validators=[_whole_days(_rule)]))
