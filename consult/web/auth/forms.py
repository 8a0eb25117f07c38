"""Sign-in and account forms (staff pages are in English only: see the README)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovPasswordInput, GovSubmitInput, GovTextInput
from wtforms import PasswordField, StringField, SubmitField
from wtforms.validators import EqualTo, InputRequired, Length, Regexp

EMAIL_SHAPE = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


class SignInForm(FlaskForm):
    email = StringField("Email address", widget=GovTextInput(), validators=[
        InputRequired(message="Enter your email address"),
        Regexp(EMAIL_SHAPE, message="Enter an email address in the correct format, like name@example.org"),
        Length(max=254, message="Email address must be 254 characters or fewer"),
    ])
    password = PasswordField("Password", widget=GovPasswordInput(), validators=[
        InputRequired(message="Enter your password"), Length(max=256, message="Password is too long"),
    ])
    submit = SubmitField("Sign in", widget=GovSubmitInput())


class CodeForm(FlaskForm):
    code = StringField("Code", widget=GovTextInput(), validators=[
        InputRequired(message="Enter the 6-digit code from your authenticator app, or a recovery code"),
        Length(max=20, message="Enter the 6-digit code from your authenticator app, or a recovery code"),
    ])
    submit = SubmitField("Continue", widget=GovSubmitInput())


def _new_password() -> PasswordField:
    return PasswordField("New password", widget=GovPasswordInput(), validators=[
        InputRequired(message="Enter a new password"),
    ])


def _confirm() -> PasswordField:
    return PasswordField("Confirm new password", widget=GovPasswordInput(), validators=[
        InputRequired(message="Enter your new password again"),
        EqualTo("password", message="The passwords do not match"),
    ])


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField("Current password", widget=GovPasswordInput(), validators=[
        InputRequired(message="Enter your current password"),
    ])
    password = _new_password()
    confirm = _confirm()
    submit = SubmitField("Change password", widget=GovSubmitInput())


class SetUpForm(FlaskForm):
    password = _new_password()
    confirm = _confirm()
    submit = SubmitField("Set password", widget=GovSubmitInput())
