"""Gold mentions of the `test3` boilerplate documents: every occurrence of a hand-written name list.

Each ``<gold file>.json`` here lists, for one article body of ``boilerplate/gold/`` (no entity
annotation exists for that corpus), the names a reader sees: ``[surface, type, entity id]``, one
surface per line (inflected or short forms listed separately under the same id). ``mentions_of``
marks every free-standing, case-sensitive occurrence, longest surfaces first so that "Diplomatic
Academy of Vietnam" is one mention and not "Vietnam" inside it.

    python data/claims/test3_names/mark.py NAMES_FILE [DATA_ROOT]   # prints the mentions as JSON
"""
import json
import re
import sys
from pathlib import Path


def mentions_of(text: str, names: list[list[str]]) -> list[dict]:
    covered = bytearray(len(text))
    found = []
    for surface, label, entity in sorted(names, key=lambda n: -len(n[0])):
        for match in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            start, end = match.span()
            if any(covered[start:end]):
                continue
            covered[start:end] = b"\x01" * (end - start)
            found.append({"start": start, "end": end, "text": surface, "type": label, "lemma": surface, "entity": entity})
    return sorted(found, key=lambda m: m["start"])


def body_of(source: str, data_root: Path) -> str:
    """The text a ``boilerplate/gold/<file>.json#articleBody`` source names."""
    path, _, field = source.partition("#")
    return json.loads((data_root / path).read_text(encoding="utf-8"))[field or "articleBody"]


if __name__ == "__main__":
    names_file = Path(sys.argv[1])
    root = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parents[3].parent / "shared" / "data"
    spec = json.loads(names_file.read_text(encoding="utf-8"))
    print(json.dumps(mentions_of(body_of(spec["source"], root), spec["names"]), ensure_ascii=False, indent=1))
