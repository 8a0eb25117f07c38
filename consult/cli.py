"""The ``consult`` command: set-up, demo data, serving, and the analysis tools.

It is a Flask command group: the commands below are registered on the app (so tests run them
with ``app.test_cli_runner()``), and ``consult db upgrade`` (Alembic through Flask-Migrate),
``consult routes`` and ``consult shell`` come with it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import BinaryIO, TextIO, TypeVar

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext

from consult import create_app
from consult.models import Role
from consult.services.audit import ANSWERS_CHANGED, ANSWERS_EXPORTED

T = TypeVar("T")


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
    click.echo(f"Facilitator login: {result.facilitator_email} / {result.facilitator_password}")
    click.echo(f"Kiosk: {base_url.rstrip('/')}/kiosk/enrol/{result.kiosk_token}")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--workers", default=4, show_default=True, type=int, help="gunicorn worker processes.")
@click.option("--dev", is_flag=True, help="werkzeug's development server (one process, threads) instead.")
def serve_command(host: str, port: int, workers: int, dev: bool) -> None:
    """Serve the app with gunicorn, as production does (`make run` uses this). Logs name each
    request's path, never its query string."""
    from consult.services.warmup import warm_up
    from consult.web.serving import GunicornServer, RequestHandler, gunicorn_options

    warm_up()  # before any worker forks: no request waits for the word lists
    if dev:
        from werkzeug.serving import run_simple

        run_simple(host, port, create_app(), threaded=True, use_reloader=False, request_handler=RequestHandler)
        return
    GunicornServer(create_app, gunicorn_options(host, port, workers)).run()


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
    """Read JSON lines {"id", "text", "language"?} on stdin; write {"id", "redacted", "entities"} on stdout.

    Each text is read as Welsh, English or both from its own words; "language" is a hint.
    """
    from consult.pipeline.anonymise import anonymise_jsonl

    anonymise_jsonl(sys.stdin, sys.stdout)


@click.command("safeguard")
def safeguard_command() -> None:
    """Read JSON lines {"id", "text", "language"?} on stdin; write {"id", "flag", "categories", "matched"}."""
    from consult.pipeline.safeguarding.jsonl import safeguard_jsonl

    safeguard_jsonl(sys.stdin, sys.stdout)




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
    _audit(ANSWERS_CHANGED, via="purge", cleared=report.answers_cleared)


@click.command("theme")
@click.option("--codebook", "codebook_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help='Codebook JSON {"themes": [{"name", "description"?, "keywords"?, "examples"?}]}.')
@click.option("--input", "input_path", required=True, type=click.File("r", encoding="utf-8"),
              help='JSON lines {"id", "text", "question"?}.')
@click.option("--train", "train_path", type=click.File("r", encoding="utf-8"),
              help='JSON lines {"text", "question"?, "themes": [...], "sentiment"?: 1-5} to learn from; '
                   'questions are used when every input and training line has one.')
def theme_command(codebook_path: str, input_path: TextIO, train_path: TextIO | None) -> None:
    """Code JSON lines against a codebook; write {"id", "themes", "sentiment"} lines."""
    from consult.pipeline.batch import run_theme_batch
    from consult.pipeline.themes.codebook import load_codebook

    inputs = [json.loads(line) for line in input_path if line.strip()]
    train = [json.loads(line) for line in train_path if line.strip()] if train_path else None
    run_theme_batch(load_codebook(codebook_path), inputs, train, sys.stdout)


@click.command("analyse")
@click.argument("slug")
@with_appcontext
def analyse_command(slug: str) -> None:
    """Re-code a consultation's stored answers (a background job when REDIS_URL is set); the
    same run, one at a time, as the staff page's button starts."""
    from consult.services import coding
    from consult.services.consultations import consultation_id_for

    consultation_id = _or_fail(consultation_id_for, slug)
    if current_app.config.get("REDIS_URL"):
        run, started = coding.start_recode(consultation_id)
        if not started:
            raise click.ClickException(f"A re-code is already {run.status} (run {run.run_id}).")
        if run.status == "failed":
            raise click.ClickException(run.message)
        click.echo(f"Queued re-code run {run.run_id}; its progress is on the consultation's Re-code answers page.")
        return
    with click.progressbar(length=1, label="Coding answers", file=sys.stderr) as bar:
        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

        try:
            run, report = coding.recode_here(consultation_id, progress)
        except coding.RecodeBusy as error:
            raise click.ClickException(str(error)) from error
    if report is None:
        raise click.ClickException(run.message)
    click.echo(f"Coded {report.coded} of {report.answers} answers; {report.suggested_themes} suggested new themes.")


@click.command("job")
@click.argument("job_id")
@with_appcontext
def job_command(job_id: str) -> None:
    """Show a background job's status and progress."""
    from consult.services.jobs import job_progress

    click.echo(json.dumps(job_progress(job_id)))


@click.command("worker")
@with_appcontext
def worker_command() -> None:
    """Run an RQ worker for background jobs (needs REDIS_URL)."""
    from redis import Redis
    from rq import Worker

    from consult.services.jobs import QUEUE_NAME

    if not current_app.config.get("REDIS_URL"):
        raise click.ClickException("REDIS_URL is not set: jobs run inline, no worker is needed")
    from consult.services.warmup import warm_up

    warm_up()  # before RQ forks a work horse per job: no job refits the sentiment model or reloads word lists
    Worker([QUEUE_NAME], connection=Redis.from_url(current_app.config["REDIS_URL"])).work()


@click.command("summarise")
@click.argument("slug")
@click.option("--format", "output_format", type=click.Choice(["json", "md"]), default="md", show_default=True)
@click.option("--internal", is_flag=True, help="Use the staff threshold (5) instead of the published one (10).")
@click.option("--earlier", help="Slug of an earlier consultation to compare theme percentages with.")
@with_appcontext
def summarise_command(slug: str, output_format: str, internal: bool, earlier: str | None) -> None:
    """Summarise a consultation: who took part, every question's figures, themes, quotes, method."""
    from consult.pipeline.summary.text import to_dict, to_markdown
    from consult.services.summaries import summarise_consultation

    results = _or_fail(summarise_consultation, slug, published=not internal)
    before = _or_fail(summarise_consultation, earlier, published=not internal) if earlier else None
    _audit(ANSWERS_EXPORTED, via="summarise", consultation=slug, internal=internal)
    click.echo(json.dumps(to_dict(results, before), ensure_ascii=False, indent=2) if output_format == "json"
               else to_markdown(results, before))


@click.command("import-responses")
@click.argument("slug")
@click.argument("csv_file", type=click.File("rb"))
@click.option("--venue", help="Venue name the answers were gathered at.")
@click.option("--mediated", is_flag=True, help="Typed up by a facilitator on people's behalf.")
@click.option("--truncate", is_flag=True, help="Cut answers over the length limit instead of refusing the file.")
@with_appcontext
def import_command(slug: str, csv_file: BinaryIO, venue: str | None, mediated: bool, truncate: bool) -> None:
    """Import answers from a CSV (columns q1, q2, … or the questions' wording; optional participants)."""
    from consult.services.imports import import_responses

    report = _or_fail(import_responses, slug, csv_file.read(), venue_name=venue, mediated=mediated,
                      limit=current_app.config["ANSWER_MAX_CHARS"], truncate=truncate)
    for note in report.notes:
        click.echo(note)
    if report.errors:
        for error in report.errors:
            click.echo(error, err=True)
        raise click.ClickException(f"Nothing was imported: {len(report.errors)} problem(s) to fix first.")
    _audit(ANSWERS_CHANGED, via="import", consultation=slug, imported=report.imported)
    click.echo(f"Imported {report.imported} responses, anonymised before storage.")


@click.command("send-updates")
@click.argument("consultation")
@with_appcontext
def send_updates_command(consultation: str) -> None:
    """Text the published "you said, we did" update to people who replied YES (id or slug)."""
    from consult.services.sms_sender import TwilioNotConfigured, send_updates
    from consult.services.sms_updates import UpdateNotReady

    try:
        report = send_updates(consultation)
    except (LookupError, UpdateNotReady, TwilioNotConfigured) as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Sent {report.sent} update(s); {report.failed} failed.")


@click.command("sms-reminders")
@with_appcontext
def sms_reminders_command() -> None:
    """Send due SMS reminders (never 21:00-08:00 UK time) and expire stale conversations."""
    from consult.services.sms_sender import TwilioNotConfigured, send_reminders

    try:
        report = send_reminders()
    except TwilioNotConfigured as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Sent {report.sent} reminder(s), {report.failed} failed, expired {report.expired}.")


def _audit(action: str, **detail: str | int | bool) -> None:
    """Commands that read, export or change answers are audited like the web pages (nobody signed in)."""
    from consult.services.audit import record_now

    record_now(action, user_id=None, object_type="command", object_id=None, **detail)


@click.command("safeguarding-labels")
@with_appcontext
def safeguarding_labels_command() -> None:
    """Write reviewed safeguarding flags as JSON lines {"text", "risk", ...}: false alarms are risk false."""
    from consult.services.safeguarding_labels import labelled_examples

    for example in labelled_examples():
        click.echo(json.dumps(example, ensure_ascii=False))


def _or_fail(function: Callable[..., T], *args: object, **kwargs: object) -> T:
    """Turn a lookup error into a clear message and a non-zero exit."""
    try:
        return function(*args, **kwargs)
    except LookupError as error:
        raise click.ClickException(str(error.args[0] if error.args else error)) from error


COMMANDS = [
    demo_command, serve_command, create_user_command, kiosk_link_command, anonymise_command, safeguard_command,
    theme_command, analyse_command, job_command, worker_command, summarise_command, purge_command, import_command,
    safeguarding_labels_command, send_updates_command, sms_reminders_command,
]


def register_commands(app: Flask) -> None:
    for command in COMMANDS:
        app.cli.add_command(command)
