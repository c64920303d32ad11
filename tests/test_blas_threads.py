"""Documents are analysed with BLAS on one thread: the engines already run one worker per core,
and BLAS threads on top of them made the NER ~10× slower in wall time on a busy two-core machine."""

from __future__ import annotations

import pytest

from storyline.config import Settings
from storyline.pipeline import DocumentPipeline
from storyline.records import RawDocument

threadpoolctl = pytest.importorskip("threadpoolctl")


def _blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpoolctl.threadpool_info() if lib.get("user_api") == "blas"]


def test_stages_run_with_one_blas_thread_and_the_setting_is_restored():
    import numpy as np

    np.dot(np.ones((2, 2)), np.ones((2, 2)))  # BLAS loaded
    with threadpoolctl.threadpool_limits(limits=2, user_api="blas"):
        before = _blas_threads()
        if not before or max(before) < 2:
            pytest.skip("this machine's BLAS cannot run two threads")
        seen: list[list[int]] = []

        class Probe:
            name = "probe"

            def __call__(self, doc):
                seen.append(_blas_threads())
                return doc

        pipeline = DocumentPipeline(Settings(embed=False, clean=False), warm_up=False)
        pipeline.components = [Probe()]
        pipeline.timings = {"probe": 0.0}
        pipeline(RawDocument(id="d", source="d.txt", format="text", kind="text", content="Text.", raw=b"Text."))
        assert seen == [[1] * len(before)]
        assert _blas_threads() == before
