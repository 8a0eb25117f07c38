"""English left on a Welsh page: our own strings, and the English defaults inside the GOV.UK macros."""

from __future__ import annotations

from functools import cache

from playwright.sync_api import Page

from tests.web.test_welsh_catalogue import CATALOGUE, extracted, singular

# Text the GOV.UK Frontend macros and scripts write unless a template passes its own words.
GOVUK_DEFAULTS = frozenset({
    "Error", "Back", "Skip to main content", "There is a problem", "Important", "Success", "Warning",
    "Menu", "Show", "Hide", "Show all sections", "Hide all sections", "Exit this page", "Help",
})

TEXTS_JS = """
() => {
  const out = new Set([document.title]);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const owner = walker.currentNode.parentElement && walker.currentNode.parentElement.closest('[lang]');
    if (owner && owner !== document.documentElement && owner.lang !== document.documentElement.lang) continue;
    const text = walker.currentNode.textContent.trim();
    if (text) out.add(text);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    const marked = el.closest('[lang]');
    if (marked && marked !== document.documentElement && marked.lang !== document.documentElement.lang) continue;
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      if (el.getAttribute(name)) out.add(el.getAttribute(name));
    }
  }
  return [...out];
}
"""


@cache
def english_ui_strings() -> frozenset[str]:
    """Our English msgids whose Welsh differs, plus the GOV.UK defaults."""
    from babel.messages.pofile import read_po

    with (CATALOGUE / "messages.po").open("rb") as handle:
        catalogue = read_po(handle, locale="cy")
    ours = set()
    for msgid, context, _where in extracted():
        entry = catalogue.get(singular(msgid), context=context)
        if entry is None or entry.string != singular(msgid):
            ours.add(singular(msgid))
    return frozenset(ours | GOVUK_DEFAULTS)


def english_left(page: Page) -> list[str]:
    english = english_ui_strings()
    texts: list[str] = page.evaluate(TEXTS_JS)
    return sorted({text for text in texts if text.rstrip(":").strip() in english})
