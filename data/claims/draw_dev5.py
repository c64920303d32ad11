"""The reproducible draw of the `dev5` tuning documents (see README.md): more of test3's distribution.

`test3` is blind, so its mistakes are never read; `dev5` continues the very same draw so that the
shapes that dominate test3 (SlavicNER brexit/nord_stream news, English web pages of every kind) can
be tuned on elsewhere. It takes the two lists of ``draw_test3.py`` (same pools, same seed, same
order) and walks on past test3's prefixes (60 SlavicNER, 15 boilerplate), skipping every document
already in ``dev.jsonl`` (any split, dev4 included) or ``test3.jsonl``, and takes the next
``SLAVIC_COUNT`` and ``BOILERPLATE_COUNT``. Every drawn document was read and all its claims
annotated, in order, before the extractor was run on it; no document was skipped or chosen.

    python data/claims/draw_dev5.py [SLAVIC_COUNT [BOILERPLATE_COUNT [DATA_ROOT]]]            # the list
    python data/claims/draw_dev5.py --records [SLAVIC_COUNT [BOILERPLATE_COUNT [DATA_ROOT]]]  # skeletons
    # defaults: 40, 12, ../shared/data

``--records`` prints one dev.jsonl skeleton per document without claims: SlavicNER documents by
reference with the corpus' own mentions (as ``draw_dev4.py --records``); boilerplate documents by
reference (``boilerplate/gold/<file>.json#articleBody`` and ``text_sha256``) with empty mentions, to
be filled from a hand-written name list (``dev5_names/<file>.json``, marked by
``test3_names/mark.py``).
"""
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import draw_dev4  # noqa: E402
import draw_test3  # noqa: E402

SPLIT = "dev5"
TEST3_SLAVIC, TEST3_BOILERPLATE = 60, 15  # the prefixes test3 read


# the splits that existed when dev5 was drawn: later ones must not change the draw
SPLITS_BEFORE_THE_DRAW = ("dev", "test", "test2", "dev2", "dev3", "dev4", "test3")


def sources_of(splits: tuple[str, ...]) -> set[str]:
    """Sources (without the '#field') of every document of dev.jsonl or test3.jsonl in ``splits``."""
    used = set()
    for path in (HERE / "dev.jsonl", HERE / "test3.jsonl"):
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            if record["split"] in splits:
                used.add(record["source"].partition("#")[0])
    return used


def draw(slavic_count: int = 40, boilerplate_count: int = 12, data: Path = draw_test3.DEFAULT_DATA):
    """(SlavicNER (topic, language, name) list, boilerplate gold file name list), in draw order."""
    used = sources_of(SPLITS_BEFORE_THE_DRAW)
    slavic = [(t, lang, n) for t, lang, n in draw_test3.slavicner_pool(data)[TEST3_SLAVIC:]
              if f"slavicner/raw/{t}/{lang}/{n}.txt" not in used][:slavic_count]
    pages = [name for name, _ in draw_test3.boilerplate_pool(data)[TEST3_BOILERPLATE:]
             if f"boilerplate/gold/{name}" not in used][:boilerplate_count]
    return slavic, pages


def page_skeleton(name: str, data: Path) -> dict:
    body = json.loads((Path(data) / "boilerplate" / "gold" / name).read_text(encoding="utf-8"))["articleBody"]
    return {"doc": f"boilerplate/{name[: -len('.json')]}", "source": f"boilerplate/gold/{name}#articleBody",
            "language": "en", "published": None, "split": SPLIT, "mentions": [], "claims": [],
            "text_sha256": hashlib.sha256(body.encode("utf-8")).hexdigest()}


def main(argv: list[str]) -> None:
    records = "--records" in argv
    argv = [a for a in argv if a != "--records"]
    slavic_count = int(argv[0]) if argv else 40
    boilerplate_count = int(argv[1]) if len(argv) > 1 else 12
    data = Path(argv[2]) if len(argv) > 2 else draw_test3.DEFAULT_DATA
    slavic, pages = draw(slavic_count, boilerplate_count, data)
    for index, (topic, language, name) in enumerate(slavic):
        if records:
            print(json.dumps(dict(draw_dev4.skeleton(topic, language, name, data), split=SPLIT), ensure_ascii=False))
        else:
            print("slavicner", index, topic, language, name)
    for index, name in enumerate(pages):
        if records:
            print(json.dumps(page_skeleton(name, data), ensure_ascii=False))
        else:
            print("boilerplate", index, name)


if __name__ == "__main__":
    main(sys.argv[1:])
