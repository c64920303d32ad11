"""The typed records that flow through the pipeline.

A `RawDocument` is what a reader produced from one input item (a file, a JSONL line, a WARC
record). The per-document stages turn it into a `Document`, filling in fields stage by stage,
like spaCy components over one `Doc`. Corpus-level stages work only on the small records a
`Document` carries (mentions, claims), never on raw text.

All character offsets are code-point offsets into `Document.text`, end exclusive.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

InputFormat = Literal["text", "html", "jsonl", "warc", "parquet"]
EntityType = Literal["PER", "ORG", "LOC", "MISC"]
Stance = Literal["asserts", "denies", "confirms"]
EventStatus = Literal["corroborated", "contested", "single"]


@dataclass(slots=True)
class DocumentMetadata:
    """What the input itself says about a document, before any analysis."""

    title: str | None = None
    url: str | None = None
    site: str | None = None
    published: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    published_evidence: str | None = None  # e.g. "jsonl:published", "metadata-line", "html:htmldate"
    language: str | None = None  # ISO 639-1, when the input declares it
    author: str | None = None


@dataclass(slots=True)
class RawDocument:
    """One input item as read, before cleaning.

    `content` is decoded text (plain text or HTML, see `kind`); `raw` keeps the exact input bytes
    for provenance; `id` is derived from `raw` so the same input always gets the same id.
    """

    id: str
    source: str  # input path as given (plus "#line" / "#record" for containers) or URL
    format: InputFormat
    kind: Literal["text", "html"]
    content: str
    raw: bytes
    encoding: str | None = None
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    language: str | None = None


@dataclass(slots=True)
class RemovedBlock:
    """A block of the input judged not to be article body (kept to show on demand)."""

    text: str
    reason: str


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    type: EntityType
    lemma: str | None = None  # base form (Маском -> Маск)
    entity: str | None = None  # entity id, set by corpus-level resolution


@dataclass(slots=True)
class Claim:
    """One attributed statement about an interaction between entities, found in one sentence/quote.

    Participants, speaker and via point at this document's `mentions` by index; corpus-level
    resolution maps those mentions to entity ids, so claims never need rewriting.
    """

    id: str  # "<document id>:<n>"
    start: int  # evidence span (the sentence, or the quote plus its attribution) in Document.text
    end: int
    stance: Stance
    relation: str  # contact, meet, invite, cooperate, request, ... (open lexicon)
    participants: list[int]  # indices into Document.mentions (who interacted)
    speaker: int | None = None  # index into Document.mentions; None = the outlet asserts it itself
    via: list[int] = field(default_factory=list)  # reporting outlets relaying it, outermost first
    when: str | None = None  # event time, see storyline.dates.interval: "2021-02", "~2021-04", "2021-03/2021-05"
    when_text: str | None = None  # the expression the time came from ("18 months ago")
    cameo: str | None = None  # CAMEO root code of the relation ("04")
    summary: str | None = None  # short English rendering built from the structure
    quote: bool = False  # the claim is (inside) a direct quote attributed to the speaker
    trigger: str | None = None  # the word(s) that signalled the relation / stance


@dataclass(slots=True)
class Document:
    """One analysed document: the `Doc` every per-document stage reads and extends."""

    id: str
    source: str
    format: InputFormat
    raw: bytes
    text: str = ""
    encoding: str | None = None
    title: str | None = None
    url: str | None = None
    site: str | None = None
    language: str | None = None
    published: str | None = None
    published_evidence: str | None = None
    not_before: str | None = None  # a lower bound on the publication date, never used as `published`
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    stages_run: list[str] = field(default_factory=list)
    embedding: bytes | None = field(default=None, repr=False)  # float32 vector of title + lead, see storyline.semantic
    # kept for stages that need the pre-clean input (e.g. HTML metadata); not stored
    input_content: str = field(default="", repr=False)
    input_kind: Literal["text", "html"] = "text"
    input_metadata: DocumentMetadata = field(default_factory=DocumentMetadata, repr=False)
    language_hint: str | None = field(default=None, repr=False)  # the page's declared language (HTML)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph holding character `offset`, if any (paragraphs are in text order)."""
        index = bisect_right(self.paragraphs, offset, key=lambda p: p.start) - 1
        if index >= 0 and offset < self.paragraphs[index].end:
            return self.paragraphs[index]
        return None

    def language_at(self, offset: int) -> str | None:
        """The language of the paragraph holding `offset`, else the document's (a Bulgarian article
        can quote English)."""
        paragraph = self.paragraph_at(offset)
        return (paragraph.language if paragraph else None) or self.language

    @classmethod
    def from_raw(cls, raw: RawDocument) -> "Document":
        meta = raw.metadata
        return cls(
            id=raw.id,
            source=raw.source,
            format=raw.format,
            raw=raw.raw,
            encoding=raw.encoding,
            title=meta.title,
            url=meta.url,
            site=meta.site,
            language=meta.language,
            published=meta.published,
            published_evidence=meta.published_evidence,
            input_content=raw.content,
            input_kind=raw.kind,
            input_metadata=meta,
        )


@dataclass(slots=True)
class Alias:
    """One surface or base form an entity was seen under."""

    text: str
    language: str | None
    count: int = 1


@dataclass(slots=True)
class Entity:
    """One real-world person/organisation/place/thing, across documents, languages and scripts."""

    id: str
    name: str  # display name: the most common Latin-script form when there is one
    type: EntityType
    aliases: list[Alias] = field(default_factory=list)
    mentions: int = 0
    documents: int = 0


@dataclass(slots=True)
class Event:
    """Claims from all documents about the same interaction (relation, participants, time)."""

    id: str
    relation: str
    participants: list[str]  # entity ids
    when: str | None  # see storyline.dates.interval
    claims: list[str]  # claim ids
    status: EventStatus
    sources: int = 0  # independent sources (near-duplicates and relays counted once)


@dataclass(slots=True)
class Contradiction:
    """An event some sources assert or confirm and others deny."""

    event: str
    for_claims: list[str]
    against_claims: list[str]


@dataclass(slots=True)
class ItemError:
    """A problem with one input item; the run reports it and goes on."""

    source: str
    reason: str
