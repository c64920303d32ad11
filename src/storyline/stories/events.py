"""Events and contradictions: claims from all documents and languages grouped into what happened.

An *event* is one interaction (relation, participants, time) that any number of claims talk about.
`group_events` is a pure function over small `ClaimFacts` records, so it is easy to test and to run
on any corpus size; `build_events` gathers those records from the store.

Decisions (each one a trade-off, written down so readers of the results know what they mean):

- **Participants must be equal** for two claims to be one event: unordered for symmetric relations
  (A met B == B met A), ordered for directed ones (A invited B != B invited A). A claim about a
  three-party meeting is *not* merged with a claim about two of its parties: the pair may be part of
  it or a separate talk, and merging by subset is ambiguous when a pair is in several larger sets.
  The timeline still shows both, because it asks for events that *involve* the given entities.
- **Times must overlap** (see `storyline.dates.interval`). Claims with known times are placed most
  precise first: precise times anchor events, vaguer ones join the single event they overlap. An
  event's interval is the intersection of its claims' intervals, so a claim joins only if it is
  compatible with every claim already there. A claim that overlaps several events is ambiguous and
  becomes an event of its own rather than being guessed into one.
- **Unknown times** (the claim says nothing about when) are first read in their document's context
  (`_document_threads`): a document's untimed claims of one relation and participants form
  *threads*, one per supporting voice (speaker, else relaying outlet; the outlet's own voice joins
  the article's first thread, its lead), and each denial joins the thread of the claim it answers:
  the supporting claim whose words it echoes most ("regular talks are not held" answers "officials
  confirmed regular contacts", not a recalled report of one call), and among equally close ones
  the nearest before it in the text, else the first after it ("X reported that ... ; Y denied
  this", "Y denied reports that ..."). A thread with both sides is one *exchange*.
  Then, per thread:
  1. if the document dates claims of the same relation and participants, and all into one event,
     the thread is about that event ("they spoke in April 2021 ... Bremmer says they spoke");
  2. the lead thread of a dated document, if it asserts something, is presumed recent: it joins
     the only event compatible with the two months up to the publication, else it becomes an event
     "about" the publication month (`~YYYY-MM`: a presumption, marked approximate);
  3. any other exchange (a background paragraph recalling an earlier report and its denial, or an
     undated document's exchange) is not guessed into a dated event: it goes to the event of
     unknown time, so an old contested report recalled in a 2024 article stays apart from the 2024
     news the article leads with;
  4. what is left (supporting voices beside the lead, lone denials) joins the only event if there
     is one and it does not start after the document's publication, else the only one around the
     publication month, else the event of unknown time. A general denial ("they have never
     spoken") next to two contacts years apart is shown apart, not silently attached to one.
- **Status**: `contested` when some claims assert/confirm and others deny; otherwise `corroborated`
  when at least two independent sources assert/confirm; otherwise `single`.
- **Independence**: a claim's source is its speaker (an entity), else the outlets it was relayed
  through (`via`; a chain "Newsweek, citing RBC" is one source, so a document citing only RBC adds
  nothing), else the document's outlet. Within an event, documents of the same site and
  near-duplicate documents (the same wire story) are one outlet, and these links are transitive
  (site A republished story s of site B: A, B and s are one source for this event). An outlet's
  site is linked to the organisation entity of the same name or initials (reuters.com = Reuters).

Work is bucketed by (relation, participants) first; inside a bucket, the events a claim may join
are found through a sorted index of their anchor times, so the whole is O(n log n) in claims
(bench/bench_events.py: 1k -> 4k -> 16k documents take 4.5x per 4x).
"""

from __future__ import annotations

import hashlib
import logging
import re
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from storyline.collector import cyclic_gc_paused
from storyline.dates.interval import TimeInterval, parse_time_or_none
from storyline.records import Contradiction, Event, EventStatus, Stance

# Relations where "A <relation> B" says the same as "B <relation> A", for relations no claim
# lexicon defines (the lexicons say it themselves: a relation without `directed = true` is
# symmetric; see `symmetric_relations`). Anything else is treated as directed, the safe default:
# it never merges two different directions.
SYMMETRIC_RELATIONS: frozenset[str] = frozenset(
    {"contact", "meet", "talk", "call", "cooperate", "negotiate", "agree", "consult", "correspond",
     "discuss", "ally", "partner", "trade", "fight", "clash", "compete", "reconcile", "sign"}
)


@lru_cache(maxsize=8)
def symmetric_relations(lexicon_dir: str | None = None) -> frozenset[str]:
    """Relations read as unordered: those the claim lexicons (all languages) define without
    `directed = true`, plus the built-in ones no lexicon defines. A relation directed in any
    language is directed."""
    import tomllib

    from storyline.claims.lexicon import LEXICON_DIR

    folder = Path(lexicon_dir) if lexicon_dir else LEXICON_DIR
    directed: set[str] = set()
    undirected: set[str] = set()
    # only the relation tables' `directed` flags: building whole lexicons (patterns, base forms of
    # every trigger) costs seconds per language, and the web app asks this on its first page
    for path in sorted(folder.glob("*.toml")):
        try:
            relations = tomllib.loads(path.read_text(encoding="utf-8")).get("relations", {})
        except (OSError, ValueError) as exc:  # a broken file is the claims stage's error to report
            logging.getLogger(__name__).warning("lexicon %s not read: %s", path, exc)
            continue
        for name, entry in relations.items():
            (directed if isinstance(entry, dict) and entry.get("directed", False) else undirected).add(name)
    return frozenset((SYMMETRIC_RELATIONS | undirected) - directed)

SUPPORTING_STANCES: frozenset[str] = frozenset({"asserts", "confirms"})
OPPOSING_STANCES: frozenset[str] = frozenset({"denies"})

Participants = frozenset[str] | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClaimFacts:
    """What grouping needs to know about one claim, with mentions already mapped to entity ids."""

    claim: str
    document: str
    relation: str
    participants: Participants  # frozenset for symmetric relations, tuple (in order) for directed ones
    stance: Stance
    when: str | None = None
    speaker: str | None = None  # entity id of who said it; None = the outlet says it itself
    via: tuple[str, ...] = ()  # entity ids of relaying outlets, outermost first
    published: str | None = None  # of the document
    outlet: str | None = None  # the document's site (or its URL's host when no site is known)
    outlet_entity: str | None = None  # entity id the outlet is known as (site newsweek.com -> Newsweek)
    language: str | None = None
    duplicate_group: str | None = None  # near-duplicate group of the document (see duplicates.py)
    # a relative time ("18 months ago") in a document with no publication date: days before that
    # unknown date, as an interval; comparable only with other claims of the same document
    relative: tuple[int, int] | None = None
    position: int | None = None  # where the claim's evidence starts in its document (text order)
    words: tuple[str, ...] = ()  # stems of its evidence's longer words (`evidence_stems`), sorted


def participants_key(relation: str, entity_ids: Iterable[str], symmetric: frozenset[str]) -> Participants:
    """The participant set as grouping compares it: unordered for symmetric relations."""
    ids = list(entity_ids)
    if relation in symmetric:
        return frozenset(ids)
    return tuple(dict.fromkeys(ids))  # keep order, drop repeats


def _sorted_participants(participants: Participants) -> list[str]:
    return sorted(participants) if isinstance(participants, frozenset) else list(participants)


def _interval(when: str | None) -> TimeInterval | None:
    return parse_time_or_none(when)  # a malformed time is as good as none; never drop the claim


@dataclass(slots=True)
class _Draft:
    """An event being built: its claims and the intersection of their intervals."""

    facts: list[ClaimFacts] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    when: str | None = None  # the most precise stated time among its claims
    when_days: int | None = None

    def accepts(self, span: TimeInterval) -> bool:
        return self.start is None or (self.start <= span.end and span.start <= self.end)

    def add(self, fact: ClaimFacts, span: TimeInterval | None) -> None:
        self.facts.append(fact)
        if span is None:
            return
        if self.start is None and fact.when is None:  # a presumed time founds this event
            self.start, self.end = span.start, span.end
            self.when, self.when_days = _presumed_label(span), (span.end - span.start).days
            return
        self.start = span.start if self.start is None else max(self.start, span.start)
        self.end = span.end if self.end is None else min(self.end, span.end)
        days = (span.end - span.start).days
        if self.when_days is None or days < self.when_days:
            self.when, self.when_days = fact.when, days


def _split_by_time(facts: list[ClaimFacts]) -> list[_Draft]:
    """One bucket's claims (same relation and participants) split into time-compatible events."""
    timed: list[tuple[TimeInterval, ClaimFacts]] = []
    untimed: list[ClaimFacts] = []
    for fact in facts:
        span = _interval(fact.when)
        if span is None:
            untimed.append(fact)
        else:
            timed.append((span, fact))
    # most precise first, so precise times anchor the events and vague ones join them
    timed.sort(key=lambda item: ((item[0].end - item[0].start).days, item[0].start, item[1].claim))
    index = _AnchoredDrafts()
    dated_in: dict[str, set[int]] = defaultdict(set)  # document -> events its dated claims joined
    for span, fact in timed:
        dated_in[fact.document].add(index.place(span, [fact], presumed=False))
    drafts = index.drafts
    relative = [fact for fact in untimed if fact.relative is not None]
    untimed = [fact for fact in untimed if fact.relative is None]
    leftovers: list[_Thread] = []
    for thread in _document_threads(untimed):
        own = dated_in.get(thread.document, set())
        if len(own) == 1:  # rule 1: the document's own dated event
            for fact in thread.facts:
                drafts[next(iter(own))].add(fact, None)
        elif thread.lead and thread.supported and (span := _presumed_span(thread.published)):
            index.place(span, thread.facts, presumed=True)  # rule 2: the news is recent
        else:
            leftovers.append(thread)
    undated = _Draft()
    only = drafts[0] if len(drafts) == 1 else None
    near_publication: dict[str | None, _Draft | None] = {}  # per publication month: the one event, if any
    for thread in leftovers:
        target = None
        if not (thread.supported and thread.denied):  # rule 3: an exchange is not guessed into one
            published = _interval(thread.published)
            if only is not None and (published is None or only.start is None or only.start <= published.end):
                target = only
            else:
                month = thread.published[:7] if thread.published else None
                if month not in near_publication:
                    near_publication[month] = _only_event_near(drafts, month)
                target = near_publication[month]
        for fact in thread.facts:
            (target or undated).add(fact, None)
    if undated.facts:
        drafts.append(undated)
    return drafts + _split_by_relative_time(relative)


class _AnchoredDrafts:
    """Events of one bucket, found by the start of their first (anchor) claim.

    An event's interval lies inside its anchor's, so only anchors starting within one anchor-width
    before a claim can overlap it; tracking the widest anchor keeps that true when vaguer claims
    come first. This keeps a bucket with hundreds of events (a pair in contact every month for
    years) from being scanned per claim.
    """

    def __init__(self) -> None:
        self.drafts: list[_Draft] = []
        self._anchors: list[tuple[int, int]] = []  # (anchor start ordinal, index into drafts), sorted
        self._widest = 0

    def place(self, span: TimeInterval, facts: list[ClaimFacts], *, presumed: bool) -> int:
        """Add the claims to the only event compatible with `span`, else to a new one (none fits,
        or several do: ambiguous). A presumed span only chooses the event; it narrows no stated
        time. Returns the event's index."""
        width = (span.end - span.start).days
        low = bisect_left(self._anchors, (span.start.toordinal() - max(width, self._widest) - 1, -1))
        high = bisect_right(self._anchors, (span.end.toordinal(), len(self.drafts)))
        fitting = [i for _, i in self._anchors[low:high] if self.drafts[i].accepts(span)]
        if len(fitting) == 1:
            target = fitting[0]
            for fact in facts:
                self.drafts[target].add(fact, None if presumed else span)
            return target
        draft = _Draft()
        for fact in facts:
            draft.add(fact, span)
        target = len(self.drafts)
        insort(self._anchors, (span.start.toordinal(), target))
        self._widest = max(self._widest, width)
        self.drafts.append(draft)
        return target


@dataclass(slots=True)
class _Thread:
    """A document's untimed claims about one thing: one voice's claims and the denials of them."""

    document: str
    published: str | None
    facts: list[ClaimFacts] = field(default_factory=list)
    lead: bool = False  # the document's first supporting voice (the news it leads with)
    supported: bool = False
    denied: bool = False


_STEM_WORD = re.compile(r"[^\W\d_]{5,}")
STEM_LENGTH = 5  # "регулярные" / "регулярных", "contacts" / "contact": inflection mostly ends later


def evidence_stems(text: str) -> tuple[str, ...]:
    """Stems (first letters, lower-cased) of the words of five letters or more in a claim's
    evidence, each once, sorted: what a denial and the report it answers share ("regular talks" /
    "regular contacts"). A tuple, not a set: every claim of the corpus keeps one until grouping."""
    return tuple(sorted({w[:STEM_LENGTH] for w in _STEM_WORD.findall(text.lower())}))


def _answered(denial: ClaimFacts, n: int, group: list[ClaimFacts], supports: list[tuple[int, "_Thread"]]) -> "_Thread":
    """The thread of the supporting claim `denial` (the n-th claim of `group`) answers: most words
    in common, then the nearest before it, then the first after it."""
    at = bisect_left(supports, (n, -1))
    words = set(denial.words)

    def rank(k: int) -> tuple[int, int]:
        position, _ = supports[k]
        shared = len(words.intersection(group[position].words))
        return shared, (k if k < at else -k - len(supports))  # before it: nearest first; then after it

    return supports[max(range(len(supports)), key=rank)][1]


def _document_threads(facts: list[ClaimFacts]) -> list[_Thread]:
    """Untimed claims of one bucket grouped per document into threads (see the module doc)."""
    by_document: dict[str, list[ClaimFacts]] = defaultdict(list)
    for fact in facts:
        by_document[fact.document].append(fact)
    threads: list[_Thread] = []
    for document, group in sorted(by_document.items()):
        group.sort(key=lambda f: (f.position if f.position is not None else -1, f.claim))
        published = group[0].published
        own: list[_Thread] = []
        by_voice: dict[str | None, _Thread] = {}
        supports: list[tuple[int, _Thread]] = []  # (place in the document's order, its thread)
        for n, fact in enumerate(group):
            if fact.stance not in SUPPORTING_STANCES:
                continue
            voice = fact.speaker or (fact.via[0] if fact.via else None)
            thread = by_voice.get(voice) or (own[0] if voice is None and own else None)
            if thread is None:
                thread = _Thread(document, published, lead=not own)
                own.append(thread)
            by_voice.setdefault(voice, thread)
            thread.facts.append(fact)
            thread.supported = True
            supports.append((n, thread))
        unanswered = _Thread(document, published)
        for n, fact in enumerate(group):
            if fact.stance in SUPPORTING_STANCES:
                continue
            thread = _answered(fact, n, group, supports) if supports else unanswered
            thread.facts.append(fact)
            thread.denied = True
        threads.extend(own)
        if unanswered.facts:
            threads.append(unanswered)
    return threads


# Undated reports mostly speak of recent things: how far before its publication a document's lead
# news is presumed to lie when it gives no time of its own.
PRESUMED_RECENT_DAYS = 62


def _presumed_span(published: str | None) -> TimeInterval | None:
    """The two months up to a publication date: where an untimed lead report is presumed to lie."""
    when = _interval(published)
    if when is None:
        return None
    return TimeInterval(when.start - timedelta(days=PRESUMED_RECENT_DAYS), when.end, True, when.precision)


def _presumed_label(span: TimeInterval) -> str:
    """'about' the publication a presumed span ends at, to the month ('~YYYY-MM') or year."""
    if span.precision == "year":
        return f"~{span.end.year:04d}"
    return f"~{span.end.year:04d}-{span.end.month:02d}"


def _split_by_relative_time(facts: list[ClaimFacts]) -> list[_Draft]:
    """Claims dated only relative to an unknown publication date ("18 months ago" in an undated
    article): the date stays unknown, but two such claims of one document share the anchor, so
    "18 months ago" and "about a year and a half ago" there are one event, and apart from the
    document's claims with no time at all ("Bremmer reported that they spoke")."""
    by_document: dict[str, list[ClaimFacts]] = {}
    for fact in facts:
        by_document.setdefault(fact.document, []).append(fact)
    drafts: list[_Draft] = []
    for _, group in sorted(by_document.items()):
        group.sort(key=lambda f: (f.relative[1] - f.relative[0], f.claim))  # most precise first
        spans: list[list[int]] = []  # per draft: the intersection of its claims' offsets
        document_drafts: list[_Draft] = []
        for fact in group:
            start, end = fact.relative
            fitting = [i for i, (s0, e0) in enumerate(spans) if start <= e0 and s0 <= end]
            if len(fitting) == 1:
                i = fitting[0]
                spans[i] = [max(spans[i][0], start), min(spans[i][1], end)]
                document_drafts[i].add(fact, None)
            else:
                spans.append([start, end])
                draft = _Draft()
                draft.add(fact, None)
                document_drafts.append(draft)
        drafts.extend(document_drafts)
    return drafts


# An arbitrary anchor for reading durations in undated documents; only differences matter.
_SYMBOLIC_PUBLICATION = date(2000, 1, 1)


def relative_offsets(when_text: str | None, language: str | None) -> tuple[int, int] | None:
    """Days before the (unknown) publication date that a duration ("18 months ago", "about a year
    and a half ago") covers; None for anything that depends on the calendar ("in February")."""
    if not when_text or not language:
        return None
    from storyline.dates.event_time import event_time

    found = event_time(when_text, language, _SYMBOLIC_PUBLICATION.isoformat())
    if found is None or found.kind != "ago" or not found.when:
        return None
    span = _interval(found.when)
    if span is None:
        return None
    return (span.start - _SYMBOLIC_PUBLICATION).days, (span.end - _SYMBOLIC_PUBLICATION).days


def _only_event_near(drafts: list[_Draft], month: str | None) -> _Draft | None:
    """The single event compatible with the months around a publication, or None.

    A report that gives no time mostly speaks of something recent ('the Kremlin denies they are in
    regular contact'), so among several events of the same participants the one around the
    publication date is meant — if exactly one is there.
    """
    span = _interval(f"~{month}") if month else None
    if span is None:
        return None
    fitting = [d for d in drafts if d.accepts(span)]
    return fitting[0] if len(fitting) == 1 else None


def _outlet_keys(fact: ClaimFacts) -> list[str]:
    """The names the document's outlet goes by; all of them denote one source."""
    keys = [f"entity:{fact.outlet_entity}"] if fact.outlet_entity else []
    if fact.outlet:
        keys.append(f"outlet:{fact.outlet}")
    keys.append(f"document:{fact.duplicate_group or fact.document}")
    return keys


def source_of(fact: ClaimFacts) -> str:
    """Who vouches for the claim (a key): its speaker, else the first relaying outlet, else the outlet.

    `independent_sources` also links a relay chain's outlets and an outlet's names to each other."""
    if fact.speaker:
        return f"entity:{fact.speaker}"
    if fact.via:
        return f"entity:{fact.via[0]}"
    return _outlet_keys(fact)[0]


def independent_sources(facts: Iterable[ClaimFacts]) -> int:
    """How many independent sources the claims come from (relays and near-duplicates counted once)."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[root_a] = root_b

    for fact in facts:
        if fact.speaker:
            find(source_of(fact))
            continue
        if fact.via:
            # a chain of relays (Newsweek citing RBC) is one source for this event, whichever end
            # another document cites
            first, *others = (f"entity:{outlet}" for outlet in fact.via)
            find(first)
            for other in others:
                union(first, other)
            continue
        # the outlet's own claim: the outlet under any of its names (entity, site), and the wire
        # story it carries (near-duplicate group) republished elsewhere, are one source
        first, *others = _outlet_keys(fact)
        find(first)
        for other in others:
            union(first, other)
    return len({find(key) for key in parent})


def event_status(facts: list[ClaimFacts]) -> EventStatus:
    supporting = [f for f in facts if f.stance in SUPPORTING_STANCES]
    opposing = [f for f in facts if f.stance in OPPOSING_STANCES]
    if supporting and opposing:
        return "contested"
    if independent_sources(supporting) >= 2:
        return "corroborated"
    return "single"


def event_id(relation: str, participants: list[str], when: str | None) -> str:
    """Stable across runs: the same relation, participants and time get the same id."""
    key = "\x1f".join([relation, *participants, when or "unknown"])
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def group_events(facts: list[ClaimFacts]) -> tuple[list[Event], list[Contradiction]]:
    """Group claims into events with statuses and independent-source counts; list contradictions.

    Events come out ordered by time (unknown last), then id; claims inside an event by claim id.
    """
    with cyclic_gc_paused():
        return _group_events(facts)


def _group_events(facts: list[ClaimFacts]) -> tuple[list[Event], list[Contradiction]]:
    buckets: dict[tuple[str, Participants], list[ClaimFacts]] = defaultdict(list)
    for fact in sorted(facts, key=lambda f: f.claim):  # input order must not change the result
        buckets[(fact.relation, fact.participants)].append(fact)

    events: list[tuple[tuple, Event]] = []
    contradictions: list[Contradiction] = []
    used_ids: set[str] = set()
    for (relation, participants), bucket in buckets.items():
        members = _sorted_participants(participants)
        for draft in _split_by_time(bucket):
            ident = event_id(relation, members, draft.when)
            n = 2
            while ident in used_ids:  # an ambiguous claim's own event may state the same time
                ident = event_id(relation, members, f"{draft.when}#{n}")
                n += 1
            used_ids.add(ident)
            claims = sorted(draft.facts, key=lambda f: f.claim)
            status = event_status(claims)
            event = Event(
                id=ident, relation=relation, participants=members, when=draft.when,
                claims=[f.claim for f in claims], status=status, sources=independent_sources(claims),
            )
            order = (draft.start is None, draft.start or date.min, ident)
            events.append((order, event))
            if status == "contested":
                contradictions.append(Contradiction(
                    event=ident,
                    for_claims=[f.claim for f in claims if f.stance in SUPPORTING_STANCES],
                    against_claims=[f.claim for f in claims if f.stance in OPPOSING_STANCES],
                ))
    events.sort(key=lambda item: item[0])
    contradictions.sort(key=lambda c: c.event)
    return [event for _, event in events], contradictions


# -- from the store ---------------------------------------------------------------------------------

def _unresolved_key(text: str) -> str:
    """Stand-in id for a mention that resolution left without an entity: its normalized text, so
    the same unresolved name still groups across documents."""
    from storyline.stories.names import normalize_name

    return f"unresolved:{normalize_name(text)}"


def _outlet_entities(entities: Iterable, sites: Iterable[str]) -> dict[str, str]:
    """Sites whose name is an organisation entity's name or initials: 'newsweek.com' -> Newsweek.

    This lets 'relayed via Newsweek' in one document and Newsweek's own article count as one source.
    """
    from storyline.stories.names import initials, normalize_name, outlet_label

    by_label: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.type != "ORG":
            continue
        for text in {entity.name, *(a.text for a in entity.aliases)}:
            name = normalize_name(text)
            for label in (name.replace(" ", ""), initials(name)):
                if len(label) >= 2:
                    by_label[label].add(entity.id)
    found = {}
    for site in sites:
        candidates = by_label.get(outlet_label(site), set())
        if len(candidates) == 1:  # an ambiguous label is no evidence
            found[site] = next(iter(candidates))
    return found


def _outlet_of(site: str | None, url: str | None) -> str | None:
    if site and site.strip():
        return site.strip()
    if url:
        from urllib.parse import urlsplit

        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return None


def collect_facts(store, symmetric: frozenset[str] | None = None) -> list[ClaimFacts]:
    """Read claims, the entities of their mentions, and their documents from the store.

    `symmetric`: relations whose participants are unordered (default: `symmetric_relations()`)."""
    with cyclic_gc_paused():
        return _collect_facts(store, symmetric_relations() if symmetric is None else symmetric)


def _collect_facts(store, symmetric: frozenset[str]) -> list[ClaimFacts]:
    from storyline.stories.duplicates import near_duplicate_groups

    log = logging.getLogger(__name__)
    # Everything here is held for every claim (and every mention of their documents) at once, so
    # it is kept small: claims without the fields grouping never reads (summary, trigger, ...), and
    # one string object per distinct value (document ids, entity ids, relations, stems: each row
    # read from the store brings its own copy)
    shared: dict[str, str] = {}
    same = shared.setdefault
    claims: list[tuple[str, _ClaimFields]] = []
    spans_by_document: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for doc_id, claim in store.iter_claims():
        doc_id = same(doc_id, doc_id)
        spans_by_document[doc_id].append((claim.id, claim.start, claim.end))
        claims.append((doc_id, _ClaimFields(
            claim.id, same(claim.relation, claim.relation), same(claim.stance, claim.stance),
            _as_tuple(claim.participants), claim.speaker, _as_tuple(claim.via), claim.when and same(claim.when, claim.when),
            claim.when_text and same(claim.when_text, claim.when_text), claim.start)))
    documents_with_claims = {doc_id for doc_id, _ in claims}

    mention_keys: dict[str, list[str]] = defaultdict(list)  # document -> entity id per mention index
    for doc_id, mention in store.iter_mentions():  # ordered by document, idx
        if doc_id in documents_with_claims:
            key = mention.entity or _unresolved_key(mention.lemma or mention.text)
            mention_keys[same(doc_id, doc_id)].append(same(key, key))

    document_info: dict[str, tuple[str | None, str | None, str | None]] = {}
    stems: dict[str, tuple[str, ...]] = {}  # claim id -> `evidence_stems` of its evidence

    def documents():
        for doc in store.iter_documents():
            if doc.id in documents_with_claims:
                document_info[doc.id] = (doc.published, _outlet_of(doc.site, doc.url), doc.language)
                for claim_id, start, end in spans_by_document[doc.id]:
                    stems[claim_id] = tuple(same(stem, stem) for stem in evidence_stems(doc.text[start:end]))
                yield doc.id, doc.text

    groups = near_duplicate_groups(documents())
    spans_by_document.clear()  # read by the documents pass only
    outlet_entity = _outlet_entities(store.entities(), {o for _, o, _ in document_info.values() if o})

    facts: list[ClaimFacts] = []
    for doc_id, claim in claims:
        keys = mention_keys.get(doc_id, [])
        try:
            participants = [keys[int(i)] for i in claim.participants]
            # int(): the store's claims.speaker column has TEXT affinity and hands indices back as text
            speaker = keys[int(claim.speaker)] if claim.speaker is not None else None
            via = tuple(keys[int(i)] for i in claim.via)
        except (IndexError, TypeError, ValueError):
            log.warning("claim %s points at a mention its document does not have; skipped", claim.id)
            continue
        if not participants:
            log.warning("claim %s has no participants; skipped", claim.id)
            continue
        published, outlet, language = document_info.get(doc_id, (None, None, None))
        facts.append(ClaimFacts(
            claim=claim.id, document=doc_id, relation=claim.relation,
            participants=participants_key(claim.relation, participants, symmetric),
            stance=claim.stance, when=claim.when, speaker=speaker, via=via, published=published,
            outlet=outlet, outlet_entity=outlet_entity.get(outlet) if outlet else None,
            language=language, duplicate_group=groups.get(doc_id),
            relative=relative_offsets(claim.when_text, language) if not claim.when and not published else None,
            position=claim.start, words=stems.get(claim.id, ()),
        ))
    return facts


def _as_tuple(indices):
    """A claim's mention indices, kept small; None stays None (the claim is then skipped, below)."""
    return None if indices is None else tuple(indices)


@dataclass(slots=True)
class _ClaimFields:
    """The fields of a stored claim that grouping reads."""

    id: str
    relation: str
    stance: Stance
    participants: tuple[int, ...] | None
    speaker: int | str | None
    via: tuple[int, ...] | None
    when: str | None
    when_text: str | None
    start: int


def build_events(store, symmetric: frozenset[str] | None = None) -> tuple[list[Event], list[Contradiction]]:
    """The `events` corpus stage: group all stored claims into events and contradictions.

    Run after entity resolution (it reads `mentions.entity`); the caller writes the result with
    `store.replace_corpus_results` (or use `run_events_stage`).
    """
    return group_events(collect_facts(store, symmetric))


def run_events_stage(store, settings=None) -> tuple[int, int]:
    """The `events` corpus stage: build events and contradictions and store them (replacing the
    previous ones; entities and mention links are left as they are).

    Returns (events, contradictions) counts. Reads `settings.extra["claims_lexicon_dir"]`, the
    claim lexicons in use, for which relations are symmetric.
    """
    lexicon_dir = (settings.extra or {}).get("claims_lexicon_dir") if settings is not None else None
    events, contradictions = build_events(store, symmetric_relations(str(lexicon_dir) if lexicon_dir else None))
    store.replace_events(events, contradictions)
    return len(events), len(contradictions)
