"""Summaries: prevalence, tone, quotes, narrative, change and suppression."""

from consult.pipeline.summary.summarise import Answer, Response, summarise, to_dict, to_markdown

QUESTIONS = {"q1": "What would make things better?"}


def _responses(housing: int, police: int, parking: int) -> list[Response]:
    out = []
    for i in range(housing):
        tone = "negative" if i % 4 else "positive"
        out.append(Response("sms", None, (Answer("q1", f"no flat for {i} weeks after release, council useless",
                                                 ("Housing",), tone),)))
    for i in range(police):
        out.append(Response("kiosk", "hostel", (Answer("q1", f"the police were fair with me on day {i}",
                                                       ("Police", "Housing") if i < 3 else ("Police",),
                                                       "positive"),)))
    for _ in range(parking):
        out.append(Response("facilitated", "women's centre", (Answer("q1", "nowhere to park", ("Parking",),
                                                                     "neutral"),)))
    return out


def test_prevalence_tone_and_narrative() -> None:
    summary = summarise("Spring survey", QUESTIONS, _responses(40, 20, 4))
    question = summary.questions[0]
    assert question.answered.value == 64
    housing = question.themes[0]
    assert (housing.name, housing.count.value, housing.percent, housing.mostly) == ("Housing", 43, 67.2, "negative")
    assert question.narrative.startswith("64 people answered this question. Housing was raised by 43 of 64 people")
    assert "mostly negatively" in question.narrative
    assert "One other theme was raised by fewer than 10 people." in question.narrative
    assert 1 <= len(housing.quotes) <= 3
    assert len(set(housing.quotes)) == len(housing.quotes)


def test_small_groups_are_suppressed_and_never_quoted() -> None:
    summary = summarise("Spring survey", QUESTIONS, _responses(40, 20, 4))
    parking = next(t for t in summary.questions[0].themes if t.name == "Parking")
    assert parking.count.display == "fewer than 10" and parking.percent is None and parking.quotes == ()
    channel = summary.by_channel
    assert channel.cells["facilitated"].display == "fewer than 10"
    assert channel.cells["kiosk"].suppressed  # secondary: else 64 - 40 - 20 gives 4 back
    text = to_markdown(summary) + str(to_dict(summary))
    assert "nowhere to park" not in text and "| facilitated | fewer than 10 |" in to_markdown(summary)


def test_internal_threshold_and_floor() -> None:
    assert summarise("s", QUESTIONS, _responses(40, 20, 4), published=False).threshold == 5
    assert summarise("s", QUESTIONS, _responses(40, 20, 4), threshold=1).threshold == 3


def test_change_since_earlier_consultation() -> None:
    earlier = summarise("Autumn", QUESTIONS, _responses(20, 20, 0))
    later = summarise("Spring", QUESTIONS, _responses(40, 20, 4), earlier=earlier)
    housing = later.questions[0].themes[0]
    assert housing.change_points == round(67.2 - 57.5, 1)
    assert "up 9.7 points on the earlier consultation" in later.questions[0].narrative


def test_tiny_consultation_shows_nothing() -> None:
    summary = summarise("Pilot", QUESTIONS, _responses(3, 2, 0))
    assert summary.respondents.display == "fewer than 10"
    assert "Fewer than 10 people answered" in summary.questions[0].narrative
    assert all(not t.quotes for t in summary.questions[0].themes)
    assert to_dict(summary)["respondents"] == "fewer than 10"
