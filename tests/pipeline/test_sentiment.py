"""Sentiment: the untrained TextBlob rule and the trained model."""

import pytest

from consult.pipeline.sentiment import Sentiment, SentimentModel, label_from_scale, score


@pytest.mark.parametrize(("text", "label"), [
    ("the staff were brilliant and really kind", "positive"),
    ("cheers, the peer mentor was sound", "positive"),
    ("waited hours and the officer was rude", "negative"),
    ("nobody listens, useless", "negative"),
    ("the worker was lovely but I waited three hours and got nothing", "neutral"),
    ("I went on Tuesday", "neutral"),
])
def test_untrained_rule(text: str, label: str) -> None:
    result = score(text)
    assert result.label == label
    assert -1.0 <= result.polarity <= 1.0


def test_empty_and_emoji_do_not_fail() -> None:
    assert score("").label == "neutral"
    assert isinstance(score("👍"), Sentiment)


def test_scale_mapping() -> None:
    assert [label_from_scale(v) for v in (1, 2, 3, 4, 5, None)] == [
        "positive", "positive", "neutral", "negative", "negative", None]


TRAIN = [
    ("great help thank you", "positive"), ("really good support from my worker", "positive"),
    ("they sorted my flat, made up", "positive"), ("lovely staff always there for me", "positive"),
    ("brilliant group every week", "positive"), ("the nurse was kind and helpful", "positive"),
    ("terrible, nobody rang back", "negative"), ("police treated me like dirt", "negative"),
    ("sanctioned again for nothing", "negative"), ("waited all day and they shut", "negative"),
    ("the hostel is awful and unsafe", "negative"), ("probation never listen", "negative"),
    ("some good some bad", "neutral"), ("I went to the drop in on monday", "neutral"),
    ("the worker was nice but the wait was long", "neutral"), ("ok I suppose", "neutral"),
    ("it was fine but they lost my forms", "neutral"), ("depends who you get", "neutral"),
]


def test_trained_model_learns_and_is_deterministic() -> None:
    texts, labels = zip(*TRAIN, strict=True)
    model = SentimentModel().fit(list(texts) * 2, list(labels) * 2)
    assert model.fitted
    first = model.predict(["really kind staff, thank you", "nobody ever rings back, terrible"])
    assert [s.label for s in first] == ["positive", "negative"]
    assert first[0].polarity > 0 > first[1].polarity
    assert model.predict(["really kind staff, thank you"])[0] == first[0]


def test_too_little_data_keeps_the_rule() -> None:
    model = SentimentModel().fit(["good"], ["positive"])
    assert not model.fitted
    assert model.predict(["brilliant"]) == [score("brilliant")]
    assert model.predict([]) == []
