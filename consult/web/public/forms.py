"""The forum's comment form (bilingual: the forum may read the preview in Welsh)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length

from consult.models import Consultation
from consult.services.forum_review import COMMENT_MAX_CHARS
from consult.services.you_said import themes
from consult.web.kiosk.forms import CharacterCount, Radios, line_feeds_only
from consult.web.template_globals import current_language

WHOLE = "whole"


class ForumCommentForm(FlaskForm):
    theme_id = RadioField(
        _l("What is your comment about?"),
        widget=Radios(),
        validators=[InputRequired(message=_l("Choose what your comment is about"))],
        choices=[],
        default=WHOLE,
    )
    body = TextAreaField(
        _l("Your comment"),
        widget=CharacterCount(),
        filters=[line_feeds_only],
        validators=[
            InputRequired(message=_l("Enter your comment")),
            Length(max=COMMENT_MAX_CHARS,
                   message=_l("Your comment must be %(max)s characters or fewer", max=f"{COMMENT_MAX_CHARS:,}")),
        ],
    )

    def set_themes(self, consultation: Consultation) -> None:
        language = current_language()
        named = [SelectChoice(str(theme.id), theme.name_cy if language == "cy" and theme.name_cy else theme.name)
                 for theme in themes(consultation)]
        self.theme_id.choices = [SelectChoice(WHOLE, str(_l("The summary as a whole, or a missing theme"))), *named]

    def theme(self) -> int | None:
        value = self.theme_id.data
        return int(value) if value and value != WHOLE and value.isdigit() else None
