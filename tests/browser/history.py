"""Walking a tab's history (Back to the first page, then Forward again) and looking for leftovers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import Error as PlaywrightError

LEFTOVERS_JS = """
() => ({
  text: document.documentElement.outerHTML + '\\n' + (document.body ? document.body.innerText : ''),
  values: [...document.querySelectorAll('textarea, input, select')].map((field) => field.value),
  checked: document.querySelectorAll('input:checked').length,
  storage: localStorage.length + sessionStorage.length,
})
"""


@dataclass
class PageshowLog:
    """Each ``pageshow`` the browser fires: (url, restored from the back-forward cache)."""

    events: list[tuple[str, bool]] = field(default_factory=list)

    def install(self, context: Any) -> None:
        context.expose_function("__consultTestPageshow", lambda url, persisted: self.events.append((url, persisted)))
        context.add_init_script(
            "addEventListener('pageshow', (e) => window.__consultTestPageshow(location.href, e.persisted));"
        )

    @property
    def restored(self) -> list[str]:
        return [url for url, persisted in self.events if persisted]


def settle(page: Any) -> None:
    """Wait out the back-forward-cache guard's reload, if it started one."""
    page.wait_for_load_state("load")
    page.wait_for_timeout(250)
    page.wait_for_load_state("load")


def leftovers(page: Any, secrets: tuple[str, ...]) -> list[str]:
    for _attempt in range(5):
        try:
            found = page.evaluate(LEFTOVERS_JS)
            break
        except PlaywrightError:  # the page was replaced while we looked: look at the new one
            settle(page)
    else:
        raise AssertionError(f"could not read {page.url}")
    problems = []
    for secret in secrets:
        if secret in found["text"] or any(secret in value for value in found["values"]):
            problems.append(f"{page.url} still shows {secret!r}")
    if found["checked"]:
        problems.append(f"{page.url} has {found['checked']} chosen options")
    if found["storage"]:
        problems.append(f"{page.url} has {found['storage']} items in localStorage/sessionStorage")
    return problems


def walk_history(page: Any, secrets: tuple[str, ...], limit: int = 25) -> tuple[list[str], list[str]]:
    """Press Back to the first entry, then Forward to the last; return (problems, urls seen)."""
    problems = leftovers(page, secrets)
    seen = [page.url]
    for direction in ("back", "forward"):
        for _step in range(limit):
            can_move = page.evaluate(f"navigation.can{'GoBack' if direction == 'back' else 'GoForward'}")
            if not can_move:
                break
            if direction == "back":
                page.go_back(wait_until="commit")
            else:
                page.go_forward(wait_until="commit")
            settle(page)
            seen.append(page.url)
            problems += leftovers(page, secrets)
    return problems, seen
