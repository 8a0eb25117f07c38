"""The public "you said, we did" page: only when published, in English and Welsh, no small number shown."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import Channel, Consultation, ConsultationStatus, Response
from consult.pipeline.summary import labels
from tests.web.public.factory import SLUG, make_small_consultation

COUNT = re.compile(r'class="[^"]*\bapp-count\b[^"]*">([^<]*)<')
SUPPRESSED = {"en": ("fewer than 10", "not shown"), "cy": ("llai na 10", "heb ei ddangos")}


def counts_shown(html: str) -> list[str]:
    return [value.strip() for value in COUNT.findall(html)]


def assert_no_small_number(html: str, language: str) -> None:
    """Every count on the page is either a suppression note or at least the threshold (10)."""
    shown = counts_shown(html)
    assert shown, "the page shows no counts"
    for value in shown:
        if value in SUPPRESSED[language]:
            continue
        assert value.replace(",", "").isdigit() and int(value.replace(",", "")) >= 10, f"small number shown: {value!r}"


@pytest.fixture()
def small(demo: Flask) -> int:
    with demo.app_context():
        return make_small_consultation()


@pytest.mark.parametrize("status", [ConsultationStatus.DRAFT, ConsultationStatus.OPEN, ConsultationStatus.CLOSED])
def test_not_published_is_not_found(demo: Flask, status: ConsultationStatus) -> None:
    with demo.app_context():
        make_small_consultation(status)
    client = demo.test_client()
    assert client.get(f"/results/{SLUG}").status_code == 404
    assert client.get("/results/no-such-consultation").status_code == 404
    assert f"/results/{SLUG}" not in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_published_page_shows_themes_quotes_and_responses_without_small_numbers(
    demo: Flask, small: int, language: str
) -> None:
    client = demo.test_client()
    response = client.get(f"/results/{SLUG}?lang={language}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'<html lang="{language}"' in html
    assert_no_small_number(html, language)
    shown = counts_shown(html)
    assert shown[0] == "25"  # people who took part: a direct count of the rows made
    assert "12" in shown and "3" not in shown  # 10 may be hidden too (secondary suppression: the results API decides)
    assert SUPPRESSED[language][0] in shown  # the 3 who raised custody: "fewer than 10"
    if language == "en":
        assert "Being listened to" in html and "We acted on being listened to." in html
        assert "The officer listened to me" in html
        assert "Left in a cell" not in html  # no quote from a group smaller than the threshold
        assert "Published on 1 March 2027." in html
    else:
        assert "Cael eich clywed" in html and "Rydym wedi gweithredu ar cael eich clywed." in html
        assert "Cyhoeddwyd ar 1 Mawrth 2027." in html


def test_counts_equal_a_direct_count_from_the_database(demo: Flask) -> None:
    """The demo consultation, published: who took part, and by channel, as the database counts them."""
    with demo.app_context():
        consultation = db.session.scalars(select(Consultation).where(Consultation.slug == "your-voice-2027")).one()
        consultation.status = ConsultationStatus.PUBLISHED
        db.session.commit()
        people = db.session.scalar(select(func.count()).select_from(Response)
                                   .where(Response.consultation_id == consultation.id))
        by_channel = dict(db.session.execute(select(Response.channel, func.count()).where(
            Response.consultation_id == consultation.id).group_by(Response.channel)).all())
    html = demo.test_client().get("/results/your-voice-2027").get_data(as_text=True)
    assert_no_small_number(html, "en")
    assert f'<strong class="app-count">{people}</strong>' in html
    for channel in (Channel.KIOSK, Channel.SMS):
        label = labels.label("channel", channel.value).replace("'", "&#39;")
        expected = by_channel[channel]
        cell = re.search(rf">{label}</th>\s*<td[^>]*>([^<]*)<", html)
        assert cell is not None
        assert cell.group(1) == (str(expected) if expected >= 10 else "fewer than 10")


def test_the_landing_page_links_to_published_results_in_both_languages(demo: Flask, small: int) -> None:
    client = demo.test_client()
    english = client.get("/?lang=en").get_data(as_text=True)
    assert f'href="/results/{SLUG}"' in english and "Results check: custody" in english
    welsh = client.get("/?lang=cy").get_data(as_text=True)
    assert f'href="/results/{SLUG}"' in welsh and "Gwirio canlyniadau: y ddalfa" in welsh
