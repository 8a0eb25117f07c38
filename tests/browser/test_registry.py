"""The page registry keeps up with the app: a new GET page cannot be left out of the browser checks."""

from __future__ import annotations

from flask import Flask

from tests.browser.pages import EXEMPT, PAGES
from tests.browser.server import DEMO_SLUG, DEMO_VENUE


def get_endpoints(app: Flask) -> set[str]:
    return {rule.endpoint for rule in app.url_map.iter_rules() if "GET" in (rule.methods or set())}


def test_every_get_route_is_registered_or_exempt(app: Flask) -> None:
    registered = {state.endpoint for state in PAGES if state.endpoint}
    missing = get_endpoints(app) - registered - set(EXEMPT)
    assert not missing, (
        f"GET routes with no page state in tests/browser/pages.py: {sorted(missing)}. "
        "Add a PageState line for each (or an EXEMPT entry saying why it is not a page)."
    )


def test_registry_names_only_real_routes(app: Flask) -> None:
    endpoints = get_endpoints(app)
    stale = ({state.endpoint for state in PAGES if state.endpoint} | set(EXEMPT)) - endpoints
    assert not stale, f"tests/browser/pages.py names routes the app no longer has: {sorted(stale)}"
    both = {state.endpoint for state in PAGES} & set(EXEMPT)
    assert not both, f"routes both checked and exempt: {sorted(both)}"


def test_state_names_are_unique() -> None:
    slugs = [state.slug for state in PAGES]
    assert len(slugs) == len(set(slugs)), "each PageState needs its own slug (it names the screenshot)"


def test_exempt_routes_really_are_not_pages(demo: Flask) -> None:
    """The reasons in EXEMPT hold: JSON, a redirect, or a static file, never an HTML page."""
    from consult.services.kiosk_enrolment import enrolment_token

    with demo.app_context():
        token = enrolment_token(DEMO_VENUE, DEMO_SLUG)
    client = demo.test_client()
    examples = {
        "static": "/static/app.css",
        "health.healthz": "/healthz",
        "kiosk.enrol": f"/kiosk/enrol/{token}",
        "kiosk.exit": "/kiosk/exit",
        "staff.index": "/staff/",
        "facilitator.paper_template": "/facilitator/paper/1/template.csv",
        "staff.recode_progress": "/staff/consultations/1/recode/progress.json",  # "Always current"
        # reports (issue #16, reports part): downloads
        "staff.report_pdf": "/staff/consultations/1/reports/panel.pdf",
        "staff.prepared_pdf": "/staff/consultations/1/reports/jobs/no-such-job.pdf",
        "staff.answers_csv": "/staff/consultations/1/reports/answers.csv",
        "staff.tables_csv": "/staff/consultations/1/reports/tables.csv",
        # long work's progress, polled by its page
        "staff.report_job_progress": "/staff/consultations/1/reports/jobs/no-such-job/progress.json",
        "staff.update_send_progress": "/staff/consultations/1/you-said/jobs/no-such-job/progress.json",
    }
    assert set(examples) == set(EXEMPT), "give each exempt route an example URL here"
    for endpoint, url in examples.items():
        with client.get(url) as response:
            html = response.status_code == 200 and response.mimetype == "text/html"
        assert not html, f"{endpoint} ({url}) serves an HTML page: add it to PAGES instead"
