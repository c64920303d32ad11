"""The pipeline: an explicit, ordered list of stages.

Per-document stages are small components, each a pure function of one `Document` (plus the models
it loaded once at construction), so the same `DocumentPipeline` runs in-process, in a worker pool
or on a cluster. Corpus-level stages read only the small records the per-document stages produced.

A stage that is not built yet has no component: it is listed, reported as missing, and produces
nothing — never placeholder data.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from storyline.config import Settings
from storyline.records import Document, Paragraph, RawDocument


@dataclass(frozen=True, slots=True)
class StageInfo:
    name: str
    reads: str
    writes: str
    built: bool


class CleanStage:
    """Raw input -> clean body text, title, removed boilerplate, paragraphs.

    HTML goes through trafilatura; text through repair and line-level boilerplate removal. With
    `settings.clean` off, text input is only newline-normalised so offsets equal input offsets.
    """

    name = "clean"

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        from storyline.clean.repair import normalize_newlines, repair_text

        if doc.input_kind == "html":
            from storyline.clean.html import extract_html

            extracted = extract_html(doc.input_content, doc.url)
            doc.title = doc.title or extracted.title
            doc.url = doc.url or extracted.url
            doc.site = doc.site or extracted.site
            # the page's own <html lang> / metadata is a hint, not the answer: templates declare
            # "en" on German articles; detection decides and the hint fills in only when it cannot
            doc.language_hint = extracted.language
            if extracted.date and (not doc.published or doc.published_evidence == "metadata:http-last-modified"):
                doc.published, doc.published_evidence = extracted.date, "html:htmldate"  # trafilatura runs htmldate
            body = repair_text(extracted.text)
            doc.text = _with_title(doc.title, body)
        elif not self.settings.clean:
            doc.text = normalize_newlines(doc.input_content)
        else:
            from storyline.clean.boilerplate import remove_boilerplate

            repaired = repair_text(doc.input_content)
            doc.input_content = repaired  # later stages (the dateline finder) read the repaired input
            result = remove_boilerplate(repaired, language=doc.language)
            doc.title = doc.title or result.title
            doc.removed = result.removed
            doc.text = _with_title(doc.title, result.body)
        doc.paragraphs = paragraphs_of(doc.text)
        return doc


def _with_title(title: str | None, body: str) -> str:
    """The headline leads the text (claims are often made there), once."""
    if not title or body.lstrip().startswith(title):
        return body
    return f"{title}\n\n{body}" if body else title


def paragraphs_of(text: str) -> list[Paragraph]:
    """Paragraph spans: runs of non-blank lines separated by blank lines (or single newlines when
    the text has no blank lines at all, as flattened scrapes often do)."""
    separator = r"\n[ \t]*\n\s*" if "\n\n" in text or re.search(r"\n[ \t]+\n", text) else r"\n\s*"
    spans, start = [], 0
    for match in re.finditer(separator, text):
        if text[start : match.start()].strip():
            spans.append(_trimmed(text, start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> Paragraph:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Paragraph(start, end)


class LanguageStage:
    """Document language and one language per paragraph (lingua, on the configured languages)."""

    name = "language"

    def __init__(self, settings: Settings):
        from storyline.language.detect import LanguageIdentifier

        self.identifier = LanguageIdentifier(settings.languages)

    def __call__(self, doc: Document) -> Document:
        texts = [doc.text[p.start : p.end] for p in doc.paragraphs]
        document_language, languages = self.identifier.identify(texts)
        for paragraph, language in zip(doc.paragraphs, languages):
            paragraph.language = language
        # a language declared by the input (JSONL `language`) wins over detection; a page's own
        # declaration only fills in when detection finds none
        doc.language = doc.language or document_language or doc.language_hint
        return doc


class PublicationDateStage:
    """Publication date from the best evidence available, with the evidence named."""

    name = "published"

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        from storyline.dates.published import find_publication_date

        is_html = doc.input_kind == "html"
        # an HTTP Last-Modified header is weak evidence: the page's own metadata may do better
        weak = doc.published_evidence == "metadata:http-last-modified"
        found = find_publication_date(
            doc.text if is_html else doc.input_content,
            metadata_date=doc.published,
            metadata_evidence=doc.published_evidence,
            html=doc.input_content if is_html and (not doc.published or weak) else None,
            language=doc.language,
        )
        doc.published, doc.published_evidence, doc.not_before = found.published, found.evidence, found.not_before
        return doc


class SentenceStage:
    name = "sentences"

    def __init__(self, settings: Settings):
        pass

    def __call__(self, doc: Document) -> Document:
        from storyline.sentences.split import split_sentences

        doc.sentences = split_sentences(doc.text, doc.language)
        return doc


class EmbeddingStage:
    """A multilingual vector of the title and lead, for cross-lingual search and story clusters."""

    name = "embedding"

    @staticmethod
    def enabled(settings: Settings) -> bool:
        return settings.embed

    def __init__(self, settings: Settings):
        from storyline.semantic.encoder import TextEncoder

        self.max_chars = settings.embedding_chars
        self.encoder = TextEncoder()

    def __call__(self, doc: Document) -> Document:
        from storyline.semantic.encoder import lead_text, to_bytes

        if doc.text.strip():
            doc.embedding = to_bytes(self.encoder.passages([lead_text(doc.title, doc.text, self.max_chars)])[0])
        return doc


class EntitiesStage:
    """Named entities (PER/ORG/LOC/MISC) with character offsets and base forms (Маском -> Маск)."""

    name = "entities"

    def __init__(self, settings: Settings):
        from storyline.entities.lemma import default_lemmatizer
        from storyline.entities.ner import EntityRecognizer

        self.recognizer = EntityRecognizer(settings)
        self.lemmatizer = default_lemmatizer()

    def __call__(self, doc: Document) -> Document:
        mentions = self.recognizer.recognize_document(doc)
        for mention in mentions:
            language = doc.language_at(mention.start)
            mention.lemma = self.lemmatizer.lemmatize(mention.text, mention.type, language)
        doc.mentions = mentions
        return doc


class ClaimsStage:
    """Who says what happened between whom: claims with speaker, stance, participants, time."""

    name = "claims"

    def __init__(self, settings: Settings):
        from storyline.claims import ClaimExtractor

        self.extractor = ClaimExtractor(settings)  # parses the lexicons once

    def __call__(self, doc: Document) -> Document:
        return self.extractor(doc)


Component = Callable[[Document], Document]

# The pipeline, in order. Each entry: name, what it reads, what it writes, and its component class
# (None while the stage is not built: it is then skipped and reported, and writes nothing).
PER_DOCUMENT_STAGES: tuple[tuple[str, str, str, type | None], ...] = (
    ("clean", "raw input", "text, title, removed boilerplate, paragraphs", CleanStage),
    ("language", "paragraphs", "document and paragraph languages", LanguageStage),
    ("published", "input metadata, text", "published date, its evidence, not_before", PublicationDateStage),
    ("sentences", "text, language", "sentence spans", SentenceStage),
    ("embedding", "title, text", "document vector (multilingual-e5)", EmbeddingStage),
    ("entities", "sentences", "mentions with type and base form", EntitiesStage),
    ("claims", "sentences, mentions", "claims: speaker, stance, relation, participants, time", ClaimsStage),
)


def _resolve_entities(store, settings: Settings) -> None:
    from itertools import groupby

    from storyline.entities.ner import known_names, model_dir_of
    from storyline.resolve import DocumentMentions, resolve_entities
    from storyline.resolve.type_vote import vote_mention_types

    languages = store.document_languages()

    def recognised():  # the recogniser's types, before any earlier run's vote
        return store.iter_mentions(recognised=True)

    def documents():
        # streamed one document at a time: resolution keeps only each document's local entities, so
        # memory grows with the entities of the corpus, not with all its mention records
        for document, rows in groupby(recognised(), key=lambda row: row[0]):  # by document, index
            yield DocumentMentions(document, languages.get(document), [mention for _, mention in rows])

    resolution = resolve_entities(
        documents(),
        name_vectors=store,  # name embeddings of earlier runs are read back, not encoded again
        encoder_threads=settings.corpus_thread_count(),
    )
    # names the recogniser never saw take their entity's type (none when its model lists no names)
    known = known_names(model_dir_of(settings))
    types = vote_mention_types(recognised, resolution.assignment, known, resolution.entity_types()) if known else {}
    store.replace_entities(resolution.entities, resolution.assignment, types)
    if resolution.errors:
        store.save_errors(resolution.errors)
    store.update_claim_summaries(_summaries_with_entity_names(store, resolution))


SUMMARY_DOCUMENTS_PER_READ = 500  # documents whose mentions are read back at once for claim summaries


def _summaries_with_entity_names(store, resolution) -> Iterator[tuple[str, str]]:
    """Claim summaries re-rendered with each entity's display name ("Elon Musk" for "Маском"),
    so summaries of one event read the same in every language; yielded as they are made (one per
    claim of the corpus), for the store to take in as it likes."""
    from itertools import groupby, islice

    from storyline.claims.summary import latin_name, relation_noun, render_summary

    names = {entity.id: entity.name for entity in resolution.entities}
    nouns: dict[str, str] = {}
    by_document = groupby(store.iter_claims(), key=lambda row: row[0])  # ordered by document
    while chunk := [(document, [claim for _, claim in rows]) for document, rows in islice(by_document, SUMMARY_DOCUMENTS_PER_READ)]:
        mentions_by_document = store.mentions_of(document for document, _ in chunk)
        for document, claims in chunk:
            mentions = mentions_by_document.get(document, [])

            def name_of(index: int, document=document, mentions=mentions) -> str:
                index = int(index)
                if not 0 <= index < len(mentions):
                    raise IndexError(f"claim points at mention {index} of {len(mentions)}")
                mention = mentions[index]
                entity = resolution.assignment.get((document, index))
                # English text: names without a Latin form seen are transliterated
                return latin_name(names.get(entity) or mention.lemma or mention.text)

            for claim in claims:
                if claim.relation not in nouns:
                    nouns[claim.relation] = relation_noun(claim.relation)
                try:
                    summary = render_summary(claim, nouns[claim.relation], name_of)
                except (IndexError, TypeError, ValueError):  # a claim pointing at a mention its document lacks
                    continue  # keeps the summary it was stored with (the events stage skips it)
                yield claim.id, summary


def _build_events(store, settings: Settings) -> None:
    from storyline.stories.events import run_events_stage

    run_events_stage(store, settings)


def _build_stories(store, settings: Settings) -> None:
    from storyline.stories.build import build_stories

    build_stories(store, settings)


# Corpus stages, in order: each a function (store, settings) that rebuilds its tables as a whole.
CORPUS_STAGES: tuple[tuple[str, str, str, Callable | None], ...] = (
    ("resolve", "mentions of all documents", "entities; mention -> entity", _resolve_entities),
    ("events", "claims of all documents", "events, statuses, contradictions", _build_events),
    ("stories", "document vectors, entities, dates", "story clusters", _build_stories),
)


def describe_stages() -> list[StageInfo]:
    return [StageInfo(n, r, w, c is not None) for n, r, w, c in PER_DOCUMENT_STAGES + CORPUS_STAGES]


class DocumentPipeline:
    """Runs the built per-document stages over one raw document. Build once per process."""

    def __init__(self, settings: Settings, *, warm_up: bool = True):
        self.settings = settings
        self.components: list[Component] = [
            cls(settings) for _, _, _, cls in PER_DOCUMENT_STAGES
            if cls and (not hasattr(cls, "enabled") or cls.enabled(settings))
        ]
        self.timings: dict[str, float] = {c.name: 0.0 for c in self.components}
        if warm_up:
            self.warm_up()

    def warm_up(self) -> None:
        """Run a tiny document through every stage, so lazily loaded models, lexicons and imports
        are loaded now, not inside the first real document's time limit (`--timeout`)."""
        text = ("Warm-up headline\n\nThe minister met the president in Berlin on Monday, officials said. "
                "Министр встретился с президентом в Берлине, сообщили в ведомстве.\n")
        self(RawDocument(id="warm-up", source="warm-up", format="text", kind="text", content=text,
                         raw=text.encode()))
        self.timings = {name: 0.0 for name in self.timings}

    def __call__(self, raw: RawDocument) -> Document:
        from storyline.blas import one_blas_thread

        doc = Document.from_raw(raw)
        with one_blas_thread():  # workers already use every core (see storyline/blas.py)
            for component in self.components:
                started = time.perf_counter()
                doc = component(doc)
                self.timings[component.name] += time.perf_counter() - started
                doc.stages_run.append(component.name)
        return doc
