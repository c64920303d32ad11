"""Named-entity recognition stage: PER / ORG / LOC / MISC mentions with offsets into the clean text.

One multilingual model (``storyline/models/ner``, trained by ``scripts/train_ner.py``, see its
MODEL_CARD.md) serves every language: the spaCy CNN sees learned hash embeddings plus frozen
rows of e5's multilingual sub-word table, so names in languages and topics it was not trained on
still look like names. Text is cut into paragraph/sentence-sized chunks (the size the model was
trained on) and run through ``nlp.pipe``; mention offsets are mapped back into the full text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.config import Settings
from storyline.entities.acronyms import with_defined_acronyms
from storyline.entities.biluo_decoder import GreedyEntityDecoder
from storyline.entities.class_nouns import typed_by_class_nouns
from storyline.entities.consistency import consistent_spans
from storyline.entities.handles import with_handles
from storyline.entities.name_shape import shape_adjusted
from storyline.entities.name_pairs import split_name_pairs
from storyline.entities.roles import split_role_prefix, without_lone_titles
from storyline.records import Document, Mention

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
MAX_CHUNK_CHARS = 1500  # ~ the 200-token chunks of training; longer runs are cut at whitespace

_PARAGRAPH_RE = re.compile(r"[^\n]+")
# a sentence end: . ! ? … then whitespace, then an upper-case letter, a digit or an opening quote
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"»”’)]*\s+(?=[\"«„“'(\d]|[^\W\d_])")


KNOWN_NAMES_FILE = "known_names.txt"  # the names a model was trained on, lower case, one per line


def model_dir_of(settings: Settings | None = None) -> Path:
    """The NER model directory `settings` choose (`extra["ner_model_dir"]`), else the shipped one."""
    chosen = (settings or Settings()).extra.get("ner_model_dir") or DEFAULT_MODEL_DIR
    return Path(chosen)


@functools.lru_cache(maxsize=4)
def known_names(model_dir: Path | str) -> frozenset[str]:
    """The lower-cased surface forms of the names the model at `model_dir` was trained on
    (written by scripts/train_ner.py): the corpus-level type vote (`resolve.type_vote`) leaves
    them as the model reads them. Empty when the model has no such list (then nothing is voted)."""
    path = Path(model_dir) / KNOWN_NAMES_FILE
    if not path.is_file():
        return frozenset()
    return frozenset(line for line in path.read_text(encoding="utf-8").splitlines() if line)


@functools.lru_cache(maxsize=2)
def load_pipeline(model_dir: str):
    """Load the spaCy pipeline once per process (registers Storyline's architectures first)."""
    import spacy

    import storyline.entities.ner_model  # noqa: F401  (registry entries used by config.cfg)

    path = Path(model_dir)
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no NER model at {path} (train one with scripts/train_ner.py)")
    nlp = spacy.load(path)
    use_numpy_matmul(nlp)
    storyline.entities.ner_model.cache_token_embeddings(nlp)
    storyline.entities.ner_model.read_doc_labels_from_arrays(nlp)
    storyline.entities.ner_model.compute_only_used_lexeme_attributes(nlp)
    return nlp


def use_numpy_matmul(nlp) -> None:
    """Run the pipeline's matrix products through numpy (OpenBLAS) instead of thinc's bundled BLIS.

    Inference is ~70 % matrix products (the e5 + hash embedding Maxout, the CNN, the parser's
    feature layer). On our x86 machines the `blis` wheel runs them at ~11 GMAC/s per core and
    numpy's OpenBLAS at ~37 (measured on (400 x 864) @ (864 x 288) and (400 x 288) @ (288 x 288)),
    for the same float32 results up to summation order. Set per model node, so nothing global
    changes for other thinc users in the process.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops


def chunk_ranges(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, int]]:
    """Sentence-sized (start, end) ranges covering every non-blank line of ``text``."""
    ranges: list[tuple[int, int]] = []
    for para in _PARAGRAPH_RE.finditer(text):
        start, end = para.span()
        cut = start
        for m in _SENTENCE_END_RE.finditer(text, start, end):
            if m.group().rstrip()[-1:] == "." and _is_abbreviation(text, m.start()):
                continue
            ranges.append((cut, m.end()))
            cut = m.end()
        ranges.append((cut, end))
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        while b - a > max_chars:  # hard cut at the last whitespace before the limit
            split = text.rfind(" ", a + 1, a + max_chars)
            split = split if split > a else a + max_chars
            out.append((a, split))
            a = split
        out.append((a, b))
    # trim whitespace at both ends; drop blank chunks
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


def _is_abbreviation(text: str, dot: int) -> bool:
    # "Dr. Smith", "т. е.", "U.S. Navy": a single letter or a short capitalised word before the dot
    word_start = dot
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:dot]
    if word_start > 0 and text[word_start - 1] in "'’":
        return False  # an ending after an apostrophe ("O’Leary’m.", "Trump's."), not an initial
    return len(word) == 1 or (len(word) <= 3 and word[:1].isupper() and word[1:].islower())


class EntityRecognizer:
    """Finds PER/ORG/LOC/MISC mentions. Load once, call on many texts."""

    def __init__(self, settings: Settings | None = None, model_dir: Path | str | None = None,
                 batch_size: int = 128) -> None:
        settings = settings or Settings()
        self.model_dir: Path | None = Path(model_dir) if model_dir else model_dir_of(settings)
        self.nlp = load_pipeline(str(self.model_dir))
        self.decoder = GreedyEntityDecoder.for_pipeline(self.nlp)
        self.batch_size = batch_size
        self.russian_natasha = _want_natasha(settings)

    @classmethod
    def from_pipeline(cls, nlp, batch_size: int = 128) -> "EntityRecognizer":
        """Wrap an already loaded spaCy pipeline (used while training and evaluating)."""
        self = cls.__new__(cls)
        self.model_dir = None
        self.nlp = nlp
        self.decoder = GreedyEntityDecoder.for_pipeline(nlp)
        self.batch_size = batch_size
        self.russian_natasha = False
        return self

    def recognize(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, type) mentions, code-point offsets into ``text``, in text order."""
        return next(iter(self.recognize_many([text])))

    def recognize_many(self, texts: Iterable[str]) -> Iterator[list[tuple[int, int, str]]]:
        """Like :meth:`recognize` for many texts, batching their chunks through ``nlp.pipe``."""
        texts = list(texts)
        jobs: list[tuple[int, int, str]] = []  # (text index, chunk start, chunk text)
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"text {i}: expected str, got {type(text).__name__}")
            for a, b in chunk_ranges(text):
                jobs.append((i, a, text[a:b]))
        results: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for (i, base, chunk), (start_char, end_char, label) in self._chunk_entities(jobs):
            if label in ENTITY_TYPES:
                # "Политолог Ян Бреммер" read as one ORG: the person after the role word
                a, b, label = split_role_prefix(chunk, start_char, end_char, label)
                results[i].append((base + a, base + b, label))
        # codes with digits are products; the full names acronyms in parentheses define are names;
        # a title alone before a person is no name ("Rep." David McKinley);
        # two names joined by a hyphen that the document also uses alone are two ("Putin-Musk");
        # new names after an organisation noun are organisations; then one name, one reading per
        # document (types voted, missed repetitions and inflected forms added); handles that spell
        # a name of the document are its mentions
        known = known_names(self.model_dir) if self.model_dir else frozenset()

        def document_passes(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
            spans = with_defined_acronyms(text, shape_adjusted(text, without_lone_titles(text, spans)))
            spans = split_name_pairs(text, spans, known)
            spans = consistent_spans(text, typed_by_class_nouns(text, spans, known))
            return with_handles(text, spans)  # after consistency: the names are all found by then

        return iter(document_passes(text, spans) for text, spans in zip(texts, results))

    def _chunk_entities(self, jobs: list[tuple[int, int, str]]):
        """(job, (start char, end char, label)) for every entity the model finds in the chunks."""
        if self.decoder is None:
            chunk_docs = self.nlp.pipe((chunk for _, _, chunk in jobs), batch_size=self.batch_size)
            for job, doc in zip(jobs, chunk_docs):
                for ent in doc.ents:
                    yield job, (ent.start_char, ent.end_char, ent.label_)
            return
        # the same entities as nlp.pipe, with spaCy's decoding loop replaced (see biluo_decoder)
        for first in range(0, len(jobs), self.batch_size):
            batch = jobs[first:first + self.batch_size]
            docs = [self.nlp.make_doc(chunk) for _, _, chunk in batch]
            for _, component in self.nlp.pipeline[:-1]:  # the tok2vec (see for_pipeline)
                docs = list(component.pipe(docs))
            for job, doc, spans in zip(batch, docs, self.decoder.entities(docs)):
                for start, end, label in spans:
                    last = doc[end - 1]
                    yield job, (doc[start].idx, last.idx + len(last.text), label)

    def recognize_document(self, doc: Document) -> list[Mention]:
        """Mentions of ``doc.text``; ``lemma`` and ``entity`` are left for later stages.

        With natasha on (see :func:`_want_natasha`), Russian paragraphs get natasha's people in
        place of ours (:mod:`storyline.entities.natasha_ru`).
        """
        text = doc.text or ""
        spans = self.recognize(text)
        if self.russian_natasha:
            from storyline.entities.natasha_ru import merge_in_ranges

            russian = [(p.start, p.end) for p in doc.paragraphs if (p.language or doc.language) == "ru"]
            if not doc.paragraphs and doc.language == "ru":
                russian = [(0, len(text))]
            spans = merge_in_ranges(text, spans, russian)
        return [Mention(start=a, end=b, text=text[a:b], type=label)  # type: ignore[arg-type]
                for a, b, label in spans]


def _want_natasha(settings: Settings) -> bool:
    """`Settings.ner_natasha` (on by default; natasha is a dependency, so results never depend on
    what else is installed)."""
    if not settings.ner_natasha:
        return False
    from storyline.entities.natasha_ru import natasha_installed

    if not natasha_installed():
        raise RuntimeError("ner_natasha is on but natasha is not installed (pip install natasha, or --no-natasha)")
    return True
