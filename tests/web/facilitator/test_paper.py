"""Paper forms: the template, and a CSV upload checked row by row, all or nothing, any encoding."""

from __future__ import annotations

import io

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import Answer, AuditEvent, Channel, Response
from tests.conftest import csrf_token
from tests.web.facilitator.world import World, build_world, sign_in


@pytest.fixture()
def world(app: Flask) -> World:
    return build_world(app)


def _upload(client: FlaskClient, world: World, content: bytes, *, venue: str = "a", written_by: str = "participants",
            filename: str = "forms.csv") -> str:
    token = csrf_token(client.get("/facilitator/paper").get_data(as_text=True))
    page = client.post("/facilitator/paper", content_type="multipart/form-data", follow_redirects=True, data={
        "csrf_token": token, "consultation": str(world.consultation_id), "venue": str(world.venues[venue]),
        "written_by": written_by, "file": (io.BytesIO(content), filename)})
    assert page.status_code == 200
    return page.get_data(as_text=True)


def _imported(app: Flask) -> list[Response]:
    with app.app_context():
        return list(db.session.scalars(
            select(Response).where(Response.channel.in_([Channel.IMPORT, Channel.FACILITATOR])).order_by(Response.id)))


def _texts(app: Flask, responses: list[Response]) -> list[str]:
    with app.app_context():
        ids = [r.id for r in responses]
        return [a.text for a in db.session.scalars(select(Answer).where(Answer.response_id.in_(ids))) if a.text]


def test_template_per_consultation_matches_the_import(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_b"])
    response = client.get(f"/facilitator/paper/{world.consultation_id}/template.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert 'filename="test-consultation-paper-forms.csv"' in response.headers["Content-Disposition"]
    assert response.data == "\ufeffq1,q2,participants\r\n".encode()
    assert client.get("/facilitator/paper/999/template.csv").status_code == 404
    page = client.get("/facilitator/paper").get_data(as_text=True)
    assert "Tell us more" in page and "Yes, No" in page and "Download the template" in page
    assert "Who wrote the answers on the forms?</legend>" in page.replace("\n", "").replace("  ", "")
    filled = response.data + b"Staff were kind,yes,\r\n"
    assert "Imported 1 paper forms" in _upload(client, world, filled, venue="b")


@pytest.mark.parametrize(
    "encoded",
    [
        "q1,q2\nThe café staff were kind – ‘really’ kind,no\n".encode("cp1252"),
        "q1,q2\nThe café staff were kind – ‘really’ kind,no\n".encode(),
        "\ufeffq1,q2\nThe café staff were kind – ‘really’ kind,no\n".encode(),
    ],
    ids=["windows-1252", "utf-8", "utf-8-bom"],
)
def test_common_encodings_import(app: Flask, world: World, encoded: bytes) -> None:
    html = _upload(sign_in(app.test_client(), world.users["facilitator_a"]), world, encoded)
    assert "Imported 1 paper forms" in html
    [response] = _imported(app)
    assert response.channel is Channel.IMPORT and not response.mediated and response.venue_id == world.venues["a"]
    [text] = _texts(app, [response])
    assert text.startswith("The café staff were kind") and "really" in text


def test_a_half_bad_file_imports_nothing_and_says_where(app: Flask, world: World) -> None:
    content = ("q1,q2,participants\n"
               "Good answer,yes,1\n"
               "Another good one,maybe,1\n"
               + "x" * 2100 + ",no,1\n"
               "Fine,yes,lots\n").encode()
    html = _upload(sign_in(app.test_client(), world.users["facilitator_a"]), world, content)
    assert "There is a problem" in html and "Nothing was imported: fix the 3 problems" in html
    cells = [
        ("3", "2 (q2)", "&#39;maybe&#39; is not one of the options"),
        ("4", "1 (q1)", "2,100 characters; the limit is 2,000"),
        ("5", "3 (participants)", "participants must be a whole number from 1 to 500"),
    ]
    for row, column, message in cells:
        assert (f'<td class="govuk-table__cell">{row}</td>\n          <td class="govuk-table__cell">{column}</td>'
                in html), row
        assert message in html
    assert _imported(app) == []


def test_wrong_columns_and_rows_are_refused(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    html = _upload(client, world, b"q1,notes\nfine,Jo said this\n")
    assert "not a question of this consultation" in html and "2 (notes)" in html
    html = _upload(client, world, b"q1,q2\nfine,yes,extra\n,\nmaybe,maybe\n")
    assert "more cells than the header row has columns" in html and "no answers in this row" in html
    assert html.count("no answers in this row") == 1  # row 4 has answers, just not valid ones
    assert "No answer columns found" in _upload(client, world, b"name,notes\nx,y\n")
    assert "The file must be a CSV file" in _upload(client, world, b"q1\nfine\n", filename="forms.xlsx")
    assert _imported(app) == []


def test_a_formula_in_a_cell_is_stored_as_plain_text(app: Flask, world: World) -> None:
    content = b'q1,q2\n"=SUM(1+2) staff were kind",yes\n"-1 from me, rude staff",no\n"+1 for the nurse",yes\n'
    assert "Imported 3 paper forms" in _upload(sign_in(app.test_client(), world.users["facilitator_a"]), world,
                                               content)
    texts = sorted(_texts(app, _imported(app)))
    assert texts == ["'+1 for the nurse", "'-1 from me, rude staff", "'=SUM(1+2) staff were kind"]


def test_facilitator_written_forms_are_mediated_and_the_import_is_audited(app: Flask, world: World) -> None:
    html = _upload(sign_in(app.test_client(), world.users["facilitator_a"]), world,
                   b"q1,q2,participants\nDave Jones helped us all,yes,6\n", written_by="facilitator")
    assert "Imported 1 paper forms" in html
    [response] = _imported(app)
    assert response.channel is Channel.FACILITATOR and response.mediated and response.participant_count == 6
    assert _texts(app, [response]) == ["[NAME] helped us all"]
    with app.app_context():
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "import.saved")).one()
        assert event.user_id == world.users["facilitator_a"] and event.object_id == world.consultation_id
        assert event.detail == {"responses": 1, "venue_id": world.venues["a"], "mediated": True}


def test_a_facilitator_cannot_import_against_another_organisations_venue(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    assert "Hostel B" not in client.get("/facilitator/paper").get_data(as_text=True)
    html = _upload(client, world, b"q1\nfine\n", venue="b")
    assert "Not a valid choice" in html
    assert _imported(app) == []


@pytest.mark.parametrize(("data", "message"), [
    ({}, "Choose the CSV file to upload"),
    ({"written_by": ""}, "Choose who wrote the answers on the forms"),
])
def test_upload_form_validation(app: Flask, world: World, data: dict[str, str], message: str) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    token = csrf_token(client.get("/facilitator/paper").get_data(as_text=True))
    form = {"csrf_token": token, "consultation": str(world.consultation_id), "venue": str(world.venues["a"]),
            "written_by": "participants", **data}
    html = client.post("/facilitator/paper", data=form).get_data(as_text=True)
    assert "There is a problem" in html and message in html


def test_printable_paper_form_in_both_languages_matches_the_template(app: Flask, world: World) -> None:
    client = sign_in(app.test_client(), world.users["facilitator_a"])
    html = client.get(f"/facilitator/paper/{world.consultation_id}/form").get_data(as_text=True)
    assert "q1. Tell us more" in html
    assert '<p class="govuk-body govuk-!-font-weight-bold" lang="cy">Dywedwch fwy' in html
    assert "q2. Did it help?" in html and 'A wnaeth helpu?' in html
    assert '☐ Yes / <span lang="cy">Ie</span>' in html and '☐ No / <span lang="cy">Na</span>' in html
    assert "Do not write your name" in html
    assert client.get("/facilitator/paper/999/form").status_code == 404
