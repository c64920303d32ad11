"""The `storyline` command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from storyline import __version__
from storyline.config import DEFAULT_DB, Settings

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help=f"SQLite store (default: $STORYLINE_DB or ./{DEFAULT_DB}).",
)


def _settings(**overrides) -> Settings:
    return Settings.from_env(**overrides)


def _echo_errors(errors) -> None:
    """Per-item errors of a run, one line each, on stderr."""
    for error in errors:
        click.echo(f"error: {error.source}: {error.reason}", file=click.get_text_stream("stderr"))


def _open_readonly(settings: Settings):
    from storyline.store import StoreError, open_store

    try:
        return open_store(settings.db_path, readonly=True)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyline")
def main() -> None:
    """Storyline: who said what about whom, when — from scraped multilingual news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--force", is_flag=True, help="Re-process documents already in the store.")
@click.option("--no-clean", is_flag=True,
              help="Text input is already clean: only normalise newlines, so offsets equal input offsets.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Largest document accepted, in bytes (default 10 MB); larger ones are reported and skipped.")
@click.option("--languages", default=None, help="Comma-separated ISO 639-1 codes to detect (default: 30 news languages).")
@click.option("--workers", type=click.IntRange(min=0), default=1, show_default=True,
              help="Workers for the per-document stages (0: one per CPU).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where the per-document stages run: local processes, or Ray (pip install 'storyline[ray]').")
@click.option("--address", default=None,
              help="Ray cluster to run on (e.g. ray://head:10001 or auto); default: a local Ray instance.")
@click.option("--records", default=None, metavar="DIR_OR_URI",
              help="Write the per-document records to this Parquet dataset (local folder or s3://, gs://, … URI) "
                   "instead of the store; `storyline load` then runs the corpus-level stages. Resumable.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Documents per store transaction.")
@click.option("--no-embed", is_flag=True,
              help="Skip document vectors (faster; no semantic search or story clusters for these documents).")
@click.option("--timeout", type=click.FloatRange(min=0), default=None,
              help="Seconds one document may take before it is reported and skipped (default 60; 0: no limit).")
@click.option("--max-chars", type=click.IntRange(min=1), default=None,
              help="Longest document text analysed, in characters (default 2,000,000).")
@click.option("--natasha/--no-natasha", default=None,
              help="Russian paragraphs: natasha's people merged with our other types (default on: +0.3 to +2.6 "
                   "F1 points on unseen topics; --no-natasha: our model alone, NER ~2x faster on Russian).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-item errors; only the summary.")
def analyze(paths, db_path, force, no_clean, max_bytes, languages, workers, engine, address, records, batch_size,
            no_embed, timeout, max_chars, natasha, quiet):
    """Analyse PATHS (files, directories, globs; text, HTML, JSONL, WARC, Parquet; Parquet also as
    s3://, gs://, … URIs) into the store, or into a Parquet record dataset with --records."""
    from storyline.pipeline import describe_stages
    from storyline.run import analyze as run_analyze
    from storyline.store import StoreError

    settings = _settings(
        db_path=db_path, force=force or None, clean=False if no_clean else None, max_bytes=max_bytes,
        batch_size=batch_size, embed=False if no_embed else None, max_chars=max_chars,
        document_timeout=timeout, ner_natasha=natasha,
        languages=tuple(x.strip() for x in languages.split(",") if x.strip()) if languages else None,
    )
    arguments = {"paths": list(paths), "force": force, "clean": settings.clean, "max_bytes": settings.max_bytes}
    try:
        summary = run_analyze(list(paths), settings, workers=workers, engine=engine, address=address,
                              records=records, progress=False if quiet else None, arguments=arguments)
    except (StoreError, RuntimeError, ValueError) as exc:  # RuntimeError: ray engine without ray installed
        raise click.ClickException(str(exc)) from exc
    err = click.get_text_stream("stderr")
    if not quiet:
        _echo_errors(summary.errors)
    languages_seen = ", ".join(f"{lang} {n}" for lang, n in summary.languages.most_common()) or "none"
    click.echo(
        f"ingested {summary.ingested}, skipped {summary.skipped} (already {'recorded' if records else 'stored'}), failed {summary.failed}; "
        f"languages: {languages_seen}; {summary.elapsed:.1f} s, {summary.docs_per_second:.1f} docs/s "
        f"-> {records or settings.db_path}"
    )
    if records and not quiet:
        click.echo(f"corpus-level stages not run: `storyline load {records} --db FILE` runs them", file=err)
    missing = [s.name for s in describe_stages() if not s.built]
    if missing and not quiet:
        click.echo(f"not built yet (produced nothing): {', '.join(missing)}", file=err)
    if not quiet:
        _echo_languages_without_lexicon(summary.languages, settings, err)
    if summary.ingested == 0 and summary.skipped == 0:
        sys.exit(1)


def _echo_languages_without_lexicon(languages, settings, err) -> None:
    """Say which analysed languages the claims stage cannot read: it extracts nothing from them
    (a document in such a language is read only in its paragraphs of a language with a lexicon)."""
    from storyline.claims.lexicon import available_languages

    readable = set(available_languages(settings.extra.get("claims_lexicon_dir")))
    unread = [f"{lang} ({n} document{'' if n == 1 else 's'})" for lang, n in languages.most_common()
              if lang and lang not in readable]
    if unread:
        click.echo(f"no claims lexicon for {', '.join(unread)}: no claims are extracted in these languages; "
                   "a lexicon is one TOML file (src/storyline/claims/lexicons/README.md)", file=err)


@main.command()
@click.argument("records", nargs=-1, required=True)
@db_option
@click.option("--force", is_flag=True, help="Replace documents already in the store.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-item errors; only the summary.")
def load(records, db_path, force, quiet):
    """Load per-document record datasets (written by `analyze --records`; local folders or URIs)
    into the store and run the corpus-level stages (entities, events, stories)."""
    from storyline.run import load_records
    from storyline.store import StoreError

    settings = _settings(db_path=db_path, force=force or None)
    try:
        summary = load_records(list(records), settings, progress=False if quiet else None)
    except (StoreError, RuntimeError) as exc:
        raise click.ClickException(str(exc)) from exc
    if not quiet:
        _echo_errors(summary.errors)
    click.echo(f"loaded {summary.ingested}, skipped {summary.skipped} (already stored), failed {summary.failed}; "
               f"{summary.elapsed:.1f} s -> {settings.db_path}")
    if summary.ingested == 0 and summary.skipped == 0:
        sys.exit(1)


@main.command()
@click.argument("records", nargs=-1, required=True)
@click.option("-o", "--output", required=True,
              help="Directory or URI (s3://…) for the result: the export tables, stories.parquet, errors.parquet.")
@click.option("--memory-limit", default="512MB", show_default=True,
              help="DuckDB's memory for unnesting and sorting the records; beyond it, it spills to disk.")
@click.option("--temp-dir", default=None, type=click.Path(file_okay=False),
              help="Where DuckDB keeps its copy of the records (default: the system's temporary folder).")
@click.option("-q", "--quiet", is_flag=True, help="No per-item errors; only the summary (they are in errors.parquet).")
def corpus(records, output, memory_limit, temp_dir, quiet):
    """Run the corpus-level stages (entities, events, stories) on per-document record datasets
    (written by `analyze --records`, any engine) with DuckDB, and write the results as Parquet,
    without a store. `storyline load` does the same into the SQLite store."""
    from storyline.dataset.corpus import run_corpus_on_records

    try:
        summary = run_corpus_on_records(list(records), output, _settings(), memory_limit=memory_limit,
                                        temp_dir=temp_dir)
    except RuntimeError as exc:  # pyarrow or duckdb not installed
        raise click.ClickException(str(exc)) from exc
    if not quiet:
        _echo_errors(summary.errors)
    click.echo(f"{summary.documents} documents ({summary.duplicates} duplicate rows ignored), "
               f"{len(summary.errors)} errors; {summary.elapsed:.1f} s -> {output} ({len(summary.files)} files)")
    if summary.documents == 0:
        sys.exit(1)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "parquet"]), default="json",
              show_default=True)
@click.option("-o", "--output", default=None,
              help="Output file (json/jsonl; default stdout) or directory (csv, parquet: one file per table; "
                   "parquet also takes URIs such as s3://bucket/prefix).")
def export(db_path, fmt, output):
    """Export documents, entities, mentions, claims, events and contradictions."""
    from storyline.export import write_csv, write_json, write_jsonl

    settings = _settings(db_path=db_path)
    output = Path(output) if output and fmt != "parquet" else output
    with _open_readonly(settings) as store:
        if fmt == "parquet":
            from storyline.export.parquet import write_parquet

            if output is None:
                raise click.UsageError("--format parquet writes one file per table: give a directory or URI with -o")
            try:
                for path in write_parquet(store, output):
                    click.echo(path)
            except RuntimeError as exc:  # pyarrow missing, or an URI scheme nobody can open
                raise click.ClickException(str(exc)) from exc
            return
        if fmt == "csv":
            if output is None:
                raise click.UsageError("--format csv writes one file per table: give a directory with -o")
            for path in write_csv(store, output):
                click.echo(str(path))
            return
        writer = write_json if fmt == "json" else write_jsonl
        if output is None:
            writer(store, click.get_text_stream("stdout"))
        else:
            with output.open("w", encoding="utf-8") as fh:
                writer(store, fh)
            click.echo(f"wrote {output}", err=True)


@main.command()
@db_option
def info(db_path):
    """What the store holds, and the per-item errors of the last run."""
    settings = _settings(db_path=db_path)
    with _open_readonly(settings) as store:
        for table in ("documents", "mentions", "entities", "claims", "events", "contradictions", "stories", "errors"):
            click.echo(f"{table:15} {store.count(table):>8,}")
        for lang, n in store.documents_per_language():
            click.echo(f"  language {lang:6} {n:>6,}")
        last = store.last_run_id()
        errors = store.errors(last) if last else []
        if errors:
            click.echo(f"errors in the last run ({len(errors)}):")
            for e in errors:
                click.echo(f"  {e.source}: {e.reason}")


@main.command()
def stages():
    """The pipeline's stages in order, what each reads and writes, and which are built."""
    from storyline.pipeline import describe_stages

    for stage in describe_stages():
        mark = "built" if stage.built else "not built yet"
        click.echo(f"{stage.name:10} {mark:14} {stage.reads} -> {stage.writes}")


@main.command()
@db_option
@click.option("-n", "--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--min-size", type=click.IntRange(min=1), default=1, show_default=True,
              help="Hide stories with fewer documents.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stories(db_path, limit, min_size, fmt):
    """Stories: documents about the same story grouped across languages, largest first, with their
    top entities and date span."""
    import json

    settings = _settings(db_path=db_path)
    with _open_readonly(settings) as store:
        found = [s for s in store.stories() if len(s.documents) >= min_size][:limit]
        names = {e.id: e.name for e in store.entities()}
        sources = {d: row["source"] for d, row in store.documents_by_id([d for s in found for d in s.documents], text=False).items()}
    if fmt == "json":
        click.echo(json.dumps([{
            "id": s.id, "title": s.title, "documents": [{"id": d, "source": sources.get(d)} for d in s.documents],
            "languages": s.languages, "first_published": s.first_published, "last_published": s.last_published,
            "top_entities": [{"id": e, "name": names.get(e, e), "documents": n} for e, n in s.top_entities],
        } for s in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("no stories yet (analyse documents with vectors first: `storyline analyze PATH`)")
        return
    for n, story in enumerate(found, 1):
        span = story.first_published or "undated"
        if story.last_published and story.last_published != story.first_published:
            span += f" – {story.last_published}"
        langs = ", ".join(f"{lang} {k}" for lang, k in story.languages.items())
        click.echo(click.style(f"{n:>2}. {story.title or '(untitled)'}", bold=True))
        click.echo(f"    {len(story.documents)} documents ({langs}); {span}")
        if story.top_entities:
            click.echo("    " + ", ".join(f"{names.get(e, e)} ({k})" for e, k in story.top_entities))


def _highlight(snippet: str) -> str:
    """Terms the search marked with [ ] shown in bold yellow (plain brackets when not a terminal)."""
    import re

    return re.sub(r"\[([^\]]+)\]", lambda m: click.style(m[1], fg="yellow", bold=True), " ".join(snippet.split()))


@main.command()
@click.argument("query")
@db_option
@click.option("-n", "--limit", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--text-only", is_flag=True, help="Full-text search only (no semantic, cross-lingual matching).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def search(query, db_path, limit, text_only, fmt):
    """Find documents by QUERY: exact words (any script, inflected forms by prefix) and meaning
    (an English query finds Russian and Bulgarian articles), ranked together."""
    import json

    from storyline.search import search as run_search

    settings = _settings(db_path=db_path)
    with _open_readonly(settings) as store:
        hits = run_search(store, query, limit=limit, semantic=not text_only)
    if fmt == "json":
        click.echo(json.dumps([{
            "document": h.document, "title": h.title, "language": h.language, "published": h.published,
            "source": h.source, "score": round(h.score, 5), "similarity": h.similarity,
            "matched_by": h.matched_by, "snippet": h.snippet,
        } for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo(f"no documents match {query!r}")
        return
    for n, hit in enumerate(hits, 1):
        how = "+".join(hit.matched_by)
        click.echo(
            click.style(f"{n:>2}. {hit.title or '(untitled)'}", bold=True)
            + f"  [{hit.language or '?'}, {hit.published or 'undated'}, {how}]"
        )
        click.echo("    " + _highlight(hit.snippet))
        click.echo(f"    {hit.source}")


@main.group(name="eval")
def eval_group():
    """Measure quality against annotated data."""


@eval_group.command(name="boilerplate")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--variant", "variants", multiple=True, type=click.Choice(["text", "html"]),
              help="Which input variant to score (default both).")
@click.option("--plain", is_flag=True,
              help="DIR holds articles without boilerplate (**/*.txt, headline first, e.g. SlavicNER's "
                   "raw/): score how much of them the cleaner keeps.")
@click.option("--limit", type=click.IntRange(min=0), default=500, show_default=True,
              help="With --plain: a seeded sample of this many files (0: all).")
def eval_boilerplate(directory, variants, plain, limit):
    """Boilerplate removal vs gold bodies: DIR/text/*.txt, DIR/html/*.html, DIR/gold/*.json."""
    from storyline.eval.boilerplate import run, run_plain

    if plain:
        run_plain(directory, limit=limit)
        return
    run(directory, tuple(variants) or ("text", "html"))



@eval_group.command(name="claims")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--split", default="all", show_default=True,
              help="Annotation split to score (the file's `split` values, e.g. dev, test, test2), or all.")
@click.option("--mistakes", is_flag=True, help="List missed, spurious and wrong claims.")
@click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Root of documents stored by reference (default $STORYLINE_DATA or ../shared/data).")
@click.option("--end-to-end", is_flag=True,
              help="Mentions from the pipeline's entities stage (as `analyze` finds them), not the gold ones.")
@click.option("--model", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="NER model directory for --end-to-end (default: the shipped model).")
@click.option("--no-natasha", is_flag=True, help="--end-to-end without natasha's people in Russian paragraphs.")
@click.option("--anchored", is_flag=True,
              help="Score against the gold claims whose sentence holds a word of their relation only (those not marked "
                   "`anchored: false`); predictions matched to the others are set aside.")
@click.option("--why-missed", is_flag=True,
              help="After the report, count the missed gold claims by cause per language (not anchored, no relation "
                   "word in the sentence, another relation's word, its relation's word with N of M parties named); "
                   "no text, so a blind split can be counted.")
def eval_claims(file, split, mistakes, data, end_to_end, model, no_natasha, anchored, why_missed):
    """Claims vs annotated claims (data/claims/README.md): P/R per field and language."""
    from storyline.eval.claims import main as claims_main

    argv = ([str(file), "--split", split] + (["--mistakes"] if mistakes else []) + (["--data", str(data)] if data else [])
            + (["--end-to-end"] if end_to_end else []) + (["--model", str(model)] if model else [])
            + (["--no-natasha"] if no_natasha else []) + (["--anchored"] if anchored else [])
            + (["--why-missed"] if why_missed else []))
    raise SystemExit(claims_main(argv))


@eval_group.command(name="stories")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--per-group", type=click.IntRange(min=1), default=40, show_default=True,
              help="Documents sampled per topic and language (encoding costs ~0.2 s per document).")
@click.option("--entities", type=click.Choice(["gold", "none"]), default="none", show_default=True,
              help="Link documents also by their gold cross-lingual entity ids, or by text alone.")
@click.option("--cache", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Directory to keep document vectors in between runs.")
@click.option("--seed", type=int, default=0, show_default=True, help="Which documents are sampled.")
def eval_stories(directory, per_group, entities, cache, seed):
    """Story clusters vs the topics of a SlavicNER-layout DIR (raw/TOPIC/LANG/*.txt, ner/…): adjusted
    Rand index, B³, multilingual clusters."""
    from storyline.eval.stories import evaluate

    evaluate(directory, per_group=per_group, entities=entities, cache=cache, seed=seed)




def _delegating_eval(name: str, module: str, summary: str) -> None:
    """`storyline eval NAME ARGS...` runs `module.main(ARGS)`; -h shows that module's own options."""

    @eval_group.command(name=name, help=summary, add_help_option=False,
                        context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    def command(args):
        import importlib

        raise SystemExit(importlib.import_module(module).main(list(args)))


_delegating_eval("linking", "storyline.eval.linking",
                 "Cross-lingual entity resolution: B³ vs gold entity ids on a SlavicNER-layout DIR (-h for options).")
_delegating_eval("ner", "storyline.eval.ner",
                 "Named entities: exact span+type P/R/F1 per language and type on a SlavicNER-layout DIR or CoNLL "
                 "files (--model, --topics, --languages, --natasha; -h for options).")
_delegating_eval("lemma", "storyline.eval.lemma",
                 "Mention base forms: exact-match accuracy on a SlavicNER-layout DIR, single topic out (-h for options).")


def _add_commands() -> None:
    """Commands that live beside the code they drive."""
    from storyline.stories.commands import timeline_command
    from storyline.web.commands import report_command, serve_command

    for command in (timeline_command, serve_command, report_command):
        main.add_command(command)


_add_commands()

if __name__ == "__main__":
    main()
