"""Browser fixtures: one Chromium per session, a fresh context per test, the app on loopback.

Under CI=true a missing Chromium, Playwright or axe-core fails the run; on a laptop without
them the browser tests skip and say why.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.report import REPORT
from tests.browser.server import LiveServer, start_live_server
from tests.browser.steps import Visit

IN_CI = os.environ.get("CI", "").lower() == "true"
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CONSULT_CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
# Long enough that no dialog interrupts the page checks; the timeout states move the clock instead.
NORMAL_TIMERS = {"KIOSK_IDLE_SECONDS": 120, "KIOSK_WARNING_SECONDS": 60}
# Real timers, short enough for a test to wait for them.
SHORT_TIMERS = {"KIOSK_IDLE_SECONDS": 5, "KIOSK_WARNING_SECONDS": 2}


def missing(reason: str) -> None:
    """Fail under CI (the suite must run there), skip on a laptop."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: .ci/run must install it)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        missing(f"axe-core is not installed at {AXE}: run `npm ci`")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def playwright() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python is not installed: pip install -e '.[dev]'")
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)) and not shutil.which(str(CHROMIUM)):
        missing(f"Chromium is not installed at {CHROMIUM}: apt-get install chromium")
    manager = sync_playwright().start()
    yield manager
    manager.stop()


def _launch(playwright: Any, **options: Any) -> Any:
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS, **options)


@pytest.fixture(scope="session")
def browser(playwright: Any) -> Iterator[Any]:
    chromium = _launch(playwright)
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def bfcache_browser(playwright: Any) -> Iterator[Any]:
    """Chromium with the back-forward cache on, as on a real tablet (Playwright turns it off)."""
    chromium = _launch(playwright, ignore_default_args=["--disable-back-forward-cache"])
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path_factory.mktemp("live"), **NORMAL_TIMERS)
    yield server
    server.stop()


@pytest.fixture()
def short_timer_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A fresh database per test, so 'no draft left' means this journey's draft."""
    server = start_live_server(tmp_path, **SHORT_TIMERS)
    yield server
    server.stop()


@pytest.fixture()
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1024, "height": 768})
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


@pytest.fixture()
def page_errors() -> list[str]:
    return []


@pytest.fixture()
def page(context: Any, page_errors: list[str]) -> Any:
    """A tab that records script errors and console errors (a CSP block shows up here)."""
    tab = context.new_page()
    tab.on("pageerror", lambda error: page_errors.append(f"page error: {error}"))
    tab.on("console", lambda message: _console(message, page_errors))
    return tab


def _console(message: Any, errors: list[str]) -> None:
    """Console errors, except the browser's note that the page itself was a 403/404/409 on purpose."""
    if message.type != "error":
        return
    if message.text.startswith("Failed to load resource") and message.location.get("url") == message.page.url:
        return
    errors.append(f"console: {message.text} ({message.location.get('url')})")


def visit_for(server: LiveServer, language: str) -> Visit:
    return Visit(server=server, language=language)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    lines = REPORT.summary_lines()
    if not lines:
        return
    terminalreporter.section("browser accessibility checks")
    for line in lines:
        terminalreporter.write_line(line)
    REPORT.write()
