"""Theme review's forms (staff pages: English only)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovRadioInput, GovTextInput
from wtforms import RadioField, SelectMultipleField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length

from consult.models import Theme
from consult.services.theme_changes import SplitChoice

_NAME_LENGTH = Length(max=120, message="Name must be 120 characters or fewer")


class RenameForm(FlaskForm):
    name = StringField("Name in English", widget=GovTextInput(),
                       validators=[InputRequired(message="Enter the theme's name in English"), _NAME_LENGTH])
    name_cy = StringField("Name in Welsh", widget=GovTextInput(), validators=[_NAME_LENGTH])


class MergeForm(FlaskForm):
    target = RadioField("Merge it into", widget=GovRadioInput(),
                        validators=[InputRequired(message="Choose the theme to merge this one into")])

    def __init__(self, themes: tuple[Theme, ...], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.target.choices = [SelectChoice(str(t.id), t.name) for t in themes]


class SplitForm(RenameForm):
    answers = SelectMultipleField(
        "Answers that move to the new theme", widget=GovCheckboxesInput(), coerce=int,
        validators=[InputRequired(message="Choose at least one answer to move to the new theme")],
    )

    def __init__(self, choices: list[SplitChoice], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.answers.choices = [SelectChoice(c.answer_id, c.text) for c in choices]
