"""A consultation as the SMS channel sees it, and how questions are asked and answered.

Plain frozen dataclasses, no database: the service maps rows to these, so the
dialogue and its tests run without an app.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from sms.keywords import Keywords, squash
from sms.texts import Language, render

QuestionKind = Literal["free_text", "single_choice", "scale", "yes_no"]


@dataclass(frozen=True, slots=True)
class Option:
    """One answer to a choice question; ``key`` is what gets stored."""

    key: str
    en: str
    cy: str = ""

    def label(self, language: Language) -> str:
        return (self.cy or self.en) if language == "cy" else self.en


@dataclass(frozen=True, slots=True)
class Question:
    """One question's SMS wording in both languages and how it is answered."""

    key: str
    kind: QuestionKind
    en: str
    cy: str = ""
    options: tuple[Option, ...] = ()
    low: int = 1
    high: int = 5
    # Languages in which staff wrote SMS wording that says how to answer: sent as is.
    verbatim: frozenset[str] = frozenset()

    def text(self, language: Language) -> str:
        return (self.cy or self.en) if language == "cy" else self.en


@dataclass(frozen=True, slots=True)
class Survey:
    """An open consultation's SMS questions, join keywords and who is asking."""

    consultation_id: int
    keyword: str
    who_en: str
    who_cy: str
    questions: tuple[Question, ...]
    keyword_cy: str = ""
    is_open: bool = True
    # Per question index: answer key -> index of a later question it skips to (see sms.routing).
    routes: tuple[Mapping[str, int], ...] = ()

    def who(self, language: Language) -> str:
        return (self.who_cy or self.who_en) if language == "cy" else self.who_en

    def join_language(self, text: str) -> Language | None:
        """The language a join keyword starts in, or None if ``text`` is not one."""
        word = squash(text)
        if not word:
            return None
        if word == squash(self.keyword):
            return "en"
        if self.keyword_cy and word == squash(self.keyword_cy):
            return "cy"
        return None


@dataclass(frozen=True, slots=True)
class Parsed:
    """A recognised answer to a closed question."""

    option_key: str | None = None
    value: int | None = None


def ask(survey: Survey, index: int, language: Language) -> str:
    """The text of question ``index`` with its number and how to answer."""
    question = survey.questions[index]
    if language in question.verbatim:
        return question.text(language)
    head = f"{index + 1}/{len(survey.questions)} {question.text(language)}"
    if question.kind == "single_choice":
        lines = [f"{n} {opt.label(language)}" for n, opt in enumerate(question.options, 1)]
        return "\n".join([head, *lines])
    if question.kind == "yes_no":
        return f"{head} {render('hint_yes_no', language)}"
    if question.kind == "scale":
        hint = render("hint_scale", language, low=question.low, high=question.high)
        return f"{head} {hint}"
    return head


_LEADING_NUMBER = re.compile(r"^\W*(\d{1,2})(?:\W+(.*))?$", re.DOTALL)


def _number(text: str) -> tuple[int, str] | None:
    match = _LEADING_NUMBER.match(text.strip())
    if not match:
        return None
    return int(match.group(1)), squash(match.group(2) or "")


def parse_choice(question: Question, text: str, keywords: Keywords) -> Parsed | None:
    """Read a reply to a closed question: a number, an option's words, or yes/no."""
    if question.kind == "yes_no":
        if keywords.is_yes(text) or _number(text) == (1, ""):
            return Parsed(option_key="yes")
        if keywords.is_no(text) or _number(text) == (2, ""):
            return Parsed(option_key="no")
        return None
    if question.kind == "scale":
        number = _number(text)
        if number and question.low <= number[0] <= question.high:
            return Parsed(value=number[0])
        return None
    if question.kind == "single_choice":
        return _parse_option(question, text)
    return None


def _parse_option(question: Question, text: str) -> Parsed | None:
    number = _number(text)
    if number is not None:
        index, rest = number
        if 1 <= index <= len(question.options):
            option = question.options[index - 1]
            if not rest or rest in (squash(option.en), squash(option.cy)):
                return Parsed(option_key=option.key)
        return None
    word = squash(text)
    for option in question.options:
        if word and word in (squash(option.en), squash(option.cy)):
            return Parsed(option_key=option.key)
    return None


def range_of(question: Question) -> tuple[int, int]:
    """The numbers a re-prompt should offer for a closed question."""
    if question.kind == "single_choice":
        return 1, len(question.options)
    return question.low, question.high
