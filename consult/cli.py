"""The ``consult`` command: set-up, demo data, serving, and the analysis tools.

It is a Flask command group: the commands below are registered on the app (so tests run them
with ``app.test_cli_runner()``), and ``consult db upgrade`` (Alembic through Flask-Migrate),
``consult routes`` and ``consult shell`` come with it.
"""

from __future__ import annotations

import json
import sys

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext

from consult import create_app
from consult.models import Role


def _create_app() -> object:
    return create_app()


@click.group(cls=FlaskGroup, create_app=_create_app, add_default_commands=True, add_version_option=False)
def main() -> None:
    """consult: lived-experience consultation for Police and Crime Commissioners."""


@click.command("demo")
@click.option("--base-url", default="http://127.0.0.1:5000", show_default=True, help="Where the service is reached.")
@with_appcontext
def demo_command(base_url: str) -> None:
    """Seed the demo organisations, venues and consultation (if absent) and print how to log in."""
    from consult.services.demo import seed_demo

    result = seed_demo()
    click.echo("Demo data ready." if result.created else "Demo data already present.")
    click.echo(f"Admin login: {result.admin_email} / {result.admin_password}")
    click.echo(f"Kiosk: {base_url.rstrip('/')}/kiosk/enrol/{result.kiosk_token}")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
def serve_command(host: str, port: int) -> None:
    """Serve the app (development server; production runs gunicorn wsgi:app)."""
    from werkzeug.serving import run_simple

    run_simple(host, port, create_app(), threaded=True, use_reloader=False)


@click.command("create-user")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--role", type=click.Choice([role.value for role in Role]), default=Role.STAFF.value, show_default=True)
@click.option("--organisation", required=True, help="Organisation name.")
@click.password_option()
@with_appcontext
def create_user_command(email: str, name: str, role: str, organisation: str, password: str) -> None:
    """Create a staff, facilitator or admin account."""
    from consult.services.users import UserError, create_user_in

    try:
        user = create_user_in(organisation, email=email, name=name, password=password, role=Role(role))
    except UserError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Created {user.role.value} account {user.email} (id {user.id}).")


@click.command("kiosk-link")
@click.option("--venue", required=True, help="Venue name.")
@click.option("--consultation", required=True, help="Consultation slug.")
@click.option("--base-url", default=None, help="Defaults to PUBLIC_BASE_URL.")
@with_appcontext
def kiosk_link_command(venue: str, consultation: str, base_url: str | None) -> None:
    """Print the link that sets a tablet up as a kiosk for a venue and consultation."""
    from consult.services.kiosk_enrolment import EnrolmentError, enrolment_token

    try:
        token = enrolment_token(venue, consultation)
    except EnrolmentError as error:
        raise click.ClickException(str(error)) from error
    base = (base_url or current_app.config["PUBLIC_BASE_URL"]).rstrip("/")
    click.echo(f"{base}/kiosk/enrol/{token}")


@click.command("anonymise")
def anonymise_command() -> None:
    """Read JSON lines {"id", "text"} on stdin; write {"id", "redacted", "entities"} on stdout."""
    from consult.pipeline.anonymise import anonymise_jsonl

    anonymise_jsonl(sys.stdin, sys.stdout)




@click.command("purge")
@with_appcontext
def purge_command() -> None:
    """Delete what retention allows no longer: drafts, SMS state, update numbers, old free text."""
    from consult.services.retention import purge

    report = purge()
    click.echo(
        f"Purged {report.kiosk_drafts} kiosk drafts, {report.sms_records} SMS records, "
        f"{report.update_contacts} update numbers; cleared {report.answers_cleared} old answers."
    )


COMMANDS = [purge_command, demo_command, serve_command, create_user_command, kiosk_link_command, anonymise_command]


def register_commands(app: Flask) -> None:
    from sms.commands import send_updates_command, sms_reminders_command

    for command in [*COMMANDS, send_updates_command, sms_reminders_command]:
        app.cli.add_command(command)
