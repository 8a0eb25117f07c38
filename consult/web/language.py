"""Which language a page is shown in: the person's choice, kept in their session."""

from __future__ import annotations

from flask import current_app, g, request, session

LANGUAGE_PARAM = "lang"


def select_locale() -> str:
    """``?lang=cy`` switches and is remembered; otherwise the session's choice, else English."""
    if g.get("english_only"):  # staff and facilitator pages are English only (see the README)
        return "en"
    supported = current_app.config["LANGUAGES"]
    asked = request.args.get(LANGUAGE_PARAM)
    if asked in supported:
        session["lang"] = asked
        return asked
    chosen = session.get("lang")
    return chosen if chosen in supported else current_app.config["BABEL_DEFAULT_LOCALE"]


def other_language(language: str) -> str:
    return "en" if language == "cy" else "cy"
