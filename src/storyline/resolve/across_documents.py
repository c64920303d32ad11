"""Across documents and scripts: merge the per-document entities into corpus entities.

Never all pairs: names are only compared inside blocks that share a consonant skeleton of one of
their words (`names.skeleton`), so the work grows with the block sizes, not the square of the
corpus.

Merge decisions, in order:

1. same phonetic key (Elon Musk / Илон Маск / Ilon Mask) - people only with people;
2. full names of people: every word must match (first name and surname: "Donald Trump" and
   "Melania Trump" stay two, "Boris Johnson" and "Andrew Johnson" stay two); an initial matches
   its first name ("D. Trump");
3. other names: the words match one to one, in order or in any order ("Evropská unie" /
   "Evropska unija"), each pair alike by spelling (rapidfuzz ratio of the phonetic words) -
   word by word, so "Европейски съюз" (Union) and "Европейски съд" (Court) stay two;
   Two one-word names of people spelled differently ("Trump" / "Трамп", but also "Carlos" /
   "Charles", cognates naming two people) merge only when their documents share another entity:
   a one-word name says too little on its own;
4. a surname alone ("Johnson" in a document without the full name) joins the one person whose
   full name ends in it; when several do, the one sharing the most co-occurring entities with
   the surname's document wins, and a tie stays unresolved (no guess); a surname that merely
   starts like the person's ("Britové" / "Brito") needs such shared context even when alone;
5. an acronym alone ("WSJ") joins the one entity whose initials it is.

Groups of people named after places (`demonyms`) and translated names (`translations`) are
merged afterwards, by `resolution.resolve_entities`.
"""

from __future__ import annotations


from collections import Counter, defaultdict

from rapidfuzz import fuzz

from storyline.resolve.names import acronym_of, looks_like_acronym, person_word_tuple, person_words, skeleton
from storyline.resolve.within_document import LocalEntity, is_name_compound, words_match

__all__ = ["cluster_local_entities", "names_match", "MAX_BLOCK"]

MAX_BLOCK = 400  # a block this big is a common word ("national"): it never proves a match alone
FUZZY_THRESHOLD = 80.0  # rapidfuzz ratio of two phonetic words
MAX_DOCUMENTS_RATIO = 3.0  # a bare surname in more documents than this times its full name's: someone else


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _is_person(unit: LocalEntity) -> bool:
    return unit.type == "PER"


def _consonants(word: str) -> str:
    return "".join(ch for ch in word if ch not in "aeiou")


def _first_names_match(a: str, b: str) -> bool:
    """First names vary more across scripts than surnames (Elon / Илон, Michel / Мишел,
    Theresa / Тереза): similar spelling or the same consonants (s ~ z) suffice; an initial
    matches its name ("D. Trump")."""
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    ca, cb = _consonants(a).replace("z", "s"), _consonants(b).replace("z", "s")
    return words_match(a, b) or (ca == cb and a[0] == b[0]) or fuzz.ratio(a, b) >= 75


def _surnames_match(a: str, b: str) -> bool:
    """Surnames of two full names whose first names already match: short ones may differ in
    their vowels (May / Мей), feminine endings may be added (May / Mayová)."""
    if words_match(a, b) or skeleton(a) == skeleton(b):
        return True
    if a[0] == b[0] and (_consonants(a) == _consonants(b) or fuzz.ratio(a, b) >= 70):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3


def joined_match(single: str, words: list[str]) -> bool:
    """A handle or run-together name is the full name without spaces (@elonmusk / Elon Musk)."""
    return len(words) > 1 and len(single) >= 6 and single == "".join(words)


def names_match(key_a: str, key_b: str, person: bool) -> bool:
    """Whether two phonetic keys name the same entity (rules 2 and 3 of the module docstring)."""
    if key_a == key_b:
        return True
    a, b = key_a.split(), key_b.split()
    if person:
        a, b = person_words(key_a), person_words(key_b)
        if len(a) == 1 and len(b) == 1:
            return words_match(a[0], b[0])
        if len(a) == 1 or len(b) == 1:
            # surname alone vs full name: rule 4, with context; a handle is the full name
            return joined_match(a[0], b) if len(a) == 1 else joined_match(b[0], a)
        return _surnames_match(a[-1], b[-1]) and _first_names_match(a[0], b[0])
    if len(a) == len(b):
        if all(_similar_words(x, y) for x, y in zip(a, b)):
            return True
        # word order differs between languages ("Unia Europejska" / "Evropská unie")
        if len(a) > 1 and all(_similar_words(x, y) for x, y in zip(sorted(a), sorted(b))):
            return True
    return False


def _similar_words(a: str, b: str) -> bool:
    """Word-level fuzzy match: a whole-name ratio would let "Европейски съюз" (Union) meet
    "Европейски съд" (Court) on their long shared adjective."""
    if a == b or (a[:1] == b[:1] and words_match(a, b)):  # words that match start alike
        return True
    return min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= FUZZY_THRESHOLD


def _blocks(keys: list[str]) -> dict[str, list[int]]:
    """Block keys of each name: the skeleton of each word (and of the words run together), the
    first three letters of each longer word (Barnier / Барние share "bar" only), and the first
    initial with the last word's skeleton."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        words = key.split()
        entries = set()
        for word in set(words) | {key.replace(" ", "")}:
            skel = skeleton(word)
            if len(skel) >= 2 or len(words) == 1:
                entries.add("s:" + skel)
            if len(word) >= 4:
                entries.add("p:" + word[:3])
        if len(words) > 1:  # initial + surname: "T. May" / "Theresa May" (short surnames too)
            entries.add("i:" + words[0][0] + skeleton(words[-1]))
        for entry in entries:
            blocks[entry].append(i)
    return blocks


def cluster_local_entities(units: list[LocalEntity]) -> list[list[LocalEntity]]:
    """Partition the per-document entities into corpus entities (see the module docstring)."""
    if not units:
        return []
    uf = _UnionFind(len(units))
    # 1. same key (people apart from the rest)
    first_of: dict[tuple[str, bool], int] = {}
    for i, unit in enumerate(units):
        node = (unit.key, _is_person(unit))
        if node in first_of:
            uf.union(first_of[node], i)
        else:
            first_of[node] = i
    # the same full name typed PER in one place and ORG/LOC/MISC in another is one entity whose
    # mentions vote on its type (a recogniser's slip such as "SpaceX founder Elon Musk" -> ORG);
    # one-word names stay apart (Ford the person, Ford the company)
    for (key, person), i in first_of.items():
        if person and len(key.split()) >= 2 and (key, False) in first_of:
            uf.union(first_of[(key, False)], i)
    nodes = list(first_of.items())  # ((key, person), representative unit)
    keys = [key for (key, _), _ in nodes]
    # 2./3. names that match, compared only inside blocks
    one_word_pairs: set[tuple[int, int]] = set()  # two one-word person names: decided on context below
    _match_in_blocks(nodes, _blocks(keys), uf, one_word_pairs)
    _merge_one_word_names(units, uf, one_word_pairs)
    _attach_surnames(units, uf)
    _attach_acronyms(units, uf)
    clusters: dict[int, list[LocalEntity]] = defaultdict(list)
    for i, unit in enumerate(units):
        clusters[uf.find(i)].append(unit)
    return list(clusters.values())


def _match_in_blocks(nodes: list[tuple[tuple[str, bool], int]], blocks: dict[str, list[int]],
                     uf: _UnionFind, one_word_pairs: set[tuple[int, int]]) -> None:
    """`names_match` over the pairs of each block, with each name's words taken once and only the
    pairs it can accept looked at: people with people, other names with the same number of words
    (a person's one-word name meets a full name only as its words run together, `joined_match`).
    Matches are unions (or, for two one-word people, `one_word_pairs`), so neither the order of
    the pairs nor a pair met again in another block changes the result."""
    words_of = [person_word_tuple(key) if person else tuple(key.split()) for (key, person), _ in nodes]
    # who may match whom: 0 a person by one word, 1 a person's full name, 2 + n another name of n words
    kind = [(0 if len(words) == 1 else 1) if person else 2 + len(words)
            for ((_, person), _), words in zip(nodes, words_of)]
    unit_of = [unit for _, unit in nodes]
    find, union = uf.find, uf.union
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        by_kind: dict[int, list[int]] = {}
        for m in members:  # node order: a pair is always (earlier, later), as (a, b) below
            k = kind[m]
            if k in by_kind:
                by_kind[k].append(m)
            else:
                by_kind[k] = [m]
        for k, same in by_kind.items():
            if len(same) < 2:
                continue
            if k == 0:  # two one-word names of people: spelling now, context later
                for x, ma in enumerate(same):
                    unit_a, word_a = unit_of[ma], words_of[ma][0]
                    for mb in same[x + 1:]:
                        unit_b = unit_of[mb]
                        word_b = words_of[mb][0]  # words that match start alike (`_attach_short_forms`)
                        if word_a[0] == word_b[0] and find(unit_a) != find(unit_b) and words_match(word_a, word_b):
                            one_word_pairs.add((unit_a, unit_b))
                continue
            for x, ma in enumerate(same):
                a, unit_a = words_of[ma], unit_of[ma]
                for mb in same[x + 1:]:
                    if find(unit_a) == find(unit_of[mb]):  # joined already (also by another block)
                        continue
                    b = words_of[mb]
                    if k == 1:  # full names of people: surname and first name
                        # surnames that match start alike (equal, same skeleton, same first letter
                        # or one the other's start)
                        if a[-1][0] != b[-1][0] or not (_surnames_match(a[-1], b[-1])
                                                        and _first_names_match(a[0], b[0])):
                            continue
                    elif not _same_words(a, b):  # other names: word by word, in order or sorted
                        continue
                    union(unit_a, unit_of[mb])
        singles, full = by_kind.get(0), by_kind.get(1)
        if singles and full:  # a handle or run-together name is the full name without spaces
            joined: dict[str, list[int]] = {}
            for m in full:
                joined.setdefault("".join(words_of[m]), []).append(m)
            for ma in singles:
                word = words_of[ma][0]
                if len(word) >= 6:
                    for mb in joined.get(word, ()):
                        union(unit_of[ma], unit_of[mb])


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Rule 3 for two names of as many words (`names_match`, not a person)."""
    for x, y in zip(a, b):
        if not _similar_words(x, y):
            break
    else:
        return True
    if len(a) == 1:
        return False
    # word order differs between languages ("Unia Europejska" / "Evropská unie")
    for x, y in zip(sorted(a), sorted(b)):
        if not _similar_words(x, y):
            return False
    return True


def _clusters(units: list[LocalEntity], uf: _UnionFind) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for i in range(len(units)):
        out[uf.find(i)].append(i)
    return out


def _neighbours(units: list[LocalEntity], uf: _UnionFind) -> tuple[dict[str, set[int]], dict[int, set[str]]]:
    """Clusters present in each document, and documents of each cluster."""
    in_document: dict[str, set[int]] = defaultdict(set)
    documents: dict[int, set[str]] = defaultdict(set)
    for i, unit in enumerate(units):
        root = uf.find(i)
        in_document[unit.document].add(root)
        documents[root].add(unit.document)
    return in_document, documents


def _context_overlap(root: int, document: str, in_document: dict[str, set[int]],
                     around: set[int], exclude: int) -> int:
    """How many entities of `document` also occur in the documents of cluster `root` (`around`:
    the entities of those documents, `_entities_around`)."""
    here = in_document[document] - {exclude, root}
    return len(here & around)


def _entities_around(root: int, in_document: dict[str, set[int]], documents: dict[int, set[str]]) -> set[int]:
    """The entities occurring in any document of cluster `root`."""
    around: set[int] = set()
    for doc in documents[root]:
        around |= in_document[doc]
    return around


def _strong_word_match(a: str, b: str) -> bool:
    """Spelled alike: same skeleton and similar letters, or one vowel apart (Leyen / Лайен)."""
    if a == b or (skeleton(a) == skeleton(b) and len(skeleton(a)) >= 3 and fuzz.ratio(a, b) >= 70):
        return True
    shortest = min(len(a), len(b))
    return a[0] == b[0] and shortest >= 3 and fuzz.ratio(a, b) >= (80 if shortest >= 5 else 85)


def _merge_one_word_names(units: list[LocalEntity], uf: _UnionFind, pairs: set[tuple[int, int]]) -> None:
    """Two one-word person names spelled alike but not the same merge when the documents of one
    share at least one other entity with the documents of the other (the entities as clustered so
    far, so "Russia" / "Россия" already count as one)."""
    if not pairs:
        return
    in_document, documents = _neighbours(units, uf)
    around: dict[int, set[int]] = {}

    def context(root: int) -> set[int]:
        if root not in around:
            around[root] = _entities_around(root, in_document, documents)
        return around[root]

    # decided on the clusters before this pass (a snapshot), so the order of the pairs does not matter
    roots = {i: uf.find(i) for pair in pairs for i in pair}
    for a, b in sorted(pairs):
        ra, rb = roots[a], roots[b]
        if ra != rb and (context(ra) & context(rb)) - {ra, rb}:
            uf.union(a, b)


def _attach_surnames(units: list[LocalEntity], uf: _UnionFind) -> None:
    clusters = _clusters(units, uf)
    full_names: dict[str, list[tuple[int, str]]] = defaultdict(list)  # skeleton of last word -> (root, key)
    single: list[int] = []
    for root, members in clusters.items():
        if not _is_person(units[root]):
            continue
        # "Putin-Musk" (a compound of two people, as in "the Putin-Musk meeting") is not a full name
        members = [i for i in members if not is_name_compound(units[i].forms)]
        if not members:
            continue
        keys = {" ".join(person_word_tuple(units[i].key)) for i in members}
        if all(len(k.split()) == 1 for k in keys):
            single.append(root)
            continue
        for key in keys:
            words = key.split()
            if len(words) > 1:
                full_names[skeleton(words[-1])].append((root, key))
    if not single:
        return
    in_document, documents = _neighbours(units, uf)
    # computed once per candidate, not once per unit of each surname that names it: a popular
    # person's documents (thousands) times a popular surname's units would grow with the square
    around: dict[int, set[int]] = {}
    documents_of: dict[int, int] = {}  # cluster root -> its number of documents, counted once

    def document_count(root: int) -> int:
        if root not in documents_of:
            documents_of[root] = len({units[i].document for i in clusters[root]})
        return documents_of[root]

    for root in single:
        # the cluster's most mentioned spelling speaks for it (a chain of look-alike words
        # must not let its rarest member pick a person)
        spellings: Counter = Counter()
        for i in clusters[root]:
            spellings[" ".join(person_word_tuple(units[i].key))] += len(units[i].mentions)
        word = spellings.most_common(1)[0][0]
        candidates = {r for r, key in full_names.get(skeleton(word), [])
                      if words_match(word, key.split()[-1]) or _strong_word_match(word, key.split()[-1])}
        # a surname spelled like the full name's one ("Trump" / "Трамп") needs no more support;
        # one that only starts like it ("Britové" / "Brito") needs shared context
        strong = {r for r, key in full_names.get(skeleton(word), []) if _strong_word_match(word, key.split()[-1])}
        # a bare name seen in far more documents than any full name it could shorten is someone
        # known by one name (the Prophet "Мухаммед" / "Mohamed", not a "Faisal Mahmood" of a few
        # articles): within a document a surname has already joined the full name written there
        candidates = {r for r in candidates
                      if document_count(root) <= MAX_DOCUMENTS_RATIO * document_count(r)}
        strong &= candidates
        if not candidates:
            continue
        if len(candidates) == 1 and strong == candidates:
            uf.union(root, next(iter(candidates)))
            continue
        # several people share the surname: the one whose documents share the most other
        # entities with the documents of this surname wins; a tie stays apart
        score = Counter()
        for candidate in candidates:
            if candidate not in around:
                around[candidate] = _entities_around(candidate, in_document, documents)
            for i in clusters[root]:
                score[candidate] += _context_overlap(candidate, units[i].document, in_document, around[candidate], root)
        ranked = score.most_common(2)
        needed = 1 if ranked[0][0] in strong else 2
        if ranked[0][1] >= needed and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            uf.union(root, ranked[0][0])


def _attach_acronyms(units: list[LocalEntity], uf: _UnionFind) -> None:
    clusters = _clusters(units, uf)
    by_initials: dict[str, set[int]] = defaultdict(set)
    for root, members in clusters.items():
        for i in members:
            initials = acronym_of(units[i].name)
            if initials:
                by_initials[initials].add(root)
    for root, members in clusters.items():
        names = {units[i].name for i in members}
        if not all(looks_like_acronym(n) for n in names):
            continue
        targets: set[int] = set()
        for name in names:
            targets |= by_initials.get(name.replace(".", "").replace(" ", "").upper(), set())
        targets.discard(root)
        if len(targets) == 1:
            uf.union(root, next(iter(targets)))
