"""Whichever engine runs the per-document stages, the export is the same.

Each engine analyses the same inputs into its own store; the corpus-level stages then run as
`storyline analyze` runs them, and the exports (JSON records and Parquet) must be equal.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from storyline.config import Settings
from storyline.engines import make_engine
from storyline.export import TABLES, iter_records
from storyline.ingest.discover import discover
from storyline.ingest.readers import read_path
from storyline.records import Document, ItemError, RawDocument
from storyline.run import run_corpus_stages
from storyline.store import open_store

HAS_RAY = importlib.util.find_spec("ray") is not None
HAS_PYARROW = importlib.util.find_spec("pyarrow") is not None
needs_ray = pytest.mark.skipif(not HAS_RAY, reason="ray not installed (pip install 'storyline[ray]')")

ENGINE_CONFIGS = [
    pytest.param(("local", 1), id="local-1"),
    pytest.param(("local", 2), id="local-2"),
    pytest.param(("ray", 2), id="ray-2", marks=needs_ray),
]


def _raw_documents(paths: list[Path], settings: Settings) -> list[RawDocument]:
    found = discover([str(p) for p in paths])
    raws = []
    for path in found.files:
        raws += [item for item in read_path(path, settings) if isinstance(item, RawDocument)]
    return raws


def _export_with(engine_name: str, workers: int, raws: list[RawDocument], settings: Settings, db: Path) -> dict:
    """What `storyline export` would give after analysing `raws` with this engine."""
    settings = settings.with_(db_path=db)
    with make_engine(engine_name, settings, workers=workers) as engine:
        results = list(engine.run(raws, batch_size=settings.batch_size))
    assert len(results) == len(raws)
    for raw, result in zip(raws, results):  # one result per input, in input order
        assert result.id == raw.id if isinstance(result, Document) else result.source == raw.source
    docs = [r for r in results if isinstance(r, Document)]
    errors = [r for r in results if isinstance(r, ItemError)]
    with open_store(db) as store:
        run = store.start_run({"engine": engine_name})
        store.save_documents(docs, errors, run)
        run_corpus_stages(store, settings)
        exported: dict = {table: [] for table in TABLES}
        for table, record in iter_records(store):
            exported[table].append(record)
    exported["errors"] = sorted((e.source, e.reason) for e in errors)
    return exported


@pytest.fixture(scope="module", autouse=True)
def one_ray_instance():
    """One local Ray instance for the module (the engine reuses a running one and leaves it running),
    instead of starting Ray for every test."""
    if not HAS_RAY:
        yield
        return
    import ray

    # two actors plus one CPU for Ray Data's own tasks, as the engine sizes its private instance
    ray.init(num_cpus=3, include_dashboard=False, log_to_driver=False, object_store_memory=256 * 1024 * 1024)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def example_raws(examples) -> tuple[list[RawDocument], Settings]:
    settings = Settings()  # the full pipeline, vectors included
    return _raw_documents([examples], settings), settings


@pytest.fixture(scope="module")
def example_reference(example_raws, tmp_path_factory) -> dict:
    raws, settings = example_raws
    return _export_with("local", 1, raws, settings, tmp_path_factory.mktemp("ref") / "ref.db")


@pytest.fixture(scope="module")
def slavicner_raws(shared_data) -> tuple[list[RawDocument], Settings]:
    """~200 SlavicNER articles (6 languages, 3 topics) read as plain text, vectors off to stay fast."""
    root = shared_data / "slavicner" / "raw"
    files = []
    for topic in ("brexit", "nord_stream", "ryanair"):
        for language in ("bg", "cs", "pl", "ru", "sl", "uk"):
            files += sorted((root / topic / language).glob("*.txt"))[:12]
    settings = Settings(embed=False)
    unique = {raw.id: raw for raw in _raw_documents(files, settings)}  # the corpus repeats a few articles
    return list(unique.values()), settings


@pytest.mark.parametrize("config", ENGINE_CONFIGS)
def test_example_corpus_same_export_whatever_engine(config, example_raws, example_reference, tmp_path):
    raws, settings = example_raws
    engine_name, workers = config
    exported = _export_with(engine_name, workers, raws, settings, tmp_path / "s.db")
    assert exported["documents"], "the example corpus must produce documents"
    assert exported["claims"], "the example corpus must produce claims"
    for table in (*TABLES, "errors"):
        assert exported[table] == example_reference[table], f"{table} differs with {engine_name} x{workers}"


@pytest.mark.parametrize("config", [c for c in ENGINE_CONFIGS if c.id != "local-1"])
def test_slavicner_same_export_whatever_engine(config, slavicner_raws, tmp_path):
    raws, settings = slavicner_raws
    assert len(raws) >= 180
    reference = _export_with("local", 1, raws, settings, tmp_path / "ref.db")
    engine_name, workers = config
    exported = _export_with(engine_name, workers, raws, settings, tmp_path / "s.db")
    assert len(exported["documents"]) + len(exported["errors"]) == len(raws)  # each stored or reported
    assert len(exported["documents"]) >= 0.9 * len(raws)
    assert exported["mentions"], "SlavicNER articles must produce entity mentions"
    for table in (*TABLES, "errors"):
        assert exported[table] == reference[table], f"{table} differs with {engine_name} x{workers}"


@pytest.mark.skipif(not (HAS_PYARROW and importlib.util.find_spec("duckdb")), reason="pyarrow or duckdb not installed")
def test_slavicner_corpus_stages_on_records_with_duckdb_equal_the_stores(slavicner_raws, tmp_path):
    """The corpus stages run on a record dataset (DuckDB, no store) give the store's export."""
    from storyline.dataset.corpus import RecordsCorpus
    from storyline.dataset.files import RecordsWriter

    raws, settings = slavicner_raws
    reference = _export_with("local", 2, raws, settings, tmp_path / "ref.db")
    records = str(tmp_path / "records")
    with make_engine("local", settings, workers=2) as engine, RecordsWriter(records, part_rows=64) as writer:
        writer.write(engine.run(raws, batch_size=settings.batch_size))
    with RecordsCorpus([records]) as corpus:
        run_corpus_stages(corpus, settings)
        exported: dict = {table: [] for table in TABLES}
        for table, record in iter_records(corpus):
            exported[table].append(record)
        exported["errors"] = sorted((e.source, e.reason) for e in corpus.summary.errors)
    assert exported["entities"] and exported["events"]
    for table in (*TABLES, "errors"):
        assert exported[table] == reference[table], f"{table} differs when the corpus stages read records"


@pytest.mark.skipif(not (HAS_PYARROW and importlib.util.find_spec("duckdb")), reason="pyarrow or duckdb not installed")
def test_example_stories_from_records_with_duckdb_equal_the_stores(example_raws, tmp_path):
    """With document vectors, the stories stage on records finds the store's stories."""
    from storyline.dataset.corpus import RecordsCorpus
    from storyline.dataset.files import RecordsWriter

    raws, settings = example_raws
    records = str(tmp_path / "records")
    with make_engine("local", settings, workers=1) as engine:
        results = list(engine.run(raws, batch_size=settings.batch_size))
    with RecordsWriter(records) as writer:
        writer.write(results)
    with open_store(tmp_path / "s.db") as store:
        store.save_documents([r for r in results if isinstance(r, Document)], [], store.start_run({}))
        run_corpus_stages(store, settings)
        from_store = store.stories()
    with RecordsCorpus([records]) as corpus:
        run_corpus_stages(corpus, settings)
        from_records = corpus.stories
    assert from_store, "the example corpus (vectors on) forms a story"
    key = lambda s: (s.id, sorted(s.documents), s.title, s.first_published, s.last_published)  # noqa: E731
    assert sorted(map(key, from_records)) == sorted(map(key, from_store))


def test_bad_document_is_an_item_error_and_the_rest_go_on(example_raws):
    raws, _ = example_raws
    limit = max(len(raws[0].content), len(raws[1].content))
    settings = Settings(embed=False, max_chars=limit)
    # a document over the size limit is that document's error only, in the pool as in-process
    broken = RawDocument(id="broken", source="broken.txt", format="text", kind="text", content="word " * limit,
                         raw=b"")
    batch = [raws[0], broken, raws[1]]
    for workers in (1, 2):
        with make_engine("local", settings, workers=workers) as engine:
            results = engine.analyze_batch(batch)
        assert [type(r) for r in results] == [Document, ItemError, Document]
        assert results[1].source == "broken.txt" and results[1].reason


def test_workers_zero_means_one_per_cpu():
    from storyline.engines import auto_workers

    engine = make_engine("local", Settings(embed=False), workers=0)
    assert engine.workers == auto_workers() >= 1


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown engine"):
        make_engine("spark", Settings())


def test_ray_engine_without_ray_says_how_to_install(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "ray", None)  # what `import ray` sees when it is not installed
    engine = make_engine("ray", Settings(embed=False), workers=1)
    with pytest.raises(RuntimeError, match=r"storyline\[ray\]"):
        engine.analyze_batch([])


@pytest.mark.skipif(not HAS_PYARROW, reason="pyarrow not installed (pip install 'storyline[ray]')")
def test_parquet_export_round_trips_the_json_export(example_reference, example_store, tmp_path):
    from storyline.export.parquet import read_parquet, write_parquet

    with open_store(example_store, readonly=True) as store:
        expected: dict = {table: [] for table in TABLES}
        for table, record in iter_records(store):
            expected[table].append(record)
        files = write_parquet(store, tmp_path / "dataset")
    assert sorted(Path(f).name for f in files) == sorted(f"{t}.parquet" for t in TABLES)
    assert read_parquet(tmp_path / "dataset") == expected
    assert expected["claims"] and expected["mentions"]


@pytest.mark.skipif(not HAS_PYARROW, reason="pyarrow not installed")
def test_parquet_export_of_an_empty_store_has_every_table_with_columns(tmp_path):
    import pyarrow.parquet as pq

    from storyline.export.parquet import table_schemas, write_parquet

    with open_store(tmp_path / "empty.db") as store:
        write_parquet(store, tmp_path / "out")
    for table, schema in table_schemas().items():
        read = pq.read_table(tmp_path / "out" / f"{table}.parquet")
        assert read.num_rows == 0 and read.schema.names == schema.names


# -- the command line (active once the issue-8 cli.py diff is applied) ----------------------------
@pytest.mark.skipif(not HAS_PYARROW, reason="pyarrow not installed")
def test_cli_export_parquet_writes_every_table(example_store, tmp_path):
    from click.testing import CliRunner

    from storyline.cli import main
    from storyline.export.parquet import read_parquet

    result = CliRunner().invoke(main, ["export", "--db", str(example_store), "--format", "parquet",
                                       "-o", str(tmp_path / "pq")])
    assert result.exit_code == 0, result.output
    with open_store(example_store, readonly=True) as store:
        documents = [r for t, r in iter_records(store) if t == "documents"]
    assert read_parquet(tmp_path / "pq")["documents"] == documents


def test_cli_ray_engine_without_ray_is_a_clear_error(examples, tmp_path, monkeypatch):
    import sys

    from click.testing import CliRunner

    from storyline.cli import main

    monkeypatch.setitem(sys.modules, "ray", None)
    result = CliRunner().invoke(main, ["analyze", str(examples), "--db", str(tmp_path / "s.db"),
                                       "--engine", "ray", "--no-embed", "-q"])
    assert result.exit_code != 0
    assert "storyline[ray]" in result.output
