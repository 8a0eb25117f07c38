"""Bytes each kiosk page costs a tablet on a cold load: HTML + CSS + JS, gzip-compressed.

Usage: ``python bench/page_weight.py``. Builds the app on a throwaway SQLite file with the demo
data, walks a kiosk journey in English and Welsh with the app's test client, and for each page
gzips (level 6, as a proxy would) the HTML and every stylesheet, script and module it imports.
Exits 1 when any page is over the 60 KB budget. ``tests/browser/test_brand.py`` runs the same check.
"""

from __future__ import annotations

import gzip
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from flask import Flask  # noqa: E402
from flask.testing import FlaskClient  # noqa: E402

BUDGET_BYTES = 60 * 1024
STYLESHEET = re.compile(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"')
SCRIPT = re.compile(r'<script[^>]+src="([^"]+)"')
JS_IMPORT = re.compile(r"""(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.m?js)["']""")
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass(frozen=True)
class PageWeight:
    page: str
    language: str
    html: int  # gzip bytes
    css: int
    js: int
    raw: int  # uncompressed bytes of all three

    @property
    def total(self) -> int:
        return self.html + self.css + self.js


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def fetch(client: FlaskClient, url: str) -> bytes:
    with client.get(url) as response:
        assert response.status_code == 200, f"{url} answered {response.status_code}"
        return response.get_data()


def assets(client: FlaskClient, page_url: str, html: str) -> dict[str, bytes]:
    """Every stylesheet and script the page loads, following ES module imports."""
    found: dict[str, bytes] = {}
    queue = [urljoin(page_url, href) for href in STYLESHEET.findall(html) + SCRIPT.findall(html)]
    while queue:
        url = urlsplit(queue.pop()).path
        if url in found:
            continue
        found[url] = fetch(client, url)
        if url.endswith(".js"):
            queue += [urljoin(url, spec) for spec in JS_IMPORT.findall(found[url].decode("utf-8", "replace"))]
    return found


def weigh(client: FlaskClient, name: str, language: str, url: str, html: str) -> PageWeight:
    files = assets(client, url, html)
    css = sum(gzipped(data) for path, data in files.items() if path.endswith(".css"))
    js = sum(gzipped(data) for path, data in files.items() if path.endswith(".js"))
    raw = len(html.encode()) + sum(len(data) for data in files.values())
    return PageWeight(name, language, gzipped(html.encode()), css, js, raw)


def journey(app: Flask, enrol_path: str, language: str) -> list[PageWeight]:
    """Start, every question, a validation error, check answers and thank you."""
    client = app.test_client()
    with client.get(enrol_path):
        pass
    weights = []

    def page(name: str, url: str, html: str | None = None) -> str:
        body = html if html is not None else fetch(client, url).decode()
        weights.append(weigh(client, name, language, url, body))
        return body

    start = page("start", f"/kiosk/?lang={language}")
    with client.post("/kiosk/start", data={"csrf_token": CSRF.search(start)[1]}):  # type: ignore[index]
        pass
    number = 1
    while True:
        url = f"/kiosk/question/{number}"
        html = page(f"question {number}", url)
        token = CSRF.search(html)[1]  # type: ignore[index]
        if number == 1:
            with client.post(url, data={"csrf_token": token, "action": "continue"}) as response:
                page("question 1, error", url, response.get_data(as_text=True))
        with client.post(url, data={"csrf_token": token, "action": "skip"}) as response:
            location = response.headers["Location"]
        if "/check" in location:
            break
        number += 1
    check = page("check answers", "/kiosk/check")
    with client.post("/kiosk/check", data={"csrf_token": CSRF.search(check)[1]}):  # type: ignore[index]
        pass
    page("thank you", "/kiosk/thank-you")
    return weights


def kiosk_page_weights(app: Flask) -> list[PageWeight]:
    from consult.services.demo import seed_demo
    from consult.services.kiosk_enrolment import enrolment_token

    with app.app_context():
        seed_demo()

    def enrolment_path() -> str:  # a set-up link works once: one per journey
        with app.app_context():
            return "/kiosk/enrol/" + enrolment_token("Riverside Women's Centre", "your-voice-2027")

    return [weight for language in ("en", "cy") for weight in journey(app, enrolment_path(), language)]


def main() -> int:
    from consult import create_app
    from consult.extensions import db

    with tempfile.TemporaryDirectory() as folder:
        app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/weight.sqlite3"})
        with app.app_context():
            db.create_all()
        weights = kiosk_page_weights(app)
        with app.app_context():
            db.engine.dispose()
    print(f"{'page':<20} {'lang':<4} {'html':>7} {'css':>7} {'js':>7} {'total gz':>9} {'raw':>8}")
    for w in weights:
        print(f"{w.page:<20} {w.language:<4} {w.html:>7,} {w.css:>7,} {w.js:>7,} {w.total:>9,} {w.raw:>8,}")
    heaviest = max(weights, key=lambda w: w.total)
    over = [w for w in weights if w.total > BUDGET_BYTES]
    print(f"heaviest: {heaviest.page} ({heaviest.language}) {heaviest.total:,} bytes of {BUDGET_BYTES:,} budget")
    if over:
        print(f"OVER BUDGET: {', '.join(f'{w.page} ({w.language})' for w in over)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
