"""Questions in the builder: validation, the SMS segment counter, reordering, routes, and what
stays fixed once people have answered."""

from __future__ import annotations

import json

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import Answer, Question
from tests.web.staff.conftest import QUESTION, add_question, audit_events, create_consultation, demo_consultation, post

LONG_WELSH = "Sut mae'r gwasanaeth yn eich helpu chi i gadw'n ddiogel yn eich cartref, ac a oes dŵr poeth?"


def questions_of(app: Flask, consultation_id: int) -> list[Question]:
    with app.app_context():
        rows = list(
            db.session.scalars(
                select(Question).where(Question.consultation_id == consultation_id).order_by(Question.position)
            )
        )
        db.session.expunge_all()
        return rows


def test_an_empty_question_says_what_is_missing(staff: FlaskClient) -> None:
    consultation_id = create_consultation(staff)
    response = post(staff, f"/staff/consultations/{consultation_id}/questions/new", {})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    for message in ("Choose the kind of question", "Enter the question in English", "Enter the question in Welsh"):
        assert message in page
    assert 'href="#kind"' in page


def test_options_are_checked(staff: FlaskClient) -> None:
    consultation_id = create_consultation(staff)
    url = f"/staff/consultations/{consultation_id}/questions/new"
    single = {**QUESTION, "kind": "single_choice"}
    page = post(staff, url, {**single, "options_en": "Yes please", "options_cy": "Ie os gwelwch yn dda"})
    assert "A single-choice question needs at least 2 options" in page.get_data(as_text=True)
    page = post(staff, url, {**single, "options_en": "Safe\nUnsafe\nNot sure", "options_cy": "Diogel\nAnniogel"})
    assert "Write every option in Welsh too: 3 in English, 2 in Welsh" in page.get_data(as_text=True)
    page = post(staff, url, {**single, "options_en": "Safe\nSafe", "options_cy": "Diogel\nDiogel"})
    assert "Two options have the same wording" in page.get_data(as_text=True)
    page = post(staff, url, {**QUESTION, "options_en": "One\nTwo", "options_cy": "Un\nDau"})
    assert "Only single-choice and scale questions have options" in page.get_data(as_text=True)
    page = post(staff, url, {**QUESTION, "kind": "scale", "options_en": "Bad\nGood", "options_cy": "Drwg\nDa"})
    assert "A scale has 5 points" in page.get_data(as_text=True)


def test_a_single_choice_question_is_saved_with_its_options(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    add_question(
        staff,
        consultation_id,
        kind="single_choice",
        required="y",
        options_en="Very safe\nQuite safe\nNot safe",
        options_cy="Diogel iawn\nEithaf diogel\nDdim yn ddiogel",
    )
    (question,) = questions_of(demo, consultation_id)
    assert question.required
    assert question.options == [
        {"value": "very-safe", "en": "Very safe", "cy": "Diogel iawn"},
        {"value": "quite-safe", "en": "Quite safe", "cy": "Eithaf diogel"},
        {"value": "not-safe", "en": "Not safe", "cy": "Ddim yn ddiogel"},
    ]


def test_the_segment_counter_names_the_character_that_forces_ucs2(staff: FlaskClient) -> None:
    consultation_id = create_consultation(staff)
    url = f"/staff/consultations/{consultation_id}/questions/new"
    response = post(staff, url, {**QUESTION, "sms_text_cy": LONG_WELSH})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "The Welsh SMS wording needs 2 text messages (92 of 70 characters: “ŵ” makes it UCS-2" in page
    assert 'href="#sms_text_cy"' in page
    assert "92 of 70 characters, 2 text messages. “ŵ” makes it UCS-2, 70 characters a message." in page


def test_the_counter_shows_on_every_sms_field_when_editing(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    page = staff.get(f"/staff/consultations/{consultation.id}/questions/{consultation.questions[0].id}/edit")
    html = page.get_data(as_text=True)
    assert "95 of 160 characters, 1 text message." in html  # the English SMS wording
    assert html.count("data-sms-counter") == 2 and "js/sms-counter.js" in html


def test_curly_quotes_are_straightened_and_welsh_letters_kept(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    add_question(
        staff, consultation_id, sms_text_en="What’s “safe” to you – really?", sms_text_cy="Beth yw ‘diogel’ i chi? ŵ"
    )
    (question,) = questions_of(demo, consultation_id)
    assert question.sms_text_en == 'What\'s "safe" to you - really?'
    assert question.sms_text_cy == "Beth yw 'diogel' i chi? ŵ"


def test_questions_move_up_and_down_with_plain_buttons(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    for text in ("First", "Second", "Third"):
        add_question(staff, consultation_id, text_en=text)
    first, second, _third = questions_of(demo, consultation_id)
    page = f"/staff/consultations/{consultation_id}"
    html = staff.get(page).get_data(as_text=True)
    assert html.count('name="direction" value="up"') == 2 and html.count('name="direction" value="down"') == 2
    url = f"/staff/consultations/{consultation_id}/questions/{second.id}/move"
    response = post(staff, url, {"direction": "up"}, page=page)
    assert response.status_code == 302 and f"#question-{second.id}" in response.location
    assert [q.text_en for q in questions_of(demo, consultation_id)] == ["Second", "First", "Third"]
    post(staff, f"/staff/consultations/{consultation_id}/questions/{first.id}/move", {"direction": "down"}, page=page)
    assert [q.text_en for q in questions_of(demo, consultation_id)] == ["Second", "Third", "First"]
    assert "question.moved" in [e.action for e in audit_events(demo)]


def test_routes_only_go_forwards(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    add_question(staff, consultation_id, kind="yes_no", text_en="Any contact with the police?")
    add_question(staff, consultation_id, text_en="How did the police treat you?")
    add_question(staff, consultation_id, text_en="What would help?")
    first, _second, third = questions_of(demo, consultation_id)
    url = f"/staff/consultations/{consultation_id}/questions/{first.id}/routes"
    page = staff.get(url).get_data(as_text=True)
    assert "If they answer ‘No’" in page and "Question 3: What would help?" in page
    assert post(staff, url, {"route_0": "", "route_1": str(third.id)}).status_code == 302
    (yes, no) = questions_of(demo, consultation_id)[0].options
    assert yes == {"value": "yes", "en": "Yes", "cy": "Ie"} and no["skip_to"] == third.id
    assert "If they answer ‘No’: skip to question 3" in staff.get(f"/staff/consultations/{consultation_id}").get_data(
        as_text=True
    )
    # Backwards, to itself, or nowhere: refused.
    for target in (first.id, 9999):
        response = post(staff, url, {"route_0": "", "route_1": str(target)})
        assert response.status_code == 400 and "Not a valid choice" in response.get_data(as_text=True)
    # Moving the target above the question that skips to it would make the route go backwards.
    page = f"/staff/consultations/{consultation_id}"
    post(staff, f"/staff/consultations/{consultation_id}/questions/{third.id}/move", {"direction": "up"}, page=page)
    response = post(
        staff, f"/staff/consultations/{consultation_id}/questions/{third.id}/move", {"direction": "up"}, page=page
    )
    assert response.status_code == 400
    assert (
        "That would put ‘What would help?’ before ‘Any contact with the police?’, which skips to it"
        in response.get_data(as_text=True)
    )
    # A question another skips to cannot be deleted while the route stands.
    target = questions_of(demo, consultation_id)[1]
    response = post(staff, f"/staff/consultations/{consultation_id}/questions/{target.id}/delete", {})
    assert "Question 1 skips to this question: change that route first" in response.get_data(as_text=True)


def test_free_text_questions_have_no_routes(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    add_question(staff, consultation_id)
    (question,) = questions_of(demo, consultation_id)
    page = staff.get(f"/staff/consultations/{consultation_id}/questions/{question.id}/routes").get_data(as_text=True)
    assert "Only choice, scale and yes or no questions can have routes" in page


def test_a_question_without_answers_can_be_deleted(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    add_question(staff, consultation_id, text_en="First")
    add_question(staff, consultation_id, text_en="Second")
    first, _second = questions_of(demo, consultation_id)
    response = post(staff, f"/staff/consultations/{consultation_id}/questions/{first.id}/delete", {})
    assert response.status_code == 302
    assert [(q.position, q.text_en) for q in questions_of(demo, consultation_id)] == [(1, "Second")]


def test_once_answered_questions_cannot_be_deleted_or_change_kind(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    question = consultation.questions[1]
    base = f"/staff/consultations/{consultation.id}/questions/{question.id}"
    assert (
        "Delete"
        not in staff.get(f"/staff/consultations/{consultation.id}")
        .get_data(as_text=True)
        .split("Questions")[1]
        .split("Check, theme")[0]
    )
    response = post(staff, f"{base}/delete", {})
    assert response.status_code == 400
    assert "People have already answered this consultation, so its questions cannot be deleted" in response.get_data(
        as_text=True
    )
    form = {
        "kind": "single_choice",
        "text_en": question.text_en,
        "text_cy": question.text_cy,
        "options_en": "A\nB",
        "options_cy": "A\nB",
    }
    response = post(staff, f"{base}/edit", form)
    assert "the kind of question cannot change" in response.get_data(as_text=True)
    assert len(questions_of(demo, consultation.id)) == 7


def test_wording_fixes_after_answers_are_saved_and_audited_without_text(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    question = consultation.questions[1]
    form = {
        name: getattr(question, name)
        for name in (
            "text_en",
            "text_cy",
            "easy_read_en",
            "easy_read_cy",
            "sms_text_en",
            "sms_text_cy",
            "hint_en",
            "hint_cy",
        )
    }
    fixed = "Tell us about your contact with the police: what happened, and how were you treated?"
    response = post(
        staff,
        f"/staff/consultations/{consultation.id}/questions/{question.id}/edit",
        {**form, "kind": "free_text", "text_en": fixed},
    )
    assert response.status_code == 302
    assert questions_of(demo, consultation.id)[1].text_en == fixed
    event = [e for e in audit_events(demo) if e.action == "question.updated"][-1]
    assert event.object_id == question.id
    assert event.detail == {"consultation_id": consultation.id, "fields": "text_en", "after_answers": True}


def test_no_audit_event_holds_answer_text(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    base = f"/staff/consultations/{consultation.id}"
    post(
        staff,
        f"{base}/questions/{consultation.questions[0].id}/routes",
        {"route_0": "", "route_1": str(consultation.questions[2].id)},
    )
    post(staff, f"{base}/themes/default", {}, page=f"{base}/themes")
    staff.get(f"{base}/venues/1/kiosk")
    post(staff, f"{base}/close", {}, page=base)
    with demo.app_context():
        texts = [t for t in db.session.scalars(select(Answer.text).where(Answer.text.is_not(None)))]
        choices = {c for c in db.session.scalars(select(Answer.choice).where(Answer.choice.is_not(None)))}
    events = audit_events(demo)
    assert {e.action for e in events} >= {"question.routes_changed", "kiosk.setup_link_shown", "consultation.closed"}
    written = json.dumps([e.detail for e in events], ensure_ascii=False)
    assert texts and not [text for text in texts if text[:20] in written]
    assert json.loads(json.dumps([e.detail for e in events if e.action == "question.routes_changed"])) == [
        {"consultation_id": consultation.id, "routes": "no"}
    ]
    assert choices  # choice values ("no") are option names staff wrote, not a person's words


def test_once_answered_questions_keep_their_order(staff: FlaskClient, demo: Flask) -> None:
    consultation = demo_consultation(demo)
    page = f"/staff/consultations/{consultation.id}"
    assert 'name="direction"' not in staff.get(page).get_data(as_text=True)
    url = f"{page}/questions/{consultation.questions[1].id}/move"
    response = post(staff, url, {"direction": "up"}, page=page)
    assert response.status_code == 400
    assert "questions cannot be reordered: someone part-way through by text would lose their place" in (
        response.get_data(as_text=True)
    )
    assert [q.id for q in questions_of(demo, consultation.id)] == [q.id for q in consultation.questions]


def test_changing_the_kind_before_answers_drops_options_that_no_longer_fit(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    add_question(staff, consultation_id, kind="single_choice", options_en="Often\nNever", options_cy="Yn aml\nByth")
    (question,) = questions_of(demo, consultation_id)
    url = f"/staff/consultations/{consultation_id}/questions/{question.id}/edit"
    assert post(staff, url, {**QUESTION, "kind": "yes_no"}).status_code == 302
    assert questions_of(demo, consultation_id)[0].options == []
    assert questions_of(demo, consultation_id)[0].kind.value == "yes_no"


def test_a_scale_keeps_numbers_as_its_values(staff: FlaskClient, demo: Flask) -> None:
    consultation_id = create_consultation(staff)
    labels = "\n".join(f"{n} – label" for n in range(1, 6))
    add_question(staff, consultation_id, kind="scale", options_en=labels, options_cy=labels)
    (question,) = questions_of(demo, consultation_id)
    assert [o["value"] for o in question.options] == ["1", "2", "3", "4", "5"]


def test_the_sms_cost_is_reported_with_the_other_errors(staff: FlaskClient) -> None:
    consultation_id = create_consultation(staff)
    response = post(staff, f"/staff/consultations/{consultation_id}/questions/new", {"sms_text_cy": LONG_WELSH})
    page = response.get_data(as_text=True)
    assert "Enter the question in English" in page and "The Welsh SMS wording needs 2 text messages" in page
