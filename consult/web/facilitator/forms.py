"""Facilitator forms (English only, like every staff page)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovRadioInput, GovSubmitInput
from wtforms import RadioField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length

from consult.services.safeguarding_queue import NOTE_MAX_CHARS, OUTCOME_LABELS


class ReviewForm(FlaskForm):
    outcome = RadioField(
        "What did you do?",
        widget=GovRadioInput(),
        choices=[SelectChoice(outcome.value, label) for outcome, label in OUTCOME_LABELS.items()],
        validators=[InputRequired(message="Choose what you did about this answer")],
    )
    note = TextAreaField(
        "Note",
        widget=GovCharacterCount(),
        validators=[
            InputRequired(message="Write a short note on what you did"),
            Length(max=NOTE_MAX_CHARS, message=f"The note must be {NOTE_MAX_CHARS} characters or fewer"),
        ],
    )
    submit = SubmitField("Mark as reviewed", widget=GovSubmitInput())
