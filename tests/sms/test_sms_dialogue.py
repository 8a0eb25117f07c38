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


@pytest.mark.parametrize(
    "body", ["stop texting me", "Please stop messaging me!", "don't text me", "leave me alone", "peidiwch â tecstio"]
)
def test_free_text_stop_ends_and_explains_full_opt_out(body: str) -> None:
    result = talk("voice", "1", body)
    assert result.answer is None and result.events == (Event.ENDED,)
    assert result.state is not None and result.state.status == Status.ENDED
    assert "reply STOP" in result.reply_text


def test_a_real_answer_mentioning_stop_is_kept() -> None:
    result = talk("voice", "1", "The police should stop searching us for nothing")
    assert result.answer is not None and result.events == (Event.ANSWERED,)


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


def test_long_body_is_truncated_to_the_limit_and_the_person_told() -> None:
    body = "word " * 400  # 2,000 characters, more than a 1,600 concatenated SMS
    result = talk("voice", "1", body)
    assert result.answer is not None and result.answer.truncated
    assert result.answer.text is not None and len(result.answer.text) <= 1_000
    assert Event.TRUNCATED in result.events
    assert render("truncated", "en", limit=1000) in result.reply_text
    small = step(talk("voice", "1").state, Inbound("abcdef"), SURVEY, NOW, Rules(answer_limit=3))
    assert small.answer is not None and small.answer.text == "abc"


def test_risk_adds_the_support_line_first() -> None:
    joined = talk("voice", "1")
    result = step(joined.state, Inbound("I want to end it all", risk=True), SURVEY, NOW)
    assert result.replies[0] == render("safeguarding", "en")
    assert Event.SAFEGUARDING in result.events and result.answer is not None


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
