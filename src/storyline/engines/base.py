"""The `Engine` interface, and the per-document call every engine makes."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from itertools import islice

from storyline.pipeline import DocumentPipeline
from storyline.records import Document, ItemError, RawDocument

Result = Document | ItemError


def analyze_one(pipeline: DocumentPipeline, raw: RawDocument) -> Result:
    """One document through the per-document stages; a failure is that document's error only.

    The rules (size and time limits, what counts as a failure) live in `storyline.run.analyze_one`;
    imported at call time because `storyline.run` imports the engines."""
    from storyline.run import analyze_one as analyze_within_limits

    return analyze_within_limits(pipeline, raw)


def batches(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of `size` items (the last one shorter), read lazily from any iterable."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def auto_workers() -> int:
    """CPUs this process may run on (cgroup/affinity aware where the OS tells), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def resolve_workers(workers: int) -> int:
    if workers < 0:
        raise ValueError(f"workers must be >= 0 (0 = one per CPU), got {workers}")
    return workers or auto_workers()


class Engine(ABC):
    """Runs the per-document pipeline over raw documents; results come back in input order.

    Use as a context manager: workers start lazily on first use and stop on exit.
    """

    name: str = "engine"
    workers: int = 1

    @abstractmethod
    def analyze_batch(self, raws: list[RawDocument]) -> list[Result]:
        """One result per raw document, in the same order."""

    def run(self, raws: Iterable[RawDocument], batch_size: int = 64) -> Iterator[Result]:
        """Stream results for any number of documents, `batch_size` in flight at a time."""
        for batch in batches(raws, batch_size):
            yield from self.analyze_batch(batch)

    def stage_seconds(self) -> dict[str, float]:
        """Seconds spent per stage so far, summed over workers (empty where workers cannot say)."""
        return {}

    def close(self) -> None:
        """Stop the workers (idempotent)."""

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
