"""Safeguarding in English as people text it: indirect, second-hand, no apostrophes."""

import json
import time
from io import StringIO

import pytest

from consult.pipeline.safeguarding import ABUSE, CHILD, DANGER, EXPLOITATION, SUICIDE, assess, assess_rules
from consult.pipeline.safeguarding.jsonl import safeguard_jsonl
from consult.pipeline.safeguarding.normalise import normalise
from consult.pipeline.safeguarding.prefilter import required


@pytest.mark.parametrize(("text", "category"), [
    ("i just want it all to stop for good", SUICIDE),
    ("theres no point in being alive", SUICIDE),
    ("been saving up my pills", SUICIDE),
    ("wrote a goodbye letter to my mum", SUICIDE),
    ("cutting again, dont tell anyone", SUICIDE),
    ("took a whole box of paracetamol", SUICIDE),
    ("says hell kill me if i go to the police", DANGER),
    ("me mams fella batters me", ABUSE),
    ("he monitors my phone location and checks my bank", ABUSE),
    ("a man keeps coming into my room at night at the hostel", ABUSE),
    ("they make me hold stuff for them or theyll hurt my missus", EXPLOITATION),
    ("i owe the dealer and have to do runs to pay it off", EXPLOITATION),
    ("my partner smacks my boy round the head", CHILD),
    ("hes outside my door with a knife", DANGER),
])
def test_english_disclosures_are_flagged_in_their_category(text: str, category: str) -> None:
    result = assess(text)
    assert result.flagged and category in result.categories, result


@pytest.mark.parametrize("text", [
    "killing time before my appointment",
    "my feet are killing me",
    "i could murder a fry up",
    "im not gonna top myself, its just hard",
    "i dont want to end my life, i want to get it back",
    "nobody has ever made me do anything for a bed",
    "i used to self harm when i was a teenager, now im a peer mentor",
    "the man who abused me is in prison now and i feel safe",
    "watched a documentary about county lines",
    "a lady in the group said she was in an abusive relationship years back",
])
def test_idioms_negation_past_and_stories_are_not_flagged(text: str) -> None:
    assert not assess(text).flagged


def test_a_past_that_is_happening_again_is_flagged() -> None:
    assert assess("i used to self harm and now ive started again").flagged


def test_normalisation_reads_texting() -> None:
    assert normalise("He’ll KILL me, I’m sooooo scared") == "hell kill me, im soo scared"
    assert normalise("llyncu'r tabledi, dw i'n ofn") == "llyncu r tabledi, dw i n ofn"
    assert normalise("hunan-niweidio, â, ŵ") == "hunan niweidio, a, w"
    assert normalise("wnt 2 die, bin cuttin agen") == "want to die, been cutting again"
    assert normalise("he wnt let me out 2 years ago") == "he wont let me out 2 years ago"


@pytest.mark.parametrize("text", ["wnt 2 die", "gonna kil myself 2nite", "he batterd me agen lst nite",
                                  "they got me shottin 4 them", "i od'd last nite"])
def test_text_speak_is_read(text: str) -> None:
    assert assess_rules(text).flagged


def test_odd_is_not_an_overdose() -> None:
    assert not assess("that is odd, the kiosk froze twice").flagged


def test_prefilter_never_hides_a_match() -> None:
    needs = required(r"\b(?:swallowed|took)\s+(?:all|every)\s+(?:pills|tablets)\b")
    assert needs is not None and all(len(s) >= 3 for s in needs)
    assert required(r"\bod\b") is None  # too short to prove anything: the rule always runs


def test_learned_opinion_names_its_reason() -> None:
    result = assess("ngl ive been looking at the train times and not to go anywhere")
    assert result.flagged
    assert result.matched[0].startswith("learned: like ")


def test_jsonl_reads_ids_and_writes_verdicts() -> None:
    lines = [json.dumps({"id": 1, "text": "dw i isio marw"}), "", json.dumps({"id": "b", "text": "lovely staff"})]
    out = StringIO()
    assert safeguard_jsonl(lines, out) == 2
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first == {"id": 1, "flag": True, "categories": [SUICIDE], "matched": ["isio marw"]}
    assert second == {"id": "b", "flag": False, "categories": [], "matched": []}


def test_rules_are_fast_enough_for_the_request() -> None:
    texts = ["the hostel staff are great but the heating is broken again and the bus is late"] * 200
    assess_rules("warm up")
    started = time.perf_counter()
    for text in texts:
        assess_rules(text)
    assert (time.perf_counter() - started) / len(texts) < 0.005  # well under on a quiet machine
