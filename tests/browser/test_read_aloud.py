"""Listen: the browser's own speech reads the question and its options, in the page's language.

``speechSynthesis.speak`` is replaced before the page loads so the test can hear what would be
said; that stubs the browser's API, not our code.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.server import LiveServer
from tests.browser.steps import Visit, begin, easy_read, enrol
from tests.browser.survey import first_of_kind

pytestmark = pytest.mark.browser
RECORD_SPEECH = """
window.__spoken = [];
if (window.speechSynthesis) {
  window.speechSynthesis.speak = (utterance) => window.__spoken.push({ text: utterance.text, lang: utterance.lang });
  window.speechSynthesis.cancel = () => {};
}
"""
NO_SPEECH = """
delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;
delete Window.prototype.speechSynthesis;
"""
VOICE = {"en": "en-GB", "cy": "cy-GB"}


def listen(page: Any) -> list[dict[str, str]]:
    button = page.locator("[data-app-listen]")
    assert button.is_visible(), "Listen is hidden in a browser that can speak"
    button.click()
    return page.evaluate("window.__spoken")


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("kind", ["scale", "free_text"])
def test_listen_speaks_the_question_and_options(live_server: LiveServer, page: Any, language: str, kind: str) -> None:
    question = first_of_kind(kind)
    page.add_init_script(RECORD_SPEECH)
    visit = Visit(live_server, language)
    enrol(page, visit)
    begin(page, visit)
    page.goto(visit.url(f"/kiosk/question/{question.number}"))
    spoken = listen(page)
    assert len(spoken) == 1
    assert spoken[0]["lang"] == VOICE[language]
    expected = [question.text[language], question.hint[language], *(o[language] for o in question.options)]
    text = spoken[0]["text"]
    positions = [text.find(part) for part in expected if part]
    assert -1 not in positions, f"{text!r} leaves out some of {expected}"
    assert positions == sorted(positions), "read the question first, then the hint, then the options in order"


def test_listen_reads_the_easy_read_wording(live_server: LiveServer, page: Any) -> None:
    question = first_of_kind("free_text")
    page.add_init_script(RECORD_SPEECH)
    visit = Visit(live_server, "en")
    enrol(page, visit)
    easy_read(page, visit)
    begin(page, visit)
    page.goto(visit.url(f"/kiosk/question/{question.number}"))
    assert question.easy_read["en"] in listen(page)[0]["text"]


def test_listen_is_hidden_where_the_browser_cannot_speak(live_server: LiveServer, page: Any) -> None:
    page.add_init_script(NO_SPEECH)
    visit = Visit(live_server, "en")
    enrol(page, visit)
    begin(page, visit)
    assert not page.evaluate("'speechSynthesis' in window")
    assert page.locator("[data-app-listen]").count() == 1
    assert not page.locator("[data-app-listen]").is_visible()
