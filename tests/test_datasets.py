"""Per-document record datasets (Parquet): `analyze --records` then `load` gives what `analyze`
gives; a killed run resumes; Parquet article files are an input format like JSONL."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.config import Settings
from storyline.export import TABLES, iter_records
from storyline.records import Claim, Document, ItemError, Mention, Paragraph, RawDocument, RemovedBlock, Span
from storyline.store import open_store

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None,
                                reason="pyarrow not installed (pip install 'storyline[parquet]')")


def _cli(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result


def _export(db: Path) -> dict:
    exported: dict = {t: [] for t in TABLES}
    with open_store(db, readonly=True) as store:
        for table, record in iter_records(store):
            exported[table].append(record)
    return exported


def test_a_document_round_trips_through_a_record_row_exactly():
    from storyline.dataset.rows import document_row, error_row, row_result, skipped_row

    doc = Document(
        id="d1", source="a.html", format="html", raw=b"<p>raw</p>", text="Путин и Маск говорили.", encoding="utf-8",
        title="T", url="https://x/y", site="x", language="ru", published="2022-10", published_evidence="html:htmldate",
        not_before="2021", paragraphs=[Paragraph(0, 22, "ru")], sentences=[Span(0, 22)],
        removed=[RemovedBlock("Читайте также", "link list")],
        mentions=[Mention(0, 5, "Путин", "PER", "Путин"), Mention(8, 12, "Маск", "PER", None)],
        claims=[Claim(id="d1:0", start=0, end=22, stance="asserts", relation="contact", participants=[0, 1],
                      speaker=None, via=[1], when="~2021-04", when_text="полтора года назад", cameo="04",
                      summary="s", quote=True, trigger="говорили")],
        stages_run=["clean", "language"], embedding=b"\x00\x01\x02\x03",
    )
    assert row_result(document_row(doc)) == doc
    assert row_result(error_row(ItemError("b.txt", "empty file"))) == ItemError("b.txt", "empty file")
    assert row_result(skipped_row("d2", "c.txt")) is None


@pytest.fixture(scope="module")
def records_and_direct(examples, tmp_path_factory) -> tuple[Path, Path, Path]:
    """The example corpus analysed twice (vectors off): into a record dataset then loaded, and
    straight into a store."""
    root = tmp_path_factory.mktemp("records")
    records, loaded, direct = root / "records", root / "loaded.db", root / "direct.db"
    result = _cli("analyze", str(examples), "--records", str(records), "--no-embed", "-q")
    assert result.exit_code == 0, result.output
    result = _cli("load", str(records), "--db", str(loaded), "-q")
    assert result.exit_code == 0, result.output
    result = _cli("analyze", str(examples), "--db", str(direct), "--no-embed", "-q")
    assert result.exit_code == 0, result.output
    return records, loaded, direct


def test_records_then_load_equals_analyze_into_the_store(records_and_direct):
    _, loaded, direct = records_and_direct
    via_records, straight = _export(loaded), _export(direct)
    assert via_records["documents"] and via_records["claims"] and via_records["events"]
    assert via_records == straight


def _parquet_tables(folder: Path) -> dict:
    import pyarrow.parquet as pq

    return {table: pq.read_table(folder / f"{table}.parquet").to_pylist() for table in TABLES}


needs_duckdb = pytest.mark.skipif(importlib.util.find_spec("duckdb") is None,
                                  reason="duckdb not installed (pip install 'storyline[parquet]')")


@needs_duckdb
def test_corpus_stages_on_records_write_what_load_and_export_write(records_and_direct, tmp_path):
    records, loaded, _ = records_and_direct
    result = _cli("corpus", str(records), "-o", str(tmp_path / "duck"))
    assert result.exit_code == 0, result.output
    exported = _cli("export", "--db", str(loaded), "--format", "parquet", "-o", str(tmp_path / "store"))
    assert exported.exit_code == 0, exported.output
    from_records, from_store = _parquet_tables(tmp_path / "duck"), _parquet_tables(tmp_path / "store")
    assert from_records["entities"] and from_records["events"] and from_records["contradictions"]
    assert any(m["entity"] for m in from_records["mentions"])
    for table in TABLES:
        assert from_records[table] == from_store[table], table
    assert (tmp_path / "duck" / "stories.parquet").exists()


@needs_duckdb
def test_corpus_stages_read_each_document_once_and_report_errors(records_and_direct, tmp_path):
    from storyline.dataset.files import recorded_ids

    records, _, _ = records_and_direct
    result = _cli("corpus", str(records), str(records), str(tmp_path / "nowhere"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    documents = len(recorded_ids(str(records)))
    assert f"{documents} documents ({documents} duplicate rows ignored), 1 errors" in result.output
    assert "nowhere: cannot read records" in result.output
    tables = _parquet_tables(tmp_path / "out")
    assert len(tables["documents"]) == documents
    import pyarrow.parquet as pq

    errors = pq.read_table(tmp_path / "out" / "errors.parquet").to_pylist()
    assert [e["source"] for e in errors] == [str(tmp_path / "nowhere")]
    missing = _cli("corpus", str(tmp_path / "nowhere"), "-o", str(tmp_path / "none"))
    assert missing.exit_code == 1 and "0 documents" in missing.output


def test_records_run_resumes_without_redoing_recorded_documents(records_and_direct, examples, tmp_path):
    from storyline.dataset.files import read_records, recorded_ids

    records, _, _ = records_and_direct
    # a run "killed" after one document: its dataset holds that document only
    partial = tmp_path / "partial"
    first = sorted(p for p in examples.iterdir() if p.is_file())[0]
    assert _cli("analyze", str(first), "--records", str(partial), "--no-embed", "-q").exit_code == 0
    assert len(recorded_ids(str(partial))) == 1
    again = _cli("analyze", str(examples), "--records", str(partial), "--no-embed", "-q")
    assert again.exit_code == 0, again.output
    assert "skipped 1" in again.output
    ids = [doc.id for batch in read_records(str(partial)) for doc in batch]
    assert len(ids) == len(set(ids)) == len(recorded_ids(str(records)))
    # loading twice stores each document once
    db = tmp_path / "s.db"
    assert _cli("load", str(partial), "--db", str(db), "-q").exit_code == 0
    result = _cli("load", str(partial), "--db", str(db), "-q")
    assert f"loaded 0, skipped {len(ids)}" in result.output


def test_load_of_a_missing_dataset_is_a_clear_error(tmp_path):
    result = _cli("load", str(tmp_path / "nowhere"), "--db", str(tmp_path / "s.db"))
    assert result.exit_code != 0
    assert "cannot read records" in result.output


def test_parquet_articles_are_an_input_format(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from storyline.ingest.readers import read_path

    rows = [
        {"text": "Kremlin spokesman Dmitry Peskov denied the report on Tuesday.", "html": None,
         "url": "https://example.org/a", "title": "Denial", "published": "2024-10-25", "language": "en"},
        {"text": None, "html": None, "url": None, "title": "nothing", "published": None, "language": None},
        {"text": None, "html": "<html><body><p>Илон Маск разговаривал с Путиным.</p></body></html>",
         "url": None, "title": None, "published": None, "language": None},
    ]
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    results = list(read_path(path, Settings()))
    assert [type(r) for r in results] == [RawDocument, ItemError, RawDocument]
    first, bad, third = results
    assert first.source == "https://example.org/a" and first.metadata.published == "2024-10-25"
    assert first.metadata.published_evidence == "metadata:parquet" and first.kind == "text"
    assert bad.source.endswith("#row2") and "no non-empty 'text' or 'html'" in bad.reason
    assert third.kind == "html" and third.format == "parquet"
    # the same rows give the same ids (a re-run skips them)
    assert [r.id for r in read_path(path, Settings()) if isinstance(r, RawDocument)] == [first.id, third.id]


def test_a_damaged_parquet_file_is_one_error_and_the_run_goes_on(examples, tmp_path):
    broken = tmp_path / "in" / "broken.parquet"
    broken.parent.mkdir()
    broken.write_bytes(b"PAR1" + b"\x00garbage" * 10)
    good = sorted(p for p in examples.iterdir() if p.is_file())[0]
    (tmp_path / "in" / good.name).write_bytes(good.read_bytes())
    result = _cli("analyze", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"), "--no-embed")
    assert result.exit_code == 0, result.output
    assert "ingested 1" in result.output
    assert "broken.parquet: cannot read Parquet" in result.output


@needs_duckdb
def test_records_corpus_reads_documents_vectors_and_mentions_back(tmp_path):
    import numpy as np

    from storyline.dataset.corpus import RecordsCorpus
    from storyline.dataset.files import RecordsWriter

    vectors = {f"d{i}": np.eye(4, dtype="<f4")[i % 4] for i in range(6)}
    docs = [Document(id=f"d{i}", source=f"d{i}.txt", format="text", raw=b"x", text=f"Text {i}.", title=f"T{i}",
                     language="en", published=f"2024-0{i + 1}", embedding=vectors[f"d{i}"].tobytes(),
                     mentions=[Mention(0, 4, "Text", "ORG", "Text"), Mention(5, 6, str(i), "MISC", str(i))])
            for i in range(6)]
    docs[5].embedding = None
    records = str(tmp_path / "records")
    with RecordsWriter(records, part_rows=2) as writer:
        writer.write(docs + [ItemError("bad.txt", "empty file")])
    with RecordsCorpus([records]) as corpus:
        ids, matrix = corpus.embeddings()
        assert ids == [f"d{i}" for i in range(5)]  # the document without a vector is left out
        assert np.array_equal(matrix, np.stack([vectors[i] for i in ids]))
        rows = corpus.documents_by_id(["d3", "d1", "nope"], text=False)
        assert set(rows) == {"d1", "d3"} and rows["d3"]["title"] == "T3" and "text" not in rows["d3"]
        found = corpus.mentions_of(["d2", "d4"])
        assert [m.text for m in found["d4"]] == ["Text", "4"] and set(found) == {"d2", "d4"}
        assert [d.id for d in corpus.iter_documents()] == [f"d{i}" for i in range(6)]  # by date
        assert corpus.summary.errors == [ItemError("bad.txt", "empty file")]


def test_records_corpus_reads_in_batches_and_pages_in_store_order(tmp_path, monkeypatch):
    # rows are copied a few at a time and documents read back a page at a time: the first row of a
    # repeated id (in the order the datasets were given) wins, and the order is the store's
    from storyline.dataset import corpus as corpus_module
    from storyline.dataset.corpus import RecordsCorpus
    from storyline.dataset.files import RecordsWriter

    monkeypatch.setattr(corpus_module, "LOAD_BATCH_ROWS", 2)
    monkeypatch.setattr(corpus_module, "DOCUMENT_PAGE_ROWS", 3)
    monkeypatch.setattr(corpus_module, "RANGE_ROWS", 4)  # mentions and claims in ranges of ~2 documents
    dates = ["2024-05", None, "2023-01-02", "2024-05", None, "2022", "2023-01-01"]

    def docs(title):
        return [Document(id=f"d{i}", source=f"d{i}.txt", format="text", raw=b"x", text=f"Text {i}.",
                         title=f"{title} {i}", language="en", published=published,
                         mentions=[Mention(0, 4, "Text", "ORG", "Text"), Mention(5, 6, str(i), "MISC", str(i))],
                         claims=[Claim(id=f"d{i}:{k}", start=k, end=6, stance="asserts", relation="meet",
                                       participants=[0, 1]) for k in (1, 0)])
                for i, published in enumerate(dates)]

    first, second = str(tmp_path / "first"), str(tmp_path / "second")
    with RecordsWriter(first, part_rows=3) as writer:
        writer.write(docs("first")[:5])
    with RecordsWriter(second, part_rows=2) as writer:
        writer.write(docs("second"))
    with RecordsCorpus([first, second]) as corpus:
        read = list(corpus.iter_documents())
        assert [d.id for d in read] == ["d5", "d6", "d2", "d0", "d3", "d1", "d4"]  # dated by date, then id
        assert [d.title for d in read] == ["second 5", "second 6", "first 2", "first 0", "first 3", "first 1",
                                           "first 4"]
        assert corpus.summary.documents == 7 and corpus.summary.duplicates == 5
        assert len(corpus._ranges) > 2
        expected = [(f"d{i}", text) for i in range(7) for text in ("Text", str(i))]
        assert [(document, m.text) for document, m in corpus.iter_mentions()] == expected
        assert [c.id for _, c in corpus.iter_claims()] == [f"d{i}:{k}" for i in range(7) for k in (0, 1)]
