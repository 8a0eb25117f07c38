from tests.browser.pages import PAGES
from tests.browser.steps import Visit
JS = """() => { const out = new Set([document.title]);
 const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
 while (w.nextNode()) { const t = w.currentNode.textContent.trim(); if (t) out.add(t); }
 for (const el of document.querySelectorAll('[aria-label],[title],[alt],[placeholder],[data-listen-text]'))
   for (const a of ['aria-label','title','alt','placeholder']) if (el.getAttribute(a)) out.add(el.getAttribute(a));
 return [...out]; }"""
def test_scan(live_server, browser):
    found = {}
    for state in PAGES:
        texts = {}
        for lang in ("en", "cy"):
            ctx = browser.new_context(); page = ctx.new_page(); page.clock.install() if False else None
            for step in state.steps: step(page, Visit(live_server, lang))
            texts[lang] = set(page.evaluate(JS)); ctx.close()
        for t in texts["en"] & texts["cy"]:
            if any(c.isalpha() for c in t): found.setdefault(t, []).append(state.slug)
    for t, s in sorted(found.items()): print("SAME:", repr(t[:100]), s[:3])
