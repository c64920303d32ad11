"""Optional Russian NER from natasha (slovnet's NER over navec vectors), merged with our model.

natasha (``pip install 'storyline[ner]'``) ships a Russian news NER model offline in its wheel.
It is stronger than our multilingual model on Russian people and places but predicts only
PER/LOC/ORG, so on Russian paragraphs the two are merged: natasha's spans, plus our MISC spans
(events, products: "коронавирус", "Спутник V") where natasha found nothing. Measured on the
SlavicNER covid-19 Russian documents, a topic our model never saw in training (notes/
ner-groundwork.md): micro-F1 0.510 ours, 0.498 natasha, 0.531 merged. natasha costs about as
much CPU per word as our model, so Russian paragraphs take about twice the NER time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

Spans = list[tuple[int, int, str]]

_LINE_RE = re.compile(r"[^\n]+")


def natasha_installed() -> bool:
    try:
        import natasha  # noqa: F401
    except ImportError:
        return False
    return True


@functools.lru_cache(maxsize=1)
def _load() -> tuple:
    """natasha's segmenter and NER tagger, loaded once per process (~1 s, ~35 MB)."""
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def natasha_spans(text: str, start: int = 0, end: int | None = None) -> Spans:
    """natasha's PER/LOC/ORG spans in ``text[start:end]``, offsets into ``text``, line by line."""
    from natasha import Doc as NatashaDoc

    segmenter, tagger = _load()
    out: Spans = []
    for line in _LINE_RE.finditer(text, start, len(text) if end is None else end):
        doc = NatashaDoc(line.group())
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        out += [(line.start() + s.start, line.start() + s.stop, s.type) for s in doc.spans
                if s.type in ("PER", "LOC", "ORG") and s.stop > s.start]
    return out


def _overlaps(span: tuple[int, int, str], others: Iterable[tuple[int, int, str]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b, _ in others)


def merge_russian(ours: Spans, natasha: Spans) -> Spans:
    """natasha's spans plus our MISC spans that overlap none of them (ours for PER/LOC/ORG dropped).

    Chosen among three rules on the held-out covid-19 Russian documents (see the module doc):
    "natasha + our MISC" 0.531, "our MISC, then natasha, then our other spans" 0.529, "ours,
    plus natasha where we found nothing" 0.515.
    """
    return sorted(natasha + [s for s in ours if s[2] == "MISC" and not _overlaps(s, natasha)])


def merge_in_ranges(text: str, ours: Spans, ranges: list[tuple[int, int]]) -> Spans:
    """Apply :func:`merge_russian` inside each (start, end) range of ``text``; keep ours elsewhere."""
    if not ranges:
        return ours
    out: Spans = []
    inside: list[Spans] = [[] for _ in ranges]
    for span in ours:
        for i, (a, b) in enumerate(ranges):
            if a <= span[0] and span[1] <= b:
                inside[i].append(span)
                break
        else:
            out.append(span)
    for (a, b), mine in zip(ranges, inside):
        out += merge_russian(mine, natasha_spans(text, a, b))
    return sorted(out)
