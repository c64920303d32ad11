"""Numeric libraries (BLAS) on one thread while a document is analysed.

The per-document stages multiply small matrices (the NER's feature layers, the boilerplate model).
A multi-threaded OpenBLAS only spins its threads on products this small, and the engines already
run one worker per core, so BLAS threads on top of them oversubscribe the cores: measured on two
cores with a second job running, the NER took 274 ms per document (wall) with OpenBLAS's default
threads and 27 ms with one. So every document runs with BLAS on one thread (threadpoolctl,
restored afterwards); a no-op when the process already runs BLAS on one thread.
"""

from __future__ import annotations

import contextlib


def _blas_libraries():
    """threadpoolctl's view of the process's BLAS libraries now (None without threadpoolctl, or when
    it cannot inspect the process). Not cached: a later import can load another BLAS (scipy ships
    its own OpenBLAS), which must be limited too; the look-up costs ~0.2 ms per document."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().select(user_api="blas")
    except Exception:
        return None


def one_blas_thread() -> contextlib.AbstractContextManager:
    """A context in which BLAS runs on one thread, restoring its setting on exit."""
    blas = _blas_libraries()
    if blas is None or all(lib.get("num_threads") == 1 for lib in blas.info()):
        return contextlib.nullcontext()
    return blas.limit(limits=1)
