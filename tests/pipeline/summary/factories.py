"""Synthetic consultations for the pure results tests: varied channels, venues, languages, months."""

from __future__ import annotations

import random
from datetime import date, timedelta

from consult.pipeline.summary.results import (
    AnswerInput,
    Option,
    QuestionInput,
    RespondentInput,
    ResultsInput,
    ThemeInput,
)

AGE = (Option("under_25", "Under 25", "O dan 25"), Option("25_49", "25 to 49", "25 i 49"),
       Option("50_plus", "50 or over", "50 neu drosodd"),
       Option("prefer_not", "Prefer not to say", "Gwell gen i beidio"))
QUESTIONS = (
    QuestionInput(1, 1, "yes_no", "Have you had contact with the police?", "Ydych chi wedi cael cyswllt?"),
    QuestionInput(2, 2, "free_text", "Tell us about it", "Dywedwch wrthym"),
    QuestionInput(3, 3, "scale", "How much were you listened to?", "Faint y gwrandawyd arnoch?"),
    QuestionInput(4, 4, "single_choice", "Your age", "Eich oed", AGE, demographic=True),
)
THEMES = (ThemeInput(1, "Housing", "Tai"), ThemeInput(2, "Custody", "Dalfa"), ThemeInput(3, "Mental health", "Iechyd"))
WORDS = ["hostel", "cells", "crisis team", "waited", "kind officer", "no bed", "probation", "benefits", "GP"]
TONES = ("positive", "neutral", "negative", "mixed")


def consultation(seed: int, people: int = 60) -> ResultsInput:
    rng = random.Random(seed)
    respondents, answers = [], []
    start = date(2026, 9, 20)
    for rid in range(1, people + 1):
        channel = rng.choices(["kiosk", "sms", "facilitator", "import"], [6, 4, 2, 1])[0]
        venue = None if channel == "sms" else rng.choice(["womens_centre", "hostel", "probation_forum"])
        respondents.append(RespondentInput(rid, channel, venue, rng.choices(["en", "cy"], [8, 2])[0],
                                           start + timedelta(days=rng.randint(0, 70)),
                                           mediated=channel == "facilitator", group_entry=rng.random() < 0.05))
        for q in QUESTIONS:
            if rng.random() < 0.15:
                continue
            aid = rid * 10 + q.id
            if q.kind == "free_text":
                themes = tuple(sorted(rng.sample([1, 2, 3], rng.choice([0, 1, 1, 2]))))
                text = f"{rng.choice(WORDS)} {rng.choice(WORDS)} and {rng.choice(WORDS)} number {aid}"
                answers.append(AnswerInput(aid, rid, q.id, None, text, themes, rng.choice(TONES)))
            else:
                choices = ["yes", "no"] if q.kind == "yes_no" else (
                    ["1", "2", "3", "4", "5"] if q.kind == "scale" else [o.value for o in AGE])
                weights = [rng.random() + 0.05 for _ in choices]
                answers.append(AnswerInput(aid, rid, q.id, rng.choices(choices, weights)[0]))
    return ResultsInput("Your voice", "Eich llais", QUESTIONS, THEMES, tuple(respondents), tuple(answers))
