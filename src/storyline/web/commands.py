"""Click commands for the web app and the report; `cli.py` adds them to the `storyline` group."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

_db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="SQLite store (default: $STORYLINE_DB or ./storyline.db).",
)


def _open_readonly(db_path):
    from storyline.config import Settings
    from storyline.store import StoreError, open_store

    settings = Settings.from_env(db_path=db_path)
    try:
        return settings, open_store(settings.db_path, readonly=True)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command(name="serve")
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only this machine can connect unless you choose another.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
def serve_command(db_path, host, port):
    """Browse the store in a web browser (pages, JSON API at /api, its description at /docs)."""
    import uvicorn

    from storyline.web.app import create_app

    settings, store = _open_readonly(db_path)  # fail now, with a clear message, not on the first page
    store.close()
    if not _is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can read the store",
                   err=True)
    click.echo(f"serving {settings.db_path} on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(create_app(settings.db_path), host=host, port=port, log_level="warning")


@click.command(name="report")
@click.argument("entities", nargs=-1)
@_db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"),
              show_default=True, help="The HTML file to write.")
def report_command(entities, db_path, output):
    """One self-contained HTML file with the timeline of ENTITIES (all events when none) and its
    evidence, to share: inline styles and SVG, no scripts, no links to anything outside it."""
    from storyline.stories.timeline import UnknownEntity
    from storyline.web.report import build_report

    _, store = _open_readonly(db_path)
    with store:
        try:
            html, events = build_report(store, list(entities))
        except UnknownEntity as exc:
            raise click.ClickException(str(exc)) from exc
    output.write_text(html, encoding="utf-8")
    click.echo(f"wrote {output} ({events} event{'s' if events != 1 else ''})", err=True)
