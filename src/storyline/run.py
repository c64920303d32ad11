"""`analyze`: discover inputs, read them, run the per-document stages, store in batches, then run
the corpus-level stages.

Each batch of documents is written in one transaction, so a run killed at any point leaves whole
documents only; documents already in the store are skipped (unless `force`), so re-running the same
command finishes what the killed run left.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from storyline.config import Settings
from storyline.engines import Engine, make_engine
from storyline.ingest.discover import discover
from storyline.ingest.readers import read_path
from storyline.limits import DocumentTimeout, size_problem, time_limit
from storyline.pipeline import DocumentPipeline
from storyline.records import Document, ItemError, RawDocument
from storyline.store import Store, open_store


@dataclass(slots=True)
class RunSummary:
    ingested: int = 0
    skipped: int = 0  # already in the store
    failed: int = 0
    errors: list[ItemError] = field(default_factory=list)
    languages: Counter = field(default_factory=Counter)
    elapsed: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def docs_per_second(self) -> float:
        return self.ingested / self.elapsed if self.elapsed else 0.0


def analyze_one(pipeline: DocumentPipeline, raw: RawDocument) -> Document | ItemError:
    """One document through the per-document stages; a failure is that document's error only."""
    try:
        if problem := size_problem(raw.content, pipeline.settings.max_chars):
            return ItemError(raw.source, problem)
        with time_limit(pipeline.settings.document_timeout):
            doc = pipeline(raw)
    except DocumentTimeout as exc:
        return ItemError(raw.source, f"analysis stopped: {exc}")
    except Exception as exc:  # one pathological document must not end the run
        return ItemError(raw.source, f"analysis failed: {type(exc).__name__}: {exc}")
    if not doc.text.strip():
        return ItemError(raw.source, "no article text left after cleaning (boilerplate only, or markup we cannot parse)")
    # transient inputs are not needed after analysis and must not travel back from workers
    doc.input_content = ""
    return doc


# -- driver ---------------------------------------------------------------------------------------
def _read_all(files: list[Path], settings: Settings, on_file: Callable[[], None]) -> Iterator[RawDocument | ItemError]:
    for path in files:
        yield from read_path(path, settings)
        on_file()


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyze(
    paths: list[str],
    settings: Settings,
    *,
    workers: int = 1,
    engine: str = "local",
    address: str | None = None,
    progress: bool | None = None,
    arguments: dict | None = None,
) -> RunSummary:
    """`engine`: where the per-document stages run ("local": this process or a process pool; "ray");
    `workers=0`: one per CPU; `address`: an existing Ray cluster (engine "ray" only)."""
    started = time.perf_counter()
    summary = RunSummary()
    found = discover(paths)
    summary.errors.extend(found.errors)
    with open_store(settings.db_path) as store:
        run_id = store.start_run(arguments or {"paths": paths})
        if found.errors:
            store.save_errors(found.errors, run_id)
        bar = tqdm(total=len(found.files), unit="file", disable=None if progress is None else not progress,
                   desc="analyze", leave=False)
        runner = make_engine(engine, settings, workers=workers, address=address)
        try:
            seen: set[str] = set()
            for batch in _batches(_read_all(found.files, settings, lambda: bar.update(1)), settings.batch_size):
                _process_batch(batch, store, settings, runner, summary, seen, run_id)
                bar.set_postfix(docs=summary.ingested, failed=summary.failed, refresh=False)
            summary.stage_seconds = runner.stage_seconds()
        finally:
            bar.close()
            runner.close()
        run_corpus_stages(store, settings)
        summary.failed = len(summary.errors)
        store.finish_run(run_id, summary.ingested, summary.skipped, summary.failed)
    summary.elapsed = time.perf_counter() - started
    return summary


def _process_batch(
    batch: list[RawDocument | ItemError], store: Store, settings: Settings, runner: Engine,
    summary: RunSummary, seen: set[str], run_id: int,
) -> None:
    errors = [item for item in batch if isinstance(item, ItemError)]
    raws = [item for item in batch if isinstance(item, RawDocument)]
    known = set() if settings.force else store.known_ids(r.id for r in raws)
    todo = []
    for raw in raws:
        if raw.id in seen or raw.id in known:
            summary.skipped += 1
        else:
            todo.append(raw)
        seen.add(raw.id)
    results = runner.analyze_batch(todo) if todo else []
    docs = [r for r in results if isinstance(r, Document)]
    errors += [r for r in results if isinstance(r, ItemError)]
    store.save_documents(docs, errors, run_id)
    summary.ingested += len(docs)
    summary.errors.extend(errors)
    summary.languages.update(d.language or "unknown" for d in docs)


def run_corpus_stages(store: Store, settings: Settings) -> list[str]:
    """Corpus-level stages over all stored records, in order (each rebuilds its tables atomically).
    Stages not built yet write nothing; their names are returned so the caller can say so."""
    from storyline.pipeline import CORPUS_STAGES

    missing = []
    for name, _, _, stage in CORPUS_STAGES:
        if stage is None:
            missing.append(name)
        else:
            stage(store, settings)
    return missing
