"""CLI commands for the SMS channel; the lead adds them to the ``consult`` group."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from consult.services.sms_updates import UpdateNotReady
from sms import sender


@click.command("send-updates")
@click.argument("consultation")
@with_appcontext
def send_updates_command(consultation: str) -> None:
    """Text the published "you said, we did" update to people who replied YES (id or slug)."""
    try:
        report = sender.send_updates(consultation)
    except (LookupError, UpdateNotReady) as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Sent {report.sent} update(s); {report.failed} failed.")


@click.command("sms-reminders")
@with_appcontext
def sms_reminders_command() -> None:
    """Send due SMS reminders (never 21:00-08:00 UK time) and expire stale conversations."""
    report = sender.send_reminders()
    click.echo(f"Sent {report.sent} reminder(s), {report.failed} failed, expired {report.expired}.")
