"""Events, statuses, contradictions and independence, from documents stored the way `analyze` stores them."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest

from storyline.records import Alias, Claim, Document, Entity, Mention
from storyline.store.sqlite import SqliteStore
from storyline.stories.duplicates import near_duplicate_groups
from storyline.stories.events import ClaimFacts, build_events, group_events, independent_sources

# surface form -> (entity id, type); the entity resolver's job, done by hand here
NAMES = {
    "Musk": ("musk", "PER"), "Маск": ("musk", "PER"), "Мъск": ("musk", "PER"),
    "Putin": ("putin", "PER"), "Путин": ("putin", "PER"), "Путина": ("putin", "PER"),
    "Peskov": ("peskov", "PER"), "Песков": ("peskov", "PER"),
    "Bremmer": ("bremmer", "PER"), "Бремър": ("bremmer", "PER"),
    "Reuters": ("reuters", "ORG"), "Ройтерс": ("reuters", "ORG"),
    "Zelensky": ("zelensky", "PER"),
}


@dataclass
class Said:
    """One sentence and the claim the extractor found in it (names must occur in the sentence)."""

    text: str
    relation: str
    participants: list[str]
    stance: str = "asserts"
    speaker: str | None = None
    via: list[str] = field(default_factory=list)
    when: str | None = None
    when_text: str | None = None


def make_document(doc_id: str, site: str | None, language: str, published: str | None, said: list[Said],
                  title: str | None = None) -> tuple[Document, dict[tuple[str, int], str]]:
    text, mentions, claims, entity_of = "", [], [], {}
    for n, item in enumerate(said):
        start = len(text)
        text += item.text + " "
        index_of: dict[str, int] = {}

        def mention(surface: str) -> int:
            if surface not in index_of:
                at = text.index(surface, start)
                entity, kind = NAMES[surface]
                index_of[surface] = len(mentions)
                entity_of[(doc_id, len(mentions))] = entity
                mentions.append(Mention(at, at + len(surface), surface, kind))
            return index_of[surface]

        claims.append(Claim(
            id=f"{doc_id}:{n}", start=start, end=start + len(item.text), stance=item.stance,
            relation=item.relation, participants=[mention(p) for p in item.participants],
            speaker=mention(item.speaker) if item.speaker else None, via=[mention(v) for v in item.via],
            when=item.when, when_text=item.when_text,
        ))
    doc = Document(id=doc_id, source=f"{doc_id}.txt", format="text", raw=text.encode(), text=text.strip(),
                   title=title, site=site, language=language, published=published, mentions=mentions,
                   claims=claims)
    return doc, entity_of


def entities() -> list[Entity]:
    by_id: dict[str, Entity] = {}
    for surface, (entity_id, kind) in NAMES.items():
        entity = by_id.setdefault(entity_id, Entity(entity_id, surface, kind))
        entity.aliases.append(Alias(surface, "ru" if not surface.isascii() else "en"))
    return list(by_id.values())


def store_with(tmp_path, documents) -> SqliteStore:
    store = SqliteStore(tmp_path / "corpus.db")
    mention_entities: dict[tuple[str, int], str] = {}
    docs = []
    for doc, entity_of in documents:
        docs.append(doc)
        mention_entities.update(entity_of)
    store.save_documents(docs)
    store.replace_corpus_results(entities(), [], [], mention_entities)
    return store


def events_from(tmp_path, documents):
    with store_with(tmp_path, documents) as store:
        return build_events(store)


# -- contested, with both sides ---------------------------------------------------------------

def undated_invitation_with_dated_denials():
    """An undated report, and two dated denials that give the event no time of its own."""
    denial = "Peskov denied that Putin had invited Musk."
    return [
        make_document("later", "b.com", "en", "2023-09-14", [Said(
            denial, "invite", ["Putin", "Musk"], stance="denies", speaker="Peskov")]),
        make_document("first", "a.com", "en", "2023-03-02", [Said(
            denial, "invite", ["Putin", "Musk"], stance="denies", speaker="Peskov")]),
        make_document("undated", "c.com", "en", None, [Said(
            "Putin invited Musk, a source said.", "invite", ["Putin", "Musk"])]),
    ]


def contested_corpus():
    return [
        make_document("en1", "example-news.com", "en", "2022-10-12", [Said(
            "Analyst Bremmer said Musk had spoken with Putin directly in October 2022.",
            "contact", ["Musk", "Putin"], speaker="Bremmer", when="2022-10")]),
        make_document("ru1", "primer.ru", "ru", "2022-10-12", [Said(
            "Маск опроверг, что говорил с Путином в октябре, сказав, что Путин не звонил ему.",
            "contact", ["Путин", "Маск"], stance="denies", speaker="Маск", when="2022-10")]),
        make_document("bg1", "primer.bg", "bg", "2022-10-13", [Said(
            "Песков заяви, че Путин и Мъск не са разговаряли през октомври 2022 г.",
            "contact", ["Путин", "Мъск"], stance="denies", speaker="Песков", when="2022-10")]),
    ]


def test_one_asserts_two_deny_is_contested_with_both_sides(tmp_path):
    events, contradictions = events_from(tmp_path, contested_corpus())
    assert len(events) == 1
    event = events[0]
    assert event.status == "contested"
    assert event.participants == ["musk", "putin"]  # symmetric: the Russian and Bulgarian orders agree
    assert event.sources == 3
    assert len(contradictions) == 1
    assert contradictions[0].event == event.id
    assert contradictions[0].for_claims == ["en1:0"]
    assert sorted(contradictions[0].against_claims) == ["bg1:0", "ru1:0"]


def test_event_ids_are_stable_across_runs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, _ = events_from(tmp_path / "a", contested_corpus())
    second, _ = events_from(tmp_path / "b", list(reversed(contested_corpus())))
    assert [e.id for e in first] == [e.id for e in second]


# -- independence -----------------------------------------------------------------------------

WIRE_STORY = (
    "Elon Musk spoke with Putin by phone last spring about space and satellites, according to "
    "people familiar with the conversation, who asked not to be named because the talks were private. "
    "The call covered the war, the satellite network and plans for the next launch season."
)


def test_same_wire_story_in_two_outlets_is_one_source(tmp_path):
    republished = WIRE_STORY.replace("last spring", "last  spring") + " Copyright reserved."
    events, _ = events_from(tmp_path, [
        make_document("w1", "first-outlet.com", "en", "2021-06-01",
                      [Said(WIRE_STORY, "contact", ["Musk", "Putin"], when="2021-04")]),
        make_document("w2", "second-outlet.net", "en", "2021-06-02",
                      [Said(republished, "contact", ["Musk", "Putin"], when="2021-04")]),
    ])
    assert len(events) == 1
    assert events[0].sources == 1
    assert events[0].status == "single"


def test_two_different_outlets_corroborate(tmp_path):
    events, contradictions = events_from(tmp_path, [
        make_document("w1", "first-outlet.com", "en", "2021-06-01",
                      [Said(WIRE_STORY, "contact", ["Musk", "Putin"], when="2021-04")]),
        make_document("r1", "primer.ru", "ru", "2021-06-03", [Said(
            "По данным издания, весной Маск разговаривал с Путином о космосе.",
            "contact", ["Маск", "Путин"], when="2021-04")]),
    ])
    assert [(e.status, e.sources) for e in events] == [("corroborated", 2)]
    assert contradictions == []


def test_relays_of_the_same_outlet_are_one_source(tmp_path):
    events, _ = events_from(tmp_path, [
        make_document("v1", "first-outlet.com", "en", "2021-06-01", [Said(
            "Musk met Putin in April, Reuters reported.", "meet", ["Musk", "Putin"], via=["Reuters"],
            when="2021-04")]),
        make_document("v2", "primer.bg", "bg", "2021-06-02", [Said(
            "Мъск се е срещнал с Путин през април, съобщава Ройтерс.", "meet", ["Мъск", "Путин"],
            via=["Ройтерс"], when="2021-04")]),
    ])
    assert [(e.status, e.sources) for e in events] == [("single", 1)]


def test_two_speakers_confirming_corroborate_even_in_one_outlet(tmp_path):
    events, _ = events_from(tmp_path, [make_document("s1", "primer.ru", "ru", "2022-10-12", [
        Said("Маск подтвердил, что говорил с Путином полтора года назад.", "contact", ["Маск", "Путин"],
             stance="confirms", speaker="Маск", when="~2021-04"),
        Said("Песков подтвердил, что Путин и Маск говорили в 2021 году.", "contact", ["Путин", "Маск"],
             stance="confirms", speaker="Песков", when="2021"),
    ])])
    assert [(e.status, e.sources, e.when) for e in events] == [("corroborated", 2, "~2021-04")]


def test_independence_links_a_site_with_its_wire_copies():
    # a.com's own claim, b.com republishing a.com's story, and another a.com article: one source
    facts = [
        ClaimFacts("d1:0", "d1", "meet", frozenset({"x", "y"}), "asserts", outlet="a.com", duplicate_group="d1"),
        ClaimFacts("d2:0", "d2", "meet", frozenset({"x", "y"}), "asserts", outlet="b.com", duplicate_group="d1"),
        ClaimFacts("d3:0", "d3", "meet", frozenset({"x", "y"}), "asserts", outlet="a.com", duplicate_group="d3"),
    ]
    assert independent_sources(facts) == 1
    outlet_relayed = ClaimFacts("d4:0", "d4", "meet", frozenset({"x", "y"}), "asserts", via=("a-ent",), outlet="c.com")
    outlet_itself = ClaimFacts("d5:0", "d5", "meet", frozenset({"x", "y"}), "asserts", outlet="a.com",
                               outlet_entity="a-ent")
    assert independent_sources([outlet_relayed, outlet_itself]) == 1


# -- participants and relations ---------------------------------------------------------------

def test_directed_relations_keep_their_direction(tmp_path):
    events, _ = events_from(tmp_path, [make_document("i1", "primer.ru", "ru", "2021-02-14", [
        Said("Маск пригласил Путина поговорить в Clubhouse.", "invite", ["Маск", "Путина"], when="2021-02"),
        Said("Путин пригласил Маска? Нет: это Путин ждёт, что Маск придёт.", "invite", ["Путин", "Маск"],
             when="2021-02"),
    ])])
    assert sorted(tuple(e.participants) for e in events) == [("musk", "putin"), ("putin", "musk")]


def test_three_party_meeting_is_not_merged_with_a_pair(tmp_path):
    events, _ = events_from(tmp_path, [make_document("t1", "x.com", "en", "2023-05-02", [
        Said("Musk, Putin and Zelensky met in May.", "meet", ["Musk", "Putin", "Zelensky"], when="2023-05"),
        Said("Musk and Putin met in May.", "meet", ["Musk", "Putin"], when="2023-05"),
    ])])
    assert sorted(len(e.participants) for e in events) == [2, 3]


# -- time -------------------------------------------------------------------------------------

def test_years_apart_are_two_events_and_overlapping_vague_times_one(tmp_path):
    events, _ = events_from(tmp_path, [
        make_document("y1", "x.com", "en", "2024-10-25", [
            Said("Musk has been in regular contact with Putin since late 2022.", "contact", ["Musk", "Putin"],
                 when="2024"),
            Said("Musk spoke to Putin about 18 months before October 2022.", "contact", ["Musk", "Putin"],
                 when="~2021-04"),
        ]),
        make_document("y2", "primer.bg", "bg", "2021-06-01", [
            Said("Мъск е разговарял с Путин между март и май 2021 г.", "contact", ["Мъск", "Путин"],
                 when="2021-03/2021-05"),
        ]),
    ])
    by_time = {e.when: e for e in events}
    assert len(events) == 2
    assert set(by_time) == {"2024", "2021-03/2021-05"}  # the more precise of the two 2021 times
    assert sorted(by_time["2021-03/2021-05"].claims) == ["y1:1", "y2:0"]
    assert [e.when for e in events] == ["2021-03/2021-05", "2024"]  # chronological


def test_unknown_time_joins_only_an_unambiguous_event():
    def fact(claim, when, stance="asserts"):
        return ClaimFacts(claim, claim.split(":")[0], "contact", frozenset({"a", "b"}), stance, when=when,
                          outlet=claim)

    events, _ = group_events([fact("d1:0", "2021-04"), fact("d2:0", None, "denies")])
    assert len(events) == 1 and events[0].status == "contested"

    events, _ = group_events([fact("d1:0", "2021-04"), fact("d2:0", "2024-10"), fact("d3:0", None, "denies")])
    assert len(events) == 3
    undated = [e for e in events if e.when is None]
    assert undated[0].claims == ["d3:0"] and events[-1] is undated[0]  # unknown times sort last


def test_a_vague_time_between_two_events_is_not_guessed_into_either():
    def fact(claim, when):
        return ClaimFacts(claim, claim.split(":")[0], "meet", frozenset({"a", "b"}), "asserts", when=when,
                          outlet=claim)

    events, _ = group_events([fact("d1:0", "2021-02"), fact("d2:0", "2021-10"), fact("d3:0", "2021")])
    assert sorted(len(e.claims) for e in events) == [1, 1, 1]
    assert len({e.id for e in events}) == 3


def test_claims_pointing_at_missing_mentions_are_skipped_not_fatal(tmp_path):
    documents = contested_corpus()
    documents[0][0].claims[0].participants.append(99)
    events, _ = events_from(tmp_path, documents)
    assert [sorted(e.claims) for e in events] == [["bg1:0", "ru1:0"]]


def test_a_claim_pointing_at_a_missing_mention_does_not_stop_the_corpus_stages(tmp_path):
    from storyline.config import Settings
    from storyline.run import run_corpus_stages

    documents = contested_corpus()
    bad = documents[0][0].claims[0]
    bad.participants.append(99)
    bad.summary = "as stored"
    with store_with(tmp_path, documents) as store:
        run_corpus_stages(store, Settings(embed=False))  # resolve re-renders summaries, events group
        summaries = {claim.id: claim.summary for _, claim in store.iter_claims()}
        assert summaries[bad.id] == "as stored"  # kept, not re-rendered from a mention that is not there
        assert all(summary for summary in summaries.values())
        assert [sorted(e.claims) for e in store.events()] == [["bg1:0", "ru1:0"]]


# -- near duplicates --------------------------------------------------------------------------

def test_near_duplicates_grouped_unrelated_kept_apart_order_independent():
    edited = WIRE_STORY.replace("by phone", "by telephone") + " (Reporting by the wire.)"
    other = "The central bank raised interest rates by half a point on Thursday, citing persistent inflation."
    docs = [("b", edited), ("a", WIRE_STORY), ("c", other), ("d", "")]
    groups = near_duplicate_groups(docs, threshold=0.7)
    assert groups["a"] == groups["b"] == "a"
    assert groups["c"] == "c" and groups["d"] == "d"
    assert near_duplicate_groups(list(reversed(docs)), threshold=0.7) == groups


def _lsh_reference_groups(docs, threshold):
    """What datasketch's MinHashLSH finds (query, then insert, document by document)."""
    from datasketch import MinHash, MinHashLSH

    from storyline.stories import duplicates

    template = MinHash(num_perm=duplicates.NUM_PERM, hashfunc=lambda v: v)
    lsh = MinHashLSH(threshold=max(0.05, threshold - duplicates.LSH_MARGIN), num_perm=duplicates.NUM_PERM,
                     weights=duplicates.LSH_WEIGHTS)
    signatures, groups = {}, duplicates._UnionFind()
    for doc_id, text in docs:
        groups.find(doc_id)
        features = duplicates.shingle_hashes(text)
        if not len(features) or doc_id in signatures:
            continue
        signature = template.copy()
        signature.update_batch(features)
        for candidate in lsh.query(signature):
            if signature.jaccard(signatures[candidate]) >= threshold:
                groups.union(doc_id, candidate)
        lsh.insert(doc_id, signature)
        signatures[doc_id] = signature
    return {doc_id: groups.find(doc_id) for doc_id in groups.parent}


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.95])
@pytest.mark.parametrize("block", [3, 4096])
def test_near_duplicate_banding_finds_what_minhash_lsh_finds(threshold, block, monkeypatch):
    from storyline.stories import duplicates

    monkeypatch.setattr(duplicates._SignatureMatrix, "BLOCK", block)  # signatures across many blocks too
    # stories edited a little, a lot, or not at all, beside unrelated ones: every pair MinHashLSH
    # proposes and confirms, and no other
    rng = random.Random(5)
    vocabulary = [f"w{k}" for k in range(300)]
    docs = []
    for i in range(120):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(5, 80))]
        docs.append((f"s{i:03d}", " ".join(words)))
        for copy in range(rng.choice([0, 0, 1, 3])):
            edited = list(words)
            for _ in range(rng.choice([0, 1, 2, 5, 15])):
                edited[rng.randrange(len(edited))] = rng.choice(vocabulary)
            docs.append((f"s{i:03d}-{copy}", " ".join(edited)))
    docs += [("blank", " "), ("s000", "a repeated id keeps its first text")]
    rng.shuffle(docs)
    groups = near_duplicate_groups(docs, threshold=threshold)
    assert groups == _lsh_reference_groups(docs, threshold)
    assert len(set(groups.values())) < len(groups)  # some documents were joined


def test_bad_threshold_is_refused():
    with pytest.raises(ValueError):
        near_duplicate_groups([], threshold=0)


def test_an_outlets_own_article_and_a_relay_of_it_are_one_source(tmp_path):
    events, _ = events_from(tmp_path, [
        make_document("own", "www.reuters.com", "en", "2021-06-01", [Said(
            "Musk met Putin in April, people familiar with the meeting said.", "meet", ["Musk", "Putin"],
            when="2021-04")]),
        make_document("relay", "primer.bg", "bg", "2021-06-02", [Said(
            "Мъск се е срещнал с Путин през април, съобщава Ройтерс.", "meet", ["Мъск", "Путин"],
            via=["Ройтерс"], when="2021-04")]),
    ])
    assert [(e.status, e.sources) for e in events] == [("single", 1)]


def test_unresolved_mentions_still_group_by_name(tmp_path):
    documents = [
        make_document("u1", "a.com", "en", "2021-06-01", [Said(
            "Musk met Putin in April.", "meet", ["Musk", "Putin"], when="2021-04")]),
        make_document("u2", "b.com", "en", "2021-06-02", [Said(
            "Putin met Musk in April.", "meet", ["Putin", "Musk"], when="2021-04")]),
    ]
    for _, entity_of in documents:  # resolution left every mention without an entity
        entity_of.clear()
    events, _ = events_from(tmp_path, documents)
    assert [(sorted(e.participants), e.status) for e in events] == [
        (["unresolved:musk", "unresolved:putin"], "corroborated")]


def test_a_relay_chain_and_its_origin_are_one_source():
    chain = ClaimFacts("d1:0", "d1", "meet", frozenset({"x", "y"}), "asserts", via=("newsweek", "rbc"), outlet="a.bg")
    origin = ClaimFacts("d2:0", "d2", "meet", frozenset({"x", "y"}), "asserts", via=("rbc",), outlet="b.ru")
    other = ClaimFacts("d3:0", "d3", "meet", frozenset({"x", "y"}), "asserts", via=("tass",), outlet="b.ru")
    assert independent_sources([chain, origin]) == 1
    assert independent_sources([chain, origin, other]) == 2


def test_an_undated_report_joins_the_one_event_around_its_publication():
    def fact(claim, when, stance="asserts", published=None):
        return ClaimFacts(claim, claim.split(":")[0], "contact", frozenset({"a", "b"}), stance, when=when,
                          outlet=claim, published=published)

    events, contradictions = group_events([
        fact("d1:0", "~2021-04"), fact("d2:0", "2024-10", published="2024-10-25"),
        fact("d3:0", None, "denies", published="2024-10-26"),  # "they are not in contact", no time given
        fact("d4:0", None, "denies", published="2023-02-01"),  # nothing dated near it: stays apart
    ])
    by_time = {e.when: e for e in events}
    assert by_time["2024-10"].status == "contested" and by_time["2024-10"].claims == ["d2:0", "d3:0"]
    assert by_time[None].claims == ["d4:0"]
    assert [c.against_claims for c in contradictions] == [["d3:0"]]


def test_events_stage_stores_events_and_keeps_entities(tmp_path):
    with store_with(tmp_path, contested_corpus()) as store:
        from storyline.stories.events import run_events_stage

        assert run_events_stage(store) == (1, 1)
        assert [e.status for e in store.events()] == ["contested"]
        assert store.contradictions()[0].for_claims == ["en1:0"]
        assert {e.id for e in store.entities()} >= {"musk", "putin", "peskov", "bremmer"}
        assert run_events_stage(store) == (1, 1)  # rebuilt, not appended
        assert len(store.events()) == 1


def test_which_relations_are_symmetric_comes_from_the_claim_lexicons(tmp_path):
    from storyline.stories.events import symmetric_relations

    default = symmetric_relations()
    assert {"contact", "meet"} <= default and not {"invite", "visit", "request"} & default
    (tmp_path / "xx.toml").write_text(
        '[relations.handshake]\ntriggers = ["shook hands"]\n\n'
        '[relations.meet]\ntriggers = ["met"]\ndirected = true\n', encoding="utf-8")
    custom = symmetric_relations(str(tmp_path))
    assert "handshake" in custom  # a new relation without `directed` is symmetric
    assert "meet" not in custom  # a lexicon marking it directed wins over the built-in list


def test_near_duplicates_in_cyrillic():
    story = ("Пресс-секретарь президента Дмитрий Песков заявил журналистам, что регулярные беседы между "
             "президентом и предпринимателем не ведутся, а все сообщения об этом он назвал выдумкой. "
             "По его словам, последний разговор состоялся давно и касался космоса и технологий.")
    copy = "МОСКВА, 25 окт — " + story + " Подпишитесь на наш канал."
    groups = near_duplicate_groups([("ru1", story), ("ru2", copy), ("ru3", story.replace("Песков", "Захарова")[:120])],
                                   threshold=0.7)
    assert groups["ru2"] == groups["ru1"] == "ru1"
    assert groups["ru3"] == "ru3"  # a short partial rewrite is not the same story


def test_durations_in_an_undated_article_separate_its_events_without_inventing_a_date():
    from storyline.stories.events import relative_offsets

    def fact(claim, stance, speaker, when_text=None):
        return ClaimFacts(claim, "undated", "contact", frozenset({"a", "b"}), stance, speaker=speaker,
                          relative=relative_offsets(when_text, "en"))

    events, contradictions = group_events([
        fact("undated:0", "asserts", "analyst"),  # "the analyst reported that they spoke" (no time)
        fact("undated:1", "denies", "a"),  # "a denied this"
        fact("undated:2", "asserts", "a", "18 months ago"),  # "...saying they last spoke 18 months ago"
        fact("undated:3", "confirms", "spokesman", "about a year and a half ago"),
    ])
    by_claims = {tuple(sorted(e.claims)): e for e in events}
    assert by_claims[("undated:0", "undated:1")].status == "contested"
    call = by_claims[("undated:2", "undated:3")]
    assert call.status == "corroborated" and call.when is None  # still no date: none was given
    assert relative_offsets("in February", "en") is None  # calendar-bound, not a duration


def said(claim, stance, speaker=None, *, published=None, when=None, position=None, via=()):
    """A claim about contact between a and b, as `group_events` sees it; `claim` is 'document:n'."""
    document, n = claim.split(":")
    return ClaimFacts(claim, document, "contact", frozenset({"a", "b"}), stance, when=when, speaker=speaker,
                      via=tuple(via), published=published, outlet=f"{document}.example",
                      position=int(n) * 100 if position is None else position)


def test_a_recalled_exchange_stays_apart_from_the_news_a_dated_article_leads_with():
    events, contradictions = group_events([
        # a dated article: its news (a paper reports contact, the article confirms, a spokesman denies)
        # and a background paragraph recalling an analyst's earlier report and a's denial of it
        said("news:0", "asserts", "paper", published="2024-10-25"),
        said("news:1", "confirms", published="2024-10-25"),  # the outlet's own voice joins its lead
        said("news:2", "asserts", "analyst", published="2024-10-25"),
        said("news:3", "denies", "a", published="2024-10-25"),  # "later a denied this": the analyst's
        said("news:4", "asserts", "paper", published="2024-10-25"),
        said("news:5", "denies", "spokesman", published="2024-10-25"),  # answers the paper's claim
        # an undated article on the analyst's report: the denial comes first ("X denied reports that")
        said("old:0", "denies", "office"),
        said("old:1", "asserts", "analyst"),
    ])
    by_claims = {tuple(e.claims): e for e in events}
    news = by_claims[("news:0", "news:1", "news:4", "news:5")]
    assert news.status == "contested" and news.when == "~2024-10"  # presumed recent, marked approximate
    recalled = by_claims[("news:2", "news:3", "old:0", "old:1")]
    assert recalled.status == "contested" and recalled.when is None  # no date was given for it
    assert sorted(c.against_claims for c in contradictions) == [["news:3", "old:0"], ["news:5"]]


def test_an_untimed_lead_report_joins_the_compatible_event_or_founds_one_about_its_publication():
    dated = said("early:0", "asserts", "paper", when="2021-04", published="2021-05-02")
    recent = said("late:0", "asserts", "paper", when="2024-09", published="2024-09-30")
    (joined,) = [e for e in group_events([dated, recent, said("r:0", "asserts", "tv", published="2024-10-25")])[0]
                 if "r:0" in e.claims]
    assert joined.claims == ["late:0", "r:0"] and joined.when == "2024-09"  # the stated time is kept
    events, _ = group_events([dated, said("r:0", "asserts", "tv", published="2024-10-25"),
                              said("s:0", "asserts", "radio", published="2024-11-03")])
    assert sorted(e.when for e in events) == ["2021-04", "~2024-10"]  # two reports a week apart: one event
    assert [e.claims for e in events if e.when == "~2024-10"] == [["r:0", "s:0"]]


def test_untimed_claims_follow_their_documents_own_dated_claim_of_the_same_participants():
    events, _ = group_events([
        said("d:0", "asserts", "paper", when="2021-04", published="2024-10-25"),
        said("d:1", "asserts", "analyst", published="2024-10-25"),  # "the analyst says they spoke"
        said("d:2", "denies", "spokesman", published="2024-10-25"),
        said("other:0", "asserts", "tv", when="2024-10", published="2024-10-26"),
    ])
    by_when = {e.when: e for e in events}
    assert by_when["2021-04"].claims == ["d:0", "d:1", "d:2"] and by_when["2021-04"].status == "contested"
    assert by_when["2024-10"].claims == ["other:0"]


def test_a_lone_undated_report_does_not_join_an_event_that_starts_after_its_publication():
    events, _ = group_events([
        said("late:0", "asserts", "paper", when="2024-10", published="2024-10-25"),
        said("lead:0", "asserts", "paper", published="2019-03-01"),
        said("lead:1", "asserts", "tv", published="2019-03-01"),  # a second voice beside the lead
        said("lone:0", "denies", "spokesman", published="2019-03-01"),
    ])
    assert {tuple(e.claims): e.when for e in events} == {("late:0",): "2024-10",
                                                         ("lead:0", "lead:1", "lone:0"): "~2019-03"}
    events, _ = group_events([said("late:0", "asserts", "paper", when="2024-10", published="2024-10-25"),
                              said("x:0", "denies", "spokesman", published="2019-03-01")])
    assert sorted(len(e.claims) for e in events) == [1, 1]  # a 2019 denial cannot answer a 2024 report


def test_a_denial_answers_the_report_whose_words_it_echoes():
    """"Officials confirmed regular contacts ... Bremmer earlier reported a call; Musk denied this.
    Peskov said regular talks are not held": Peskov answers the news, not the recalled report."""
    from dataclasses import replace

    from storyline.stories.events import evidence_stems

    def with_words(fact, text):
        return replace(fact, words=evidence_stems(text))

    events, _ = group_events([
        with_words(said("news:0", "asserts", "paper", published="2024-10-25"),
                   "The paper reports that a keeps regular contact with b."),
        with_words(said("news:1", "confirms", published="2024-10-25"),
                   "Officials confirmed regular contacts between the businessman and the president."),
        with_words(said("news:2", "asserts", "analyst", published="2024-10-25"),
                   "The analyst earlier reported that a told him about his dialogue with b."),
        with_words(said("news:3", "denies", "a", published="2024-10-25"), "Later a denied this."),
        with_words(said("news:4", "denies", "spokesman", published="2024-10-25"),
                   "The spokesman said that regular conversations between the president and a are not held."),
    ])
    by_claims = {tuple(e.claims): e for e in events}
    news = by_claims[("news:0", "news:1", "news:4")]
    assert news.status == "contested" and news.when == "~2024-10"
    recalled = by_claims[("news:2", "news:3")]
    assert recalled.status == "contested" and recalled.when is None


def test_without_shared_words_a_denial_answers_the_nearest_report_before_it():
    events, _ = group_events([
        said("news:0", "asserts", "paper", published="2024-10-25"),
        said("news:1", "asserts", "analyst", published="2024-10-25"),
        said("news:2", "denies", "a", published="2024-10-25"),
    ])
    assert {tuple(e.claims) for e in events} == {("news:0",), ("news:1", "news:2")}
