"""The rules every page must pass in the browser: axe WCAG 2.2 AA, lang, one h1, targets, focus."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
MIN_TARGET_PX = 44

# Every control a finger or a keyboard can reach. Visually hidden ones (the skip link) are
# measured while focused, which is when they can be used.
TARGETS_JS = """
(minimum) => {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button],' +
                   ' [tabindex]:not([tabindex="-1"])';
  const describe = (el) => el.outerHTML.slice(0, 120);
  const small = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.disabled || !el.checkVisibility({ checkVisibilityCSS: true })) continue;
    let rect = el.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) {
      el.focus();
      rect = el.getBoundingClientRect();
      el.blur();
      if (rect.width <= 1 || rect.height <= 1) continue;
    }
    if (rect.width < minimum || rect.height < minimum) {
      small.push(`${Math.round(rect.width)}x${Math.round(rect.height)} ${describe(el)}`);
    }
  }
  return small;
}
"""

# Each visible element that draws text, by the font it draws it in.
FONTS_JS = """
() => {
  const fonts = {};
  for (const el of document.querySelectorAll('body *')) {
    const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    const rect = el.getBoundingClientRect();
    if (text && el.checkVisibility() && rect.width > 1 && rect.height > 1) {
      fonts[getComputedStyle(el).fontFamily] = el.outerHTML.slice(0, 80);
    }
  }
  return fonts;
}
"""

AXE_RUN_JS = """
(tags) => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] })
  .then((result) => ({ violations: result.violations, incomplete: result.incomplete }))
"""


def run_axe(page: Page, axe_source: str) -> dict[str, list[dict[str, Any]]]:
    """Inject axe-core from npm (the page's CSP does not apply to DevTools) and run it."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source)
    return page.evaluate(AXE_RUN_JS, AXE_TAGS)


def describe_violations(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        targets = [" ".join(node["target"]) for node in violation["nodes"]][:5]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)


def small_targets(page: Page) -> list[str]:
    return page.evaluate(TARGETS_JS, MIN_TARGET_PX)


def language_problems(page: Page, language: str, switch: bool = True) -> list[str]:
    """``lang`` on <html> is the page language; the other-language link says its own language
    (``switch=False``: a page in one language only, with no such link)."""
    problems = []
    html_lang = page.locator("html").get_attribute("lang")
    if html_lang != language:
        problems.append(f"<html lang={html_lang!r}>, expected {language!r}")
    if not switch:
        if page.locator("a[hreflang]").count():
            problems.append("a language link on an English-only page")
        return problems
    other = "en" if language == "cy" else "cy"
    links = page.locator("a[hreflang]")
    if links.count() != 1:
        problems.append(f"expected one other-language link, found {links.count()}")
    else:
        link = links.first
        for attribute in ("lang", "hreflang"):
            if link.get_attribute(attribute) != other:
                problems.append(f"other-language link has {attribute}={link.get_attribute(attribute)!r}")
    return problems


def h1_count(page: Page) -> int:
    return page.locator("h1").count()


def error_summary_focused(page: Page) -> bool:
    return bool(page.evaluate(
        "() => document.activeElement && document.activeElement.classList.contains('govuk-error-summary')"
    ))


def has_horizontal_scroll(page: Page) -> bool:
    return bool(page.evaluate(
        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
    ))


def focus_problem(page: Page) -> str | None:
    """None when the focused control shows a focus indicator and is not hidden under the exit bar."""
    return page.evaluate(
        """() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'nothing has focus';
      const styled = (style) => (style.boxShadow && style.boxShadow !== 'none') ||
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 &&
         !/rgba\\(0, 0, 0, 0\\)|transparent/.test(style.outlineColor));
      const own = getComputedStyle(el);
      const label = el.matches('input[type=radio], input[type=checkbox]') ? el.nextElementSibling : null;
      const visible = styled(own) || (label && styled(getComputedStyle(label, '::before')));
      if (!visible) return 'no visible focus indicator on ' + el.outerHTML.slice(0, 100);
      const rect = el.getBoundingClientRect();
      const bar = document.querySelector('.app-exit');
      if (bar && !bar.contains(el)) {
        const cover = bar.getBoundingClientRect();
        if (rect.top >= cover.top && rect.bottom <= cover.bottom) return 'focused control hidden under the exit bar';
      }
      if (rect.bottom < 0 || rect.top > window.innerHeight) return 'focused control is off screen';
      return null;
    }"""
    )


def foreign_fonts(page: Page) -> list[str]:
    """Text not drawn in the service's system font (Arial): GDS Transport or a browser default."""
    fonts: dict[str, str] = page.evaluate(FONTS_JS)
    return [f"{font}: {element}" for font, element in fonts.items() if not font.lower().startswith("arial")]
