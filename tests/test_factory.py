"""The application factory and what every response carries."""

from __future__ import annotations

from flask import Flask

# One blueprint per audience: the public, staff signing in, administrators, staff building
# consultations, facilitators, kiosk tablets and Twilio's webhooks (and the health check).
AUDIENCES = {"public", "auth", "admin", "staff", "facilitator", "kiosk", "sms", "health"}


def test_factory_registers_every_audience(app: Flask) -> None:
    assert set(app.blueprints) == AUDIENCES
    for audience in AUDIENCES:
        assert any(rule.endpoint.startswith(f"{audience}.") for rule in app.url_map.iter_rules()), audience


def test_health_checks_the_database(app: Flask) -> None:
    response = app.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_health_reports_an_unreachable_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from consult import create_app

    broken = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/missing-dir/x.db"})
    response = broken.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["status"] == "unavailable"


def test_security_headers_on_every_page(app: Flask) -> None:
    response = app.test_client().get("/healthz")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_unknown_page_is_a_friendly_404(app: Flask) -> None:
    response = app.test_client().get("/no-such-page")
    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True)
