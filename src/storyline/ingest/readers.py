"""Readers: one input file in, `RawDocument`s (or per-item `ItemError`s) out.

The format is recognised from the content first and the extension second, so a `.txt` that is
really HTML, or a WARC without its extension, is still read correctly. Readers do no analysis:
they decode, split containers into items and collect the metadata the input itself carries.
"""

from __future__ import annotations

import gzip
import io
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

from storyline.config import Settings
from storyline.dates.published import normalise_date
from storyline.ingest.encoding import UndecodableInput, decode_bytes, looks_binary
from storyline.records import DocumentMetadata, InputFormat, ItemError, RawDocument

ReadResult = RawDocument | ItemError

_HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_EXTENSIONS = {".jsonl", ".ndjson", ".jsonlines"}
_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p>", re.I)
# A leading metadata prefix such as " date 2025-03 " (the example corpus has it on the first line,
# sometimes followed by the text on the same line). Only ISO dates are accepted, so real prose that
# happens to start with the word "date" is never swallowed.
_METADATA_DATE = re.compile(
    r"\A[ \t\ufeff]*(?:date|published)[ \t]*[:=]?[ \t]*"
    r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?[ \t]*(?:\r?\n|(?=\S))"
)


# Zero-width characters are not whitespace to str.strip(), but a file of nothing else has no text.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def content_id(data: bytes) -> str:
    """Stable document id: the same input bytes always give the same id."""
    return hashlib.sha256(data).hexdigest()[:16]


def sniff_format(path: Path, head: bytes) -> InputFormat:
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = gzip.GzipFile(fileobj=io.BytesIO(head)).read(16)
        except (OSError, EOFError):
            inner = b""
        return "warc" if inner.startswith(b"WARC/") or path.name.lower().endswith(".warc.gz") else "text"
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.lstrip().startswith(b"WARC/"):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in _JSONL_EXTENSIONS:
        return "jsonl"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        first_line = stripped.split(b"\n", 1)[0]
        try:
            obj = json.loads(first_line)
            if isinstance(obj, dict) and ("text" in obj or "html" in obj):
                return "jsonl"
        except ValueError:
            pass
    if suffix in _HTML_EXTENSIONS or _HTML_SNIFF.search(head[:2048]):
        return "html"
    return "text"


_NOTHING_IN = {
    "warc": "no documents in this warc file (no HTML response records)",
    "jsonl": "no documents in this jsonl file",
    "parquet": "no documents in this parquet file",
}


def read_path(path: Path, settings: Settings) -> Iterator[ReadResult]:
    """Read one input file into documents; problems become `ItemError`s, never exceptions."""
    source = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
        size = path.stat().st_size
    except OSError as exc:
        yield ItemError(source, f"unreadable: {exc.strerror or exc}")
        return
    if size == 0:
        yield ItemError(source, "empty file")
        return
    fmt = sniff_format(path, head)
    if fmt in ("parquet", "warc", "jsonl"):
        items = read_parquet(source, settings) if fmt == "parquet" else (
            read_warc(path, settings) if fmt == "warc" else read_jsonl(path, settings))
        found = False
        for item in items:
            found = True
            yield item
        if not found:  # a container with nothing in it must not pass unnoticed (blank lines only, a truncated gzip)
            yield ItemError(source, _NOTHING_IN[fmt])
    else:
        if size > settings.max_bytes:
            yield ItemError(source, f"file is {size:,} bytes, over --max-bytes {settings.max_bytes:,}")
            return
        if head.startswith(b"\x1f\x8b"):
            yield ItemError(source, "gzip-compressed file that is not a WARC; decompress it first")
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield ItemError(source, f"unreadable: {exc.strerror or exc}")
            return
        yield _document_from_bytes(data, source, "html" if fmt == "html" else "text", fmt)


def _document_from_bytes(
    data: bytes, source: str, kind: str, fmt: InputFormat, metadata: DocumentMetadata | None = None
) -> ReadResult:
    try:
        decoded = decode_bytes(data)
    except UndecodableInput as exc:
        return ItemError(source, str(exc))
    text = decoded.text
    metadata = metadata or DocumentMetadata()
    if kind == "text":
        match = _METADATA_DATE.match(text)
        if match:
            metadata.published = normalise_date(match.group(1))
            metadata.published_evidence = "metadata:line"
            text = text[match.end() :]
    if not text.translate(_INVISIBLE).strip():
        return ItemError(source, "no text (empty or whitespace only)")
    return RawDocument(
        id=content_id(data),
        source=source,
        format=fmt,
        kind="html" if kind == "html" else "text",
        content=text,
        raw=data,
        encoding=decoded.encoding,
        metadata=metadata,
    )


def read_jsonl(path: Path, settings: Settings) -> Iterator[ReadResult]:
    """One article per line: `text` or `html`, optional `url`, `title`, `published`, `language`,
    `source`. A broken line is an error for that line only."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield ItemError(str(path), f"unreadable: {exc.strerror or exc}")
        return
    with fh:
        for number, line in enumerate(fh, start=1):
            where = f"{path}#L{number}"
            if not line.strip():
                continue
            if len(line) > settings.max_bytes:
                yield ItemError(where, f"line is {len(line):,} bytes, over --max-bytes {settings.max_bytes:,}")
                continue
            try:
                obj = json.loads(line)
            except (ValueError, UnicodeDecodeError) as exc:
                yield ItemError(where, f"not valid JSON: {exc}")
                continue
            if not isinstance(obj, dict):
                yield ItemError(where, "JSON line is not an object")
                continue
            yield raw_document_from_object(obj, where, line.rstrip(b"\r\n"), "jsonl")


def raw_document_from_object(obj: dict, where: str, raw: bytes, fmt: InputFormat) -> ReadResult:
    """One article given as fields (a JSONL object, a Parquet row): `text` or `html`, optional `url`,
    `title`, `published`, `language`, `source`. `raw` is the item's bytes, for its id and provenance."""
    body, kind = obj.get("text"), "text"
    if not isinstance(body, str) or not body.strip():
        body, kind = obj.get("html"), "html"
    if not isinstance(body, str) or not body.strip():
        return ItemError(where, "object has no non-empty 'text' or 'html' string")
    published = normalise_date(obj.get("published"))
    language = obj.get("language")
    metadata = DocumentMetadata(
        title=_str_or_none(obj.get("title")),
        url=_str_or_none(obj.get("url")),
        site=_str_or_none(obj.get("source")),
        published=published,
        published_evidence=f"metadata:{fmt}" if published else None,
        language=language.lower()[:2] if isinstance(language, str) and language.strip() else None,
    )
    if "\x00" in body:
        return ItemError(where, "binary content (NUL characters), not text")
    return RawDocument(
        id=content_id(raw),
        source=metadata.url or where,
        format=fmt,
        kind=kind,
        content=body,
        raw=raw,
        encoding="utf-8",
        metadata=metadata,
    )


def read_parquet(uri: str, settings: Settings) -> Iterator[ReadResult]:
    """A Parquet file or dataset (local path or object-store URI) of articles, one per row, with the
    JSONL fields as columns. A row's id is the hash of its fields as JSON, as for a JSONL line."""
    from storyline.dataset.files import iter_parquet_rows

    try:
        rows = iter_parquet_rows(uri, columns=_PARQUET_COLUMNS)
        for number, row in enumerate(rows, start=1):
            where = f"{uri}#row{number}"
            fields = {k: v for k, v in row.items() if v is not None}
            raw = json.dumps(fields, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
            if len(raw) > settings.max_bytes:
                yield ItemError(where, f"row is {len(raw):,} bytes, over --max-bytes {settings.max_bytes:,}")
                continue
            yield raw_document_from_object(fields, where, raw, "parquet")
    except Exception as exc:  # unreadable file, not Parquet, missing columns: one error for the file
        yield ItemError(uri, f"cannot read Parquet: {type(exc).__name__}: {exc}")


_PARQUET_COLUMNS = ("text", "html", "url", "title", "published", "language", "source")


def read_warc(path: Path, settings: Settings) -> Iterator[ReadResult]:
    """HTTP response records holding HTML. Other records (requests, metadata, images) are skipped
    silently; a damaged archive stops with an error after the records read so far."""
    from warcio.archiveiterator import ArchiveIterator  # imported lazily: only WARC input needs it

    total = declared = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield ItemError(str(path), f"unreadable: {exc.strerror or exc}")
        return
    with fh:
        try:
            for number, record in enumerate(ArchiveIterator(fh), start=1):
                # Every record is decompressed in full, even one we skip, so a gzip bomb is caught by
                # the lengths the records declare, before warcio inflates them.
                declared += record.length or 0
                if declared > settings.max_decompressed_bytes:
                    yield ItemError(
                        str(path),
                        f"archive expands past the decompression limit ({settings.max_decompressed_bytes:,} bytes); "
                        "stopped reading it",
                    )
                    return
                if record.rec_type != "response":
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                where = uri or f"{path}#record{number}"
                content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if content_type and "html" not in content_type.lower():
                    continue
                payload = record.content_stream().read(settings.max_bytes + 1)
                total += len(payload)
                if len(payload) > settings.max_bytes:
                    yield ItemError(where, f"record over --max-bytes {settings.max_bytes:,}")
                    continue
                if total > settings.max_decompressed_bytes:
                    yield ItemError(str(path), "archive expands past the decompression limit; stopped reading it")
                    return
                if not payload.strip():
                    continue
                if looks_binary(payload):
                    yield ItemError(where, "binary content (NUL or control bytes), not HTML")
                    continue
                published = normalise_date(record.http_headers.get_header("Last-Modified")) if record.http_headers else None
                metadata = DocumentMetadata(
                    url=uri,
                    published=published,
                    published_evidence="metadata:http-last-modified" if published else None,
                )
                doc = _document_from_bytes(payload, where, "html", "warc", metadata)
                yield doc
        except Exception as exc:  # warcio raises a variety of errors on damaged archives
            yield ItemError(str(path), f"damaged WARC archive: {exc}")


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
