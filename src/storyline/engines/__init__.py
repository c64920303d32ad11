"""Engines: where the per-document stages run.

One concept: an `Engine` takes raw documents and gives back, in the same order, one analysed
`Document` or one `ItemError` for each. The driver (`storyline.run`) owns reading, skipping stored
ids, storing and the corpus-level stages; an engine only decides *where* `DocumentPipeline` runs:
in this process, in a local process pool (`local`), or on Ray actors (`ray`, local or a cluster).
Every engine builds its pipeline (models included) once per worker, never per document.
"""

from __future__ import annotations

from storyline.config import Settings
from storyline.engines.base import Engine, analyze_one, auto_workers

ENGINES = ("local", "ray")


def make_engine(name: str, settings: Settings, *, workers: int = 1, address: str | None = None) -> Engine:
    """The engine called `name` ("local" or "ray"); `workers=0` means one per CPU this process may use."""
    if name == "local":
        from storyline.engines.local import LocalEngine

        if address:
            raise ValueError("--address is for --engine ray")
        return LocalEngine(settings, workers=workers)
    if name == "ray":
        from storyline.engines.ray_engine import RayEngine

        return RayEngine(settings, workers=workers, address=address)
    raise ValueError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")


__all__ = ["ENGINES", "Engine", "analyze_one", "auto_workers", "make_engine"]
