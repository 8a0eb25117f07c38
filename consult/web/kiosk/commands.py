"""``consult kiosk-revoke``: stop one enrolled tablet working as a kiosk (a lost or stolen tablet)."""

from __future__ import annotations

import click
from flask import Blueprint
from flask.cli import with_appcontext

from consult.services.kiosk_enrolment import list_tablets, revoke_tablet


@click.command("kiosk-revoke")
@click.argument("tablet_id", required=False)
@click.option("--list", "show", is_flag=True, help="List enrolled tablets and their ids.")
@with_appcontext
def kiosk_revoke_command(tablet_id: str | None, show: bool) -> None:
    """Revoke the tablet TABLET_ID at once (see --list); its next page says it is not set up."""
    if show or not tablet_id:
        for tablet in list_tablets():
            state = "revoked" if tablet.revoked else "active"
            click.echo(f"{tablet.tablet_id}  {state:8} {tablet.enrolled_at:%Y-%m-%d %H:%M}  "
                       f"{tablet.venue or '-'}  {tablet.consultation}")
        if not tablet_id:
            return
    if not revoke_tablet(tablet_id):
        raise click.ClickException(f"No kiosk tablet with id {tablet_id!r} (see consult kiosk-revoke --list)")
    click.echo(f"Revoked kiosk tablet {tablet_id}.")


def register_commands(bp: Blueprint) -> None:
    """On the kiosk blueprint with no CLI group, so the command is ``consult kiosk-revoke``."""
    bp.cli.add_command(kiosk_revoke_command)
