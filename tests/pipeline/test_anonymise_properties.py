"""Property tests: planted identifiers never leak, even disguised; any Unicode is safe; redaction is idempotent."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from consult.pipeline.anonymise import Anonymiser, anonymise
from consult.pipeline.ingest import prepare_answer


def _words(text: str) -> list[str]:
    """Whitespace-separated words: keeps long word lists readable."""
    return text.split()


FILLER = _words(
    """
    the hostel was ok but i will hope for better my worker never rings back got 12 weeks left on
    licence and 2 nights in Room 101 GP NHS Jobcentre Universal Credit may grace joy frank
    """
)
NAMES = ["dave", "Sarah", "kev", "michelle", "Darren", "aisha", "rhys", "Tomasz"]
CUES = ["my PO", "my worker", "ask for", "called", "PC", "Mr", "my mate", ""]
UPPER = "ABCDEFGHJKLMNPRSTUWY"
_ENGINE = Anonymiser()
DIGIT = "0123456789"


def _nhs(digits: list[int]) -> str | None:
    check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return None if check == 10 else "".join(map(str, digits)) + str(check)


phones = st.builds(
    lambda d, sep: "07" + d[:3] + sep + d[3:], st.text(DIGIT, min_size=9, max_size=9), st.sampled_from(["", " ", "-"])
)
intl = st.builds(lambda d: "+44 7" + d[:3] + " " + d[3:], st.text(DIGIT, min_size=9, max_size=9))
postcodes = st.builds(
    lambda a, n, i, sp, low: (a + n + sp + i + "AB").lower() if low else a + n + sp + i + "AB",
    st.sampled_from(["SW", "M", "B", "LS", "CF", "E"]),
    st.text(DIGIT, min_size=1, max_size=2),
    st.text(DIGIT, min_size=1, max_size=1),
    st.sampled_from(["", " "]),
    st.booleans(),
)
nhs_numbers = st.lists(st.integers(0, 9), min_size=9, max_size=9).map(_nhs).filter(lambda v: v is not None)
prison = st.builds(
    lambda a, d, b: a + d + b,
    st.sampled_from(UPPER),
    st.text(DIGIT, min_size=4, max_size=4),
    st.text(UPPER, min_size=2, max_size=2),
)
ni = st.builds(
    lambda a, d, s: a + d + s,
    st.sampled_from(["AB", "JT", "PR", "WK"]),
    st.text(DIGIT, min_size=6, max_size=6),
    st.sampled_from("ABCD"),
)
crn = st.builds(lambda a, d: a + d, st.sampled_from(UPPER), st.text(DIGIT, min_size=6, max_size=6))
pnc = st.builds(
    lambda y, d, a: f"{y:02d}/{d}{a}",
    st.integers(0, 24),
    st.text(DIGIT, min_size=6, max_size=6),
    st.sampled_from(UPPER),
)
emails = st.builds(lambda n, d: f"{n}{d}@gmail.com", st.sampled_from(NAMES), st.text(DIGIT, min_size=1, max_size=3))
identifiers = st.one_of(phones, intl, postcodes, nhs_numbers, prison, ni, crn, pnc, emails)
# (words to plant, the secret that must not survive)
planted = st.one_of(
    identifiers.map(lambda v: (v, v)),
    st.tuples(st.sampled_from(CUES), st.sampled_from(NAMES)).map(lambda cn: (f"{cn[0]} {cn[1]}".strip(), cn[1])),
)
secrets = planted.map(lambda p: p[0])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FILLER).map(lambda w: (w, "")), planted), min_size=1, max_size=12))
def test_planted_identifiers_never_leak(parts: list[tuple[str, str]]) -> None:
    text = " ".join(words for words, _ in parts)
    redacted = anonymise(text).text.lower()
    for _, secret in parts:
        assert not secret or secret.lower() not in redacted, (text, redacted)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_is_safe_and_idempotent(text: str) -> None:
    result = anonymise(text)
    assert all(0 <= e.start < e.end <= len(text) for e in result.entities)
    assert anonymise(result.text).text == result.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_is_safe_and_idempotent_read_as_welsh(text: str) -> None:
    result = _ENGINE.anonymise(text, language="cy")
    assert all(0 <= e.start < e.end <= len(text) for e in result.entities)
    assert _ENGINE.anonymise(result.text, language="cy").text == result.text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FILLER), secrets, st.text(max_size=8)), max_size=12))
def test_redaction_is_idempotent(parts: list[str]) -> None:
    once = anonymise(" ".join(parts)).text
    assert anonymise(once).text == once


def _interleave(parts: list[str], names: list[str]) -> str:
    return " ".join(p for pair in zip(parts, names * len(parts), strict=False) for p in pair)


def _survivors(names: list[str], text: str) -> list[str]:
    listed = [" ".join(n.split()) for n in names if n.strip() and "[" not in n and "]" not in n]
    return [n for n in listed if re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, n.split())) + r"(?!\w)",
                                           text.replace("\u2019", "'"), re.IGNORECASE)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=4), st.lists(st.text(max_size=8), max_size=10))
def test_any_organisation_names_never_raise_and_never_survive(names: list[str], parts: list[str]) -> None:
    text = _interleave(parts, [n for n in names if n.strip()])
    result = Anonymiser(names=names).anonymise(text)
    assert all(0 <= e.start < e.end <= len(text) for e in result.entities)
    assert _survivors(names, result.text) == []


_NICKNAME = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'’- "), min_size=1,
                    max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(_NICKNAME, max_size=4), st.lists(st.sampled_from(FILLER), max_size=10))
def test_organisation_names_are_idempotent(names: list[str], parts: list[str]) -> None:
    engine = Anonymiser(names=names)
    once = engine.anonymise(_interleave(parts, [n for n in names if n.strip()])).text
    assert engine.anonymise(once).text == once


# Invisible characters a clumsy or hostile writer can slip inside an identifier, and the
# full-width forms of ASCII (U+FF01-FF5E, and the ideographic space): cleaning removes or folds them.
FORMAT_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"


def _full_width(ch: str) -> str:
    if ch == " ":
        return "\u3000"
    return chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch


@st.composite
def disguised(draw: st.DrawFn, plain: str) -> str:
    """``plain`` with some characters in full width and format characters slipped between them."""
    out = []
    for ch in plain:
        out.append(_full_width(ch) if draw(st.booleans()) else ch)
        out.append(draw(st.text(FORMAT_CHARS, max_size=2)))
    return "".join(out)


hidden = planted.flatmap(lambda p: disguised(p[0]).map(lambda shown: (shown, p[1])))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FILLER).map(lambda w: (w, "")), hidden), min_size=1, max_size=10))
def test_disguised_identifiers_never_survive_prepare_answer(parts: list[tuple[str, str]]) -> None:
    text = " ".join(words for words, _ in parts)
    stored = prepare_answer(text, _ENGINE, 5000).text
    assert not any(ch in FORMAT_CHARS for ch in stored), stored
    for _, secret in parts:
        assert not secret or secret.lower() not in stored.lower(), (text, stored)
