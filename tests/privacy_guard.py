"""After the whole run: no planted phone number, email or name in any log line or database file.

Every test's log records (at the levels the app really logs at) are collected, with every field
passed in ``extra=`` (numbers included: a number logged there is still a number), and every SQLite
file the run created is read as bytes. Tests plant identifiers from a few fixed shapes: Ofcom's
drama range (07700 900xxx), 07912 345678, example.com emails and the names below.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

SERVICE_NUMBER = "+447700900000"  # the service's own sending number, not a person's
PLANTED_NAMES = ("Dave Jones", "dave.jones77")
PLANTED = re.compile(
    rb"(?:\+?44\s?7700\s?900\d{3}|07700\s?900\s?\d{3}|\+?44\s?7912\s?345\s?678|07912\s?345\s?678"
    rb"|[\w.]+@example\.(?:com|org)|" + b"|".join(re.escape(n.encode()) for n in PLANTED_NAMES) + rb")"
)


# What every LogRecord has; anything else on a record came from the call's ``extra=``.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "taskName"}


def extra_fields(record: logging.LogRecord) -> dict[str, object]:
    """The fields a log call passed in ``extra=`` (a formatter or a log shipper may write them out)."""
    return {key: value for key, value in vars(record).items() if key not in _STANDARD}


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = f"{record.name}: {record.getMessage()}"
        except Exception:  # a broken log call must not hide the others
            line = f"{record.name}: {record.msg!r}"
        extra = extra_fields(record)
        self.lines.append(f"{line} {extra!r}" if extra else line)


_collector = _Collector()


def pytest_sessionstart(session: pytest.Session) -> None:
    logging.getLogger().addHandler(_collector)


def _leaks_in(data: bytes) -> set[str]:
    found = {m.group(0).decode(errors="replace") for m in PLANTED.finditer(data)}
    return {value for value in found if value.replace(" ", "") != SERVICE_NUMBER}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    logging.getLogger().removeHandler(_collector)
    if session.config.option.collectonly:
        return
    leaks: list[str] = []
    for line in _collector.lines:
        for value in _leaks_in(line.encode()):
            leaks.append(f"log: {value} in {line[:120]!r}")
    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is not None:
        base = Path(factory.getbasetemp())
        for path in base.rglob("*.sqlite3*"):
            for value in _leaks_in(path.read_bytes()):
                leaks.append(f"database: {value} in {path.relative_to(base)}")
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if leaks:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        if reporter:
            reporter.write_sep("=", "PRIVACY: planted identifiers found after the run", red=True)
            for leak in sorted(set(leaks))[:50]:
                reporter.write_line(leak)
    elif reporter:
        checked = sum(1 for _ in Path(factory.getbasetemp()).rglob("*.sqlite3*")) if factory else 0
        reporter.write_line(f"privacy: {len(_collector.lines)} log lines and {checked} database files "
                            "checked: no planted identifiers")
