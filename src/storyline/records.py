"""The typed records that flow through the pipeline.

A `RawDocument` is what a reader produced from one input item (a file, a JSONL line, a WARC
record). The per-document stages turn it into a `Document`, filling in fields stage by stage,
like spaCy components over one `Doc`. Corpus-level stages work only on the small records a
`Document` carries (mentions, claims), never on raw text.

All character offsets are code-point offsets into `Document.text`, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

InputFormat = Literal["text", "html", "jsonl", "warc"]
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
    id: str
    start: int
    end: int
    stance: Stance
    relation: str
    participants: list[str]  # entity ids (mention indices before resolution)
    speaker: str | None = None
    via: list[str] = field(default_factory=list)
    when: str | None = None
    cameo: str | None = None
    summary: str | None = None


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
    # kept for stages that need the pre-clean input (e.g. HTML metadata); not stored
    input_content: str = field(default="", repr=False)
    input_kind: Literal["text", "html"] = "text"
    input_metadata: DocumentMetadata = field(default_factory=DocumentMetadata, repr=False)

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
class Entity:
    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    id: str
    relation: str
    participants: list[str]
    when: str | None
    claims: list[str]
    status: EventStatus


@dataclass(slots=True)
class Contradiction:
    event: str
    for_claims: list[str]
    against_claims: list[str]


@dataclass(slots=True)
class ItemError:
    """A problem with one input item; the run reports it and goes on."""

    source: str
    reason: str
