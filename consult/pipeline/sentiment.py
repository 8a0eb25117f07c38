"""Sentiment of an answer: positive, neutral (or mixed) or negative, with a polarity in [-1, 1].

TextBlob's bundled lexicon is the base signal (no NLTK corpora are touched), used two ways:

* the rule (``rule_score``; ``score``, what a new consultation gets, reads it together with a model
  learned from the project's own answer sets, ``sentiment_learned``): TextBlob polarity (reading "wasnt" as
  "was not") plus a small feedback lexicon ("rude", "waited", "sound"), combined with the
  domain's cues (``sentiment_cues``: distress, harm, discrimination, hardship, failure, wishes
  naming a failure, sarcasm, praise), the safeguarding screen's verdict and the question. Where
  the cues speak with one voice TextBlob only breaks ties; where none speaks it decides. A
  clearly positive and a clearly negative clause, neither dwarfing the other, is "mixed"
  (``mixed``, counted neutral). Every result names the evidence that moved it (``reasons``).
* trained (``SentimentModel.fit``): TextBlob's whole-answer and per-clause polarities and the
  feedback cue counts become dense features beside TF-IDF word and character n-grams, and a
  class-balanced logistic regression learns from supplied labels; polarity is then
  P(positive) - P(negative).

The question colours the answer: "nothing" answers "what could we do better?" with praise.
``question_lean`` reads its wording as asking for praise (+1), for change (-1) or neither (0); a
question asking what would help (``asks_for_needs``) leans nowhere, and its answers' words for
what is wished ("somewhere safe") are not praise. The trained model also learns from the
question's words, the lean crossed with the answer's polarities and a per-question copy of the
answer's features (``question_context``), with classes balanced within each question.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from textblob.en import sentiment as _textblob

from consult.pipeline.question_context import QuestionBlocks, question_vectoriser
from consult.pipeline.safeguarding import SUICIDE
from consult.pipeline.safeguarding.screen import assess_rules
from consult.pipeline.safeguarding.verdict import CATEGORIES, EXPLOITATION, Safeguarding
from consult.pipeline.sentiment_cues import Cue, asks_for_needs, cues
from consult.pipeline.sentiment_lexicon import NOT_FEELINGS_HERE, WISHED_FOR, spelt_out
from consult.pipeline.sentiment_text import plain

Label = Literal["positive", "neutral", "negative"]
LABELS: tuple[Label, ...] = ("positive", "neutral", "negative")

POSITIVE_AT = 0.12  # asymmetric: TextBlob leans positive on service feedback
NEGATIVE_AT = -0.05
MIXED_AT = (0.3, -0.2)  # a clause at least this positive and one at least this negative
_BALANCE = 0.3  # the weaker side of a mixed answer is at least this share of the stronger
_DAMPED = 0.3
_RISK_WEIGHT = (0.8, 0.5)  # the safeguarding screen's verdict: suicide or self-harm, other risks
_RISK_UNDER_PRAISE = 0.4
_CUE_WEIGHT = 0.35
_DENSE_WEIGHT = 1.5

_NEGATIVE_CUES = re.compile(
    r"\b(?:rude|ignored|ignore|waited|waiting(?!\s+(?:list|for\s+an?\b))|wait|waits|late|delay\w*|dismiss\w*|useless|nobody|no\s+one"
    r"|never|shout\w*|worse|cancell?ed|sanction\w*|judged|judging|struggl\w*|lied|lying|unhelpful|cold"
    r"|hours|ages|not\s+(?:listened|helped|help|good|great|happy|enough)|didn'?t|couldn'?t|wouldn'?t|wasn'?t"
    r"|can'?t|won'?t|refused|lost|stress\w*|upset\w*|angry|scared|disgust\w*|joke|shite?|crap|rubbish"
    r"|shambles|scum|dirt|treated\s+like|no\s+help|let\s+(?:me|us)\s+down|complain\w*|problem\w*)\b"
)
_POSITIVE_CUES = re.compile(
    r"\b(?:thanks?|thank\s+you|cheers|helpful|kind|caring|brill\w*|fab\w*|sound|spot\s+on|respect\w*"
    r"|listened|supportive|lovely|friendly|reassur\w*|polite|efficient|professional|quick|prompt"
    r"|grateful|appreciat\w*|safe|sorted|smashing|ace|amazing|excellent|outstanding|superb|pleasant)\b"
)
_NOT_FEELINGS = re.compile(r"\b(?:more|most|less)\b", re.IGNORECASE)  # TextBlob scores "more" +0.5
_ASKS_FOR_CHANGE = re.compile(
    r"\b(?:improve\w*|better|change\w*|differently|wrong|worse|dissatisf\w*|unhappy|problem\w*|complain\w*"
    r"|fix\w*|difficult\w*|bad|worst|dislike\w*|disappoint\w*)\b")
_ASKS_FOR_PRAISE = re.compile(r"\b(?:good|well|liked?|best|enjoy\w*|helpful|positive|pleased|happy|great)\b")
_NOTHING = re.compile(r"^\W*(?:no|none|nothing|nothing (?:at all|really|else)|n/?a|nil|not really|no comments?"
                      r"|can'?t think of anything|don'?t know|not sure)\W*$")
_QUESTION_NUDGE = 0.15
_CLAUSES = re.compile(r"[.!?;,\n]+|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bexcept\b")


@dataclass(frozen=True)
class Sentiment:
    """Sentiment of one answer; polarity runs from -1 (negative) to 1 (positive)."""

    label: Label
    polarity: float
    mixed: bool = False  # a clearly positive and a clearly negative part: shown as "mixed", counted neutral
    reasons: tuple[str, ...] = ()  # the evidence that moved it, for staff who ask why


def _textblob_polarity(text: str) -> tuple[float, float]:
    """TextBlob (polarity, subjectivity), ignoring quantity words it wrongly scores as feelings."""
    polarity, subjectivity = _textblob(_NOT_FEELINGS.sub(" ", text))
    return float(polarity), float(subjectivity)


def _cues(text: str) -> tuple[int, int]:
    lowered = text.lower().replace("\u2019", "'")
    return len(_POSITIVE_CUES.findall(lowered)), len(_NEGATIVE_CUES.findall(lowered))


def _nudged(text: str, base: float | None = None) -> float:
    """TextBlob polarity (``base`` if already known) moved by the cue lexicon, within [-1, 1]."""
    positive, negative = _cues(text)
    start = _textblob_polarity(text)[0] if base is None else base
    value = start + _CUE_WEIGHT * (math.tanh(positive) - math.tanh(negative))
    return max(-1.0, min(1.0, value))


def rule_polarity(text: str, base: float | None = None) -> tuple[float, float, float]:
    """Nudged polarity of the whole answer, and of its most positive and most negative clause."""
    parts = [part for part in _CLAUSES.split(text.lower()) if part.strip()]
    whole = _nudged(text, base)
    clauses = [whole] if len(parts) == 1 else [_nudged(part) for part in parts] or [0.0]
    return whole, max(clauses), min(clauses)


@lru_cache(maxsize=1024)  # a consultation has a handful of questions, asked of every answer
def question_lean(question: str | None) -> float:
    """+1 for a question that asks what was good, -1 for one that asks what to change, else 0."""
    if not question or asks_for_needs(question):  # "what would help?" asks for needs, not verdicts
        return 0.0
    lowered = question.lower().replace("\u2019", "'")
    change = bool(_ASKS_FOR_CHANGE.search(lowered))
    rest = _ASKS_FOR_CHANGE.sub(" ", lowered)
    praise = bool(_ASKS_FOR_PRAISE.search(rest)) or _textblob_polarity(rest)[0] > 0.1
    return float(praise and not change) - float(change and not praise)


_EMPTY_ANSWER = "nothing, answering the question"  # the question, not the model, decides what "nothing" means


def _empty_answer(text: str, lean: float) -> Sentiment | None:
    """"Nothing" to a question asking what to change is praise; to one asking what was good, not."""
    if lean and _NOTHING.match(text.lower().replace("\u2019", "'")):
        return Sentiment("positive" if lean < 0 else "negative", -0.5 * lean, reasons=(_EMPTY_ANSWER,))
    return None


def _domain_base(text: str, needs: bool, damped: float) -> float:
    """TextBlob polarity (times ``damped``, 1 for all of it), nudged by the feedback cues; TextBlob
    reads negations spelt out ("wasnt" and "wasn't" as "was not", the only form it negates), and
    neither reads words that describe rather than feel here ("my own flat", "full of dealers")
    or, answering what would help, that name the wish ("somewhere safe")."""
    lowered = NOT_FEELINGS_HERE.sub(" ", text.lower().replace("\u2019", "'"))
    if needs:
        lowered = WISHED_FOR.sub(" ", lowered)
    return _nudged(lowered, _textblob_polarity(spelt_out(lowered))[0] * damped)


# the screen's categories that are also how the person feels; exploitation is flagged on patterns
# of grooming ("they took me home") that say nothing of the answer's feeling
_FELT = frozenset(CATEGORIES) - {EXPLOITATION}
_LESSENED = re.compile(r"\b(?:less|fewer|no\s+longer|not\s+as\s+(?:much|often)|stopped|cut\s+down)\b")


def _felt_risk(text: str) -> Safeguarding:
    """The screen's rules (explained evidence; not the learned second opinion), keeping the categories
    that are felt, and none where the answer says the risk has lessened ("I self harm less")."""
    risk = assess_rules(text)
    categories = tuple(c for c in risk.categories if c in _FELT)
    if not categories or _LESSENED.search(text.lower()):
        return Safeguarding(flagged=False, categories=(), matched=())
    return Safeguarding(flagged=True, categories=categories, matched=risk.matched)


def _weigh(text: str, needs: bool) -> tuple[float, list[Cue]]:
    """Polarity of an answer or clause: the domain's cues decide where they speak, TextBlob (tempered
    to a tie-breaker) where they disagree or it names a wish, and alone where none speaks."""
    found = cues(text, needs)
    if not any(c.weight < 0 for c in found):
        risk = _felt_risk(text)
        if risk.flagged:
            weight = _RISK_WEIGHT[0] if SUICIDE in risk.categories else _RISK_WEIGHT[1]
            if any(c.kind == "praise" for c in found):  # the screen flags circumstances ("the DV officer",
                weight *= _RISK_UNDER_PRAISE            # "found me on the bridge"), the praise is the verdict
            found.append(Cue("safeguarding: " + ", ".join(risk.categories), -weight, ", ".join(risk.matched)))
    negative = 1.0 - math.prod(1.0 + c.weight for c in found if c.weight < 0)
    positive = 1.0 - math.prod(1.0 - c.weight for c in found if c.weight > 0)
    one_sided = (negative > 0) != (positive > 0)  # the cues agree: TextBlob and the old lexicon only break ties
    base = _domain_base(text, needs, _DAMPED if found or needs else 1.0)
    if one_sided:
        base *= _DAMPED
    if any(c.kind == "sarcasm" for c in found):
        base = min(base, 0.0)
    return max(-1.0, min(1.0, base + positive - negative)), found


# a polite concession before the complaint: "I appreciate services are stretched, but ..." says only
# what follows "but"
_CONCESSION = re.compile(
    r"^\W*(?:i\s+(?:do\s+)?(?:appreciate|understand|know|realise|realize|accept|get\s+that)|to\s+be\s+fair"
    r"|in\s+fairness|fair\s+enough|granted|admittedly|with\s+(?:all\s+due\s+)?respect|i'?m\s+sure|no\s+doubt)\b"
    r"[^.!?]*?\b(?:but|however|yet)\b\W*(?P<rest>\w+(?:\W+\w+)+.*)$")
_TURN = re.compile(r"\b(?:but|however|though|although|yet)\b")


def last_word(text: str) -> float:
    """Polarity of what follows the last "but" (or "however", "though"), 0 without one: where an
    answer turns, the part after the turn is usually the verdict."""
    parts = _TURN.split(plain(text))
    if len(parts) < 2 or len(parts[-1].split()) < 2:
        return 0.0
    return _weigh(parts[-1], False)[0]


def rule(text: str, lean: float = 0.0, needs: bool = False) -> Sentiment:
    """Untrained sentiment with its reasons; ``needs`` when the question asks what would help.
    Mixed when one clause is clearly positive and another clearly negative, neither dwarfing it.
    Text-speak is read spelt out (``sentiment_text.plain``)."""
    text = plain(text)
    conceded = _CONCESSION.match(text)
    if conceded:
        after = rule(conceded.group("rest"), lean, needs)
        conceded_words = text[:conceded.start("rest")].strip()
        return replace(after, mixed=False, reasons=(*after.reasons, "concession: " + conceded_words))
    empty = _empty_answer(text, lean)
    if empty is not None or (needs and _NOTHING.match(text.lower().replace("\u2019", "'"))):
        return empty or Sentiment("neutral", 0.0, reasons=(_EMPTY_ANSWER,))
    polarity, found = _weigh(text, needs)
    polarity = round(max(-1.0, min(1.0, polarity + _QUESTION_NUDGE * lean)), 4)
    reasons = tuple(f"{c.kind}: {c.words}" for c in found)
    parts = [part for part in _CLAUSES.split(text) if len(part.split()) >= 2]
    if len(parts) > 1 and not any(c.kind == "sarcasm" for c in found):
        clauses = [_weigh(part, needs)[0] for part in parts]
        best, worst = max(clauses), -min(clauses)
        if best >= MIXED_AT[0] and worst >= -MIXED_AT[1] and min(best, worst) >= _BALANCE * max(best, worst):
            return Sentiment("neutral", polarity, True, reasons)
    label: Label = "positive" if polarity >= POSITIVE_AT else "negative" if polarity <= NEGATIVE_AT else "neutral"
    return Sentiment(label, polarity, False, reasons)


def rule_score(text: str, question: str | None = None) -> Sentiment:
    """The rule alone: calibrated TextBlob, the domain's cues, the safeguarding screen and the
    question (its lean, and whether it asks what would help)."""
    return rule(text, question_lean(question), asks_for_needs(question))


def score(text: str, question: str | None = None) -> Sentiment:
    """Sentiment as intake stores it: the rule read together with the model learned from the project's
    own answer sets (``sentiment_learned``), the rule's strong evidence (distress, sarcasm, a felt risk)
    keeping the last word. Needs no consultation's own labels."""
    from consult.pipeline.sentiment_learned import default_model  # it builds on this module

    return default_model().predict([text], [question])[0]


def _dense(texts: Sequence[str]) -> sparse.csr_matrix:
    rows = []
    for text in texts:
        base, subjectivity = _textblob_polarity(text)
        polarity, best, worst = rule_polarity(text, base)
        positive, negative = _cues(text)
        contrast = 1.0 if re.search(r"\b(?:but|however|although|though|except|apart\s+from|only)\b",
                                    text.lower()) else 0.0
        rows.append([base, subjectivity, polarity, best, worst, best - worst, math.tanh(positive),
                     math.tanh(negative), contrast, math.log1p(len(text.split())) / 4])
    return sparse.csr_matrix(np.asarray(rows, dtype=np.float64) * _DENSE_WEIGHT)


def _leans(questions: Sequence[str | None] | None, n: int) -> np.ndarray:
    return np.asarray([question_lean(q) for q in questions] if questions is not None else [0.0] * n)


def _balancing_weights(labels: Sequence[str], groups: Sequence[str]) -> np.ndarray:
    """Weights that give every class equal total weight within each group (each question, when
    known), so a class that is rare under one question is not drowned by the others there."""
    counts = Counter(zip(groups, labels, strict=True))
    sizes = Counter(groups)
    classes = {g: sum(1 for (h, _) in counts if h == g) for g in sizes}
    return np.asarray([sizes[g] / (classes[g] * counts[(g, lab)]) for g, lab in zip(groups, labels, strict=True)])


class SentimentModel:
    """Learned sentiment on supplied labels, falling back to the rule until fitted.

    Fitted with questions, it also uses them; answers later given without one get lean 0 and an
    empty question, so the model never waits for features it will not get.
    """

    def __init__(self, c: float = 2.0) -> None:
        self._c = c
        self._blocks = QuestionBlocks()
        self._words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        self._chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), min_df=2, sublinear_tf=True,
                                      max_features=60000)
        self._questions: TfidfVectorizer | None = None
        self._model: LogisticRegression | None = None

    @property
    def fitted(self) -> bool:
        return self._model is not None

    @property
    def uses_questions(self) -> bool:
        return self._questions is not None

    def _features(self, texts: list[str], questions: Sequence[str | None] | None) -> sparse.csr_matrix:
        words, dense = self._words.transform(texts), _dense(texts)
        blocks = [words, self._chars.transform(texts), dense]
        if self._questions is not None:
            lean = _leans(questions, len(texts))
            asked = self._questions.transform([q or "" for q in questions or [None] * len(texts)])
            crossed = sparse.diags(lean) @ dense
            blocks += [asked, sparse.csr_matrix(lean[:, None] * _DENSE_WEIGHT), crossed,
                       self._blocks.cross(sparse.hstack([words, dense]), questions)]
        return sparse.hstack(blocks).tocsr()

    def fit(self, texts: Sequence[str], labels: Sequence[str],
            questions: Sequence[str | None] | None = None) -> SentimentModel:
        """Learn from (text, label) pairs, and their questions if given; fewer than two classes or
        ten answers keeps the rule."""
        asked = list(questions) if questions is not None else [None] * len(texts)
        rows = [(t, lab, q) for t, lab, q in zip(texts, labels, asked, strict=True) if lab in LABELS]
        if len(rows) < 10 or len({lab for _, lab, _ in rows}) < 2:
            return self
        train = [t for t, _, _ in rows]
        self._words.fit(train)
        self._chars.fit(train)
        asked_rows = [q for _, _, q in rows]
        self._questions = None if questions is None else question_vectoriser(asked_rows, max_words=2)
        self._blocks.fit(asked_rows if self._questions is not None else [])
        features = self._features(train, asked_rows if self._questions is not None else None)
        targets = [lab for _, lab, _ in rows]
        self._model = LogisticRegression(C=self._c, max_iter=2000)
        groups = [q or "" if self._questions is not None else "" for q in asked_rows]
        self._model.fit(features, targets, sample_weight=_balancing_weights(targets, groups))
        return self

    def probabilities(self, texts: Sequence[str], questions: Sequence[str | None] | None = None) -> np.ndarray:
        """P(class) in ``LABELS`` order for each text (fitted models only)."""
        if self._model is None:
            raise ValueError("the sentiment model is not fitted")
        raw = self._model.predict_proba(self._features(list(texts), questions))
        classes = list(self._model.classes_)
        out = np.zeros((len(texts), len(LABELS)))
        for k, label in enumerate(LABELS):
            if label in classes:
                out[:, k] = raw[:, classes.index(label)]
        return out

    def predict(self, texts: Sequence[str], questions: Sequence[str | None] | None = None) -> list[Sentiment]:
        """Sentiment for each text, in order; ``questions`` (one per text, or None) as context."""
        if self._model is None:
            leans = _leans(questions, len(texts))
            needs = [asks_for_needs(q) for q in questions] if questions is not None else [False] * len(texts)
            return [rule(t, float(lean), need) for t, lean, need in zip(texts, leans, needs, strict=True)]
        if not texts:
            return []
        out = []
        for row in self.probabilities(texts, questions):
            label = LABELS[int(row.argmax())]
            out.append(Sentiment(label, round(float(row[0] - row[2]), 4)))
        return out


def label_from_scale(value: int | None) -> Label | None:
    """Map a 1-5 rating (1 = very positive) to a class: 1-2 positive, 3 neutral, 4-5 negative."""
    if value is None:
        return None
    return "positive" if value <= 2 else "neutral" if value == 3 else "negative"
