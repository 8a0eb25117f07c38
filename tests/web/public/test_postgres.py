"""The public results page and a forum's link on PostgreSQL (timezone-aware expiry, the results queries)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from consult.extensions import db
from consult.models import Consultation, ForumComment, ForumReview, Organisation, OrganisationKind
from consult.services import forum_review
from tests.conftest import csrf_token
from tests.web.public.factory import SLUG, make_small_consultation
from tests.web.public.test_results_page import assert_no_small_number, counts_shown


@pytest.mark.postgres
def test_results_page_and_forum_link_on_postgresql(pg_app: Flask) -> None:
    with pg_app.app_context():
        db.session.add(Organisation(name="Office of the PCC", kind=OrganisationKind.PCC_OFFICE))
        db.session.commit()
        consultation_id = make_small_consultation()
        token = forum_review.create_link(db.session.get(Consultation, consultation_id), "Forum", days=1).token
    client = pg_app.test_client()
    for language in ("en", "cy"):
        html = client.get(f"/results/{SLUG}?lang={language}").get_data(as_text=True)
        assert_no_small_number(html, language)
        assert counts_shown(html)[0] == "25"
    page = client.get(f"/forum-review/{token}")
    assert page.status_code == 200
    sent = client.post(f"/forum-review/{token}", data={
        "csrf_token": csrf_token(page.get_data(as_text=True)), "theme_id": "whole",
        "body": "Dave Jones thinks a theme is missing."})
    assert sent.status_code == 302
    with pg_app.app_context():
        assert db.session.scalars(select(ForumComment.body)).one() == "[NAME] thinks a theme is missing."
        review = db.session.scalars(select(ForumReview)).one()
        review.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        db.session.commit()
    assert client.get(f"/forum-review/{token}").status_code == 404
