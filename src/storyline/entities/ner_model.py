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
_TOKEN_AND_GAP = re.compile(r"(\w+|[^\w\s])(\s*)")
_LEADING_SPACE = re.compile(r"\s+")


class RegexTokenizer:
    """``\\w+|[^\\w\\s]`` tokens with spaCy whitespace conventions (text round-trips exactly)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        # One findall gives each token with the whitespace after it. A single space after a
        # token is the token's trailing space; any other whitespace becomes a whitespace token
        # (spaCy's own convention), so Doc.text == input text.
        words: list[str] = []
        spaces: list[bool] = []
        lead = _LEADING_SPACE.match(text)
        if lead:
            words.append(lead.group())
            spaces.append(False)
        for token, gap in _TOKEN_AND_GAP.findall(text, lead.end() if lead else 0):
            words.append(token)
            if not gap:
                spaces.append(False)
            elif gap == " ":
                spaces.append(True)
            elif gap[0] == " ":
                spaces.append(True)
                words.append(gap[1:])
                spaces.append(False)
            else:
                spaces.append(False)
                words.append(gap)
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

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
            matrix = table.words_matrix([token.text for token in doc], remember=model.attrs["remember_words"])
        else:
            matrix = np.zeros((0, width), dtype=np.float32)
        outputs.append(model.ops.asarray2f(matrix))

    def backprop(d_outputs):  # frozen table: no gradient to pass back to the docs
        return []

    return outputs, backprop


def E5TableFeatures() -> Model:
    """Frozen e5 word vectors, one (n_tokens, 768) array per Doc."""
    return Model("e5_table", _e5_forward, dims={"nO": 2 * 384}, attrs={"remember_words": True})


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


# ------------------------------------------------------------------ inference-time embedding cache
class TokenEmbeddingCache:
    """Bounded word -> embedding-row memo with two generations (an LRU approximation).

    Rows live in one float32 matrix per generation, so a batch's output is a single gather.
    Lookups hit ``recent`` first, then ``older`` (the row is copied into ``recent``). When a batch
    would overflow ``recent`` (``capacity // 2`` words), it becomes ``older`` and the previous
    ``older`` is dropped: at most ``capacity`` rows are kept, and words in use stay.
    """

    def __init__(self, capacity: int, width: int) -> None:
        self.half = max(1, capacity // 2)
        self.width = width
        self.recent: dict[int, int] = {}  # key -> row in recent_rows
        self.older: dict[int, int] = {}
        self.recent_rows = np.empty((0, width), dtype=np.float32)
        self.older_rows = self.recent_rows

    def _rotate(self, size: int) -> None:
        self.older, self.older_rows = self.recent, self.recent_rows
        self.recent = {}
        # np.empty: untouched pages cost no memory, so the matrix fills as words arrive
        self.recent_rows = np.empty((max(size, self.half), self.width), dtype=np.float32)

    def lookup(self, key_lists: list[list[int]], compute: Callable[[list[int]], np.ndarray]) -> list[np.ndarray]:
        """One (len(keys), width) matrix per key list; ``compute(missing keys)`` fills misses."""
        wanted = set().union(*key_lists)
        absent = [key for key in wanted if key not in self.recent]
        if len(self.recent) + len(absent) > len(self.recent_rows):
            self._rotate(len(wanted))
            absent = list(wanted)
        fresh = []
        for key in absent:
            row = len(self.recent)
            self.recent[key] = row
            old = self.older.get(key)
            if old is None:
                fresh.append(key)
            else:
                self.recent_rows[row] = self.older_rows[old]
        if fresh:
            self.recent_rows[[self.recent[key] for key in fresh]] = compute(fresh)
        index = self.recent
        return [self.recent_rows[[index[key] for key in keys]] for keys in key_lists]


def _cached_embed_forward(model: Model, docs: list[Doc], is_train: bool):
    embed: Model = model.layers[0]
    if is_train:  # weights change while training: never serve stale rows
        return embed(docs, is_train)
    from spacy.attrs import ORTH

    cache: TokenEmbeddingCache = model.attrs["cache"]
    vocab = docs[0].vocab if docs else None

    def compute(keys: list[int]) -> np.ndarray:
        words = [vocab.strings[key] for key in keys]
        (rows,) = embed.predict([Doc(vocab, words=words, spaces=[False] * len(words))])
        return model.ops.to_numpy(rows)

    key_lists = [doc.to_array(ORTH).tolist() for doc in docs]
    outputs = [model.ops.asarray2f(m) for m in cache.lookup(key_lists, compute)]
    return outputs, lambda d_outputs: []


def cache_token_embeddings(nlp: Language, capacity: int = 200_000) -> bool:
    """Memoise the tok2vec embedding layer per word form, for inference.

    The embedding layer (hash embeddings of NORM/PREFIX/SUFFIX/SHAPE + frozen e5 rows, mixed by
    a Maxout and LayerNorm) looks at one token at a time, so its output is a function of the word
    string alone: computing it once per word form instead of once per token removes about half
    of the model's arithmetic (news text is Zipfian) and the per-token e5 lookups. Only the CNN
    and the parser, which see context, still run per token. Training never goes through here.
    Returns False when the pipeline has no such layer (nothing changed).
    """
    if "tok2vec" not in nlp.pipe_names:
        return False
    tok2vec = nlp.get_pipe("tok2vec").model
    if not tok2vec.has_ref("embed") or tok2vec.layers[0] is not tok2vec.get_ref("embed"):
        return False
    embed = tok2vec.get_ref("embed")
    cached = Model(
        "cached_embed",
        _cached_embed_forward,
        layers=[embed],
        dims={"nO": embed.get_dim("nO")},
        attrs={"cache": TokenEmbeddingCache(capacity, embed.get_dim("nO"))},
    )
    tok2vec.layers[0] = cached
    for node in embed.walk():  # the e5 word cache would only duplicate this one (~150 MB)
        if node.name == "e5_table":
            node.attrs["remember_words"] = False
    return True


# ------------------------------------------------------------------ parser: label scan without Token objects
def _biluo_with_array_label_scan():
    from spacy.attrs import ENT_TYPE
    from spacy.pipeline._parser_internals.ner import BiluoPushDown

    class ArrayLabelScanBiluo(BiluoPushDown):
        """spaCy's NER transition system, with ``get_doc_labels`` read from one array.

        spaCy's version walks every Token object of every Doc before each parse (to add labels
        that pre-set entities use); that Python loop is ~10 % of our inference time. Same result.
        """

        def get_doc_labels(self, doc):
            strings = doc.vocab.strings
            return {strings[label] for label in set(doc.to_array(ENT_TYPE).tolist()) if label}

    return ArrayLabelScanBiluo


def read_doc_labels_from_arrays(nlp: Language) -> bool:
    """Swap the loaded ``ner`` component for one whose transition system scans labels from arrays.

    The new component shares the trained model (weights, listener) and the moves' state, so it
    predicts exactly what the loaded one does. Returns False when there is no spaCy ``ner``.
    """
    from spacy.pipeline import EntityRecognizer

    if "ner" not in nlp.pipe_names:
        return False
    old = nlp.get_pipe("ner")
    if type(old) is not EntityRecognizer:
        return False
    moves = _biluo_with_array_label_scan()(nlp.vocab.strings)
    moves.from_bytes(old.moves.to_bytes(exclude=["strings"]), exclude=["strings"])
    new = EntityRecognizer(nlp.vocab, old.model, name="ner", moves=moves, scorer=old.scorer)
    new.cfg.update(old.cfg)
    index = nlp.pipe_names.index("ner")
    nlp._components[index] = ("ner", new)  # spaCy has no public "replace with this instance"
    return True


# ------------------------------------------------------------------ vocabulary: only the attributes the model reads
def compute_only_used_lexeme_attributes(nlp: Language) -> list[str]:
    """Stop computing lexeme attributes no component reads, for each word form the vocab first sees.

    spaCy fills ~23 attributes per new word (``like_url`` alone ~3 µs, shape ~2 µs): ~10 µs per
    word, and news brings ~100 unseen forms per article (names, inflections). The model reads
    only its feature columns (NORM, PREFIX, SUFFIX, SHAPE) and the parser only IS_SPACE; the rest
    stay unset (0). Returns the attribute names still computed.
    """
    from spacy import attrs as spacy_attrs

    wanted = {"IS_SPACE"}
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None and hasattr(model, "walk") else ():
            if node.name == "extract_features":
                wanted.update(str(column) for column in node.attrs.get("columns", ()))
    if not wanted <= set(spacy_attrs.NAMES):  # integer or unknown columns: keep everything
        return sorted(spacy_attrs.NAMES[a] if a < len(spacy_attrs.NAMES) else str(a)
                      for a in nlp.vocab.lex_attr_getters)
    ids = {getattr(spacy_attrs, name) for name in wanted}
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: get for attr, get in getters.items() if attr in ids}
    return sorted(wanted)
