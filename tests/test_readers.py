"""Readers: every input format and encoding, metadata, and per-item errors."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from storyline.config import Settings
from storyline.ingest.discover import discover
from storyline.ingest.readers import read_path
from storyline.records import ItemError, RawDocument

RUSSIAN = "Кремль опроверг сообщения о переговорах Маска и Путина, заявил Песков журналистам."
FRENCH = "Le Kremlin a démenti jeudi les informations sur une conversation téléphonique, a déclaré le porte-parole."


def read(path: Path, **settings) -> list[RawDocument | ItemError]:
    return list(read_path(path, Settings(**settings)))


def only_doc(path: Path, **settings) -> RawDocument:
    items = read(path, **settings)
    assert len(items) == 1 and isinstance(items[0], RawDocument), items
    return items[0]


@pytest.mark.parametrize(
    "encoding,text",
    [
        ("utf-8", RUSSIAN),
        ("utf-8-sig", RUSSIAN),
        ("utf-16", RUSSIAN),  # Python writes a BOM
        ("cp1251", RUSSIAN),
        ("koi8-r", RUSSIAN),
        ("cp1252", FRENCH),
    ],
)
def test_text_encodings_are_detected(tmp_path, encoding, text):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    doc = only_doc(path)
    assert doc.content == text
    assert doc.kind == "text" and doc.format == "text"


def test_leading_date_line_becomes_metadata_not_text(examples):
    doc = only_doc(examples / "002_956bc108c599857a.txt")
    assert doc.metadata.published == "2025-03"
    assert doc.metadata.published_evidence == "metadata:line"
    assert not doc.content.lstrip().startswith("date")
    assert doc.content.startswith("Р усия")


def test_prose_starting_with_the_word_date_is_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Date palms grow in the desert, the minister said on Friday.\n", encoding="utf-8")
    doc = only_doc(path)
    assert doc.metadata.published is None
    assert doc.content.startswith("Date palms")


def test_html_recognised_by_content_despite_extension(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>")
    assert only_doc(path).kind == "html"


def test_same_bytes_same_id_different_bytes_different_id(tmp_path):
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text(RUSSIAN)
    b.write_text(RUSSIAN)
    c.write_text(RUSSIAN + " ")
    assert only_doc(a).id == only_doc(b).id != only_doc(c).id
    assert only_doc(a).raw == RUSSIAN.encode()


def test_jsonl_good_lines_kept_and_bad_lines_reported(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": RUSSIAN, "url": "https://example.org/a", "title": "A", "published": "2024-10-25T17:41:00Z",
                    "language": "ru", "source": "Example"}, ensure_ascii=False),
        "{not json",
        json.dumps({"html": "<html><body><p>Body text here.</p></body></html>"}),
        json.dumps({"title": "no body"}),
        "[1, 2]",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, ItemError)]
    assert len(docs) == 2
    first = docs[0]
    assert first.content == RUSSIAN and first.source == "https://example.org/a"
    assert first.metadata.published == "2024-10-25" and first.metadata.published_evidence == "metadata:jsonl"
    assert (first.metadata.title, first.metadata.language, first.metadata.site) == ("A", "ru", "Example")
    assert docs[1].kind == "html"
    assert [e.source for e in errors] == [f"{path}#L2", f"{path}#L4", f"{path}#L5"]
    assert "not valid JSON" in errors[0].reason


def test_jsonl_recognised_by_content(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text(json.dumps({"text": "One article."}) + "\n" + json.dumps({"text": "Another one."}) + "\n")
    docs = read(path)
    assert [d.content for d in docs] == ["One article.", "Another one."]


def _warc_bytes(compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    html = "<html><head><title>Kremlin denies</title></head><body><article><p>" + FRENCH + "</p></article></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                          ("Last-Modified", "Wed, 05 Oct 2022 10:00:00 GMT")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://news.example/kremlin", "response",
                                                  payload=io.BytesIO(html.encode()), http_headers=headers))
    writer.write_record(writer.create_warc_record("https://news.example/kremlin", "request",
                                                  payload=io.BytesIO(b"GET /kremlin HTTP/1.1\r\n\r\n")))
    image_headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://news.example/pic.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG\x00\x00"), http_headers=image_headers))
    return buffer.getvalue()


@pytest.mark.parametrize("compress,name", [(True, "crawl.warc.gz"), (False, "crawl.warc"), (True, "no-extension")])
def test_warc_html_responses_are_read(tmp_path, compress, name):
    path = tmp_path / name
    path.write_bytes(_warc_bytes(compress))
    doc = only_doc(path)
    assert doc.format == "warc" and doc.kind == "html"
    assert doc.source == doc.metadata.url == "https://news.example/kremlin"
    assert FRENCH in doc.content
    assert doc.metadata.published == "2022-10-05"


def test_damaged_warc_keeps_records_before_the_damage(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(_warc_bytes(True)[:-40] + b"garbage")
    docs = [i for i in read(path) if isinstance(i, RawDocument)]
    assert [d.source for d in docs] == ["https://news.example/kremlin"]


def test_warc_with_broken_record_header_is_reported(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>")
    items = read(path)
    assert len(items) == 1 and isinstance(items[0], ItemError)
    assert items[0].source == str(path) and "damaged WARC" in items[0].reason


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"", "empty"),
        (b"   \n\t\n  ", "whitespace"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(range(256)) * 4, "binary"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 100, "binary"),
    ],
)
def test_unusable_files_are_reported_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    items = read(path)
    assert len(items) == 1 and isinstance(items[0], ItemError)
    assert items[0].source == str(path)
    assert reason in items[0].reason


def test_file_over_max_bytes_is_skipped(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    items = read(path, max_bytes=1000)
    assert len(items) == 1 and isinstance(items[0], ItemError)
    assert "over --max-bytes" in items[0].reason


def test_discover_walks_directories_expands_globs_and_reports_missing(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.txt", "a/b/two.html", "a/.hidden.txt", "three.jsonl"):
        (tmp_path / name).write_text("x")
    found = discover([str(tmp_path / "a"), str(tmp_path / "*.jsonl"), str(tmp_path / "missing.txt")])
    assert [p.name for p in found.files] == ["two.html", "one.txt", "three.jsonl"]  # sorted by path
    assert len(found.errors) == 1 and "no such file" in found.errors[0].reason


def test_discover_survives_symlink_loops(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "doc.txt").write_text("x")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    os.symlink(tmp_path / "nowhere", tmp_path / "d" / "dangling.txt")
    found = discover([str(tmp_path / "d")])
    assert [p.name for p in found.files] == ["doc.txt"]
    assert [Path(e.source).name for e in found.errors] == ["dangling.txt"]


def test_gzip_that_is_not_warc_is_reported(tmp_path):
    path = tmp_path / "notes.txt.gz"
    path.write_bytes(gzip.compress(b"plain text inside"))
    items = read(path)
    assert len(items) == 1 and isinstance(items[0], ItemError) and "gzip" in items[0].reason


def test_utf8_file_with_lines_in_a_legacy_encoding_decodes_each_line(tmp_path):
    path = tmp_path / "feed.txt"
    path.write_bytes(f"1. {RUSSIAN}\n".encode() + f"2. {RUSSIAN}\n".encode("cp1251") + f"3. {FRENCH}\n".encode())
    doc = only_doc(path)
    assert doc.content == f"1. {RUSSIAN}\n2. {RUSSIAN}\n3. {FRENCH}\n"
    assert doc.encoding == "utf-8+cp1251"


def test_stray_nul_bytes_after_the_head_are_dropped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes((FRENCH + "\n").encode() * 60 + b"\x00\x00" + RUSSIAN.encode())
    doc = only_doc(path)
    assert "\x00" not in doc.content and doc.content.endswith(RUSSIAN)


def test_zero_width_characters_alone_are_no_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\u200b\n\u200d \ufeff\u2060\n", encoding="utf-8")
    items = read(path)
    assert len(items) == 1 and isinstance(items[0], ItemError) and "whitespace" in items[0].reason


def test_warc_gzip_bomb_is_refused_before_inflating(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for uri, body in [("https://a.example/", f"<html><body><p>{FRENCH}</p></body></html>".encode()),
                      ("https://bomb.example/", b"<p>" + b"a" * (16 * 1024 * 1024))]:
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 100_000
    items = read(path, max_decompressed_bytes=1024 * 1024)
    assert [type(i) for i in items] == [RawDocument, ItemError]
    assert "decompression limit" in items[1].reason and items[1].source == str(path)


@pytest.mark.parametrize("data", [b"\x1f\x8b", b""], ids=["truncated-gzip", "empty"])
def test_a_warc_with_nothing_to_read_is_reported(tmp_path, data):
    path = tmp_path / "a.warc.gz"
    path.write_bytes(data)
    items = list(read_path(path, Settings()))
    assert len(items) == 1 and isinstance(items[0], ItemError), items


def test_a_jsonl_file_of_blank_lines_is_reported(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\t\n\n  \n")
    items = list(read_path(path, Settings()))
    assert len(items) == 1 and isinstance(items[0], ItemError) and "no documents" in items[0].reason
