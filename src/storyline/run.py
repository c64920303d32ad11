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
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from storyline.config import Settings
from storyline.engines import make_engine
from storyline.engines.base import batches
from storyline.ingest.discover import discover
from storyline.ingest.readers import read_parquet, read_path
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
def _read_all(inputs: list[Path | str], settings: Settings, on_file: Callable[[], None]) -> Iterator[RawDocument | ItemError]:
    for item in inputs:
        yield from read_path(item, settings) if isinstance(item, Path) else read_parquet(item, settings)
        on_file()


def analyze(
    paths: list[str],
    settings: Settings,
    *,
    workers: int = 1,
    engine: str = "local",
    address: str | None = None,
    records: str | None = None,
    progress: bool | None = None,
    arguments: dict | None = None,
) -> RunSummary:
    """`engine`: where the per-document stages run ("local": this process or a process pool; "ray":
    Ray Data); `workers=0`: one per CPU; `address`: an existing Ray cluster (engine "ray" only).
    `records`: write the per-document records to this Parquet dataset (local path or URI) instead of
    the store, and leave the corpus-level stages to `load_records`."""
    started = time.perf_counter()
    summary = RunSummary()
    # object-store URIs (s3://…/articles.parquet) are read as Parquet; everything else is a local path
    uris = [p for p in paths if "://" in p]
    found = discover([p for p in paths if "://" not in p])
    summary.errors.extend(found.errors)
    bar = tqdm(total=len(found.files) + len(uris), unit="file", disable=None if progress is None else not progress,
               desc="analyze", leave=False)
    with ExitStack() as stack:
        if records:
            from storyline.dataset.files import RecordsWriter, recorded_ids

            sink: _Sink = _RecordsSink(stack.enter_context(RecordsWriter(records)), recorded_ids(records))
        else:
            store = stack.enter_context(open_store(settings.db_path))
            sink = _StoreSink(store, store.start_run(arguments or {"paths": paths}))
        sink.save([], found.errors)
        stack.callback(bar.close)
        # the workers stop before the corpus-level stages start, so their memory is free for them
        with make_engine(engine, settings, workers=workers, address=address) as runner:
            items = _read_all([*found.files, *uris], settings, lambda: bar.update(1))
            to_analyze = _new_documents(items, sink, settings, summary)
            for batch in batches(runner.run(to_analyze, batch_size=settings.batch_size), settings.batch_size):
                docs = [r for r in batch if isinstance(r, Document)]
                errors = [r for r in batch if isinstance(r, ItemError)]
                sink.save(docs, errors)
                summary.ingested += len(docs)
                summary.errors.extend(errors)
                summary.languages.update(d.language or "unknown" for d in docs)
                bar.set_postfix(docs=summary.ingested, failed=len(summary.errors), refresh=False)
            summary.stage_seconds = runner.stage_seconds()
        summary.failed = len(summary.errors)
        sink.finish(settings, summary)
    summary.elapsed = time.perf_counter() - started
    return summary


def load_records(uris: list[str], settings: Settings, *, progress: bool | None = None) -> RunSummary:
    """Per-document records (Parquet datasets written by `analyze --records`) into the store, then
    the corpus-level stages. Documents already stored are skipped unless `settings.force`."""
    from storyline.dataset.files import read_records

    started = time.perf_counter()
    summary = RunSummary()
    with open_store(settings.db_path) as store:
        run_id = store.start_run({"load": uris})
        bar = tqdm(unit="doc", disable=None if progress is None else not progress, desc="load", leave=False)
        for uri in uris:
            try:
                for batch in read_records(uri, batch_size=settings.batch_size):
                    errors = [r for r in batch if isinstance(r, ItemError)]
                    docs = [r for r in batch if isinstance(r, Document)]
                    known = set() if settings.force else store.known_ids(d.id for d in docs)
                    new = [d for d in docs if d.id not in known]
                    store.save_documents(new, errors, run_id)
                    summary.ingested += len(new)
                    summary.skipped += len(docs) - len(new)
                    summary.errors.extend(errors)
                    summary.languages.update(d.language or "unknown" for d in new)
                    bar.update(len(batch))
            except Exception as exc:  # a missing or unreadable dataset: say which, go on with the others
                error = ItemError(uri, f"cannot read records: {type(exc).__name__}: {exc}")
                store.save_errors([error], run_id)
                summary.errors.append(error)
        bar.close()
        run_corpus_stages(store, settings)
        summary.failed = len(summary.errors)
        store.finish_run(run_id, summary.ingested, summary.skipped, summary.failed)
    summary.elapsed = time.perf_counter() - started
    return summary


def _new_documents(items: Iterable[RawDocument | ItemError], sink: "_Sink", settings: Settings,
                   summary: RunSummary) -> Iterator[RawDocument]:
    """The raw documents still to analyse: read errors go straight to the sink, documents already
    stored (or seen earlier in this run) are counted as skipped."""
    seen: set[str] = set()
    for batch in batches(items, settings.batch_size):
        errors = [item for item in batch if isinstance(item, ItemError)]
        if errors:
            sink.save([], errors)
            summary.errors.extend(errors)
        raws = [item for item in batch if isinstance(item, RawDocument)]
        known = set() if settings.force else sink.known_ids(r.id for r in raws)
        for raw in raws:
            if raw.id in seen or raw.id in known:
                summary.skipped += 1
            else:
                yield raw
            seen.add(raw.id)


class _Sink:
    """Where analysed documents go: the store (then the corpus stages) or a record dataset."""

    def known_ids(self, ids: Iterable[str]) -> set[str]: ...
    def save(self, docs: list[Document], errors: list[ItemError]) -> None: ...
    def finish(self, settings: Settings, summary: RunSummary) -> None: ...


class _StoreSink(_Sink):
    def __init__(self, store: Store, run_id: int):
        self.store, self.run_id = store, run_id

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return self.store.known_ids(ids)

    def save(self, docs: list[Document], errors: list[ItemError]) -> None:
        if docs or errors:
            self.store.save_documents(docs, errors, self.run_id)

    def finish(self, settings: Settings, summary: RunSummary) -> None:
        run_corpus_stages(self.store, settings)
        self.store.finish_run(self.run_id, summary.ingested, summary.skipped, summary.failed)


class _RecordsSink(_Sink):
    def __init__(self, writer, recorded: set[str]):
        self.writer, self.recorded = writer, recorded

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return {i for i in ids if i in self.recorded}

    def save(self, docs: list[Document], errors: list[ItemError]) -> None:
        self.writer.write([*docs, *errors])

    def finish(self, settings: Settings, summary: RunSummary) -> None:
        pass  # corpus-level stages run when the records are loaded (`storyline load`)


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
