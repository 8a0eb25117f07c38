"""The SMS channel through Twilio.

Pure parts (no Flask, no database): ``segments`` (GSM-7/UCS-2 counting), ``texts`` (every
built-in message in English and Welsh), ``keywords``, ``survey``, ``state``, ``rules``,
``dialogue`` (the conversation state machine) and ``schedule`` (reminders and expiry).
Edges: ``signature`` and ``webhook`` (the ``sms`` blueprint), ``sender`` (Twilio REST) and
``commands`` (``consult send-updates``, ``consult sms-reminders``). Storage goes through
``consult.services.sms_*``.
"""
