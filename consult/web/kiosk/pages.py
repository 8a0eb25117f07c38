"""Building the question and check-answers pages from a question and the person's draft."""

from __future__ import annotations

from dataclasses import dataclass

from flask import render_template, session, url_for
from flask_babel import gettext as _
from flask_babel import ngettext

from consult.models import KioskDraft, Question, QuestionKind
from consult.pipeline.anonymise.placeholders import display
from consult.services.kiosk import KioskContext
from consult.services.kiosk_draft import answer_to, answers_of
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


def removed_note(count: int) -> str:
    """"N personal details removed", with every plural form the page's language needs."""
    if not count:
        return ""
    return ngettext("%(num)d personal detail removed", "%(num)d personal details removed", count)


def placeholder_hint(language: str) -> str:
    """One line saying what the square brackets are, with an example in the page's language."""
    return _("Words in square brackets, like %(example)s, show where we took out personal details.",
             example=display("[NAME]", language))


def spoken_text(parts: list[str]) -> str:
    """Parts read aloud as sentences: a pause after each, without doubling its own punctuation."""
    return " ".join(part if part.rstrip()[-1:] in ".?!:" else f"{part}." for part in parts if part.strip())


def question_page(number: int, question: Question, form: FreeTextAnswerForm | ChoiceAnswerForm,
                  context: KioskContext, draft: KioskDraft) -> str:
    language = current_language()
    easy_read = bool(session.get(kiosk_session.EASY_READ, False))
    back = previous_number(context.questions, draft.answers, number)  # past any question a route skipped
    back_url = url_for("kiosk.question", number=back) if back else url_for("kiosk.start")
    heading = question_heading(question, language, easy_read)
    options = [choice.label for choice in choices_for(question, language)]
    saved = answer_to(draft, question.id)
    removed = removed_note(saved.removed_count) if saved else ""
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
        removed=removed,
        placeholder_hint=placeholder_hint(language) if removed else "",
        kiosk_journey_active=True,
    )


def check_answers_rows(draft: KioskDraft, questions: list[Question], language: str) -> list[CheckRow]:
    """One row per question; answers keep their stored placeholders (the template shows them)."""
    answers = answers_of(draft)
    rows = []
    on_path = ids_on_path(questions, draft.answers)  # questions a route skipped are not shown or kept
    for number, question in enumerate(questions, start=1):
        if question.id not in on_path:
            continue
        entry = answers.get(question.id)
        if entry is not None and entry.text is not None:
            answer = entry.text
        elif entry is not None and entry.choice is not None:
            answer = choice_label(question, entry.choice, language)
        else:
            answer = _("Skipped")
        change_url = url_for("kiosk.question", number=number, **{"from": "check"})
        removed = removed_note(entry.removed_count if entry else 0)
        rows.append(CheckRow(question.text(language), answer, change_url, removed))
    return rows
