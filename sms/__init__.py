"""The SMS conversation, pure: no Flask, no database, no clock, no network.

``segments`` (GSM-7/UCS-2 counting), ``texts`` (every built-in message in English and
Welsh), ``keywords`` (STOP and the other words people text, requests to stop, a guess
at Welsh), ``survey``, ``state``, ``rules``, ``dialogue`` (the conversation state
machine) and ``schedule`` (reminders and expiry). The webhook and its signature check
are ``consult.web.sms``; storage, the sender and reminders are ``consult.services.sms_*``.
"""
