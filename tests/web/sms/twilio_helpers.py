"""Test helpers for the SMS channel: requests signed with the real RequestValidator, a phone
that talks to the webhook, and a recording stand-in for Twilio's HTTP transport (the only fake)."""

from __future__ import annotations

import itertools
import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

from flask.testing import FlaskClient
from twilio.http import HttpClient
from twilio.http.response import Response as TwilioResponse
from twilio.request_validator import RequestValidator
from werkzeug.test import TestResponse

PUBLIC_BASE_URL = "https://consult.example.org"
AUTH_TOKEN = "testing-twilio-auth-token"
_sids = itertools.count(1)
_sid_lock = threading.Lock()


def new_sid(prefix: str = "SM") -> str:
    with _sid_lock:
        return f"{prefix}{next(_sids):032x}"


def sign(url: str, data: Mapping[str, str], token: str = AUTH_TOKEN) -> str:
    return str(RequestValidator(token).compute_signature(url, dict(data)))


def twilio_post(
    client: FlaskClient,
    path: str,
    data: Mapping[str, str],
    *,
    token: str = AUTH_TOKEN,
    signed_url: str | None = None,
    headers: Mapping[str, str] | None = None,
    signature: str | None = None,
) -> TestResponse:
    """POST as Twilio would: form-encoded, signed for the public URL with the real validator."""
    url = signed_url or PUBLIC_BASE_URL + path
    all_headers = {"X-Twilio-Signature": signature if signature is not None else sign(url, data, token)}
    all_headers.update(headers or {})
    return client.post(path, data=dict(data), headers=all_headers)


def replies_of(response: TestResponse) -> list[str]:
    """The text of each <Message> in a TwiML answer."""
    assert response.status_code == 200, response.status_code
    root = ElementTree.fromstring(response.data)
    return [message.text or "" for message in root.iter("Message")]


@dataclass
class Phone:
    """A person's phone texting the service's number."""

    client: FlaskClient
    number: str = "+447700900123"
    sent: list[str] = field(default_factory=list)

    def text(self, body: str, *, sid: str | None = None, num_media: int = 0) -> list[str]:
        data = {
            "MessageSid": sid or new_sid(),
            "AccountSid": "AC" + "0" * 32,
            "From": self.number,
            "To": "+447700900000",
            "Body": body,
            "NumMedia": str(num_media),
        }
        self.sent.append(data["MessageSid"])
        return replies_of(twilio_post(self.client, "/sms/inbound", data))


@dataclass
class Recorded:
    method: str
    uri: str
    data: dict[str, Any]


class RecordingHttpClient(HttpClient):
    """Answers Twilio REST calls like the API would, and records every request."""

    def __init__(
        self, *, failures: Mapping[str, int] | None = None, numbers_by_sid: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(logger=None, is_async=False)  # type: ignore[arg-type]
        self.requests: list[Recorded] = []
        self.failures = dict(failures or {})
        self.numbers_by_sid = dict(numbers_by_sid or {})

    def request(
        self,
        method: str,
        uri: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> TwilioResponse:
        body = dict(data or {})
        self.requests.append(Recorded(method, uri, body))
        if method == "POST" and uri.endswith("/Messages.json"):
            to = str(body["To"])
            if to in self.failures:
                error = {"code": self.failures[to], "message": "refused", "status": 400}
                return TwilioResponse(400, json.dumps(error))
            sid = new_sid()
            return TwilioResponse(
                201,
                json.dumps(
                    {"sid": sid, "status": "queued", "to": to, "from": body.get("From"), "body": body.get("Body")}
                ),
            )
        match = re.search(r"/Messages/(\w+)\.json$", uri)
        if method == "GET" and match:
            sid = match.group(1)
            if sid not in self.numbers_by_sid:
                return TwilioResponse(404, json.dumps({"code": 20404, "message": "not found", "status": 404}))
            return TwilioResponse(200, json.dumps({"sid": sid, "from": self.numbers_by_sid[sid], "status": "received"}))
        return TwilioResponse(404, json.dumps({"code": 20404, "message": "not found", "status": 404}))

    @property
    def sent(self) -> list[Recorded]:
        return [r for r in self.requests if r.method == "POST"]
