"""The local engine: the pipeline in this process (1 worker) or in a process pool (>1 workers)."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ProcessPoolExecutor

from storyline.config import Settings
from storyline.engines.base import Engine, Result, analyze_one, resolve_workers
from storyline.pipeline import DocumentPipeline
from storyline.records import RawDocument

# -- worker side: a worker process builds its pipeline (models included) once, in the initializer.
_worker_pipeline: DocumentPipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_pipeline
    _worker_pipeline = DocumentPipeline(settings)


def _analyze_chunk(raws: list[RawDocument]) -> tuple[list[Result], dict[str, float]]:
    """A chunk of documents, plus the stage seconds this worker spent on them."""
    assert _worker_pipeline is not None, "worker pipeline not initialised"
    before = dict(_worker_pipeline.timings)
    results = [analyze_one(_worker_pipeline, raw) for raw in raws]
    return results, {k: v - before.get(k, 0.0) for k, v in _worker_pipeline.timings.items()}


class LocalEngine(Engine):
    name = "local"

    def __init__(self, settings: Settings, *, workers: int = 1, chunk_size: int = 4):
        self.settings = settings
        self.workers = resolve_workers(workers)
        # small chunks keep both workers busy on uneven documents; larger ones cut pickling overhead
        self.chunk_size = chunk_size
        self._pipeline: DocumentPipeline | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._timings: Counter = Counter()

    def analyze_batch(self, raws: list[RawDocument]) -> list[Result]:
        if self.workers == 1:
            if self._pipeline is None:
                self._pipeline = DocumentPipeline(self.settings)
            return [analyze_one(self._pipeline, raw) for raw in raws]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, initializer=_init_worker, initargs=(self.settings,)
            )
        chunks = [raws[i : i + self.chunk_size] for i in range(0, len(raws), self.chunk_size)]
        results: list[Result] = []
        for chunk_results, seconds in self._pool.map(_analyze_chunk, chunks):
            results.extend(chunk_results)
            self._timings.update(seconds)
        return results

    def stage_seconds(self) -> dict[str, float]:
        if self._pipeline is not None:
            return dict(self._pipeline.timings)
        return dict(self._timings)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
