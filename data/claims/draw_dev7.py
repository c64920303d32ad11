"""The reproducible draw of the `dev7` documents (see README.md, session 16): test4's draw, walked on.

test4 is the blind measure; its mistakes are never read. The tuning split before it (dev5) came from
test3's draw, whose documents had been read by the rounds, and the annotators of test4 read the talks
of a story more widely than dev5's. dev7 continues test4's own draw, so that tuning sees the same kind
of documents and the same reading as the blind measure, as dev5 did for test3:

- the order of ``draw_test4.py`` (same pool, seed and order), past its first 40 documents (test4);
- not a document sharing two lines (40+ characters) with a test4 document (the corpus holds the same
  article under several names);
- the next 80 are read and every claim annotated, in order, without running the extractor on them;
  no document is skipped or chosen.

    python data/claims/draw_dev7.py [COUNT [DATA_ROOT]]             # the list (default 80)
    python data/claims/draw_dev7.py --records [COUNT [DATA_ROOT]]   # dev7.jsonl skeletons
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import draw_dev4  # noqa: E402
import draw_test3  # noqa: E402
import draw_test4  # noqa: E402

SPLIT = "dev7"
TEST4_SIZE = 40


def draw(count: int = 80, data: Path = draw_test3.DEFAULT_DATA) -> list[tuple[str, str, str]]:
    """(topic, language, name) of the drawn SlavicNER documents, in draw order."""
    order = draw_test4.draw(10**9, Path(data))
    test4, rest = order[:TEST4_SIZE], order[TEST4_SIZE:]
    root = Path(data) / "slavicner" / "raw"

    def lines(topic: str, language: str, name: str) -> set[str]:
        return draw_test4._line_keys((root / topic / language / f"{name}.txt").read_text(encoding="utf-8"))

    test4_lines = set().union(*(lines(*doc) for doc in test4))
    drawn = []
    for doc in rest:
        if len(drawn) == count:
            break
        if len(lines(*doc) & test4_lines) < 2:
            drawn.append(doc)
    return drawn


def main(argv: list[str]) -> None:
    draw_dev4.print_draw(draw, SPLIT, 80, argv)


if __name__ == "__main__":
    main(sys.argv[1:])
