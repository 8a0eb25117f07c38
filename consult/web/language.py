"""Which language a page is shown in: the person's choice, kept in their session."""

from __future__ import annotations

from flask import Blueprint, current_app, request, session

LANGUAGE_PARAM = "lang"
# Staff pages in English only (see the README); a person's choice is kept for the public pages.
ENGLISH_ONLY_BLUEPRINTS: set[str] = set()


def english_only(bp: Blueprint) -> Blueprint:
    ENGLISH_ONLY_BLUEPRINTS.add(bp.name)
    return bp


def select_locale() -> str:
    """``?lang=cy`` switches and is remembered; otherwise the session's choice, else English."""
    supported = current_app.config["LANGUAGES"]
    if request.blueprint in ENGLISH_ONLY_BLUEPRINTS:
        return "en"
    asked = request.args.get(LANGUAGE_PARAM)
    if asked in supported:
        session["lang"] = asked
        return asked
    chosen = session.get("lang")
    return chosen if chosen in supported else current_app.config["BABEL_DEFAULT_LOCALE"]


def other_language(language: str) -> str:
    return "en" if language == "cy" else "cy"
