"""CSV files a spreadsheet opens safely: UTF-8 with a byte-order mark (Excel reads it as UTF-8),
and every text cell that a spreadsheet would run as a formula made plain text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from consult.services.imports import defuse_formula

BOM = "\ufeff"
Value = str | int | float | None


def _cell(value: Value) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, str):
        return defuse_formula(value)
    return value  # a number is a number, whatever its sign


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Value]]) -> bytes:
    """The rows as CSV bytes, header first, one line ending (CRLF) as RFC 4180 asks."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_cell(name) for name in header])
    writer.writerows([_cell(value) for value in row] for row in rows)
    return (BOM + buffer.getvalue()).encode("utf-8")
