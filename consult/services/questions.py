"""How a question is shown and how its choices read, in the person's language; and building questions."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from flask_babel import force_locale
from flask_babel import gettext as _

from consult.data import consultations as consultation_data
from consult.extensions import db
from consult.models import Consultation, Question, QuestionKind
from consult.services.audit import record_by_current_user as record
from consult.services.consultations import BuilderError
from sms import segments


@dataclass(frozen=True)
class AnswerChoice:
    value: str
    label: str


def _default_choices(kind: QuestionKind) -> list[AnswerChoice]:
    if kind is QuestionKind.SCALE:
        labels = [_("1 – Very bad"), _("2 – Bad"), _("3 – Neither good nor bad"), _("4 – Good"), _("5 – Very good")]
        return [AnswerChoice(str(number), label) for number, label in enumerate(labels, start=1)]
    if kind is QuestionKind.YES_NO:
        return [AnswerChoice("yes", _("Yes")), AnswerChoice("no", _("No"))]
    return []


def choices_for(question: Question, language: str) -> list[AnswerChoice]:
    """The question's own options, else the standard ones for its kind."""
    if question.options:
        return [AnswerChoice(option["value"], option.get(language) or option["en"]) for option in question.options]
    return _default_choices(question.kind)


def choice_label(question: Question, value: str, language: str) -> str:
    for choice in choices_for(question, language):
        if choice.value == value:
            return choice.label
    return value


def question_heading(question: Question, language: str, easy_read: bool) -> str:
    """Easy Read wording where the person asked for it and the question has it."""
    if easy_read and question.easy_read(language):
        return question.easy_read(language)
    return question.text(language)


# --- Building questions (staff) -------------------------------------------------------------

@dataclass(frozen=True)
class QuestionDraft:
    """What staff wrote for one question; options are (English, Welsh) labels in order."""

    kind: QuestionKind
    text_en: str
    text_cy: str
    easy_read_en: str = ""
    easy_read_cy: str = ""
    sms_text_en: str = ""
    sms_text_cy: str = ""
    hint_en: str = ""
    hint_cy: str = ""
    options: tuple[tuple[str, str], ...] = ()
    required: bool = False
    demographic: bool = False


WORDING_FIELDS = ("text_en", "text_cy", "easy_read_en", "easy_read_cy", "sms_text_en", "sms_text_cy",
                  "hint_en", "hint_cy")


def sms_problem(text: str, language: str) -> str:
    """Why SMS wording costs more than one message ("" when it fits), naming the character forcing UCS-2."""
    info = segments.count(segments.normalise(text or "").strip())
    if info.segments <= 1:
        return ""
    because = f": “{info.ucs2_char}” makes it UCS-2, 70 characters a message" if info.ucs2_char else ""
    return (f"The {language} SMS wording needs {info.segments} text messages "
            f"({info.units} of {info.single_limit} characters{because}). Shorten it to fit one")


def sms_problems(draft: QuestionDraft) -> dict[str, str]:
    errors = {name: sms_problem(getattr(draft, name), language)
              for name, language in (("sms_text_en", "English"), ("sms_text_cy", "Welsh"))}
    return {name: message for name, message in errors.items() if message}


def option_rows(draft: QuestionDraft, existing: list[dict[str, str]]) -> list[dict[str, str]]:
    """Stored options: each keeps its value (and route) by position, so answers keep their meaning.
    A scale's values are its numbers, as the SMS channel reads them."""
    rows = []
    for index, (english, welsh) in enumerate(draft.options):
        value = str(index + 1) if draft.kind is QuestionKind.SCALE else _option_value(english, index)
        row = dict(existing[index]) if index < len(existing) else {"value": value}
        row.update(en=english, cy=welsh)
        rows.append(row)
    return rows


def _option_value(label: str, index: int) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:40] or f"option-{index + 1}"


def _draft_problems(draft: QuestionDraft) -> dict[str, str]:
    errors = sms_problems(draft)
    if draft.kind is QuestionKind.SINGLE_CHOICE and len(draft.options) < 2:
        errors["options_en"] = "A single-choice question needs at least 2 options"
    if draft.kind is QuestionKind.SCALE and draft.options and len(draft.options) != 5:
        errors["options_en"] = "A scale has 5 points: write 5 options, or none for the standard ones"
    if draft.kind in (QuestionKind.FREE_TEXT, QuestionKind.YES_NO) and draft.options:
        errors["options_en"] = "Only single-choice and scale questions have options"
    if any(not english for english, _welsh in draft.options):
        errors["options_en"] = "Every option needs English wording"
    values = [_option_value(english, i) for i, (english, _w) in enumerate(draft.options)]
    if len(set(values)) != len(values):
        errors["options_en"] = "Two options have the same wording"
    return errors


def _normalised(draft: QuestionDraft) -> QuestionDraft:
    """Straight quotes and dashes in SMS wording (curly ones double its cost); letters untouched."""
    return replace(draft, sms_text_en=segments.normalise(draft.sms_text_en).strip(),
                   sms_text_cy=segments.normalise(draft.sms_text_cy).strip())


def add_question(consultation: Consultation, draft: QuestionDraft) -> Question:
    draft = _normalised(draft)
    errors = _draft_problems(draft)
    if errors:
        raise BuilderError(errors)
    values = {name: getattr(draft, name) for name in WORDING_FIELDS}
    question = consultation_data.create_question(
        consultation, kind=draft.kind, options=option_rows(draft, []), required=draft.required,
        demographic=draft.demographic, **values,
    )
    record("question.created", "question", question.id, consultation_id=consultation.id, kind=draft.kind.value)
    db.session.commit()
    return question


def update_question(consultation: Consultation, question: Question, draft: QuestionDraft) -> None:
    """Save an edit; once answers exist, wording can be fixed but the kind and options stay."""
    draft = _normalised(draft)
    errors = _draft_problems(draft)
    answered = consultation_data.count_responses(consultation.id) > 0
    if answered and draft.kind is not question.kind:
        errors["kind"] = "People have already answered this consultation, so the kind of question cannot change"
    if answered and draft.kind is not QuestionKind.YES_NO and len(draft.options) < len(question.options or []):
        errors["options_en"] = "People have already answered this consultation, so options cannot be removed"
    if errors:
        raise BuilderError(errors)
    values: dict[str, object] = {name: getattr(draft, name) for name in WORDING_FIELDS}
    if draft.kind is QuestionKind.YES_NO:  # standard answers; keep them (and their routes) if already yes/no
        options = question.options if question.kind is QuestionKind.YES_NO else []
    else:
        options = option_rows(draft, list(question.options) if draft.kind is question.kind else [])
    values.update(kind=draft.kind, options=options,
                  required=draft.required, demographic=draft.demographic)
    changed = sorted(name for name, value in values.items() if getattr(question, name) != value)
    for name, value in values.items():
        setattr(question, name, value)
    if changed:
        record("question.updated", "question", question.id, consultation_id=consultation.id, fields=changed,
               after_answers=answered)
    db.session.commit()


def delete_question(consultation: Consultation, question: Question) -> None:
    if consultation_data.count_responses(consultation.id) > 0:
        raise BuilderError({"": "People have already answered this consultation, so its questions cannot be "
                                "deleted. You can still fix their wording."})
    sources = [q.position for q in consultation.questions if question.id in skip_targets(q).values()]
    if sources:
        raise BuilderError({"": f"Question {sources[0]} skips to this question: change that route first"})
    record("question.deleted", "question", question.id, consultation_id=consultation.id)
    consultation_data.delete_question(question)
    db.session.commit()


def move_question(consultation: Consultation, question: Question, direction: str) -> None:
    """Swap with the neighbour above ("up") or below ("down"), unless a route would then go backwards
    or people have answered (an SMS conversation keeps its place by question number)."""
    if consultation_data.count_responses(consultation.id) > 0:
        raise BuilderError({"": "People have already answered this consultation, so its questions cannot be "
                                "reordered: someone part-way through by text would lose their place."})
    questions = consultation_data.list_questions(consultation.id)
    index = questions.index(question)
    other = index - 1 if direction == "up" else index + 1
    if not 0 <= other < len(questions):
        return
    order = list(questions)
    order[index], order[other] = order[other], order[index]
    problem = route_problem(order)
    if problem:
        raise BuilderError({"": problem})
    consultation_data.swap_positions(questions[index], questions[other])
    record("question.moved", "question", question.id, consultation_id=consultation.id, direction=direction)
    db.session.commit()


def skip_targets(question: Question) -> dict[str, int]:
    """Answer value -> id of the question it skips to."""
    return {str(o["value"]): int(o["skip_to"]) for o in question.options or [] if o.get("skip_to")}


def route_problem(order: list[Question]) -> str:
    """Why routes in this order would go backwards or nowhere ("" when they are all fine)."""
    position = {q.id: number for number, q in enumerate(order, start=1)}
    for number, question in enumerate(order, start=1):
        for target in skip_targets(question).values():
            if target not in position:
                return f"Question {number} skips to a question that no longer exists"
            if position[target] <= number:
                before = order[position[target] - 1].text_en
                return (f"That would put ‘{before}’ before ‘{question.text_en}’, which skips to it: "
                        "routes can only skip forwards")
    return ""


def set_routes(consultation: Consultation, question: Question, routes: dict[str, int | None]) -> None:
    """Save where each answer goes (None: the next question), refusing routes backwards or nowhere."""
    with force_locale("en"):
        choices = [choice.value for choice in choices_for(question, "en")]
    later = {q.id for q in consultation.questions if q.position > question.position}
    for value, target in routes.items():
        if value not in choices:
            raise BuilderError({"": f"“{value}” is not an answer to this question"})
        if target is not None and target not in later:
            raise BuilderError({f"route-{value}": "Choose a question after this one: routes can only skip forwards"})
    options = [dict(o) for o in question.options] if question.options else _standard_options(question)
    for option in options:
        option.pop("skip_to", None)
        target = routes.get(str(option["value"]))
        if target is not None:
            option["skip_to"] = target  # type: ignore[assignment]
    question.options = options
    record("question.routes_changed", "question", question.id, consultation_id=consultation.id,
           routes=sorted(v for v, t in routes.items() if t is not None))
    db.session.commit()


def _standard_options(question: Question) -> list[dict[str, str]]:
    """The kind's standard answers written out in both languages, so a route can sit on them."""
    with force_locale("en"):
        english = _default_choices(question.kind)
    with force_locale("cy"):
        welsh = _default_choices(question.kind)
    return [{"value": en.value, "en": en.label, "cy": cy.label} for en, cy in zip(english, welsh, strict=True)]


def form_data(question: Question) -> dict[str, object]:
    """A question as the builder's form shows it (options one a line)."""
    data: dict[str, object] = {name: getattr(question, name) for name in WORDING_FIELDS}
    shown = question.options if question.kind is not QuestionKind.YES_NO else []
    data.update(kind=question.kind.value, required=question.required, demographic=question.demographic,
                options_en="\n".join(o.get("en", "") for o in shown),
                options_cy="\n".join(o.get("cy", "") for o in shown))
    return data


def route_choices(consultation: Consultation, question: Question
                  ) -> tuple[list[tuple[str, str]], list[tuple[int, str]], dict[str, int]]:
    """The answers a route can hang on, the later questions it can go to, and the routes set now."""
    if question.kind is QuestionKind.FREE_TEXT:
        return [], [], {}
    with force_locale("en"):
        choices = [(c.value, c.label) for c in choices_for(question, "en")]
    later = [(q.id, f"Question {q.position}: {q.text_en}") for q in consultation.questions
             if q.position > question.position]
    return choices, later, skip_targets(question)


def segment_note(text: str) -> str:
    """What an SMS text costs, as the builder shows it under the field (static/js/sms-counter.js
    writes the same words as staff type)."""
    info = segments.count(segments.normalise(text or ""))
    messages = "1 text message" if info.segments <= 1 else f"{info.segments} text messages"
    if info.ucs2_char:
        return (f"{info.units} of {info.single_limit} characters, {messages}. "
                f"“{info.ucs2_char}” makes it UCS-2, 70 characters a message.")
    return f"{info.units} of {info.single_limit} characters, {messages}."
