"""The staff "you said, we did" page: responses, the update text with its segment count, publishing,
and sending the text (with a clear message when Twilio is not configured)."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import Consultation, ConsultationStatus, Theme
from tests.conftest import queue_test_url
from tests.services.test_update_sending import ask_for_updates
from tests.web.sms.db_helpers import SmsUpdateContact, count
from tests.web.sms.twilio_helpers import RecordingHttpClient
from tests.web.staff.conftest import post


@pytest.fixture()
def texting(demo: Flask) -> tuple[FlaskClient, RecordingHttpClient]:
    """Twilio's side of the webhook, and the recording transport the app sends texts through."""
    http = RecordingHttpClient()
    demo.config.update(TWILIO_HTTP_CLIENT=http, SMS_SEND_PER_SECOND=1000)
    return demo.test_client(), http


def _demo(app: Flask, status: ConsultationStatus | None = None) -> tuple[int, list[int]]:
    with app.app_context():
        consultation = db.session.scalars(select(Consultation).where(Consultation.slug == "your-voice-2027")).one()
        if status is not None:
            consultation.status = status
            db.session.commit()
        themes = list(db.session.scalars(select(Theme.id).where(Theme.consultation_id == consultation.id)))
        return consultation.id, themes


def test_responses_are_saved_and_publishing_opens_the_public_page(demo: Flask, staff: FlaskClient) -> None:
    consultation_id, themes = _demo(demo)
    page = f"/staff/consultations/{consultation_id}/you-said"
    html = staff.get(page).get_data(as_text=True)
    assert "Results can be published once the consultation is closed" in html
    saved = post(staff, f"{page}/responses", {f"response_en-{themes[0]}": "We funded custody nurses.",
                                              f"response_cy-{themes[0]}": "Rydym wedi ariannu nyrsys."}, page=page)
    assert saved.status_code == 302 and saved.location.endswith("saved=responses")
    refused = post(staff, f"{page}/publish", {}, page=page)
    assert refused.status_code == 400 and "Close the consultation before publishing" in refused.get_data(as_text=True)

    _demo(demo, ConsultationStatus.CLOSED)
    assert post(staff, f"{page}/publish", {}, page=page).status_code == 302
    html = staff.get(page).get_data(as_text=True)
    assert "Published on" in html and 'href="/results/your-voice-2027"' in html
    public = demo.test_client().get("/results/your-voice-2027").get_data(as_text=True)
    assert "We funded custody nurses." in public
    assert post(staff, f"{page}/unpublish", {}, page=page).status_code == 302
    assert demo.test_client().get("/results/your-voice-2027").status_code == 404


def test_the_update_text_shows_its_count_and_is_refused_over_budget(demo: Flask, staff: FlaskClient) -> None:
    consultation_id, _themes = _demo(demo)
    page = f"/staff/consultations/{consultation_id}/you-said"
    html = staff.get(page).get_data(as_text=True)
    assert 'data-sms-counter=""' in html and "sms-counter.js" in html
    english = "You said police should listen. We now train every officer. Thank you."
    ok = post(staff, f"{page}/update", {"update_en": english, "update_cy": "Dywedoch chi: gwrandewch. Diolch."}, page)
    assert ok.status_code == 302
    html = staff.get(page).get_data(as_text=True)
    assert f"{len(english)} of 160 characters, 1 text message." in html  # counted on the server too
    long_welsh = "Dywedoch chi fod angen i'r heddlu wrando'n well ar bobl ŵ. " * 4
    refused = post(staff, f"{page}/update", {"update_en": english, "update_cy": long_welsh}, page)
    text = refused.get_data(as_text=True)
    assert refused.status_code == 400
    assert "The Welsh text needs 4 text messages: make it fit 2 or fewer" in text
    assert "makes it UCS-2" in text and "<title>Error:" in text
    with demo.app_context():
        assert db.session.get(Consultation, consultation_id).update_cy == "Dywedoch chi: gwrandewch. Diolch."


def test_sending_from_the_page_texts_everyone_waiting(
    demo: Flask, texting: tuple[FlaskClient, RecordingHttpClient], staff: FlaskClient
) -> None:
    client, twilio_http = texting
    sms_app = demo
    ask_for_updates(client)
    consultation_id, _themes = _demo(sms_app, ConsultationStatus.PUBLISHED)
    page = f"/staff/consultations/{consultation_id}/you-said"
    assert "3 people are waiting for this text" in staff.get(page).get_data(as_text=True)
    sent = post(staff, f"{page}/send", {}, page=page)
    assert sent.status_code == 302 and "sent=3" in sent.location
    assert "Sending finished: 3 sent, 0 failed." in staff.get(sent.location).get_data(as_text=True)
    assert len(twilio_http.sent) == 3 and count(sms_app, SmsUpdateContact) == 0


def test_without_twilio_the_page_says_so_and_sends_nothing(
    demo: Flask, texting: tuple[FlaskClient, RecordingHttpClient], staff: FlaskClient
) -> None:
    client, _http = texting
    sms_app = demo
    ask_for_updates(client)
    sms_app.config.update(TWILIO_ACCOUNT_SID="", TWILIO_AUTH_TOKEN="", TWILIO_FROM_NUMBER="")
    consultation_id, _themes = _demo(sms_app, ConsultationStatus.PUBLISHED)
    page = f"/staff/consultations/{consultation_id}/you-said"
    html = staff.get(page).get_data(as_text=True)
    assert ("Texts cannot be sent because Twilio is not configured. Ask your administrator to set "
            "TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER.") in html
    assert "Send the text to" not in html
    refused = post(staff, f"{page}/send", {}, page=page)
    assert refused.status_code == 400 and "Twilio is not configured" in refused.get_data(as_text=True)
    assert "Traceback" not in refused.get_data(as_text=True)
    assert count(sms_app, SmsUpdateContact) == 3


def test_a_queued_send_shows_its_progress_on_the_page(
    demo: Flask, texting: tuple[FlaskClient, RecordingHttpClient], staff: FlaskClient
) -> None:
    redis_url = queue_test_url()
    from redis import Redis
    from rq import SimpleWorker

    from consult.services.jobs import QUEUE_NAME

    client, twilio_http = texting
    ask_for_updates(client)
    consultation_id, _themes = _demo(demo, ConsultationStatus.PUBLISHED)
    demo.config["REDIS_URL"] = redis_url
    Redis.from_url(redis_url).flushdb()
    page = f"/staff/consultations/{consultation_id}/you-said"
    queued = post(staff, f"{page}/send", {}, page=page)
    assert queued.status_code == 302 and "job=" in queued.location
    html = staff.get(queued.location).get_data(as_text=True)
    assert "Waiting to start: the text will go to 3 people." in html and "Check progress" in html
    assert twilio_http.sent == []  # the request only queued the work
    with demo.app_context():
        SimpleWorker([QUEUE_NAME], connection=Redis.from_url(redis_url)).work(burst=True)
    html = staff.get(queued.location).get_data(as_text=True)
    assert "Sending finished: 3 sent, 0 failed." in html
    assert len(twilio_http.sent) == 3
