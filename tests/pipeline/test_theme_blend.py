"""The coder must not get worse when reviewers start deciding: codebook and learned scores are
blended per theme, and a theme nobody has taught keeps its codebook score."""

from consult.pipeline.themes.codebook import codebook_from_dict, load_default_codebook
from consult.pipeline.themes.coder import Coder

HOUSING = "Housing and homelessness"
MONEY = "Money, benefits and work"
DRUGS = "Drugs and alcohol"
MENTAL = "Mental health support"
LIVING = "Where are you living now, and what would help you feel safe and settled?"
HELPED = "What would have helped you most at that time?"

# answers held out from every fit below (written for these tests, in voices of their own)
HELD_OUT = [
    ("sofa surfing at me mates since i got out, council says no bed till spring", [HOUSING]),
    ("hostel kicked me out for being late back so I was on the streets again", [HOUSING]),
    ("no money for the gas meter and the universal credit got sanctioned", [MONEY]),
    ("my benefits stopped when i went inside and took 10 weeks to sort", [MONEY]),
    ("a drug worker who turned up when she said she would", [DRUGS]),
    ("detox place in days not months, i was drinking again by then", [DRUGS]),
    ("someone to talk to about my anxiety, the crisis team never rang back", [MENTAL]),
    ("counselling for what happened to me as a kid not just pills", [MENTAL]),
    ("a flat of my own and help with the rent deposit", [HOUSING, MONEY]),
    ("somewhere safe to stay that isnt full of people using", [HOUSING, DRUGS]),
]


def _micro_f1(coder: Coder, question: str) -> float:
    coded = coder.code([t for t, _ in HELD_OUT], [question] * len(HELD_OUT))
    tp = fp = fn = 0
    for (_, gold), scores in zip(HELD_OUT, coded, strict=True):
        names = {s.name for s in scores}
        tp, fp, fn = tp + len(names & set(gold)), fp + len(names - set(gold)), fn + len(set(gold) - names)
    return 2 * tp / max(1, 2 * tp + fp + fn)


def test_no_training_is_exactly_the_untrained_coder() -> None:
    codebook = load_default_codebook()
    texts = [t for t, _ in HELD_OUT]
    untrained = Coder(codebook).code(texts, [HELPED] * len(texts))
    assert Coder(codebook).fit([], []).code(texts, [HELPED] * len(texts)) == untrained
    # two decisions are too few for any theme to be learned
    two = Coder(codebook).fit(texts[:2], [[HOUSING], [HOUSING]], [HELPED] * 2)
    assert two.code(texts, [HELPED] * len(texts)) == untrained
    # decided answers with no theme the codebook knows teach nothing either
    none = Coder(codebook).fit(texts[:5], [["Not a theme"]] * 5, [HELPED] * 5)
    assert none.code(texts, [HELPED] * len(texts)) == untrained


def test_decisions_that_agree_with_the_codebook_change_nothing() -> None:
    # the codebook already codes these right: the learned model cannot do better, so gets no share
    codebook = load_default_codebook()
    taught = ["homeless again after prison", "no housing for me when I got out", "living in a hostel",
              "street homeless for a year", "the council housing list is years long"]
    coder = Coder(codebook).fit(taught, [[HOUSING]] * len(taught), [LIVING] * len(taught))
    texts = [t for t, _ in HELD_OUT]
    assert coder.code(texts, [HELPED] * len(texts)) == Coder(codebook).code(texts, [HELPED] * len(texts))


def test_a_few_decisions_never_make_held_out_answers_worse() -> None:
    codebook = load_default_codebook()
    before = _micro_f1(Coder(codebook), HELPED)
    decided = [
        ("the gaff i was in got shut down", [HOUSING]),
        ("proper roof over my head", [HOUSING]),
        ("sleeping in a tent by the canal", [HOUSING]),
        ("skint every week, can't even get the bus", [MONEY]),
        ("the jobcentre stopped my money", [MONEY]),
        ("a job that would have me with a record", [MONEY]),
        ("off my face most days back then", [DRUGS]),
        ("the methadone script ran out", [DRUGS]),
        ("needed my script sorted before release", [DRUGS]),
    ]
    for n in (3, 6, 9):
        rows = decided[:n]
        coder = Coder(codebook).fit([t for t, _ in rows], [g for _, g in rows], [HELPED] * n)
        assert _micro_f1(coder, HELPED) >= before, n


def test_a_theme_nobody_taught_keeps_its_codebook_score() -> None:
    codebook = codebook_from_dict({"themes": [
        {"name": "Food", "keywords": ["dinner", "meal"]},
        {"name": "Kindness", "keywords": ["kind", "caring"]},
        {"name": "Waiting", "keywords": ["wait", "queue"]},
    ]})
    # only "Waiting" is taught, in words the codebook does not know
    texts = ["hung about for ages", "sat there forever", "took donkeys years", "hung about all night",
             "the dinner was cold", "she was kind"]
    labels = [["Waiting"]] * 4 + [["Food"], ["Kindness"]]
    coder = Coder(codebook).fit(texts, labels)
    untrained = Coder(codebook)
    new = ["a kind nurse and a hot meal"]
    before = {s.name: s.confidence for s in untrained.code(new)[0]}
    after = {s.name: s.confidence for s in coder.code(new)[0]}
    assert after["Food"] == before["Food"] and after["Kindness"] == before["Kindness"]
    assert "Waiting" in {s.name for s in coder.code(["hung about for hours"])[0]}
    assert "Waiting" not in {s.name for s in untrained.code(["hung about for hours"])[0]}


def test_answers_with_only_rejections_are_examples_of_what_they_are_not() -> None:
    codebook = codebook_from_dict({"themes": [{"name": "Waiting"}, {"name": "Kindness"}]})
    waits = ["hung about for ages", "sat there forever", "took donkeys years", "hung about all night"]
    # every confirmed answer is "Waiting": with nothing else, no negative example, nothing learned
    alone = Coder(codebook).fit(waits, [["Waiting"]] * 4)
    assert alone.code(["hung about"]) == Coder(codebook).code(["hung about"])
    others = ["lovely lady on reception", "they made me a brew", "the nurse held my hand"]
    taught = Coder(codebook).fit(waits + others, [["Waiting"]] * 4 + [[]] * 3, None,
                                 [[]] * 4 + [["Waiting"]] * 3)
    assert "Waiting" not in {s.name for s in Coder(codebook).code(["hung about for hours"])[0]}
    assert taught.code(["hung about for hours"])[0][0].name == "Waiting"
    assert all(s.confidence < 0.5 for s in taught.code(["the lovely nurse made a brew"])[0] if s.name == "Waiting")
