"""Admin: the kiosk tablets page, and revoking one tablet from it."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import AuditEvent
from consult.services import audit
from tests.web.admin.test_admin import post
from tests.web.kiosk.factory import create_tablet, tablet_id


def test_the_page_lists_tablets_without_anything_about_people(demo: Flask, admin: FlaskClient) -> None:
    first, second = create_tablet(demo), create_tablet(demo)
    page = admin.get("/admin/kiosks").get_data(as_text=True)
    assert tablet_id(first, demo) in page and tablet_id(second, demo) in page
    assert "Riverside Women&#39;s Centre" in page and page.count(">Revoke<") == 2
    assert "No tablet has been set up" not in page


def test_revoking_a_tablet_stops_it_at_once_and_is_audited(demo: Flask, admin: FlaskClient) -> None:
    lost, kept = create_tablet(demo), create_tablet(demo)
    lost_id = tablet_id(lost, demo)
    done = post(admin, f"/admin/kiosks/{lost_id}/revoke", "/admin/kiosks")
    assert done.status_code == 302 and done.headers["Location"].endswith(f"/admin/kiosks?revoked={lost_id}")  # type: ignore[attr-defined]
    page = admin.get(done.headers["Location"]).get_data(as_text=True)  # type: ignore[attr-defined]
    assert f"Tablet {lost_id} revoked" in page and "Revoked</strong>" in page and page.count(">Revoke<") == 1
    response = lost.get("/kiosk/")
    assert response.status_code == 403 and "This tablet is not set up" in response.get_data(as_text=True)
    assert kept.get("/kiosk/").status_code == 200
    with demo.app_context():
        events = db.session.scalars(select(AuditEvent).where(AuditEvent.action == audit.TABLET_REVOKED)).all()
        assert len(events) == 1 and events[0].object_type == "kiosk_tablet" and events[0].user_id is not None
    again = post(admin, f"/admin/kiosks/{lost_id}/revoke", "/admin/kiosks")
    assert again.status_code == 302  # type: ignore[attr-defined]
    with demo.app_context():
        assert len(db.session.scalars(select(AuditEvent).where(AuditEvent.action == audit.TABLET_REVOKED)).all()) == 1


def test_revoking_needs_the_csrf_token_and_a_real_tablet(demo: Flask, admin: FlaskClient) -> None:
    lost = create_tablet(demo)
    assert admin.post(f"/admin/kiosks/{tablet_id(lost, demo)}/revoke").status_code == 400
    assert lost.get("/kiosk/").status_code == 200
    assert post(admin, "/admin/kiosks/not-a-tablet/revoke", "/admin/kiosks").status_code == 404  # type: ignore[attr-defined]
