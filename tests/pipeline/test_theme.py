"""Theme coding: codebook loading, zero-shot, learned, explanations and discovery."""

import json
from pathlib import Path

import pytest

from consult.pipeline.themes.codebook import (
    Codebook,
    Theme,
    codebook_from_dict,
    codebook_to_dict,
    load_codebook,
    load_default_codebook,
)
from consult.pipeline.themes.coder import Coder, ThemeScore, discover

FIXTURES = Path(__file__).parent / "fixtures"


def _rows() -> list[dict[str, object]]:
    text = (FIXTURES / "theme_train.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_default_codebook_is_complete() -> None:
    codebook = load_default_codebook()
    assert len(codebook.themes) >= 19
    for theme in codebook.themes:
        assert theme.name_cy and theme.description and len(theme.keywords) >= 10
        assert len(theme.examples) >= 3


def test_codebook_round_trip_and_bare_names(tmp_path: Path) -> None:
    codebook = load_default_codebook()
    assert codebook_from_dict(codebook_to_dict(codebook)) == codebook
    path = tmp_path / "names.json"
    path.write_text(json.dumps({"themes": [{"name": "Housing"}, "Money"]}), encoding="utf-8")
    assert load_codebook(path).names == ("Housing", "Money")
    with pytest.raises(ValueError):
        Codebook(themes=(Theme("A"), Theme("A")))


@pytest.mark.parametrize(("text", "theme"), [
    ("housing", "Housing and homelessness"),
    ("got kicked out the hostel, sleeping rough now", "Housing and homelessness"),
    ("the coppers stopped and searched me again", "Police contact and treatment"),
    ("my PO is alright but the licence conditions are mad", "Probation and licence conditions"),
    ("need a script not a lecture", "Drugs and alcohol"),
    ("cant get a gp apointment", "Health services and GP access"),
    ("sanctioned on my universal credit", "Money, benefits and work"),
])
def test_zero_shot_codes_from_the_codebook(text: str, theme: str) -> None:
    coded = Coder(load_default_codebook()).code([text])[0]
    assert theme in [s.name for s in coded]
    best = next(s for s in coded if s.name == theme)
    assert best.reasons[0].startswith("words:")


def test_short_odd_and_foreign_answers_are_kept() -> None:
    texts = ["no", "👍", "", "digartref", "polis"]
    coded = Coder(load_default_codebook()).code(texts)
    assert len(coded) == len(texts)
    assert "Housing and homelessness" in [s.name for s in coded[3]]


def test_learned_coder_uses_confirmed_answers() -> None:
    rows = _rows()
    codebook = codebook_from_dict({"themes": [{"name": n} for n in ("Waiting", "Kindness", "Food")]})
    coder = Coder(codebook).fit([str(r["text"]) for r in rows], [list(r["themes"]) for r in rows])  # type: ignore[call-overload]
    coded = coder.code(["the dinner was cold again", "she was so caring", "waited four hours"])
    assert [c[0].name for c in coded] == ["Food", "Kindness", "Waiting"]
    assert all(isinstance(s, ThemeScore) and 0 <= s.confidence <= 1 for c in coded for s in c)
    assert any(r.startswith('like "') for r in coded[0][0].reasons)
    assert coder.code(["the dinner was cold again"]) == coded[:1]


def test_discover_groups_unthemed_answers() -> None:
    texts = ["the buses stop at six so I cant get home"] * 2 + [
        "no buses after six at night", "buses stop running too early", "night buses please",
        "bus fare is too dear", "the library is closed", "library closed on sundays",
        "open the library longer", "the library shut early", "library hours are short"]
    suggestions = discover(texts, min_size=3)
    assert suggestions and all(s.size >= 3 and len(s.quotes) <= 3 for s in suggestions)
    names = " ".join(s.name.lower() for s in suggestions)
    assert "bus" in names and "library" in names
    assert discover(texts, min_size=3) == suggestions
    assert discover(["one"], min_size=3) == []


def test_discover_copes_with_identical_and_wordless_answers() -> None:
    [only] = discover(["same text here"] * 10, min_size=3)
    assert only.size == 10 and only.quotes == ("same text here",)
    assert discover(["👍"] * 6, min_size=2) == []
    [repeated] = discover(["knowing what was going to happen to me and when"] * 4, min_size=3)
    assert repeated.size == 4  # one answer drawn four times: SVD has no variance, and must not warn


def test_unthemed_lists_answers_nothing_fits() -> None:
    coder = Coder(load_default_codebook())
    coded = coder.code(["sleeping rough by the station", "the library should open on sundays"])
    assert coder.unthemed(coded) == [1]


def _question_rows() -> tuple[list[str], list[list[str]], list[str]]:
    """The same words mean different themes under different questions: only the question tells."""
    texts, labels, questions = [], [], []
    for i in range(8):
        for text in (f"the staff {i}", f"the food {i}", f"the ward {i}"):
            texts += [text, text]
            labels += [["Praise"], ["Complaint"]]
            questions += ["What was good?", "What could we do better?"]
    return texts, labels, questions


def test_a_coder_trained_with_questions_uses_them() -> None:
    texts, labels, questions = _question_rows()
    codebook = codebook_from_dict({"themes": [{"name": "Praise"}, {"name": "Complaint"}]})
    coder = Coder(codebook).fit(texts, labels, questions)
    assert coder.uses_questions
    good, better = coder.code(["the staff", "the staff"], ["What was good?", "What could we do better?"])
    assert good[0].name == "Praise" and better[0].name == "Complaint"
    assert len(coder.code(["the staff"])) == 1  # answers without a question still code (as blank)
    with pytest.raises(ValueError):
        coder.code(["the staff"], ["one", "two"])


def test_a_coder_trained_without_questions_ignores_them() -> None:
    texts, labels, _ = _question_rows()
    codebook = codebook_from_dict({"themes": [{"name": "Praise"}, {"name": "Complaint"}]})
    coder = Coder(codebook).fit(texts, labels)
    assert not coder.uses_questions
    assert coder.code(["the food"], ["What was good?"]) == coder.code(["the food"], ["What could we do better?"])


def test_questions_without_words_are_left_out() -> None:
    texts, labels, _ = _question_rows()
    codebook = codebook_from_dict({"themes": [{"name": "Praise"}, {"name": "Complaint"}]})
    coder = Coder(codebook).fit(texts, labels, ["?"] * len(texts))
    assert not coder.uses_questions
    assert len(coder.code(["the staff"], ["?"])) == 1


POLICE_Q = "Tell us about your contact with the police. What happened, and how were you treated?"
RECOVERY_Q = "What has helped with your mental health, or with drugs or alcohol, and what was missing?"


def test_a_question_naming_a_theme_makes_it_the_answers_topic() -> None:
    coder = Coder(load_default_codebook())
    [with_question] = coder.code(["they laughed at me the whole time"], [POLICE_Q])
    police = next(s for s in with_question if s.name == "Police contact and treatment")
    assert police.confidence >= 0.5 and "question" in police.reasons[0]
    [without] = coder.code(["they laughed at me the whole time"])
    assert "Police contact and treatment" not in [s.name for s in without]


def test_a_question_naming_several_themes_lets_the_answer_choose() -> None:
    coder = Coder(load_default_codebook())
    drink, pills, other = coder.code(["drinking a bottle of vodka a day", "on sertraline", "hostel"], [RECOVERY_Q] * 3)
    assert "Drugs and alcohol" in [s.name for s in drink]
    assert "Mental health support" not in [s.name for s in drink]
    assert pills[0].name == "Mental health support"  # nothing else named: the question's first
    assert "Mental health support" not in [s.name for s in other]  # the answer names another theme


def test_generic_questions_name_no_theme() -> None:
    from consult.pipeline.themes.zeroshot import ZeroShot

    scorer = ZeroShot(load_default_codebook())
    for question in ("What could we do better?", "What was good?", "What would have helped you most at that time?"):
        assert scorer.topics(question) == ()
    names = [scorer.names[k] for k in scorer.topics(RECOVERY_Q)]
    assert names == ["Mental health support", "Drugs and alcohol"]


def test_a_word_inside_a_matched_phrase_counts_only_for_that_phrase() -> None:
    [coded] = Coder(load_default_codebook()).code(["my mental health has gone downhill"])
    names = [s.name for s in coded]
    assert "Mental health support" in names and "Health services and GP access" not in names
