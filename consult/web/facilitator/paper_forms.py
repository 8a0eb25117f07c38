"""The paper forms upload form."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from govuk_frontend_wtf.wtforms_widgets import GovFileInput, GovRadioInput, GovSelect
from wtforms import Field, RadioField, SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, ValidationError

from consult.models import Consultation, Venue


class PaperForm(FlaskForm):
    consultation = SelectField("Consultation", widget=GovSelect(), choices=[],
                               validators=[InputRequired(message="Choose the consultation")])
    venue = SelectField("Venue", widget=GovSelect(), choices=[], validators=[InputRequired(message="Choose the venue")])
    written_by = RadioField("Who wrote the answers on the forms?", widget=GovRadioInput(), choices=[
        SelectChoice("participants", "The participants themselves"),
        SelectChoice("facilitator", "A facilitator, writing down what people said"),
    ], validators=[InputRequired(message="Choose who wrote the answers on the forms")])
    file = FileField("Spreadsheet saved as CSV", widget=GovFileInput(),
                     validators=[FileRequired(message="Choose the CSV file to upload")])

    def configure(self, consultations: list[Consultation], venues: list[Venue]) -> PaperForm:
        self.consultation.choices = [SelectChoice("", "Choose a consultation")] + [
            SelectChoice(str(c.id), c.title_en) for c in consultations]
        self.venue.choices = [SelectChoice("", "Choose a venue")] + [SelectChoice(str(v.id), v.name) for v in venues]
        return self

    def validate_file(self, field: Field) -> None:
        if field.data and not (field.data.filename or "").lower().endswith((".csv", ".txt")):
            raise ValidationError("The file must be a CSV file: in your spreadsheet, choose Save as, then CSV")

    def fail(self, message: str) -> None:
        self.file.errors = [*self.file.errors, message]  # type: ignore[list-item]
