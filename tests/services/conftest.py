"""Service tests that need the SMS channel share its fixtures."""

from tests.web.sms.conftest import client, consultation_id, phone, sms_app, twilio_http

__all__ = ["client", "consultation_id", "phone", "sms_app", "twilio_http"]
