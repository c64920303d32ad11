"""Russian NER from natasha (slovnet's NER over navec vectors), merged with our model.

natasha (a dependency since session 12; `Settings.ner_natasha`, `analyze --no-natasha` turns it
off) ships a Russian news NER model offline in its wheel.
On people it is far stronger than our multilingual model on topics ours never saw (SlavicNER
Russian PER F1 0.93-0.96 against ours 0.73-0.87 on the nord_stream and brexit held-out folds), but
its organisations and places follow other conventions (brexit Russian ORG 0.30, LOC 0.70) and it
has no MISC. So on Russian paragraphs natasha's PER spans replace ours, and our other spans are
kept where they do not overlap one of natasha's people. natasha costs about as much CPU per word as
our model, so Russian paragraphs take about twice the NER time.
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
    """natasha's people in place of ours: natasha's PER spans, plus our spans of the other types
    that overlap none of them (our PER spans are dropped; natasha's LOC/ORG are not used).

    Chosen on the Russian documents of the nord_stream and brexit held-out folds (micro-F1, fold
    models, merged after the document passes as the pipeline does; before the shape and inflection
    passes existed): ours 0.722 / 0.816; the earlier rule "natasha's PER/LOC/ORG + our MISC"
    0.751 / 0.713; "natasha's PER + all our spans that do not overlap them" 0.732 / 0.861; this
    rule 0.748 / 0.867. With today's passes (`storyline eval ner ... --natasha`): nord_stream
    Russian 0.734 -> 0.758, brexit 0.818 -> 0.867, and the check on covid-19 (shipped model)
    0.540 -> 0.551 (the earlier rule had taken covid-19 Russian 0.514 -> 0.533).
    """
    people = [s for s in natasha if s[2] == "PER"]
    return sorted(people + [s for s in ours if s[2] != "PER" and not _overlaps(s, people)])


def merge_in_ranges(text: str, ours: Spans, ranges: list[tuple[int, int]]) -> Spans:
    """Apply :func:`merge_russian` inside each (start, end) range of ``text``; keep ours elsewhere."""
    if not ranges:
        return ours
    out: Spans = []
    inside: list[Spans] = [[] for _ in ranges]
    for span in ours:
        if text[span[0]] == "@":  # a handle that spells a name (entities/handles.py): natasha has none
            out.append(span)
            continue
        for i, (a, b) in enumerate(ranges):
            if a <= span[0] and span[1] <= b:
                inside[i].append(span)
                break
        else:
            out.append(span)
    for (a, b), mine in zip(ranges, inside):
        out += merge_russian(mine, natasha_spans(text, a, b))
    return sorted(out)
