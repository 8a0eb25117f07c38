"""Admin: organisations, their venues, and the named places and names the anonymiser removes for them."""

from __future__ import annotations

from flask import abort, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from consult.models import OrganisationKind, VenueType
from consult.services import organisations
from consult.services.organisations import OrganisationError
from consult.web.admin.forms import OrganisationForm, VenueForm
from consult.web.admin.views import bp


@bp.get("/organisations")
def organisations_list() -> ResponseReturnValue:
    return render_template("admin/organisations.html", organisations=organisations.list_organisations(),
                           kinds=organisations.KIND_LABELS)


@bp.route("/organisations/new", methods=["GET", "POST"])
def new_organisation() -> ResponseReturnValue:
    return _organisation_form(None)


@bp.route("/organisations/<int:organisation_id>", methods=["GET", "POST"])
def organisation(organisation_id: int) -> ResponseReturnValue:
    return _organisation_form(organisation_id)


def _organisation_form(organisation_id: int | None) -> ResponseReturnValue:
    found = organisations.get_organisation(organisation_id) if organisation_id is not None else None
    if organisation_id is not None and found is None:
        abort(404)
    form = OrganisationForm(obj=found, data=None if found else {"kind": OrganisationKind.PARTNER.value})
    if form.validate_on_submit():
        try:
            saved = organisations.save_organisation(current_user.id, organisation_id, form.name.data or "",
                                                    OrganisationKind(form.kind.data), form.redact_places.data or "",
                                                    form.redact_names.data or "")
        except OrganisationError as error:
            form[error.field].errors = [str(error)]
        else:
            return redirect(url_for("admin.organisation", organisation_id=saved.id, saved=1))
    return render_template("admin/organisation.html", form=form, organisation=found,
                           venue_types=organisations.VENUE_TYPE_LABELS)


@bp.route("/organisations/<int:organisation_id>/venues/new", methods=["GET", "POST"])
def new_venue(organisation_id: int) -> ResponseReturnValue:
    return _venue_form(organisation_id, None)


@bp.route("/organisations/<int:organisation_id>/venues/<int:venue_id>", methods=["GET", "POST"])
def venue(organisation_id: int, venue_id: int) -> ResponseReturnValue:
    return _venue_form(organisation_id, venue_id)


def _venue_form(organisation_id: int, venue_id: int | None) -> ResponseReturnValue:
    owner = organisations.get_organisation(organisation_id)
    found = organisations.get_venue(venue_id) if venue_id is not None else None
    if owner is None or (venue_id is not None and (found is None or found.organisation_id != organisation_id)):
        abort(404)
    form = VenueForm(obj=found)
    if form.validate_on_submit():
        organisations.save_venue(current_user.id, organisation_id, venue_id, form.name.data or "",
                                 VenueType(form.venue_type.data), bool(form.active.data))
        return redirect(url_for("admin.organisation", organisation_id=organisation_id, saved=1))
    return render_template("admin/venue.html", form=form, organisation=owner, venue=found)
