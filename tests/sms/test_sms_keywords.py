"""Keywords and requests to stop, however they are typed, and a guess at Welsh."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sms.keywords import DEFAULT_KEYWORDS, is_stop_request, looks_welsh, squash


def _squash_by_characters(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).upper() if ch.isalnum())


def test_squash_keeps_exactly_the_characters_isalnum_keeps() -> None:
    """Every code point: the regex's [^\\W_] and str.isalnum() agree."""
    not_letter_or_digit = re.compile(r"[\W_]")
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        assert character.isalnum() is (not_letter_or_digit.match(character) is None), hex(code)


@given(st.text())
def test_squash_matches_the_character_loop(text: str) -> None:
    assert squash(text) == _squash_by_characters(text)


@pytest.mark.parametrize("text", ["ＳＴＯＰ", "ｓｔｏｐ", "S\u200bTOP", "\u202eSTOP\u202c", "Ｓｔｏｐ！"])
def test_full_width_and_hidden_characters_do_not_hide_stop(text: str) -> None:
    assert DEFAULT_KEYWORDS.classify(text) == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "Stop please",
        "pls stop",
        "plz stop thx",
        "stopp",
        "stooop",
        "STOP STOP",
        "stop stop stop!!!",
        "stop it",
        "Stop this",
        "stop texting me",
        "stop messaging me please",
        "no more texts",
        "No more messages thank you",
        "unsubscribe",
        "unsubscribe me",
        "leave me alone",
        "Leave me alone!!",
        "don't text me",
        "dont contact me",
        "take me off your list",
        "opt out",
        "I want to stop",
        "can you stop texting me",
        "not interested",
        "stopiwch",
        "Stopio plis",
        "dim mwy o negeseuon",
        "Dim mwy o negeseuon diolch",
        "gad lonydd i mi",
        "gadewch lonydd i mi",
        "peidiwch",
        "Peidiwch â thecstio fi eto",
        "peidiwch a anfon negeseuon",
        "dad-danysgrifio",
    ],
)
def test_a_request_to_stop_is_stop(text: str) -> None:
    assert DEFAULT_KEYWORDS.classify(text) == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "The police should stop searching us for nothing",
        "stop and search is unfair",
        "no more stop and search",
        "They never stop",
        "I want to end it all",  # a risk, for the safeguarding screen: never read as a keyword
        "I want to end this",
        "end it",
        "Please listen to us",
        "stopped by police twice",
        "peidiwch â'n stopio ni rhag siarad",
        "1",
        "yes",
        "",
    ],
)
def test_an_answer_that_mentions_stopping_is_not_a_stop(text: str) -> None:
    assert DEFAULT_KEYWORDS.classify(text) != "stop"
    assert not is_stop_request(text)


def test_configured_stop_words_stop_too() -> None:
    keywords = DEFAULT_KEYWORDS.extended({"stop": ["PAID"]})
    assert keywords.classify("paid") == "stop" and keywords.classify("paid paid please") == "stop"
    assert DEFAULT_KEYWORDS.classify("paid") is None


@pytest.mark.parametrize("text", ["Helo", "Shwmae, beth yw hwn?", "dw i isio help", "Sut mae", "Beth ydy hyn?"])
def test_welsh_is_recognised(text: str) -> None:
    assert looks_welsh(text)


@pytest.mark.parametrize("text", ["Hello", "what is this?", "Hi, who is this", "ok", "", "12345"])
def test_english_and_nothing_are_not_welsh(text: str) -> None:
    assert not looks_welsh(text)
