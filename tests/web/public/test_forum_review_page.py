"""A forum opens its preview link with no account, comments (anonymised), and staff see and answer it."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult import create_app
from consult.extensions import db
from consult.models import ForumComment, ForumReview, Theme
from consult.services import forum_review
from tests.conftest import csrf_token
from tests.web.public.factory import make_small_consultation
from tests.web.public.test_results_page import assert_no_small_number
from tests.web.staff.conftest import post

PLANTED = "Dave Jones said that quote about the cell is not what we meant, call him on 07912 345678"


def _make_link(client: FlaskClient, consultation_id: int, name: str = "Riverside lived-experience forum") -> str:
    response = post(client, f"/staff/consultations/{consultation_id}/forum-reviews",
                    {"forum_name": name, "days": "14"})
    assert response.status_code == 200
    link = re.search(r'id="new-link" type="text" value="([^"]+)"', response.get_data(as_text=True))
    assert link is not None
    assert link.group(1).startswith("https://consult.example.org/forum-review/")  # the public address
    return link.group(1).removeprefix("https://consult.example.org")


def test_staff_make_a_link_the_forum_comments_and_staff_say_what_changed(demo: Flask, staff: FlaskClient) -> None:
    with demo.app_context():
        consultation_id = make_small_consultation()
        theme_id = db.session.scalars(select(Theme.id).where(Theme.consultation_id == consultation_id)).first()
    path = _make_link(staff, consultation_id)
    forum = demo.test_client()  # nobody signed in
    for language in ("en", "cy"):
        page = forum.get(f"{path}?lang={language}")
        assert page.status_code == 200 and page.headers["Cache-Control"].startswith("no-store")
        html = page.get_data(as_text=True)
        assert_no_small_number(html, language)
    assert "We acted on being listened to." in forum.get(f"{path}?lang=en").get_data(as_text=True)

    html = forum.get(path).get_data(as_text=True)
    sent = forum.post(path, data={"csrf_token": csrf_token(html), "theme_id": str(theme_id), "body": PLANTED})
    assert sent.status_code == 302 and "sent=1" in sent.location
    thanked = forum.get(sent.location).get_data(as_text=True)
    assert "Thank you: your comment was sent" in thanked and "Samaritans" not in thanked
    risky = forum.post(path, data={"csrf_token": csrf_token(html), "theme_id": "whole",
                                   "body": "Reading this made me want to kill myself."})
    assert "sent=support" in risky.location
    assert "116 123" in forum.get(risky.location).get_data(as_text=True)  # support at once, as after any answer
    empty = forum.post(path, data={"csrf_token": csrf_token(html), "theme_id": "whole", "body": ""})
    assert empty.status_code == 400 and "Enter your comment" in empty.get_data(as_text=True)

    with demo.app_context():
        comment = db.session.scalars(select(ForumComment).order_by(ForumComment.id)).first()
        assert comment.theme_id == theme_id
        assert "Dave Jones" not in comment.body and "07912" not in comment.body and "[NAME]" in comment.body
        comment_id = comment.id
    page = staff.get(f"/staff/consultations/{consultation_id}/forum-reviews").get_data(as_text=True)
    assert "Riverside lived-experience forum" in page and "not what we meant" in page and "Dave Jones" not in page
    answered = post(staff, f"/staff/consultations/{consultation_id}/forum-reviews/comments/{comment_id}",
                    {"staff_response": "Quote replaced."}, page=f"/staff/consultations/{consultation_id}/forum-reviews")
    assert answered.status_code == 302
    with demo.app_context():
        assert db.session.get(ForumComment, comment_id).staff_response == "Quote replaced."


def test_an_expired_or_revoked_link_shows_no_data(demo: Flask, staff: FlaskClient) -> None:
    with demo.app_context():
        consultation_id = make_small_consultation()
    expired, revoked = _make_link(staff, consultation_id, "Expired forum"), _make_link(staff, consultation_id)
    with demo.app_context():
        review = db.session.scalars(select(ForumReview).where(ForumReview.forum_name == "Expired forum")).one()
        review.expires_at = datetime.now(UTC) - timedelta(minutes=1)
        db.session.commit()
        other = db.session.scalars(select(ForumReview).where(ForumReview.forum_name != "Expired forum")).one()
    revoke = post(staff, f"/staff/consultations/{consultation_id}/forum-reviews/{other.id}/revoke", {},
                  page=f"/staff/consultations/{consultation_id}/forum-reviews")
    assert revoke.status_code == 302
    forum = demo.test_client()
    for path in (expired, revoked, "/forum-review/not-a-real-token"):
        for language, words in (("en", "This link has stopped working"), ("cy", "ddolen hon wedi peidio")):
            page = forum.get(f"{path}?lang={language}")
            html = page.get_data(as_text=True)
            assert page.status_code == 404 and words in html
            assert "Results check" not in html and "app-count" not in html and "<form" not in html
        posted = forum.post(path, data={"body": "Still here?", "theme_id": "whole"})
        assert posted.status_code in (400, 404)  # no CSRF token from a dead page: refused either way
    with demo.app_context():
        assert db.session.scalars(select(ForumComment)).all() == []


def test_comments_are_rate_limited(demo_database: Path, tmp_path: Path) -> None:
    target = tmp_path / "limited.sqlite3"
    shutil.copyfile(demo_database, target)
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{target}", "RATELIMIT_ENABLED": True,
                                 "FORUM_COMMENT_RATE_LIMIT": "3 per hour"})
    with app.app_context():
        consultation_id = make_small_consultation()
        from consult.models import Consultation

        token = forum_review.create_link(db.session.get(Consultation, consultation_id), "Forum").token
        db.session.remove()
    client = app.test_client()
    html = client.get(f"/forum-review/{token}").get_data(as_text=True)
    statuses = [client.post(f"/forum-review/{token}", data={"csrf_token": csrf_token(html), "theme_id": "whole",
                                                            "body": f"Comment {n}"}).status_code for n in range(5)]
    assert statuses == [302, 302, 302, 429, 429]
    assert client.get(f"/forum-review/{token}").status_code == 200  # reading is not limited
    with app.app_context():
        assert len(db.session.scalars(select(ForumComment)).all()) == 3
        db.session.remove()
        db.engine.dispose()
