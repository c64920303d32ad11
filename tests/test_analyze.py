"""`storyline analyze` and `export` end to end: idempotence, resume after a kill, bad input, schema."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.export import load_schema


def cli(*args: str) -> "click.testing.Result":
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def export_json(db: Path) -> dict:
    result = cli("export", "--db", str(db))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_example_corpus_is_analysed_and_export_matches_schema(example_store):
    data = export_json(example_store)
    jsonschema.validate(data, load_schema())
    docs = {Path(d["source"]).name: d for d in data["documents"]}
    assert len(docs) == 5
    assert {d["language"] for d in docs.values()} == {"en", "ru", "bg"}
    bulgarian = docs["002_956bc108c599857a.txt"]
    assert bulgarian["language"] == "bg"
    assert bulgarian["published"] == "2025-03" and bulgarian["published_evidence"] == "metadata:line"
    assert "date 2025-03" not in bulgarian["text"]
    # ad lines are boilerplate, not body
    assert "Kwork.ru" not in docs["000_0abcb6ec407da9da.txt"]["text"]
    assert "Peskov" in docs["000_0abcb6ec407da9da.txt"]["text"]


STAGE_OUTPUTS = {"entities": ["mentions"], "resolve": ["entities"], "claims": ["claims"],
                 "events": ["events", "contradictions"]}


def test_stages_not_built_produce_nothing(example_store):
    from storyline.pipeline import describe_stages

    data = export_json(example_store)
    missing = {s.name for s in describe_stages() if not s.built}
    for stage, tables in STAGE_OUTPUTS.items():
        if stage in missing:
            assert all(data[table] == [] for table in tables), stage


def test_reanalysing_stores_each_document_once(tmp_path, examples):
    db = tmp_path / "s.db"
    first = cli("analyze", str(examples), "--db", str(db), "-q")
    copy = tmp_path / "same-article-elsewhere.txt"
    copy.write_bytes((examples / "000_0abcb6ec407da9da.txt").read_bytes())
    second = cli("analyze", str(examples), str(copy), str(examples / "*.txt"), "--db", str(db), "-q")
    assert "ingested 5, skipped 0" in first.output
    # the glob names the same files again (read once); the copy has the same content (stored once)
    assert "ingested 0, skipped 6" in second.output and second.exit_code == 0
    forced = cli("analyze", str(examples), "--db", str(db), "--force", "-q")
    assert "ingested 5" in forced.output
    assert len(export_json(db)["documents"]) == 5


def test_export_formats(tmp_path, example_store):
    result = cli("export", "--db", str(example_store), "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["table"] for r in records].count("documents") == 5
    out = tmp_path / "csv"
    result = cli("export", "--db", str(example_store), "--format", "csv", "-o", str(out))
    assert result.exit_code == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{t}.csv" for t in ("documents", "entities", "mentions", "claims", "events", "contradictions"))
    assert (out / "documents.csv").read_text(encoding="utf-8").count("musk-kremlin") >= 5


def test_export_of_missing_store_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code != 0
    assert "no store" in result.output


def test_no_clean_keeps_offsets_equal_to_input_offsets(tmp_path):
    text = "Title line\r\n\r\nKwork.ru - услуги фрилансеров от 500 руб.\r\nПесков заявил журналистам в пятницу, что встреча не планируется.\r\n"
    path = tmp_path / "annotated.txt"
    path.write_bytes(text.encode("utf-8"))
    db = tmp_path / "s.db"
    assert cli("analyze", str(path), "--db", str(db), "--no-clean", "-q").exit_code == 0
    (doc,) = export_json(db)["documents"]
    assert doc["text"] == text.replace("\r\n", "\n")
    assert doc["title"] is None


def test_bad_inputs_are_reported_per_item_and_the_run_goes_on(tmp_path, examples):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_bytes((examples / "004_6594df29a7c5b659.txt").read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_bytes(b"  \n \n")
    (corpus / "binary.bin").write_bytes(b"\x00\x01\x02\x03" * 100)
    (corpus / "big.txt").write_text("word " * 5000)
    (corpus / "feed.jsonl").write_text('{"text": "A short but real article body about the meeting."}\n{broken\n')
    db = tmp_path / "s.db"
    result = CliRunner().invoke(main, ["analyze", str(corpus), str(tmp_path / "missing"), "--db", str(db),
                                       "--max-bytes", "20000"])
    assert result.exit_code == 0
    stderr = result.stderr
    for name, reason in [("empty.txt", "empty"), ("blank.txt", "whitespace"), ("binary.bin", "binary"),
                         ("big.txt", "over --max-bytes"), ("feed.jsonl#L2", "not valid JSON"), ("missing", "no such file")]:
        assert any(name in line and reason in line for line in stderr.splitlines()), (name, stderr)
    assert "ingested 2" in result.stdout and "failed 6" in result.stdout
    info = cli("info", "--db", str(db))
    assert "feed.jsonl#L2" in info.output


def test_languages_without_a_claims_lexicon_are_named(tmp_path):
    text = ("Orbán Viktor találkozott Vlagyimir Putyinnal\n\nOrbán Viktor magyar miniszterelnök kedden "
            "Moszkvában találkozott Vlagyimir Putyin orosz elnökkel, közölte a Kreml.\n")
    (tmp_path / "hu.txt").write_text(text, encoding="utf-8")
    (tmp_path / "ru.txt").write_text("Песков заявил журналистам в пятницу, что встреча Путина и Маска не планируется.\n",
                                     encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path), "--db", db, "--no-embed"])
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.stderr.splitlines() if "no claims lexicon" in line]
    assert "hu (1 document)" in line and "ru (" not in line
    exported = export_json(tmp_path / "s.db")
    (hungarian,) = [d["id"] for d in exported["documents"] if d["language"] == "hu"]
    assert all(claim["document"] != hungarian for claim in exported["claims"])
    # -q prints the summary only
    quiet = CliRunner().invoke(main, ["analyze", str(tmp_path), "--db", db, "--no-embed", "--force", "-q"])
    assert "no claims lexicon" not in quiet.stderr


def test_nothing_ingested_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    assert "empty" in result.stderr


def test_killed_run_leaves_a_consistent_store_and_resumes(tmp_path, examples):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bodies = [p.read_text(encoding="utf-8") for p in sorted(examples.iterdir())]
    total = 400
    for i in range(total):
        (corpus / f"{i:04d}.txt").write_text(f"{bodies[i % 5]}\n\nDocument number {i}.\n", encoding="utf-8")
    db = tmp_path / "s.db"
    command = [sys.executable, "-m", "storyline", "analyze", str(corpus), "--db", str(db), "--batch-size", "5", "--no-embed", "-q"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 10:
                break
    assert process.poll() is None, "the run finished before it could be killed; make the corpus larger"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        # whole batches only: every stored document has its text
        assert conn.execute("SELECT count(*) FROM documents WHERE text = ''").fetchone()[0] == 0
    assert 10 <= partial < total
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert f"skipped {partial}" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == total
        assert conn.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0] == total


def test_worker_pool_gives_the_same_result_as_in_process(tmp_path, examples, example_store):
    db = tmp_path / "pool.db"
    result = cli("analyze", str(examples), "--db", str(db), "--workers", "2", "-q")
    assert "ingested 5" in result.output
    pooled, single = export_json(db), export_json(example_store)
    assert pooled["documents"] == single["documents"]


def test_the_main_job_shows_the_contested_contact_claims(example_store):
    """What the brief asks of the demo: the 2024 "regular contact" report (WSJ) against Peskov's
    denial, and Bremmer's report of the 2022 call against the denials of Musk and the Kremlin."""
    from storyline.stories.timeline import timeline
    from storyline.store.sqlite import SqliteStore

    with SqliteStore(example_store, readonly=True) as store:
        rows = [r for r in timeline(store, ["Elon Musk", "Путин"]) if r.relation == "contact"]
    contested = [r for r in rows if r.status == "contested"]

    def sides(row):
        return " ".join(e.who for e in row.supporting), " ".join(e.who for e in row.opposing)

    report_2024 = [r for r in contested if r.when and "2024" in r.when]
    assert report_2024, [(r.when, r.status, sides(r)) for r in rows]
    supporting, opposing = sides(report_2024[0])
    assert "Wall Street Journal" in supporting and "Peskov" in opposing
    bremmer = [r for r in contested if "Bremmer" in sides(r)[0]]
    assert bremmer, [(r.when, r.status, sides(r)) for r in rows]
    assert "Musk" in sides(bremmer[0])[1] and "Kremlin" in sides(bremmer[0])[1]
