"""Building the question and check-answers pages from a question and the person's draft."""

from __future__ import annotations

from dataclasses import dataclass

from flask import render_template, session, url_for
from flask_babel import gettext as _

from consult.models import KioskDraft, Question, QuestionKind
from consult.services.kiosk import KioskContext
from consult.services.questions import choice_label, choices_for, question_heading
from consult.services.routing import ids_on_path, previous_number
from consult.web.kiosk import session as kiosk_session
from consult.web.kiosk.forms import ChoiceAnswerForm, FreeTextAnswerForm
from consult.web.template_globals import current_language


@dataclass(frozen=True)
class CheckRow:
    question: str
    answer: str
    change_url: str
    removed: str  # e.g. "2 personal details removed"


def spoken_text(parts: list[str]) -> str:
    """Parts read aloud as sentences: a pause after each, without doubling its own punctuation."""
    return " ".join(part if part.rstrip()[-1:] in ".?!:" else f"{part}." for part in parts if part.strip())


def question_page(number: int, question: Question, form: FreeTextAnswerForm | ChoiceAnswerForm,
                  context: KioskContext, answers: dict[str, dict[str, object]] | None = None) -> str:
    language = current_language()
    easy_read = bool(session.get(kiosk_session.EASY_READ, False))
    back = previous_number(context.questions, answers or {}, number)  # past any question a route skipped
    back_url = url_for("kiosk.question", number=back) if back else url_for("kiosk.start")
    heading = question_heading(question, language, easy_read)
    options = [choice.label for choice in choices_for(question, language)]
    return render_template(
        "kiosk/question.html",
        form=form,
        number=number,
        total=len(context.questions),
        heading=heading,
        hint=question.hint(language),
        standard_wording=question.text(language) if easy_read and question.easy_read(language) else "",
        free_text=question.kind is QuestionKind.FREE_TEXT,
        listen_text=spoken_text([heading, question.hint(language), *options]),
        back_url=back_url,
        show_support=session.pop(kiosk_session.SUPPORT, False),
        kiosk_journey_active=True,
    )


def check_answers_rows(draft: KioskDraft, questions: list[Question], language: str) -> list[CheckRow]:
    rows = []
    on_path = ids_on_path(questions, draft.answers)  # questions a route skipped are not shown or kept
    for number, question in enumerate(questions, start=1):
        if question.id not in on_path:
            continue
        entry = draft.answers.get(str(question.id), {})
        if "text" in entry:
            answer = str(entry["text"])
        elif "choice" in entry:
            answer = choice_label(question, str(entry["choice"]), language)
        else:
            answer = _("Skipped")
        removed_count = sum(int(n) for n in (entry.get("redactions") or {}).values())  # type: ignore[attr-defined]
        removed = _("%(count)d personal details removed", count=removed_count) if removed_count else ""
        change_url = url_for("kiosk.question", number=number, **{"from": "check"})
        rows.append(CheckRow(question.text(language), answer, change_url, removed))
    return rows
