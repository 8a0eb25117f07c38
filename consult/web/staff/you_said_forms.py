"""Forms of the "you said, we did" and forum check pages (staff: English only)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovTextArea, GovTextInput
from wtforms import IntegerField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from consult.services.forum_review import DEFAULT_DAYS, MAX_DAYS


class UpdateForm(FlaskForm):
    update_en = TextAreaField("Text message in English", widget=GovTextArea(), validators=[Optional()])
    update_cy = TextAreaField("Text message in Welsh", widget=GovTextArea(), validators=[Optional()])


class ForumLinkForm(FlaskForm):
    forum_name = StringField(
        "Name of the forum",
        widget=GovTextInput(),
        validators=[InputRequired(message="Enter the name of the forum"),
                    Length(max=200, message="The forum's name must be 200 characters or fewer")],
    )
    days = IntegerField(
        "Days the link works for",
        widget=GovTextInput(),
        default=DEFAULT_DAYS,
        validators=[InputRequired(message="Enter how many days the link works for"),
                    NumberRange(min=1, max=MAX_DAYS, message=f"The link must last between 1 and {MAX_DAYS} days")],
    )
