"""The webhook fails closed: only requests Twilio signed for our public URL get in."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from consult.web.sms.signature import public_url
from tests.conftest import make_app
from tests.web.sms.db_helpers import SmsConversation, SmsInboundMessage, SmsStatusEvent, count
from tests.web.sms.twilio_helpers import PUBLIC_BASE_URL, new_sid, sign, twilio_post

FORM = {"MessageSid": "SM" + "5" * 32, "From": "+447700900123", "To": "+447700900000", "Body": "VOICE", "NumMedia": "0"}


def nothing_stored(app: Flask) -> bool:
    return count(app, SmsInboundMessage) == 0 and count(app, SmsConversation) == 0


def test_a_correctly_signed_request_is_accepted(client: FlaskClient) -> None:
    assert twilio_post(client, "/sms/inbound", FORM).status_code == 200


def test_tampered_body_is_refused(sms_app: Flask, client: FlaskClient) -> None:
    signature = sign(PUBLIC_BASE_URL + "/sms/inbound", FORM)
    tampered = {**FORM, "Body": "STOP"}
    assert twilio_post(client, "/sms/inbound", tampered, signature=signature).status_code == 403
    assert nothing_stored(sms_app)


def test_signature_for_another_url_is_refused(sms_app: Flask, client: FlaskClient) -> None:
    for url in (
        "https://evil.example.org/sms/inbound",
        "http://consult.example.org/sms/inbound",
        PUBLIC_BASE_URL + "/sms/status",
    ):
        assert twilio_post(client, "/sms/inbound", FORM, signed_url=url).status_code == 403
    assert nothing_stored(sms_app)


def test_the_url_with_or_without_its_default_port_is_accepted(sms_app: Flask, client: FlaskClient) -> None:
    """Twilio may sign the URL with the port written out; twilio's validator allows both forms, and
    the quick check of the configured URL falls back to it."""
    for url in (PUBLIC_BASE_URL + "/sms/inbound", "https://consult.example.org:443/sms/inbound"):
        form = {**FORM, "MessageSid": new_sid()}
        assert twilio_post(client, "/sms/inbound", form, signed_url=url).status_code == 200
    wrong_port = {**FORM, "MessageSid": new_sid()}
    assert (
        twilio_post(
            client, "/sms/inbound", wrong_port, signed_url="https://consult.example.org:8443/sms/inbound"
        ).status_code
        == 403
    )


def test_missing_or_empty_header_is_refused(sms_app: Flask, client: FlaskClient) -> None:
    assert client.post("/sms/inbound", data=FORM).status_code == 403
    assert twilio_post(client, "/sms/inbound", FORM, signature="").status_code == 403
    assert nothing_stored(sms_app)


def test_wrong_token_is_refused(sms_app: Flask, client: FlaskClient) -> None:
    assert twilio_post(client, "/sms/inbound", FORM, token="someone-elses-token").status_code == 403
    assert nothing_stored(sms_app)


def test_no_auth_token_configured_refuses_everything(sms_app: Flask, client: FlaskClient) -> None:
    sms_app.config["TWILIO_AUTH_TOKEN"] = ""
    assert twilio_post(client, "/sms/inbound", FORM, token="").status_code == 403
    sms_app.config["TWILIO_AUTH_TOKEN"] = "testing-twilio-auth-token"
    sms_app.config["PUBLIC_BASE_URL"] = ""
    assert twilio_post(client, "/sms/inbound", FORM).status_code == 403
    assert nothing_stored(sms_app)


@pytest.mark.parametrize("hops", [0, 1])
def test_spoofed_forwarded_host_is_refused(tmp_path: Path, hops: int) -> None:
    """A signature made for the attacker's host, with X-Forwarded-Host naming it (alone, or as an
    untrusted hop before our proxy's own entry), must fail: the URL checked comes from
    PUBLIC_BASE_URL, whatever ProxyFix makes of the forwarded headers."""
    app = make_app(f"sqlite:///{tmp_path / 'proxy.sqlite3'}", PROXY_HOPS=hops)
    client = app.test_client()
    spoofed = "https://attacker.example.net/sms/inbound"
    for forwarded in ("attacker.example.net", "attacker.example.net, consult.example.org"):
        headers = {
            "X-Forwarded-Host": forwarded,
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": "203.0.113.9",
        }
        response = twilio_post(client, "/sms/inbound", FORM, signed_url=spoofed, headers=headers)
        assert response.status_code == 403
        assert nothing_stored(app)
    headers = {"X-Forwarded-Host": "consult.example.org", "X-Forwarded-Proto": "https"}
    ok = twilio_post(client, "/sms/inbound", {**FORM, "MessageSid": new_sid()}, headers=headers)
    assert ok.status_code == 200  # the real public URL still works behind the proxy


def test_status_callback_needs_a_signature_too(sms_app: Flask, client: FlaskClient) -> None:
    form = {"MessageSid": "SM" + "6" * 32, "MessageStatus": "delivered"}
    assert client.post("/sms/status", data=form).status_code == 403
    assert twilio_post(client, "/sms/status", form, token="wrong").status_code == 403
    assert count(sms_app, SmsStatusEvent) == 0
    assert twilio_post(client, "/sms/status", form).status_code == 204


def test_query_string_is_part_of_the_signed_url(sms_app: Flask) -> None:
    with sms_app.test_request_context("/sms/inbound?venue=3", method="POST"):
        from flask import request

        assert public_url(request, "https://consult.example.org/") == (
            "https://consult.example.org/sms/inbound?venue=3"
        )
