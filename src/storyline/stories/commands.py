"""Click commands for the story views; `cli.py` adds them to the `storyline` group."""

from __future__ import annotations

import shutil
from pathlib import Path

import click


@click.command(name="timeline")
@click.argument("entities", nargs=-1, required=True)
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="SQLite store (default: $STORYLINE_DB or ./storyline.db).")
@click.option("--format", "fmt", type=click.Choice(["table", "md", "json"]), default="table", show_default=True)
def timeline_command(entities, db_path, fmt):
    """Events involving all of ENTITIES, in order, with who asserts and who denies them.

    Names may be in any language or script and need not be exact: 'putin', 'Путин' and 'Putin'
    find the same person.
    """
    from storyline.config import Settings
    from storyline.store import StoreError, open_store
    from storyline.stories.timeline import EntityFinder, UnknownEntity, render, timeline

    settings = Settings.from_env(db_path=db_path)
    try:
        store = open_store(settings.db_path, readonly=True)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    with store:
        if store.count("events") == 0:
            documents, claims = store.count("documents"), store.count("claims")
            if documents == 0:
                hint = "it holds no documents: run `storyline analyze PATH` first"
            elif claims == 0:
                hint = f"no claims were found in its {documents} document(s), so there is nothing to put in order"
            else:
                hint = f"it has {claims} claim(s) but no events: run `storyline analyze PATH` again to rebuild them"
            raise click.ClickException(f"no events in {settings.db_path}: {hint}")
        finder = EntityFinder(store.entities())
        try:
            rows = timeline(store, list(entities), finder=finder)
        except UnknownEntity as exc:
            raise click.ClickException(str(exc)) from exc
        matches = [finder.match(name) for name in entities]
        matched = [" / ".join(e.name for e in group) for group in matches]
        alone = []
        if not rows and len(entities) > 1:  # say how many each has, so the user knows what to drop
            events = store.events()
            for label, group in zip(matched, matches):
                ids = {e.id for e in group}
                alone.append(f"{label}: {sum(1 for ev in events if ids & set(ev.participants))}")
    title = "Timeline: " + " + ".join(matched)
    stdout = click.get_text_stream("stdout")
    if fmt == "table":
        color = stdout.isatty()
        click.echo(render(rows, "table", title=title, color=color,
                          width=shutil.get_terminal_size((120, 24)).columns if color else 120), nl=False)
    else:
        click.echo(render(rows, fmt, title=title))
    if alone:
        click.echo(f"No event involves all of {', '.join(matched)} together. Events per entity: "
                   f"{'; '.join(alone)}.", err=True)
