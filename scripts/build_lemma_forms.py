"""Build `src/storyline/claims/lexicons/forms.json`: every inflected form of each `@lemma` word the
claim lexicons use, read from simplemma's dictionaries.

The claims stage then matches `@lemma` words by a set lookup instead of loading simplemma's
dictionary for each language at run time (seconds per language: Polish alone takes ~5 s of CPU in
every worker process). A form belongs to `@target` when simplemma gives it the lemma `target` or
`target`'s own lemma (the same rule `_word_matches` applies at run time). Re-run after adding
`@lemma` words to a lexicon; words missing from the file still work, through simplemma at run time.

    python scripts/build_lemma_forms.py
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from storyline.claims.lexicon import LEXICON_DIR, lemma_of, normalize_word

LEMMA_WORD = re.compile(r"@([^\s\"',\]]+)")


def lemma_words(path: Path) -> set[str]:
    tomllib.loads(path.read_text(encoding="utf-8"))  # a broken lexicon fails here, loudly
    return {normalize_word(w) for w in LEMMA_WORD.findall(path.read_text(encoding="utf-8"))}


def forms_by_target(language: str, targets: set[str]) -> dict[str, list[str]]:
    dictionary = DefaultDictionaryFactory().get_dictionary(language)
    wanted: dict[str, set[str]] = {}  # lemma (normalised) -> targets it stands for
    for target in targets:
        for lemma in {target, lemma_of(target, language)}:
            wanted.setdefault(lemma, set()).add(target)
    forms: dict[str, set[str]] = {t: set() for t in targets}
    for form, lemma in dictionary.items():
        lemma = normalize_word(lemma.decode() if isinstance(lemma, bytes) else lemma)
        for target in wanted.get(lemma, ()):
            forms[target].add(normalize_word(form.decode() if isinstance(form, bytes) else form))
    for lemma, owners in wanted.items():  # the lemma itself is a form of its targets
        for target in owners:
            forms[target].add(lemma)
    return {t: sorted(f) for t, f in sorted(forms.items())}


def main() -> None:
    table = {}
    for path in sorted(LEXICON_DIR.glob("*.toml")):
        targets = lemma_words(path)
        if targets:
            table[path.stem] = forms_by_target(path.stem, targets)
            print(f"{path.stem}: {len(targets)} lemmas, {sum(map(len, table[path.stem].values()))} forms")
    out = LEXICON_DIR / "forms.json"
    out.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
