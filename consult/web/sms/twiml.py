"""TwiML replies: one <Message> per reply, each one SMS segment."""

from __future__ import annotations

from xml.sax.saxutils import escape

from flask import Response

_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'


def twiml_document(replies: tuple[str, ...]) -> str:
    """The TwiML twilio's MessagingResponse would write (a test checks the two agree)."""
    if not replies:
        return _HEAD + "<Response />"
    messages = "".join(f"<Message>{escape(reply)}</Message>" if reply else "<Message />" for reply in replies)
    return f"{_HEAD}<Response>{messages}</Response>"


def twiml(replies: tuple[str, ...]) -> Response:
    """One <Message> per reply; empty TwiML sends nothing."""
    return Response(twiml_document(replies), mimetype="application/xml")
