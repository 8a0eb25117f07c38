"""A small bilingual survey the pure SMS tests share (demo wording, checked for segments)."""

from __future__ import annotations

from datetime import UTC, datetime

from sms.survey import Option, Question, Survey

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

SURVEY = Survey(
    consultation_id=7,
    keyword="VOICE",
    keyword_cy="LLAIS",
    who_en="The Gwent PCC",
    who_cy="Comisiynydd Gwent",
    questions=(
        Question(
            "safe",
            "single_choice",
            "How safe do you feel in your area at night?",
            "Pa mor ddiogel ydych chi'n teimlo yn eich ardal yn y nos?",
            (
                Option("very", "Very safe", "Diogel iawn"),
                Option("quite", "Quite safe", "Eithaf diogel"),
                Option("not", "Not safe", "Ddim yn ddiogel"),
            ),
        ),
        Question(
            "police",
            "free_text",
            "What should the police do differently when they meet you?",
            "Beth ddylai'r heddlu ei wneud yn wahanol wrth gwrdd â chi?",
        ),
        Question(
            "trust",
            "scale",
            "How much do you trust the police? 1 is not at all, 5 is a lot.",
            "Faint ydych chi'n ymddiried yn yr heddlu? Mae 1 yn ddim o gwbl, 5 yn llawer.",
        ),
        Question(
            "probation",
            "yes_no",
            "Have you been on probation in the last year?",
            "Ydych chi wedi bod ar brawf yn y flwyddyn ddiwethaf?",
        ),
    ),
)
