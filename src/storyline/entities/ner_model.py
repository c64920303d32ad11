"""spaCy building blocks of Storyline's NER model: the e5 embedding layer and the tokenizer.

Both are registered in spaCy's registry under ``storyline.*`` names, so a saved model directory
(``config.cfg`` + weights) can be loaded with ``spacy.load`` once this module is imported.

* ``storyline.E5Embed.v1``: spaCy's MultiHashEmbed (NORM/PREFIX/SUFFIX/SHAPE hash embeddings,
  learned) concatenated with a frozen per-token vector from e5's multilingual sub-word table
  (:mod:`storyline.entities.e5_table`), mixed by a Maxout layer. The hash embeddings only know
  words seen in training; the e5 rows carry what XLM-R learned about 100 languages, which is what
  lets the model tag names of topics it was never trained on.
* ``storyline.RegexTokenizer.v1``: one language-independent tokenizer, ``\\w+|[^\\w\\s]``.
  Hyphens, apostrophes and dots are tokens of their own, so token edges agree with 99.95 % of
  the SlavicNER gold span edges (spaCy's language tokenizers miss 0.1-1.4 %). ``Doc.text`` is
  the input text exactly: extra whitespace becomes whitespace tokens, as in spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.api import Maxout, Model, chain, concatenate, with_array

from storyline.entities.e5_table import SubwordTable

TOKEN_PATTERN = re.compile(r"\w+|[^\w\s]")


class RegexTokenizer:
    """``\\w+|[^\\w\\s]`` tokens with spaCy whitespace conventions (text round-trips exactly)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for match in TOKEN_PATTERN.finditer(text):
            start, end = match.span()
            if start > pos:
                self._add_gap(text[pos:start], words, spaces)
            words.append(match.group())
            spaces.append(False)
            pos = end
        if pos < len(text):
            self._add_gap(text[pos:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    @staticmethod
    def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
        # A single space after a token is the token's trailing space; anything else is a
        # whitespace token (spaCy's own convention), so Doc.text == input text.
        if words and not spaces[-1] and gap[0] == " ":
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)

    # spaCy serialises the tokenizer with the pipeline; this one has no state.
    def to_disk(self, path: Any, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: Any, **kwargs: Any) -> "RegexTokenizer":
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> "RegexTokenizer":
        return self


@spacy.registry.tokenizers("storyline.RegexTokenizer.v1")
def create_regex_tokenizer() -> Callable[[Language], RegexTokenizer]:
    def make(nlp: Language) -> RegexTokenizer:
        return RegexTokenizer(nlp.vocab)

    return make


def _e5_forward(model: Model, docs: list[Doc], is_train: bool):
    table = SubwordTable.load()
    width = table.vector_size
    outputs = []
    for doc in docs:
        if len(doc):
            matrix = table.words_matrix([token.text for token in doc])
        else:
            matrix = np.zeros((0, width), dtype=np.float32)
        outputs.append(model.ops.asarray2f(matrix))

    def backprop(d_outputs):  # frozen table: no gradient to pass back to the docs
        return []

    return outputs, backprop


def E5TableFeatures() -> Model:
    """Frozen e5 word vectors, one (n_tokens, 768) array per Doc."""
    return Model("e5_table", _e5_forward, dims={"nO": 2 * 384})


@spacy.registry.architectures("storyline.E5Embed.v1")
def E5Embed(width: int, attrs: list[str], rows: list[int], include_static_vectors: bool = False) -> Model:
    from spacy.ml.models.tok2vec import MultiHashEmbed

    hashed = MultiHashEmbed(width, attrs, rows, include_static_vectors)
    e5 = E5TableFeatures()
    n_e5 = e5.get_dim("nO")
    return chain(
        concatenate(hashed, e5),
        with_array(Maxout(width, width + n_e5, nP=3, normalize=True, dropout=0.0)),
    )
