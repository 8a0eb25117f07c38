"""The privacy guard reads what a log call passes in ``extra=``, not only the message."""

from __future__ import annotations

import logging

from tests.privacy_guard import PLANTED, _Collector, extra_fields


def test_extra_fields_are_collected_and_searched() -> None:
    record = logging.LogRecord("consult.test", logging.INFO, __file__, 1, "sms inbound", None, None)
    record.number = 447700900123  # a number passed as an int in extra=
    record.message_sid = "SM" + "0" * 32
    assert extra_fields(record) == {"number": 447700900123, "message_sid": "SM" + "0" * 32}
    collector = _Collector()
    collector.emit(record)
    assert PLANTED.search(collector.lines[0].encode())


def test_a_plain_record_has_no_extra_fields() -> None:
    record = logging.LogRecord("consult.test", logging.INFO, __file__, 1, "hello %s", ("there",), None)
    record.getMessage()
    assert extra_fields(record) == {}
