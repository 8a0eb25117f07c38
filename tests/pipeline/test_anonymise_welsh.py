"""Welsh answers: ordinary Welsh words survive; Welsh names, addresses, dates of birth and numbers go.

The examples are written for these tests. They need Debian's aspell-cy word list, which
`.ci/run` and the README's set-up install.
"""

from __future__ import annotations

import io
import json
import os

import pytest

from consult.pipeline.anonymise import Anonymiser, anonymise, anonymise_jsonl
from consult.pipeline.anonymise.welsh_lexicon import decode_prezip, mutations, welsh_lexicon
from consult.pipeline.ingest import prepare_answer
from consult.pipeline.language import detect

if not welsh_lexicon() and os.environ.get("CI", "").lower() != "true":
    pytest.skip("Debian's aspell-cy is not installed (apt-get install aspell-cy)", allow_module_level=True)


def test_the_welsh_word_list_is_installed_and_read() -> None:
    lexicon = welsh_lexicon()
    assert len(lexicon.words) > 100_000
    assert {"mae", "roedd", "heddlu", "swyddog", "canolfan"} <= lexicon.words
    assert {"caerdydd", "nghaerdydd", "abertawe", "wrecsam", "mawrth", "fawrth"} <= lexicon.proper


def test_prezip_entries_keep_a_prefix_of_the_word_before() -> None:
    assert decode_prezip(b"\x01Aber\x05tawe\x05gele\x02dd") == ["Aber", "Abertawe", "Abergele", "Add"]


def test_mutations_of_a_welsh_word() -> None:
    assert mutations("caerdydd") == {"gaerdydd", "nghaerdydd", "chaerdydd"}
    assert mutations("mawrth") == {"fawrth"}
    assert "habertawe" in mutations("abertawe")


@pytest.mark.parametrize(
    "text",
    [
        "Ces i fy arestio ym mis Mawrth",
        "Beth oedd ar goll? Dim byd.",
        "Roedd y Swyddog Prawf yn hwyr bob Dydd Mercher.",
        "Mae'r Heddlu yn y Llys bob dydd Gwener ym mis Medi.",
        "Diolch am y bwyd. Dw i'n hapus rŵan.",
        "Es i i'r Ganolfan yng Nghaerdydd ac wedyn i Abertawe ar y Sul.",
        "Ebrill, Mai, Awst: roedd y tai yn oer drwy'r haf.",
        "Cyngor Sir Gâr wedi rhoi fi mewn B&B yng Nghaerfyrddin.",
        "Dydd Gŵyl Dewi oedd hi, ac roedd parêd yn Wrecsam.",
        "Ma’r Samariaid yn help mawr",
        "Aeth y Gweithiwr Cymdeithasol at yr Heddlu",
        "roedd mam yn sal a dwi isio mynd i'r ty",
    ],
)
def test_ordinary_welsh_words_survive(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("diolch Iwan am y lifft", "Iwan"),
        ("Gofynnwch am Meirion yn y dderbynfa", "Meirion"),
        ("Fy swyddog prawf ydy Gwenllian", "Gwenllian"),
        ("Fy enw i yw Ffion", "Ffion"),
        ("Roedd Cerys yn garedig iawn efo fi", "Cerys"),
        ("Mae Rhodri a Siân yn helpu yn y lloches", "Siân"),
        ("Mae Rhodri a Siân yn helpu yn y lloches", "Rhodri"),
        ("Gweithiwr allweddol: Tanwen", "Tanwen"),
        ("Dafydd ap Gruffydd sy'n rhedeg y grŵp", "ap Gruffydd"),
        ("Mae fy chwaer Eira Williams yn byw yn Rhyl", "Eira Williams"),
        ("Mae fy merch Alaw yn yr ysgol", "Alaw"),
        ("ma siwan a fi di gwahanu", "siwan"),
        ("mae bryn yn byw yn y car", "bryn"),
    ],
)
def test_welsh_names_are_removed(text: str, secret: str) -> None:
    redacted = anonymise(text).text
    assert secret not in redacted
    assert "[NAME]" in redacted


def test_a_name_that_is_also_a_word_follows_its_context() -> None:
    assert anonymise("Roedd hi'n bwrw eira drwy'r nos").text == "Roedd hi'n bwrw eira drwy'r nos"
    assert anonymise("Mae Eira o'r eglwys yn dod heno").text == "Mae [NAME] o'r eglwys yn dod heno"


def test_a_name_found_once_is_removed_wherever_it_recurs() -> None:
    redacted = anonymise("Roedd Heulwen tu allan i'r llys, yn yr heulwen.").text
    assert "heulwen" not in redacted.lower()


def test_welsh_addresses_keep_the_town() -> None:
    assert anonymise("14 Heol y Felin, Caerdydd CF10 1AA").text == "[ADDRESS], Caerdydd [POSTCODE]"
    assert anonymise("dw i'n byw yn 3 Lôn Las ac mae'n oer").text == "dw i'n byw yn [ADDRESS] ac mae'n oer"
    assert anonymise("Fflat 2, 7 Rhodfa'r Môr, Aberystwyth").text == "[ADDRESS], Aberystwyth"
    assert anonymise("Rhif 5 Pen-y-Bryn, Wrecsam").text == "Rhif [ADDRESS], Wrecsam"


@pytest.mark.parametrize(
    "text",
    [
        "dyddiad geni 3 Mawrth 1989",
        "ges i fy ngeni ar y 3ydd o Fawrth 1989",
        "Fy nyddiad geni yw'r 23ain o Ebrill 2002",
        "ganwyd fi ym 1989",
    ],
)
def test_welsh_dates_of_birth_are_removed(text: str) -> None:
    result = anonymise(text)
    assert [e.type for e in result.entities] == ["DOB"]
    assert not any(ch.isdigit() for ch in result.text)


def test_an_appointment_date_in_welsh_is_kept() -> None:
    assert anonymise("mae'r llys ar 3 Mawrth").text == "mae'r llys ar 3 Mawrth"


@pytest.mark.parametrize(
    "text",
    [
        "ffoniwch fi ar 07700 900123",
        "rhif ffôn: dim saith saith dwbl dim naw dim dim un dau tri",
        "NHS 943 476 5919, rhif carchar A1234BC",
    ],
)
def test_welsh_numbers_are_removed(text: str) -> None:
    redacted = anonymise(text).text
    assert not any(ch.isdigit() for ch in redacted)
    assert "saith" not in redacted


def test_mixed_welsh_and_english() -> None:
    text = "Roedd y swyddog yn ok but my worker Dave never rings, a dyw Siân ddim yn ateb chwaith"
    assert detect(text) == "mixed"
    assert anonymise(text).text == (
        "Roedd y swyddog yn ok but my worker [NAME] never rings, a dyw [NAME] ddim yn ateb chwaith"
    )


@pytest.mark.parametrize(
    ("text", "hint", "language"),
    [
        ("Roedd y swyddog prawf yn hwyr eto", None, "cy"),
        ("Roedd y swyddog prawf yn hwyr eto", "en", "cy"),
        ("The probation officer was late again", "cy", "en"),
        ("roedd y staff yn grêt but the food was awful and cold", None, "mixed"),
        ("ok", "cy", "cy"),
        ("ok", "en-GB", "en"),
        ("12345", None, "en"),
        ("", None, "en"),
    ],
)
def test_language_is_read_from_the_words_with_the_session_as_a_hint(text: str, hint: str | None, language: str) -> None:
    assert detect(text, hint=hint) == language


def test_english_text_is_read_as_before() -> None:
    assert anonymise("Beth said Dan will call", "en").text == "[NAME] said [NAME] will call"


def test_the_language_given_decides_how_words_are_read() -> None:
    engine = Anonymiser()
    assert engine.anonymise("Beth oedd ar goll", language="cy").text == "Beth oedd ar goll"
    assert engine.anonymise("Beth oedd ar goll", language="en").text.startswith("[NAME]")


def test_prepare_answer_takes_the_session_language_as_a_keyword_hint() -> None:
    prepared = prepare_answer("Ces i fy arestio ym mis Mawrth", Anonymiser(), 500, language="en")
    assert prepared.text == "Ces i fy arestio ym mis Mawrth"
    assert prepared.language == "cy"
    assert prepared.redactions == {}


def test_the_command_reads_a_language_per_line_and_otherwise_detects() -> None:
    lines = [
        json.dumps({"id": 1, "text": "Beth oedd ar goll", "language": "cy"}),
        json.dumps({"id": 2, "text": "Roedd Branwen yn hwyr"}),
    ]
    out = io.StringIO()
    assert anonymise_jsonl(lines, out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows[0]["redacted"] == "Beth oedd ar goll"
    assert rows[1]["redacted"] == "Roedd [NAME] yn hwyr"
    assert rows[1]["entities"] == [{"type": "NAME", "start": 6, "end": 13}]


def test_welsh_redaction_is_idempotent() -> None:
    once = anonymise("Mae Dafydd yn byw yn 14 Heol y Felin, Caerdydd CF10 1AA").text
    assert anonymise(once).text == once


@pytest.mark.parametrize(
    ("text", "kind"),
    [("rhif GIG 123 456 7890", "NHS_NUMBER"), ("ffoniwch 2345678", "PHONE"), ("rhif ffôn: 2345678", "PHONE")],
)
def test_welsh_cues_for_numbers(text: str, kind: str) -> None:
    assert [e.type for e in anonymise(text).entities] == [kind]
