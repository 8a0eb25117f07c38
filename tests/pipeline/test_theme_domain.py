"""Codebook-only coding of the default codebook: classes of error a new consultation must not make."""

from consult.pipeline.themes.codebook import load_default_codebook
from consult.pipeline.themes.coder import Coder
from consult.pipeline.themes.lexicon import expansions, stem

POLICE = "Tell us about your contact with the police. What happened, and how were you treated?"
LIVING = "Where are you living now, and what would help you feel safe and settled?"
HELPED = "What would have helped you most at that time?"


def _themes(text: str, question: str | None = None) -> set[str]:
    coder = Coder(load_default_codebook())
    scores = coder.code([text], [question] if question is not None else None)[0]
    return {s.name for s in scores if s.confidence >= 0.5} or {scores[0].name}


def test_police_cells_are_custody_not_prison() -> None:
    themes = _themes("spent the whole weekend in the cells with no blanket", POLICE)
    assert "Custody and arrest" in themes
    assert "Prison and release" not in themes


def test_a_place_the_person_was_not_taken_is_not_their_theme() -> None:
    for text in ("the PC drove me to the walk-in centre rather than the cells",
                 "she took me to my sister's instead of the police station"):
        themes = _themes(text, POLICE)
        assert "Custody and arrest" not in themes and "Prison and release" not in themes, text


def test_answering_what_would_have_helped_the_avoided_place_is_what_happened() -> None:
    assert "Custody and arrest" in _themes("a nurse to talk to instead of a night in the cells", HELPED)


def test_a_question_names_its_topic_through_the_codebook_keywords() -> None:
    # "living" is a keyword of housing, not a word of its name: the answer still carries the topic
    assert "Housing and homelessness" in _themes("at my uncle's for now", LIVING)


def test_words_that_share_a_stem_but_not_a_meaning_are_kept_apart() -> None:
    assert stem("judged") != stem("judge") and stem("parked") != stem("park")
    assert stem("community") != stem("communication")
    assert "Courts and legal advice" not in _themes("the woman at the needle exchange has never judged me")
    assert "Community safety and anti-social behaviour" not in _themes(
        "the community mental health nurse comes fortnightly")
    # the synonyms of "communication" (told, said) are not evidence of "community"
    assert stem("told") not in expansions("community")


def test_a_drink_of_water_is_not_alcohol() -> None:
    assert "Drugs and alcohol" not in _themes("nobody brought me a drink of water all night", POLICE)


def test_a_lift_home_or_a_stolen_bike_is_not_an_arrest() -> None:
    assert "Custody and arrest" not in _themes("the officer gave me a lift home after my shift", POLICE)
    assert "Custody and arrest" not in _themes("my phone was nicked on the bus", POLICE)


def test_coding_is_fast_enough_to_run_after_every_answer() -> None:
    import time

    coder = Coder(load_default_codebook())
    texts = [f"answer {k}: stopped and searched again outside the hostel, nowhere to go" for k in range(200)]
    start = time.perf_counter()
    for text in texts:
        coder.code([text], [POLICE])
    assert (time.perf_counter() - start) / len(texts) < 0.02  # measured about 0.4 ms; 20 ms is the budget


def test_a_facilitators_framing_and_idioms_name_no_theme() -> None:
    # "Group felt" is a group entry, not peer support; "to be fair" is not fairness
    assert "Peer support and lived-experience involvement" not in _themes(
        "Group felt the response officers were quick to come out", POLICE)
    assert "Trust and fairness" not in _themes("they were alright with me to be fair", POLICE)


def test_a_possessive_is_the_word_itself() -> None:
    assert "Women's needs and domestic abuse" in _themes("the women's centre keeps me going")


def test_an_age_is_not_any_number() -> None:
    assert "Young adults" not in _themes("kept 19 hours in a cell", POLICE)
    assert "Young adults" in _themes("I turned 18 and all the help stopped")
