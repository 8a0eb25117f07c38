"""The pure SMS dialogue: keywords first, one question at a time, nothing stored wrongly."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sms.dialogue import ConversationState, Event, Inbound, Step, step
from sms.rules import Rules
from sms.segments import count
from sms.state import Status
from sms.survey import ask
from sms.texts import render
from tests.sms.sms_demo import NOW, SURVEY


def talk(*bodies: str, state: ConversationState | None = None, opted_out: bool = False) -> Step:
    """Send each body in turn, a minute apart; return the last step (with all answers)."""
    result = Step(state)
    for minute, body in enumerate(bodies):
        result = step(result.state, Inbound(body, opted_out=opted_out), SURVEY, NOW + timedelta(minutes=minute))
    return result


def live(result: Step) -> ConversationState:
    assert result.state is not None
    return result.state


def run(*bodies: str) -> list[Step]:
    steps: list[Step] = []
    state: ConversationState | None = None
    for minute, body in enumerate(bodies):
        result = step(state, Inbound(body), SURVEY, NOW + timedelta(minutes=minute))
        steps.append(result)
        state = result.state
    return steps


@pytest.mark.parametrize("body", ["VOICE", "voice", " Voice! ", "v o i c e", "'voice.'"])
def test_join_keyword_is_tolerant(body: str) -> None:
    result = step(None, Inbound(body), SURVEY, NOW)
    assert result.events == (Event.JOINED,)
    assert result.state is not None and result.state.status == Status.ACTIVE
    assert "anonymous" in result.replies[0].lower() and "STOP" in result.replies[0]
    assert result.replies[1] == ask(SURVEY, 0, "en")


def test_full_conversation_in_english() -> None:
    steps = run("voice", "2", "Be kinder and listen", "4", "no", "yes")
    answers = [s.answer for s in steps if s.answer]
    assert [(a.question_key, a.option_key, a.value, a.text) for a in answers] == [
        ("safe", "quite", None, None),
        ("police", None, None, "Be kinder and listen"),
        ("trust", None, 4, None),
        ("probation", "no", None, None),
    ]
    assert Event.COMPLETED in steps[4].events
    assert steps[4].replies[-1] == render("thanks", "en")
    assert steps[5].events == (Event.UPDATES_REQUESTED,)
    assert steps[5].replies == (render("update_confirmed", "en"),)


def test_full_conversation_in_welsh() -> None:
    steps = run("llais", "Eithaf diogel", "Gwrando mwy", "5", "ie", "oes")
    assert steps[0].state is not None and steps[0].state.language == "cy"
    assert steps[0].replies[1] == ask(SURVEY, 0, "cy")
    answers = [s.answer for s in steps if s.answer]
    assert [a.option_key or a.value or a.text for a in answers] == ["quite", "Gwrando mwy", 5, "yes"]
    assert steps[4].replies[-1] == render("thanks", "cy")
    assert Event.UPDATES_REQUESTED in steps[5].events


def test_switch_language_mid_survey_repeats_the_question() -> None:
    result = talk("voice", "1", "CYMRAEG")
    assert result.state is not None and result.state.language == "cy"
    assert result.events == (Event.LANGUAGE_CHANGED,)
    assert ask(SURVEY, 1, "cy") in result.reply_text
    assert result.answer is None


def test_option_word_or_number_is_accepted() -> None:
    for body in ("not safe", "Not Safe!", "3.", "3 Not safe", "ddim yn ddiogel"):
        answer = talk("voice", body).answer
        assert answer is not None and answer.option_key == "not", body


def test_nonsense_gets_one_polite_reprompt_then_moves_on() -> None:
    first = talk("voice", "purple")
    assert first.events == (Event.REPROMPTED,) and first.answer is None
    assert "1 to 3" in first.reply_text
    second = talk("purple", state=first.state)
    assert second.events == (Event.SKIPPED,) and second.answer is None
    assert second.state is not None and second.state.question_index == 1
    assert second.state.reprompted is False


def test_scale_out_of_range_reprompts() -> None:
    result = talk("voice", "1", "fine", "9")
    assert result.events == (Event.REPROMPTED,) and "1 to 5" in result.reply_text


def test_skip_is_never_an_answer() -> None:
    result = talk("voice", "SKIP")
    assert result.answer is None and result.events == (Event.SKIPPED,)
    assert result.state is not None and result.state.question_index == 1
    assert result.reply_text.startswith(render("skip_ack", "en"))
    assert talk("voice", "nesaf").events == (Event.SKIPPED,)


@pytest.mark.parametrize(
    "word", ["STOP", "stop", "Stop.", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "STOPIO", "Diwedd"]
)
def test_stop_words_opt_out_mid_survey_and_are_not_stored(word: str) -> None:
    result = talk("voice", "1", word)
    assert result.answer is None
    assert result.events == (Event.OPTED_OUT,)
    assert result.state is not None and result.state.status == Status.STOPPED
    assert result.state.question_index == 1


def test_stop_days_later_after_finishing() -> None:
    done = talk("voice", "1", "x", "3", "yes")
    later = step(done.state, Inbound("STOP"), SURVEY, NOW + timedelta(days=9))
    assert later.events == (Event.OPTED_OUT,)
    assert later.replies == (render("stopped", "en"),)


def test_stop_from_unknown_number_still_opts_out() -> None:
    result = step(None, Inbound("stop"), SURVEY, NOW)
    assert result.events == (Event.OPTED_OUT,) and result.state is None


def test_opted_out_number_hears_nothing_but_start_and_help() -> None:
    stopped = talk("voice", "STOP")
    assert talk("2", state=stopped.state, opted_out=True).replies == ()
    assert talk("STOP", state=stopped.state, opted_out=True).replies == ()
    assert talk("voice", state=stopped.state, opted_out=True).replies == (render("opted_out_rejoin", "en"),)
    assert talk("HELP", state=stopped.state, opted_out=True).replies[0] == render("help", "en")


def test_start_opts_back_in_and_carries_on() -> None:
    stopped = talk("voice", "1", "STOP")
    result = talk("START", state=stopped.state, opted_out=True)
    assert result.events == (Event.OPTED_IN,)
    assert result.state is not None and result.state.status == Status.ACTIVE
    assert ask(SURVEY, 1, "en") in result.reply_text


def test_help_repeats_the_current_question() -> None:
    result = talk("voice", "info")
    assert result.replies[0] == render("help", "en")
    assert result.replies[-1] == ask(SURVEY, 0, "en")
    assert result.answer is None and result.state is not None
    assert result.state.question_index == 0


STOP_REQUESTS = [
    "stop texting me",
    "Please stop messaging me!",
    "don't text me",
    "leave me alone",
    "Stop please",
    "pls stop",
    "stopp",
    "STOP STOP",
    "ＳＴＯＰ",
    "S\u200bT\u200bO\u200bP",
    "stop it",
    "no more texts",
    "unsubscribe",
    "Stopiwch",
    "dim mwy o negeseuon",
    "gad lonydd i mi",
    "gadewch lonydd i mi plis",
    "Peidiwch",
    "peidiwch â tecstio",
    "Peidiwch a thecstio fi eto",
]


@pytest.mark.parametrize("body", STOP_REQUESTS)
def test_a_request_to_stop_in_any_words_opts_out_and_is_not_stored(body: str) -> None:
    result = talk("voice", "1", body)
    assert result.answer is None and result.events == (Event.OPTED_OUT,)
    assert result.state is not None and result.state.status == Status.STOPPED
    assert result.replies == (render("stopped", "en"),)


@pytest.mark.parametrize("body", ["stop it", "no more texts", "leave me alone", "dim mwy o negeseuon"])
def test_a_request_to_stop_wins_over_an_answer_in_every_state(body: str) -> None:
    """Mid-survey on a free-text or a choice question, after finishing, and from a stranger."""
    on_free_text = talk("voice", "1", body)
    on_choice = talk("voice", body)
    finished = talk("voice", "1", "x", "3", "yes", body)
    stranger = step(None, Inbound(body), SURVEY, NOW)
    for result in (on_free_text, on_choice, finished, stranger):
        assert result.answer is None and result.events == (Event.OPTED_OUT,)


def test_a_real_answer_mentioning_stop_is_kept() -> None:
    result = talk("voice", "1", "The police should stop searching us for nothing")
    assert result.answer is not None and result.events == (Event.ANSWERED,)


@pytest.mark.parametrize("body", ["Helo", "Shwmae, beth yw hwn?", "dw i isio cymryd rhan", "Sut mae?"])
def test_an_unknown_text_in_welsh_gets_a_welsh_reply(body: str) -> None:
    assert step(None, Inbound(body), SURVEY, NOW).replies == (render("how_to_join", "cy", keyword="LLAIS"),)


@pytest.mark.parametrize("body", ["Hello", "what is this?", "who are you", "ok"])
def test_an_unknown_text_in_english_gets_an_english_reply(body: str) -> None:
    assert step(None, Inbound(body), SURVEY, NOW).replies == (render("how_to_join", "en", keyword="VOICE"),)


def test_the_first_text_says_how_many_questions_there_are() -> None:
    english = step(None, Inbound("voice"), SURVEY, NOW).replies[0]
    welsh = step(None, Inbound("llais"), SURVEY, NOW).replies[0]
    assert "4 questions" in english and "4 cwestiwn" in welsh


def test_unknown_number_unknown_message_is_told_how_to_join() -> None:
    result = step(None, Inbound("hello?"), SURVEY, NOW)
    assert result.state is None and result.events == (Event.UNKNOWN_SENDER,)
    assert result.replies == (render("how_to_join", "en", keyword="VOICE"),)
    generic = step(None, Inbound("hello?"), None, NOW)
    assert generic.replies == (render("how_to_join_any", "en"),)
    welsh = step(None, Inbound("cymraeg"), SURVEY, NOW)
    assert welsh.replies == (render("how_to_join", "cy", keyword="LLAIS"),)


@pytest.mark.parametrize("media", [0, 1])
def test_empty_or_media_only_gets_a_prompt(media: int) -> None:
    joined = talk("voice", "1")
    result = step(joined.state, Inbound("  ", num_media=media), SURVEY, NOW)
    assert result.answer is None and result.state == replace(live(joined), last_inbound_at=NOW)
    assert render("empty", "en") in result.reply_text


def test_a_long_answer_is_the_body_as_given_and_the_person_is_told_it_was_cut() -> None:
    """The service cuts and anonymises the body once; the dialogue only says it was cut."""
    body = "word " * 300
    joined = talk("voice", "1").state
    result = step(joined, Inbound(body, truncated=True), SURVEY, NOW, Rules(answer_limit=1000))
    assert result.answer is not None and result.answer.truncated
    assert result.answer.text == body.strip()
    assert Event.TRUNCATED in result.events
    assert render("truncated", "en", limit=1000) in result.reply_text
    short = step(joined, Inbound("abcdef"), SURVEY, NOW, Rules(answer_limit=3))
    assert short.answer is not None and short.answer.text == "abcdef" and not short.answer.truncated


def test_risk_sends_the_support_text_first_as_its_own_message() -> None:
    joined = talk("voice", "1")
    result = step(joined.state, Inbound("I want to end it all", risk=True), SURVEY, NOW)
    assert result.replies == (render("safeguarding", "en"), ask(SURVEY, 2, "en"))
    assert result.events[0] == Event.SAFEGUARDING and result.answer is not None
    assert "You don't have to go through this alone" in result.replies[0]
    assert "116 123" in result.replies[0] and "999" in result.replies[0]
    assert "not a reporting line" in result.replies[0]


def test_risk_gets_the_support_text_in_the_conversations_language() -> None:
    welsh = talk("llais", "2")
    result = step(welsh.state, Inbound("I want to end it all", risk=True), SURVEY, NOW)
    assert result.replies == (render("safeguarding", "cy"), ask(SURVEY, 2, "cy"))
    assert "Does dim rhaid i chi" in result.replies[0] and "116 123" in result.replies[0]


@pytest.mark.parametrize("body", ["STOP", "hello", "voice"])
def test_risk_gets_the_support_text_whatever_else_happens(body: str) -> None:
    """A stop, a stranger, even a number that opted out: the support text still goes first."""
    for state, opted_out in ((None, False), (talk("voice", "STOP").state, True)):
        result = step(state, Inbound(body, risk=True, opted_out=opted_out), SURVEY, NOW)
        assert result.replies[0] == render("safeguarding", "en") and Event.SAFEGUARDING in result.events


def test_expired_conversation_offers_to_resume() -> None:
    joined = talk("voice", "1")
    expired = replace(live(joined), status=Status.EXPIRED)
    offer = step(expired, Inbound("hi"), SURVEY, NOW + timedelta(days=5))
    assert offer.events == (Event.RESUME_OFFERED,)
    assert offer.replies == (render("resume_offer", "en", number=2, total=4),)
    resumed = step(offer.state, Inbound("yes"), SURVEY, NOW + timedelta(days=5))
    assert resumed.events == (Event.RESUMED,) and resumed.replies == (ask(SURVEY, 1, "en"),)
    declined = step(offer.state, Inbound("no"), SURVEY, NOW + timedelta(days=5))
    assert declined.state is not None and declined.state.status == Status.ENDED


def test_join_keyword_mid_survey_repeats_the_question_not_an_answer() -> None:
    result = talk("voice", "VOICE")
    assert result.answer is None and result.replies == (ask(SURVEY, 0, "en"),)


def test_closed_consultation() -> None:
    closed = replace(SURVEY, is_open=False)
    assert step(None, Inbound("voice"), closed, NOW).replies == (render("closed", "en"),)


keywords = st.sampled_from(
    ["STOP", "START", "HELP", "SKIP", "CYMRAEG", "ENGLISH", "voice", "yes", "no", "", "1", "2", "9", "stop texting me"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(keywords, st.text(max_size=40)), max_size=12))
def test_any_sequence_keeps_invariants(bodies: list[str]) -> None:
    state: ConversationState | None = None
    opted_out = False
    for body in bodies:
        result = step(state, Inbound(body, opted_out=opted_out), SURVEY, NOW)
        if Event.OPTED_OUT in result.events:
            opted_out = True
        if Event.OPTED_IN in result.events:
            opted_out = False
        if result.answer is not None:
            assert Rules().keywords.classify(body) is None  # keywords never stored
        for reply in result.replies:
            assert count(reply).segments == 1
        if result.state is not None:
            assert 0 <= result.state.question_index <= len(SURVEY.questions)
        state = result.state
