"""The app's cookie sessions, except that a webhook starts from an empty one."""

from __future__ import annotations

from flask import Flask, Request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface


class SessionInterface(SecureCookieSessionInterface):
    """Twilio keeps cookies per conversation and would send one back, but no webhook reads
    the session, so skip unsigning a cookie (and building the signer) for every text."""

    def __init__(self, webhook_prefix: str) -> None:
        self.webhook_prefix = webhook_prefix

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        # By path: the session is opened before the URL is matched to a blueprint.
        if request.path.startswith(self.webhook_prefix):
            return self.session_class()
        return super().open_session(app, request)
