"""The SMS conversation as a pure state machine: state + inbound text -> new state + replies.

No Flask, no database, no clock: the caller passes ``now``, whether the number has
opted out, whether the text was flagged as a risk and whether its answer had to be cut,
and persists what comes back. Global keywords (STOP and any other request to stop, START,
HELP, SKIP, CYMRAEG/ENGLISH) are handled before any survey logic and are never returned
as answers. A text flagged as a risk gets the support text as a message of its own first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from sms.keywords import looks_welsh
from sms.routing import next_question_index
from sms.rules import DEFAULT_RULES, Rules
from sms.segments import fits_one
from sms.state import ConversationState, Status
from sms.survey import Question, Survey, ask, parse_choice, range_of
from sms.texts import Language, fit_who, render

__all__ = ["AnswerToStore", "ConversationState", "Event", "Inbound", "Step", "compose", "step"]


class Event(StrEnum):
    """What happened, for the service to persist or count; never carries text."""

    JOINED = "joined"
    ANSWERED = "answered"
    SKIPPED = "skipped"
    REPROMPTED = "reprompted"
    COMPLETED = "completed"
    OPTED_OUT = "opted_out"
    OPTED_IN = "opted_in"
    UPDATES_REQUESTED = "updates_requested"
    LANGUAGE_CHANGED = "language_changed"
    RESUME_OFFERED = "resume_offered"
    RESUMED = "resumed"
    DECLINED = "declined"
    TRUNCATED = "truncated"
    SAFEGUARDING = "safeguarding"
    UNKNOWN_SENDER = "unknown_sender"
    REMINDED = "reminded"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class Inbound:
    """One received text as the dialogue needs it (raw body, held in memory only)."""

    body: str
    num_media: int = 0
    opted_out: bool = False  # the number's hash is on the opt-out list
    risk: bool = False  # the safeguarding check flagged the body
    truncated: bool = False  # the body is longer than an answer may be: the service keeps the start


@dataclass(frozen=True, slots=True)
class AnswerToStore:
    """An answer for the service to store. Free text is the inbound body as received: the
    service prepares it (cleans, cuts, screens, anonymises) once, before storing."""

    question_key: str
    question_index: int
    text: str | None = None
    option_key: str | None = None
    value: int | None = None
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class Step:
    """The outcome of one inbound text: new state, replies (one SMS each), answer, events."""

    state: ConversationState | None
    replies: tuple[str, ...] = ()
    answer: AnswerToStore | None = None
    events: tuple[Event, ...] = ()

    @property
    def reply_text(self) -> str:
        return "\n".join(self.replies)


def compose(*parts: str) -> tuple[str, ...]:
    """Merge neighbouring parts into one SMS wherever the result still fits one segment."""
    out: list[str] = []
    for part in parts:
        if out and fits_one(f"{out[-1]}\n{part}"):
            out[-1] = f"{out[-1]}\n{part}"
        else:
            out.append(part)
    return tuple(out)


def _language_of(state: ConversationState | None, inbound: Inbound, rules: Rules) -> Language:
    """The conversation's language; for a number we don't know, the language of its text."""
    if state is not None:
        return state.language
    welsh = rules.keywords.classify(inbound.body) == "welsh" or looks_welsh(inbound.body)
    return "cy" if welsh else "en"


def step(
    state: ConversationState | None,
    inbound: Inbound,
    survey: Survey | None,
    now: datetime,
    rules: Rules = DEFAULT_RULES,
) -> Step:
    """Decide the reply to one inbound text and the state it leaves behind.

    A text flagged as a risk gets the support text first, as a message of its own, in the
    conversation's language, whatever else happens (even from a number that opted out).
    """
    lang = _language_of(state, inbound, rules)
    if state is not None:
        state = replace(state, last_inbound_at=now)
    result = _respond(state, inbound, survey, now, lang, rules)
    if not inbound.risk:
        return result
    support = render("safeguarding", result.state.language if result.state else lang)
    return replace(result, replies=(support, *result.replies), events=(Event.SAFEGUARDING, *result.events))


def _respond(
    state: ConversationState | None,
    inbound: Inbound,
    survey: Survey | None,
    now: datetime,
    lang: Language,
    rules: Rules,
) -> Step:
    keyword = rules.keywords.classify(inbound.body)
    if keyword == "stop":  # any request to stop wins over reading the text as an answer
        if inbound.opted_out:
            return Step(state)
        stopped = replace(state, status=Status.STOPPED) if state else None
        return Step(stopped, (render("stopped", lang),), events=(Event.OPTED_OUT,))
    if keyword == "start":
        return _start(state, inbound, survey, lang)
    if keyword == "help":
        current = _current_question(state, survey)
        return Step(state, compose(render("help", lang), *current))
    if inbound.opted_out:
        if survey and survey.join_language(inbound.body):
            return Step(state, (render("opted_out_rejoin", lang),))
        return Step(state)  # they told us to stop: stay silent
    if keyword in ("english", "welsh"):
        return _switch_language(state, survey, "cy" if keyword == "welsh" else "en")
    if state is None or survey is None:
        return _no_conversation(inbound, survey, now, lang)
    if not survey.is_open:
        return Step(state, (render("closed", lang),))
    return _by_status(state, inbound, survey, keyword, rules)


def _current_question(state: ConversationState | None, survey: Survey | None) -> tuple[str, ...]:
    if state is None or survey is None or state.status != Status.ACTIVE:
        return ()
    if state.question_index >= len(survey.questions):
        return ()
    return (ask(survey, state.question_index, state.language),)


def _start(state: ConversationState | None, inbound: Inbound, survey: Survey | None, lang: Language) -> Step:
    if not inbound.opted_out:
        if state is not None and state.status == Status.ACTIVE:
            return Step(state, _current_question(state, survey))
        return Step(state, (render("restarted", lang),))
    if state is not None and survey is not None and state.status == Status.STOPPED:
        unfinished = state.question_index < len(survey.questions)
        state = replace(
            state,
            status=Status.ACTIVE if unfinished else Status.COMPLETED,
            reprompted=False,
            reminder_sent=False,
        )
    return Step(
        state,
        compose(render("restarted", lang), *_current_question(state, survey)),
        events=(Event.OPTED_IN,),
    )


def _switch_language(state: ConversationState | None, survey: Survey | None, lang: Language) -> Step:
    if state is None:
        return _how_to_join(survey, lang)
    changed = replace(state, language=lang)
    events = (Event.LANGUAGE_CHANGED,) if lang != state.language else ()
    if changed.status == Status.RESUME_OFFERED and survey is not None:
        return Step(changed, (_resume_offer(changed, survey),), events=events)
    replies = compose(render("language_set", lang), *_current_question(changed, survey))
    return Step(changed, replies, events=events)


def _how_to_join(survey: Survey | None, lang: Language) -> Step:
    if survey is None or not survey.is_open:
        return Step(None, (render("how_to_join_any", lang),), events=(Event.UNKNOWN_SENDER,))
    keyword = survey.keyword_cy if lang == "cy" and survey.keyword_cy else survey.keyword
    text = render("how_to_join", lang, keyword=keyword.upper())
    return Step(None, (text,), events=(Event.UNKNOWN_SENDER,))


def _no_conversation(inbound: Inbound, survey: Survey | None, now: datetime, lang: Language) -> Step:
    join = survey.join_language(inbound.body) if survey else None
    if survey is None or join is None:
        return _how_to_join(survey, lang)
    if not survey.is_open:
        return Step(None, (render("closed", join),))
    state = ConversationState.new(survey.consultation_id, join, now)
    welcome = render("welcome", join, who=fit_who(survey.who(join)), total=len(survey.questions))
    return Step(state, (welcome, ask(survey, 0, join)), events=(Event.JOINED,))


def _by_status(
    state: ConversationState,
    inbound: Inbound,
    survey: Survey,
    keyword: str | None,
    rules: Rules,
) -> Step:
    lang = state.language
    if state.status == Status.ACTIVE:
        return _active(state, inbound, survey, keyword, rules)
    if state.status == Status.COMPLETED:
        if rules.keywords.is_yes(inbound.body):
            events = () if state.updates_requested else (Event.UPDATES_REQUESTED,)
            done = replace(state, updates_requested=True)
            return Step(done, (render("update_confirmed", lang),), events=events)
        if rules.keywords.is_no(inbound.body):
            return Step(state, (render("declined", lang),))
        return Step(state, (render("done_already", lang),))
    if state.status == Status.RESUME_OFFERED:
        if rules.keywords.is_yes(inbound.body):
            resumed = replace(state, status=Status.ACTIVE, reprompted=False, reminder_sent=False)
            return Step(resumed, _current_question(resumed, survey), events=(Event.RESUMED,))
        if rules.keywords.is_no(inbound.body):
            ended = replace(state, status=Status.ENDED)
            return Step(ended, (render("declined", lang),), events=(Event.DECLINED,))
    if state.question_index >= len(survey.questions):
        return Step(replace(state, status=Status.COMPLETED), (render("done_already", lang),))
    offered = replace(state, status=Status.RESUME_OFFERED)
    return Step(offered, (_resume_offer(offered, survey),), events=(Event.RESUME_OFFERED,))


def _resume_offer(state: ConversationState, survey: Survey) -> str:
    number = min(state.question_index + 1, len(survey.questions))
    return render("resume_offer", state.language, number=number, total=len(survey.questions))


def _active(
    state: ConversationState,
    inbound: Inbound,
    survey: Survey,
    keyword: str | None,
    rules: Rules,
) -> Step:
    lang = state.language
    question = survey.questions[state.question_index]
    body = inbound.body.strip()
    if keyword == "skip":
        return _advance(state, survey, (render("skip_ack", lang),), None, (Event.SKIPPED,))
    if not body:
        return Step(state, compose(render("empty", lang), ask(survey, state.question_index, lang)))
    if survey.join_language(body):
        return Step(state, (ask(survey, state.question_index, lang),))
    if question.kind == "free_text":
        return _free_text(state, survey, question, body, inbound.truncated, rules)
    parsed = parse_choice(question, body, rules.keywords)
    if parsed is not None:
        answer = AnswerToStore(question.key, state.question_index, option_key=parsed.option_key, value=parsed.value)
        return _advance(state, survey, (), answer, (Event.ANSWERED,))
    if not state.reprompted:
        low, high = range_of(question)
        name = "reprompt_yes_no" if question.kind == "yes_no" else "reprompt_choice"
        text = render(name, lang, low=low, high=high)
        return Step(replace(state, reprompted=True), (text,), events=(Event.REPROMPTED,))
    return _advance(state, survey, (render("skip_ack", lang),), None, (Event.SKIPPED,))


def _free_text(
    state: ConversationState, survey: Survey, question: Question, body: str, truncated: bool, rules: Rules
) -> Step:
    answer = AnswerToStore(question.key, state.question_index, text=body, truncated=truncated)
    notice = (render("truncated", state.language, limit=rules.answer_limit),) if truncated else ()
    events = (Event.ANSWERED, Event.TRUNCATED) if truncated else (Event.ANSWERED,)
    return _advance(state, survey, notice, answer, events)


def _advance(
    state: ConversationState,
    survey: Survey,
    before: tuple[str, ...],
    answer: AnswerToStore | None,
    events: tuple[Event, ...],
) -> Step:
    """Move to the next question (or the one a route skips to), or finish with thanks and the offer of updates."""
    chosen = answer and (answer.option_key or (str(answer.value) if answer.value is not None else None))
    index = next_question_index(survey.routes, state.question_index, chosen or None)
    moved = replace(state, question_index=index, reprompted=False, reminder_sent=False)
    if index >= len(survey.questions):
        done = replace(moved, status=Status.COMPLETED)
        replies = compose(*before, render("thanks", state.language))
        return Step(done, replies, answer, (*events, Event.COMPLETED))
    return Step(moved, compose(*before, ask(survey, index, state.language)), answer, events)
