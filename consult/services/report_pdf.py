"""Turn a report's HTML into a PDF with WeasyPrint, fetching nothing from any network or disk.

The report carries its styles and charts inline (SVG), so the only resources it may name are
``data:`` URLs; a stray link to anything else is refused instead of leaving the machine. The PDF
is tagged (headings, tables, lists, the document's language and title), so a screen reader can
follow it: a panel's papers are published, and public bodies' documents must be accessible.
"""

from __future__ import annotations


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported when first needed: about half a second
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols={"data"}, timeout=1)
    pdf = HTML(string=html, base_url=None, url_fetcher=fetcher).write_pdf(pdf_tags=True)
    assert pdf is not None  # write_pdf returns bytes when given no target
    return pdf
