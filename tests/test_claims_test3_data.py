"""The blind `test3` claims set (data/claims/test3.jsonl) is usable: every record parses with the
evaluator's reader (texts found and unchanged, mention offsets and claim evidence match the text,
speakers and participants are gold mentions), and it is what its draw says it is — an unbroken
prefix of each seeded list of `draw_test3.py`, with the boilerplate mentions reproduced from the
committed name lists."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from storyline.dates.interval import parse_time
from storyline.eval.claims import load_gold

CLAIMS = Path(__file__).resolve().parents[1] / "data" / "claims"
TEST3 = CLAIMS / "test3.jsonl"
RELATIONS = {"contact", "meet", "negotiate", "visit", "invite", "cooperate", "request"}
STANCES = {"asserts", "denies", "confirms"}


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _records() -> list[dict]:
    return [json.loads(line) for line in TEST3.read_text(encoding="utf-8").splitlines() if line.strip()]


def _field_text(source: str, data_root: Path) -> str:
    """The text of a ``file.json#field`` source (boilerplate article bodies are stored by reference)."""
    path, _, field = source.partition("#")
    return json.loads((data_root / path).read_text(encoding="utf-8"))[field]


@pytest.fixture(scope="module")
def inline_copy(shared_data, tmp_path_factory) -> Path:
    """test3.jsonl with the referenced JSON fields put inline, hash-checked, so that `load_gold`
    reads every record whether or not it resolves ``#field`` sources itself."""
    path = tmp_path_factory.mktemp("test3") / "test3_inline.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for record in _records():
            if "#" in record["source"]:
                text = _field_text(record["source"], shared_data)
                assert hashlib.sha256(text.encode("utf-8")).hexdigest() == record["text_sha256"], record["doc"]
                record = dict(record, text=text)
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def test_every_record_parses_with_its_evidence_and_mentions(shared_data, inline_copy):
    records = _records()
    documents = load_gold(inline_copy, data_root=shared_data)  # raises on a bad offset, evidence or name
    assert len(documents) == len(records) and len({d.doc for d in documents}) == len(records)
    for document in documents:
        assert document.split == "test3"
        for mention in document.mentions:
            assert document.text[mention.start : mention.end] == mention.text
        for claim in document.claims:
            assert document.text[claim.start : claim.end] == claim.evidence
            assert claim.relation in RELATIONS and claim.stance in STANCES, document.doc
            assert len(claim.participants) >= 2 or claim.speaker in claim.participants, document.doc
            if claim.when:
                parse_time(claim.when)
        if document.published:
            parse_time(document.published)


def test_slavicner_records_load_straight_from_the_corpus(shared_data):
    missing: list[str] = []
    documents = load_gold(TEST3, data_root=shared_data, missing=missing)
    slavic = [r for r in _records() if r["source"].startswith("slavicner/")]
    assert {d.doc for d in documents} >= {r["doc"] for r in slavic}
    assert not [m for m in missing if "slavicner/" in m]


def test_records_are_an_unbroken_prefix_of_the_seeded_draw(shared_data):
    draw = _module(CLAIMS / "draw_test3.py", "draw_test3")
    records = _records()
    slavic = [r["source"] for r in records if r["source"].startswith("slavicner/")]
    boilerplate = [r["source"] for r in records if r["source"].startswith("boilerplate/")]
    assert len(slavic) + len(boilerplate) == len(records)
    drawn_slavic = [f"slavicner/raw/{t}/{lang}/{name}.txt" for t, lang, name in draw.slavicner_pool(shared_data)]
    drawn_boilerplate = [f"boilerplate/gold/{name}#articleBody" for name, _ in draw.boilerplate_pool(shared_data)]
    assert slavic == drawn_slavic[: len(slavic)]
    assert boilerplate == drawn_boilerplate[: len(boilerplate)]


def test_boilerplate_mentions_are_every_occurrence_of_the_name_lists(shared_data):
    mark = _module(CLAIMS / "test3_names" / "mark.py", "test3_mark")
    for record in _records():
        if not record["source"].startswith("boilerplate/"):
            continue
        name_file = CLAIMS / "test3_names" / record["source"].split("/")[-1].split("#")[0]
        spec = json.loads(name_file.read_text(encoding="utf-8"))
        assert spec["source"] == record["source"] and spec["language"] == record["language"]
        body = mark.body_of(spec["source"], shared_data)
        assert record["mentions"] == mark.mentions_of(body, spec["names"])
