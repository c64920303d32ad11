"""Greedy BILUO decoding of spaCy's transition-based NER model, in numpy.

spaCy's own decoder (``Parser.greedy_parse``) is compiled C, but the spaCy 3.8 wheels are built
with Cython 3, whose code for the parser state's small inline methods (``StateC::B`` and the
like) takes and releases the GIL on every call. The NER calls them dozens of times per token
(features, then the validity of 18 moves), so decoding cost ~18 µs per token: half of our NER
time, a quarter of a whole article's CPU (found with perf and gdb on a 2-core host).

The model itself is small and its decisions are simple enough to replay exactly:

* A state's features are three token ids: the next token ``B0``, the first token of the open
  entity ``E0`` (or padding) and ``B0 - 1`` when an entity is open (else padding). The lower
  layer's output for every token and feature slot is precomputed by spaCy's own layer
  (``PrecomputableAffine``); a state's hidden vector is the maxout of the sum of its three rows
  plus a bias, and the upper layer scores the 18 moves.
* While no entity is open the features do not depend on the past (``[B0, pad, pad]``), so the
  scores of every token in that state are one vectorised computation; only the tokens inside a
  multi-token entity (after a ``B``) need a step of their own.
* Valid moves (no preset entities here: documents come straight from the tokenizer): with no
  entity open, ``B-x`` (not on the last token, not on whitespace, not before a sentence start),
  ``U-x`` (not on whitespace) and ``O``; with one open, ``I-x`` of its label (not on the last
  token, not before a sentence start) and ``L-x``. The best valid move wins, the first one on a
  tie, as in spaCy.

Sums are done in spaCy's order, so hidden vectors are identical; the upper layer's dot products
go through numpy instead of BLIS and may differ in the last bit, which could only flip an exact
tie (none on all 4,167 SlavicNER texts; ``tests/test_ner_decoder.py`` compares a sample).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class _Moves:
    begin: np.ndarray  # move index of B-label, per label index
    inside: np.ndarray
    last: np.ndarray
    unit: np.ndarray
    out: int
    labels: tuple[str, ...]


class GreedyEntityDecoder:
    """Entities of a batch of tokenised, tok2vec-annotated Docs, as spaCy's NER would find them.

    Build with :meth:`for_pipeline`, which returns None when the pipeline is not one this decoder
    replays exactly (then use ``nlp.pipe``). The weights are read when it is built: build a new
    one after the model trains further.
    """

    def __init__(self, ner, moves: _Moves) -> None:
        model = ner.model
        self.tok2vec = model.get_ref("tok2vec")
        self.lower = model.get_ref("lower")
        upper = model.get_ref("upper")
        self.bias = self.lower.get_param("b")  # (hiddens, pieces)
        self.upper_w = upper.get_param("W")  # (moves, hiddens)
        self.upper_b = upper.get_param("b")
        self.moves = moves
        # per label, the weights of its two moves inside an entity: I-x, then L-x
        pairs = np.stack([self.moves.inside, self.moves.last], axis=1)  # (labels, 2)
        self.open_w = [np.ascontiguousarray(self.upper_w[pair].T) for pair in pairs]  # (hiddens, 2)
        self.open_b = [self.upper_b[pair] for pair in pairs]
        self.open_moves = [(int(a), int(b)) for a, b in pairs]

    @classmethod
    def for_pipeline(cls, nlp) -> "GreedyEntityDecoder | None":
        """A decoder for ``nlp``'s last component, a greedy spaCy NER that only a ``tok2vec``
        precedes (no entity ruler or other component setting entities before or after it)."""
        from spacy.pipeline import EntityRecognizer, Tok2Vec

        if not nlp.pipe_names or nlp.pipe_names[-1] != "ner":
            return None
        if not all(isinstance(component, Tok2Vec) for _, component in nlp.pipeline[:-1]):
            return None
        ner = nlp.get_pipe("ner")
        if not isinstance(ner, EntityRecognizer) or ner.cfg.get("beam_width", 1) != 1:
            return None
        model = ner.model
        if not model.attrs.get("has_upper") or model.attrs.get("unseen_classes"):
            return None
        lower = model.get_ref("lower")
        if lower.get_dim("nF") != 3 or lower.get_param("b").ndim != 2:
            return None
        try:
            moves = _parse_moves([ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)])
        except ValueError:
            return None
        if not moves.labels:
            return None
        return cls(ner, moves)

    def entities(self, docs: Sequence) -> list[list[tuple[int, int, str]]]:
        """(start token, end token, label) per Doc; each Doc needs its ``tensor`` from tok2vec."""
        from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START

        results: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        lengths = [len(doc) for doc in docs]
        if not sum(lengths):
            return results
        tokvecs = self.tok2vec.predict(list(docs))  # (tokens, width), the Docs concatenated
        feats = self.lower.predict(tokvecs)  # (tokens + 1, 3, hiddens, pieces); row 0 is padding
        pad = feats[0]
        # no entity open: features [B0, pad, pad] -> scores of every token at once
        closed = feats[1:, 0] + pad[1]
        closed += pad[2]
        closed += self.bias
        closed_scores = closed.max(axis=-1) @ self.upper_w.T + self.upper_b  # (tokens, moves)
        flags = np.concatenate([doc.to_array([IS_SPACE, SENT_START, ENT_IOB]) for doc in docs if len(doc)])
        if flags[:, 2].any():
            raise ValueError("documents with preset entities are not supported")
        space, sent_start = flags[:, 0] != 0, flags[:, 1] == 1
        ends = np.cumsum(lengths)
        starts_at = ends - np.asarray(lengths)
        choice = self._closed_choices(closed_scores, space, sent_start, ends[np.asarray(lengths) > 0] - 1)
        for index, (lo, hi) in enumerate(zip(starts_at.tolist(), ends.tolist())):
            if hi > lo:
                results[index] = self._decode(choice, feats, lo, hi, sent_start)
        return results

    def _closed_choices(self, scores: np.ndarray, space: np.ndarray, sent_start: np.ndarray,
                        last_tokens: np.ndarray) -> np.ndarray:
        """Per token, the move taken when no entity is open, as a column of [B-x..., U-x..., O]."""
        moves = self.moves
        begin_ok = ~space
        begin_ok[:-1] &= ~sent_start[1:]  # an entity does not run into the next sentence
        begin_ok[last_tokens] = False  # nor past the end of its Doc
        candidates = np.concatenate([np.where(begin_ok[:, None], scores[:, moves.begin], -np.inf),
                                     np.where(~space[:, None], scores[:, moves.unit], -np.inf),
                                     scores[:, [moves.out]]], axis=1)
        # move order in spaCy's table decides ties
        return _first_max_by_move_order(candidates, np.concatenate([moves.begin, moves.unit, [moves.out]]))

    def _decode(self, choice: np.ndarray, feats: np.ndarray, lo: int, hi: int,
                sent_start: np.ndarray) -> list[tuple[int, int, str]]:
        """Entities of the Doc whose tokens are lo..hi-1 of the batch, token offsets within the Doc."""
        moves = self.moves
        n_labels = len(moves.labels)
        entities: list[tuple[int, int, str]] = []
        starts = (lo + np.flatnonzero(choice[lo:hi] < 2 * n_labels)).tolist()  # B-x or U-x
        pos = 0
        while pos < len(starts):
            i = starts[pos]
            pos += 1
            c = int(choice[i])
            if c >= n_labels:  # U-x
                entities.append((i - lo, i + 1 - lo, moves.labels[c - n_labels]))
                continue
            label = c  # B-x: the entity stays open until L-x
            start = i
            i += 1
            move_in, move_last = self.open_moves[label]
            while True:
                # features [B0, E0, B0 - 1], each shifted by the padding row
                hidden = feats[i + 1, 0] + feats[start + 1, 1]
                hidden += feats[i, 2]
                hidden += self.bias
                s_in, s_last = hidden.max(axis=-1) @ self.open_w[label] + self.open_b[label]
                in_ok = i < hi - 1 and not sent_start[i + 1]
                if in_ok and _takes_first(s_in, move_in, s_last, move_last):
                    i += 1
                    continue
                entities.append((start - lo, i + 1 - lo, moves.labels[label]))
                break
            # the closed-state choices up to the entity's end were never taken
            while pos < len(starts) and starts[pos] <= i:
                pos += 1
        return entities


def _takes_first(score_a, move_a: int, score_b, move_b: int) -> bool:
    """Whether move a beats move b: the higher score, or the lower move index on a tie."""
    return score_a > score_b or (score_a == score_b and move_a < move_b)


def _first_max_by_move_order(candidates: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Column of the best candidate per row; ties go to the column whose move index is lowest."""
    by_move = np.argsort(order, kind="stable")
    best_in_move_order = np.argmax(candidates[:, by_move], axis=1)  # argmax keeps the first maximum
    return by_move[best_in_move_order]


def _parse_moves(names: list[str]) -> _Moves:
    labels: list[str] = []
    index: dict[tuple[str, str], int] = {}
    out = -1
    for i, name in enumerate(names):
        if name == "O":
            out = i
            continue
        if name == "M":
            continue
        kind, _, label = name.partition("-")
        if kind not in "BILU" or len(kind) != 1:
            raise ValueError(f"unknown move {name!r}")
        if not label:  # "U-": only valid for preset blocked spans, which we never have
            continue
        index[(kind, label)] = i
        if label not in labels:
            labels.append(label)
    if out < 0 or any((kind, label) not in index for kind in "BILU" for label in labels):
        raise ValueError("not a BILUO move table")
    return _Moves(
        begin=np.array([index[("B", label)] for label in labels]),
        inside=np.array([index[("I", label)] for label in labels]),
        last=np.array([index[("L", label)] for label in labels]),
        unit=np.array([index[("U", label)] for label in labels]),
        out=out,
        labels=tuple(labels),
    )
