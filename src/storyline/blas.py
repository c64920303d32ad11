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
import sys


_libraries: dict = {}  # {"modules": len(sys.modules) when looked up, "blas": threadpoolctl's selection}


def _blas_libraries():
    """threadpoolctl's view of the process's BLAS libraries (None without threadpoolctl, or when it
    cannot inspect the process). Looked up again whenever modules were imported since the last
    look-up: an import can load another BLAS (scipy ships its own OpenBLAS), which must be limited
    too; otherwise reused, because a look-up costs ~0.2 ms and runs for every document."""
    if _libraries.get("modules") != len(sys.modules):
        try:
            from threadpoolctl import ThreadpoolController

            blas = ThreadpoolController().select(user_api="blas")
        except Exception:
            blas = None
        _libraries.update(modules=len(sys.modules), blas=blas)
    return _libraries["blas"]


def one_blas_thread() -> contextlib.AbstractContextManager:
    """A context in which BLAS runs on one thread, restoring its setting on exit."""
    blas = _blas_libraries()
    if blas is None or all(lib.get("num_threads") == 1 for lib in blas.info()):
        return contextlib.nullcontext()
    return blas.limit(limits=1)
