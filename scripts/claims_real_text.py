"""The real-text check of the claims rounds (issue 5): the claims stage on ~1,770 unannotated SlavicNER documents, so
that a change to the rules can be read claim by claim on text no annotation covers, and audits can draw random claims.

The set: the SlavicNER raw documents listed in data/claims/seen_by_rounds.txt (those the rounds' earlier real-text sets
covered, so that no blind split is read through it) minus any sharing two lines of 40+ characters with a document of
an annotated file (dev.jsonl, dev7.jsonl, test3.jsonl, test4.jsonl), run once through the pipeline's entities stage
(our NER: predicted mentions, as `analyze` stores them) and pickled. SlavicNER is for research use: the texts and
outputs stay in the cache folder, never in the repository.

    python scripts/claims_real_text.py build [--cache DIR]             # once, ~30 s: DIR/inputs.pkl
    python scripts/claims_real_text.py run OUT.json [--cache DIR]      # ~9 s: every claim, sentences re-split
    python scripts/claims_real_text.py diff OLD.json NEW.json          # the claims that changed, with their sentence
    python scripts/claims_real_text.py sample CLAIMS.json --seed N [--count 100]   # an audit's random claims
    python scripts/claims_real_text.py blind OLD.json NEW.json --seed N --count 60 --key KEY.json
                                        # two versions' random claims shuffled together, for one judge, blind

`blind` lets one judge compare two versions of the rules: judges differ more than rounds do, so audits by different
judges of different samples do not compare. It draws ``count`` random claims from each file (seeds N and N + 1),
shuffles them together, numbers them and writes which file each number came from to KEY.json, for after the judging.

`run` re-splits sentences with the current splitter, so a splitter change shows in the claims too. A round keeps a
change only if at least 80 % of its changed claims are right by the annotation guidelines (data/claims/README.md).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
import time
from pathlib import Path

from storyline.eval.claims import default_data_root, entities_stage, load_gold
from storyline.pipeline import paragraphs_of
from storyline.records import Document
from storyline.sentences.split import split_sentences

REPO = Path(__file__).resolve().parents[1]
ANNOTATED = ("dev.jsonl", "dev7.jsonl", "test3.jsonl", "test4.jsonl")
DEFAULT_CACHE = Path("/tmp/storyline-real-text")


def _line_keys(text: str) -> set[str]:
    # the same line test as data/claims/draw_test4.py: the corpus holds one article under several names
    return {" ".join(part.split()).lower() for part in re.split(r"[\n.!?]+", text) if len(part.strip()) >= 40}


def build(cache: Path) -> None:
    annotated: set[str] = set()
    for name in ANNOTATED:
        for gold in load_gold(REPO / "data" / "claims" / name):
            annotated |= _line_keys(gold.text)
    listed = [line.strip() for line in open(REPO / "data" / "claims" / "seen_by_rounds.txt", encoding="utf-8")
              if line.strip() and not line.startswith("#")]
    root = default_data_root() / "slavicner" / "raw"
    entities = entities_stage()
    documents, overlapping, started = [], 0, time.time()
    for name in listed:
        path = root / name
        text = path.read_text(encoding="utf-8")
        keys = _line_keys(text)
        if len(keys & annotated) >= 2 or (keys and keys <= annotated):
            overlapping += 1
            continue
        language = name.split("/")[1]
        doc = Document(id=name, source=str(path), format="text", raw=text.encode("utf-8"), text=text,
                       language=language, published=None)
        doc.paragraphs = paragraphs_of(text)
        for paragraph in doc.paragraphs:
            paragraph.language = language
        doc.sentences = split_sentences(text, language)
        documents.append(entities(doc))
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / "inputs.pkl", "wb") as f:
        pickle.dump(documents, f)
    print(f"{len(documents)} documents ({overlapping} sharing lines with annotated ones left out) -> "
          f"{cache / 'inputs.pkl'}, {time.time() - started:.0f} s")


def run(out: Path, cache: Path) -> None:
    from storyline.claims.extract import extract_claims

    with open(cache / "inputs.pkl", "rb") as f:
        documents = pickle.load(f)
    started, claims_by_doc, count = time.time(), {}, 0
    for doc in documents:
        doc.sentences = split_sentences(doc.text, doc.language)
        mentions = doc.mentions

        def name(i: int | None) -> str | None:
            return None if i is None else (mentions[i].lemma or mentions[i].text)

        claims_by_doc[doc.id] = [
            dict(span=[c.start, c.end], sentence=doc.text[c.start:c.end], relation=c.relation, stance=c.stance,
                 speaker=name(c.speaker), parties=sorted(name(p) for p in c.participants), via=[name(v) for v in c.via],
                 when=c.when, summary=c.summary, trigger=c.trigger)
            for c in extract_claims(doc)]
        count += len(claims_by_doc[doc.id])
    out.write_text(json.dumps(claims_by_doc, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(documents)} documents, {count} claims, {time.time() - started:.1f} s -> {out}")


def _key(claim: dict) -> tuple:
    # parties are sorted (a name set); the summary keeps a directed relation's direction ("Request from X to Y")
    return (claim["relation"], claim["stance"], claim["speaker"], tuple(claim["parties"]), tuple(claim["via"]),
            claim["when"], claim["summary"])


def diff(old_path: Path, new_path: Path) -> None:
    old, new = json.loads(old_path.read_text(encoding="utf-8")), json.loads(new_path.read_text(encoding="utf-8"))
    changes = 0
    for doc in sorted(set(old) | set(new)):
        before = {(tuple(c["span"]), _key(c)): c for c in old.get(doc, [])}
        after = {(tuple(c["span"]), _key(c)): c for c in new.get(doc, [])}
        gone = [c for k, c in before.items() if k not in after]
        added = [c for k, c in after.items() if k not in before]
        if not gone and not added:
            continue
        print(f"=== {doc}")
        for sentence in dict.fromkeys(c["sentence"] for c in gone + added):
            print("  |", sentence[:400].replace("\n", " "))
        for sign, claims in (("-", gone), ("+", added)):
            for c in claims:
                print(f"  {sign} {c['summary']} | {_key(c)}")
                changes += 1
    print(f"changes: {changes}", file=sys.stderr)


def sample(claims_path: Path, seed: int, count: int) -> None:
    claims_by_doc = json.loads(claims_path.read_text(encoding="utf-8"))
    everything = [(doc, c) for doc in sorted(claims_by_doc) for c in claims_by_doc[doc]]
    for i, (doc, c) in enumerate(random.Random(seed).sample(everything, min(count, len(everything))), 1):
        print(f"{i}. {doc} [{c['span'][0]}:{c['span'][1]}]")
        print("   |", c["sentence"][:500].replace("\n", " "))
        print("   ", c["summary"], "|", _key(c))


def blind(old_path: Path, new_path: Path, seed: int, count: int, key_path: Path) -> None:
    items = []
    for offset, (version, path) in enumerate((("old", old_path), ("new", new_path))):
        claims_by_doc = json.loads(path.read_text(encoding="utf-8"))
        everything = [(doc, c) for doc in sorted(claims_by_doc) for c in claims_by_doc[doc]]
        drawn = random.Random(seed + offset).sample(everything, min(count, len(everything)))
        items += [(version, doc, c) for doc, c in drawn]
    random.Random(seed + 2).shuffle(items)
    key = {}
    for i, (version, doc, c) in enumerate(items, 1):
        key[i] = version
        print(f"{i}. {doc} [{c['span'][0]}:{c['span'][1]}]")
        print("   |", c["sentence"][:500].replace("\n", " "))
        print("   ", c["summary"], "|", _key(c))
    key_path.write_text(json.dumps(key, indent=0), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("build", "run"):
        command = commands.add_parser(name)
        if name == "run":
            command.add_argument("out", type=Path)
        command.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    command = commands.add_parser("diff")
    command.add_argument("old", type=Path)
    command.add_argument("new", type=Path)
    command = commands.add_parser("sample")
    command.add_argument("claims", type=Path)
    command.add_argument("--seed", type=int, required=True)
    command.add_argument("--count", type=int, default=100)
    command = commands.add_parser("blind")
    command.add_argument("old", type=Path)
    command.add_argument("new", type=Path)
    command.add_argument("--seed", type=int, required=True)
    command.add_argument("--count", type=int, default=60)
    command.add_argument("--key", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "build":
        build(args.cache)
    elif args.command == "run":
        run(args.out, args.cache)
    elif args.command == "diff":
        diff(args.old, args.new)
    elif args.command == "blind":
        blind(args.old, args.new, args.seed, args.count, args.key)
    else:
        sample(args.claims, args.seed, args.count)


if __name__ == "__main__":
    main()
