"""The reproducible draw of the `test2` documents (see README.md): prints the drawn SlavicNER documents
in order. Documents 0..70 of this list were read and annotated, whether or not they hold claims.

    python data/claims/draw_test2.py [COUNT [DATA_ROOT]]   # default: 71, ../shared/data

Documents 71..96 of the same list are the `dev2` split (tuned on), documents 97..146 (`... 147`) the
SlavicNER part of the `dev3` split (tuned on).
"""
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 71
ROOT = Path(sys.argv[2] if len(sys.argv) > 2 else HERE.parents[1].parent / "shared" / "data") / "slavicner" / "raw"
TOPICS = ("asia_bibi", "covid-19", "ryanair")  # topics with the fewest documents in dev/test
LANGUAGES = ("bg", "cs", "pl", "ru", "sl", "uk")
MAX_CHARS = 1800  # short documents, so that every claim in each can be annotated
SEED = 5

already = set()
for line in open(HERE / "dev.jsonl", encoding="utf-8"):
    record = json.loads(line)
    if record["split"] in ("dev", "test"):  # the splits that existed before the draw
        already.add(record["source"].rsplit("/", 1)[-1])
pool = []
for topic in TOPICS:
    for language in LANGUAGES:
        folder = ROOT / topic / language
        for name in sorted(os.listdir(folder)):
            if name in already:
                continue
            if len((folder / name).read_text(encoding="utf-8")) <= MAX_CHARS:
                pool.append((topic, language, name[: -len(".txt")]))
random.Random(SEED).shuffle(pool)
for index, (topic, language, name) in enumerate(pool[:COUNT]):
    print(index, topic, language, name)
