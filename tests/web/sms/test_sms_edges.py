"""The webhooks' edges: every field checked before a service runs, GET refused before anything
is logged, and no query string in the access log. Requests are signed with the real validator."""

from __future__ import annotations

import http.client
import logging
import re
import socket
import threading
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.serving import make_server

from consult.web.serving import RequestHandler
from tests.web.sms.db_helpers import SmsConversation, SmsInboundMessage, SmsStatusEvent, count
from tests.web.sms.twilio_helpers import new_sid, twilio_post

NUMBER = "+447700900321"


def inbound(**fields: str) -> dict[str, str]:
    return {
        "MessageSid": new_sid(),
        "AccountSid": "AC" + "0" * 32,
        "From": NUMBER,
        "To": "+447700900000",
        "Body": "VOICE",
        "NumMedia": "0",
        **fields,
    }


def nothing_stored(app: Flask) -> bool:
    return count(app, SmsInboundMessage) == 0 and count(app, SmsConversation) == 0 and count(app, SmsStatusEvent) == 0


@pytest.mark.parametrize(
    "fields",
    [
        {"MessageSid": "SM" + "a" * 100_000},  # 100 KB: never stored
        {"MessageSid": "SM" + "a" * 33},
        {"MessageSid": "SMnot-a-sid"},
        {"MessageSid": ""},
        {"From": ""},
        {"From": "+44 7700 900321; DROP TABLE"},
        {"From": "+4" + "7" * 40},
        {"AccountSid": "AC" + "z" * 32},
        {"To": "x" * 100},
        {"Body": "x" * 1_601},
        {"NumMedia": "99999999999999999999999999"},
        {"NumMedia": "-1"},
        {"NumMedia": "١"},  # an Arabic-Indic digit: isdigit() but not ASCII
        {"OptOutType": "S" * 100},
    ],
    ids=lambda fields: f"{next(iter(fields))}={next(iter(fields.values()))[:12]!r}",
)
def test_a_malformed_inbound_field_is_refused_and_nothing_stored(
    sms_app: Flask, client: FlaskClient, fields: dict[str, str]
) -> None:
    response = twilio_post(client, "/sms/inbound", inbound(**fields))
    assert response.status_code == 400
    assert nothing_stored(sms_app)


def test_well_formed_inbound_fields_at_their_limits_are_accepted(sms_app: Flask, client: FlaskClient) -> None:
    assert twilio_post(client, "/sms/inbound", inbound(NumMedia="10", OptOutType="")).status_code == 200
    long_body = inbound(Body="x" * 1_600, MessageSid="MM" + "f" * 32)
    assert twilio_post(client, "/sms/inbound", long_body).status_code == 200
    assert count(sms_app, SmsInboundMessage) == 2


@pytest.mark.parametrize(
    "fields",
    [
        {"ErrorCode": "99999999999999999999999999"},  # once an OverflowError and a 500
        {"ErrorCode": "-5"},
        {"ErrorCode": "3000x"},
        {"MessageStatus": "delivered" * 10},
        {"MessageStatus": "exploded"},
        {"MessageSid": "SM" + "b" * 100_000},
        {"AccountSid": "not-an-account"},
    ],
    ids=lambda fields: f"{next(iter(fields))}={next(iter(fields.values()))[:12]!r}",
)
def test_a_malformed_status_callback_is_refused_cleanly(
    sms_app: Flask, client: FlaskClient, fields: dict[str, str]
) -> None:
    form = {"MessageSid": new_sid(), "MessageStatus": "failed", "AccountSid": "AC" + "0" * 32, **fields}
    assert twilio_post(client, "/sms/status", form).status_code == 400
    assert nothing_stored(sms_app)


def test_a_status_callback_with_a_real_error_code_is_stored(sms_app: Flask, client: FlaskClient) -> None:
    form = {"MessageSid": new_sid(), "MessageStatus": "undelivered", "ErrorCode": "30003"}
    assert twilio_post(client, "/sms/status", form).status_code == 204
    assert count(sms_app, SmsStatusEvent) == 1


@pytest.mark.parametrize("path", ["/sms/inbound", "/sms/status"])
def test_get_is_refused_with_405_and_nothing_about_it_is_logged(
    sms_app: Flask, client: FlaskClient, path: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A number misconfigured to use GET sends From and Body in the query string."""
    caplog.set_level(logging.DEBUG)
    response = client.get(f"{path}?From=%2B447700900321&Body=Ask+for+Dave+Jones&MessageSid={new_sid()}")
    assert response.status_code == 405
    assert "7700900321" not in caplog.text and "Dave" not in caplog.text
    assert nothing_stored(sms_app)


@pytest.fixture()
def served(sms_app: Flask) -> Iterator[int]:
    """The app behind the same werkzeug request handler `consult serve --dev` uses."""
    server = make_server("127.0.0.1", 0, sms_app, threaded=True, request_handler=RequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_port
    server.shutdown()
    thread.join(timeout=5)
    server.server_close()


def test_the_development_servers_log_never_has_a_query_string(served: int, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for method, target in (
        ("GET", "/sms/inbound?From=%2B447700900321&Body=Ask+for+Dave+Jones"),
        ("GET", "/sms/status?From=%2B447700900321&Body=Ask+for+Dave+Jones"),
        ("POST", "/sms/inbound?From=%2B447700900321&Body=Ask+for+Dave+Jones"),
        ("GET /sms/inbound?From=%2B447700900321 HTTP/1.1 junk", ""),  # a malformed request line
    ):
        if not target:
            with socket.create_connection(("127.0.0.1", served), timeout=10) as raw:
                raw.sendall(method.encode() + b"\r\n\r\n")
                raw.recv(1000)
            continue
        connection = http.client.HTTPConnection("127.0.0.1", served, timeout=10)
        connection.request(method, target)
        status = connection.getresponse().status
        connection.close()
        assert status in (403, 405)
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", r.getMessage()) for r in caplog.records if r.name == "werkzeug"]
    assert any('"GET /sms/inbound HTTP/1.1" 405' in line for line in lines), lines
    assert any('"POST /sms/inbound HTTP/1.1" 403' in line for line in lines), lines
    assert "7700900321" not in caplog.text and "Dave" not in caplog.text and "?" not in "".join(lines)
