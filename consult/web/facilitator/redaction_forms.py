"""The "redact more" form."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxInput, GovRadioInput, GovTextInput
from wtforms import BooleanField, RadioField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length

from consult.services.redaction_review import KINDS


class RedactForm(FlaskForm):
    words = StringField("Words to remove", widget=GovTextInput(), validators=[
        InputRequired(message="Enter the words to remove, exactly as they appear"),
        Length(max=100, message="Enter at most 100 characters: remove one detail at a time"),
    ])
    kind = RadioField("What kind of detail is it?", widget=GovRadioInput(),
                      choices=[SelectChoice(kind, label) for kind, label in KINDS.items()],
                      validators=[InputRequired(message="Choose what kind of detail it is")])
    add_to_list = BooleanField("Also remove these words from future answers at our venues", widget=GovCheckboxInput())

    def fail(self, message: str) -> None:
        self.words.errors = [*self.words.errors, message]  # type: ignore[list-item]
