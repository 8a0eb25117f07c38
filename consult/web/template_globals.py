"""Helpers every template can call: the page language, the link to the other language, and a count as shown."""

from __future__ import annotations

from flask import Flask, request, url_for
from flask_babel import get_locale

from consult.pipeline.summary.labels import cell_text
from consult.web.language import ENGLISH_ONLY_BLUEPRINTS, LANGUAGE_PARAM, other_language


def current_language() -> str:
    locale = get_locale()
    return str(locale.language) if locale else "en"


def offers_welsh() -> bool:
    """False on staff pages (English only, see the README), error pages among them: no language link."""
    return request.blueprint not in ENGLISH_ONLY_BLUEPRINTS


def switch_language_url() -> str:
    """The current page in the other language, keeping its other query arguments."""
    args = request.args.to_dict()
    args[LANGUAGE_PARAM] = other_language(current_language())
    endpoint = request.endpoint or "kiosk.start"
    return url_for(endpoint, **(request.view_args or {}), **args)



def register_template_globals(app: Flask) -> None:
    app.jinja_env.globals.update(
        current_language=current_language,
        other_language=other_language,
        switch_language_url=switch_language_url,
        offers_welsh=offers_welsh,
        cell_text=cell_text,  # a count, or why it is hidden, in the page's language: one wording everywhere
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
