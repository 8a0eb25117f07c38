"""Admin: changing the retention settings on the Retention page (stored, validated, audited)."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import AuditEvent, RetentionSetting
from consult.services import audit, retention_settings
from tests.web.admin.test_admin import post
from tests.web.auth_helpers import errors_on

FIELDS = {rule.name: rule.name.lower() for rule in retention_settings.RULES}


def form(app: Flask, **changes: str) -> dict[str, str]:
    """Every field as the page shows it (the configured days), with some changed."""
    values = {field: str(app.config[name]) for name, field in FIELDS.items()}
    return {**values, **changes}


def overrides(app: Flask) -> dict[str, int]:
    with app.app_context():
        return {row.name: row.days for row in db.session.scalars(select(RetentionSetting))}


def retention_events(app: Flask) -> list[dict[str, object]]:
    with app.app_context():
        return [e.detail for e in db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == audit.RETENTION_CHANGED).order_by(AuditEvent.id))]


def test_the_page_shows_each_setting_in_a_field(demo: Flask, admin: FlaskClient) -> None:
    page = admin.get("/admin/retention").get_data(as_text=True)
    assert f'value="{demo.config["FREE_TEXT_RETENTION_DAYS"]}"' in page and 'id="free_text_retention_days"' in page
    assert "Save retention settings" in page and 'inputmode="numeric"' in page


def test_an_admin_changes_a_setting_and_it_is_audited(demo: Flask, admin: FlaskClient) -> None:
    configured = demo.config["FREE_TEXT_RETENTION_DAYS"]
    saved = post(admin, "/admin/retention", "/admin/retention", **form(demo, free_text_retention_days="90"))
    assert saved.status_code == 302 and saved.headers["Location"].endswith("/admin/retention?saved=1")  # type: ignore[attr-defined]
    page = admin.get(saved.headers["Location"]).get_data(as_text=True)  # type: ignore[attr-defined]
    assert "Retention settings saved" in page and 'value="90"' in page and "changed here to 90 days" in page
    assert overrides(demo) == {"FREE_TEXT_RETENTION_DAYS": 90}
    assert retention_events(demo) == [{"setting": "FREE_TEXT_RETENTION_DAYS", "old_days": configured,
                                       "new_days": 90}]
    with demo.app_context():
        assert retention_settings.days("FREE_TEXT_RETENTION_DAYS") == 90
        assert retention_settings.days("UPDATE_CONTACT_RETENTION_DAYS") == demo.config["UPDATE_CONTACT_RETENTION_DAYS"]


def test_saving_the_servers_value_again_removes_the_override(demo: Flask, admin: FlaskClient) -> None:
    post(admin, "/admin/retention", "/admin/retention", **form(demo, free_text_retention_days="90"))
    unchanged = post(admin, "/admin/retention", "/admin/retention", **form(demo, free_text_retention_days="90"))
    assert unchanged.headers["Location"].endswith("saved=0")  # type: ignore[attr-defined]
    assert "Nothing changed" in admin.get("/admin/retention?saved=0").get_data(as_text=True)
    back = post(admin, "/admin/retention", "/admin/retention", **form(demo))
    assert back.status_code == 302 and overrides(demo) == {}  # type: ignore[attr-defined]
    assert [event["new_days"] for event in retention_events(demo)] == [90, demo.config["FREE_TEXT_RETENTION_DAYS"]]


def test_the_form_accepts_only_whole_days_in_range(demo: Flask, admin: FlaskClient) -> None:
    bad = post(admin, "/admin/retention", "/admin/retention", **form(
        demo, free_text_retention_days="", update_contact_retention_days="12.5",
        sms_conversation_retention_days="3", sms_message_id_retention_days="4000"))
    assert bad.status_code == 200  # type: ignore[attr-defined]
    html = bad.get_data(as_text=True)  # type: ignore[attr-defined]
    assert errors_on(html) == [
        "Enter how many days to keep free text of closed consultations",
        "Phone numbers of people who asked for an update must be a whole number of days, like 365",
        "Text message conversation state must be kept for between 7 and 3,650 days",
        "Text message ids must be kept for between 1 and 3,650 days",
    ]
    assert "<title>Error:" in html
    too_short = post(admin, "/admin/retention", "/admin/retention", **form(demo, free_text_retention_days="29"))
    assert errors_on(too_short.get_data(as_text=True)) == [  # type: ignore[attr-defined]
        "Free text of closed consultations must be kept for between 30 and 3,650 days"]
    assert overrides(demo) == {} and retention_events(demo) == []


def test_an_empty_post_shows_errors_and_changes_nothing(demo: Flask, admin: FlaskClient) -> None:
    empty = post(admin, "/admin/retention", "/admin/retention")
    assert empty.status_code == 200 and len(errors_on(empty.get_data(as_text=True))) == 4  # type: ignore[attr-defined]
    assert overrides(demo) == {}
