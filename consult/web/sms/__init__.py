"""Twilio's webhooks (the ``sms`` audience): inbound texts and delivery statuses.

``views`` is the blueprint, ``signature`` checks X-Twilio-Signature, ``forms`` checks
every field Twilio sends before a service sees it, ``twiml`` writes the replies.
The conversation itself is the pure ``sms`` package; storage goes through
``consult.services.sms_*``.
"""
