"""Not GOV.UK: no GDS Transport, crown, crest or GOV.UK logo in anything served; pages stay light."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask

from bench.page_weight import BUDGET_BYTES, kiosk_page_weights
from tests.browser.checks import FONTS_JS
from tests.browser.server import LiveServer
from tests.browser.steps import Visit, answer_all, begin, enrol, send

# Markers of GOV.UK's own brand in HTML, CSS or JS: the font, the crown and crest artwork and
# their class names, the logo and Crown copyright.
FORBIDDEN_ANYWHERE = re.compile(
    r"GDS Transport|gds-transport|crown|govuk-crest|govuk-logo|govuk-header__logo|logotype|"
    r"govuk-footer__copyright-logo|govuk-footer__licence-logo|Open Government Licence",
    re.IGNORECASE,
)
FORBIDDEN_IN_HTML = re.compile(r"GOV\.UK|gov\.uk|govuk-header__link--homepage|favicon\.ico|manifest\.json")
ALLOWED_TYPES = {"document", "stylesheet", "script", "fetch"}


@pytest.mark.browser
def test_nothing_served_carries_the_govuk_brand(live_server: LiveServer, page: Any) -> None:
    served: dict[str, tuple[str, str]] = {}

    def keep(response: Any) -> None:
        if response.status < 300 and response.url.startswith(live_server.base_url):
            served[response.url] = (response.request.resource_type, response.text())

    page.on("response", keep)
    for language in ("en", "cy"):
        visit = Visit(live_server, language)
        for step in (enrol, begin, answer_all, send):
            step(page, visit)
    page.remove_listener("response", keep)

    types = {kind for kind, _body in served.values()}
    assert types <= ALLOWED_TYPES, f"pages load more than HTML, CSS and JS (fonts? images?): {types}"
    assert any(url.endswith(".css") for url in served) and any(url.endswith(".js") for url in served)
    problems = []
    for url, (kind, body) in served.items():
        for match in FORBIDDEN_ANYWHERE.finditer(body):
            problems.append(f"{url}: {match.group(0)!r}")
        if kind == "document":
            problems += [f"{url}: {match.group(0)!r}" for match in FORBIDDEN_IN_HTML.finditer(body)]
    assert not problems, "\n".join(problems)
    fonts = page.evaluate(FONTS_JS)
    assert all(font.lower().startswith("arial") for font in fonts), f"text drawn in other fonts: {fonts}"


def test_every_kiosk_page_is_under_the_weight_budget(app: Flask) -> None:
    weights = kiosk_page_weights(app)
    assert len(weights) >= 20
    over = [f"{w.page} ({w.language}): {w.total:,} bytes" for w in weights if w.total > BUDGET_BYTES]
    assert not over, f"over the {BUDGET_BYTES:,}-byte budget (HTML+CSS+JS, gzip): {over}"
