"""The web app, its JSON API and the shareable report, over a small hand-built en/ru/bg store.

The store is built the way `analyze` stores documents (mentions, claims pointing at mentions by
index), resolved by hand, with events grouped by the real events stage. One document carries a
script-injection payload in its title, text, removed boilerplate and an entity name: it must show
as text everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from storyline.dates.interval import parse_time  # noqa: E402
from storyline.records import Alias, Claim, Document, Entity, Mention, RemovedBlock  # noqa: E402
from storyline.store.sqlite import SqliteStore  # noqa: E402
from storyline.stories.events import build_events  # noqa: E402
from storyline.web.app import create_app  # noqa: E402

XSS = "<script>alert(1)</script>"

# surface form -> (entity id, type, lemma); entity resolution done by hand
SURFACES = {
    "Elon Musk": ("musk", "PER", None), "Musk": ("musk", "PER", None), "Илон Маск": ("musk", "PER", None),
    "Маск": ("musk", "PER", None), "Мъск": ("musk", "PER", None),
    "Vladimir Putin": ("putin", "PER", None), "Putin": ("putin", "PER", None),
    "Путиным": ("putin", "PER", "Путин"), "Путин": ("putin", "PER", None),
    "Песков": ("peskov", "PER", None), "Ian Bremmer": ("bremmer", "PER", None),
    XSS: ("xss", "PER", None),
}
NAMES = {"musk": "Elon Musk", "putin": "Vladimir Putin", "peskov": "Dmitry Peskov", "bremmer": "Ian Bremmer",
         "xss": XSS}


@dataclass
class Said:
    text: str
    relation: str
    participants: list[str]
    stance: str = "asserts"
    speaker: str | None = None
    when: str | None = None
    when_text: str | None = None
    trigger: str | None = None


@dataclass
class Article:
    id: str
    site: str
    language: str
    published: str | None
    title: str
    said: list[Said]
    extra: str = ""  # text after the claims (names mentioned, no claim)
    removed: list[str] = field(default_factory=list)


ARTICLES = [
    Article("en1", "example-news.com", "en", "2022-10-12", "Musk spoke with Putin, analyst says", [Said(
        "Analyst Ian Bremmer said Elon Musk had spoken with Vladimir Putin directly in October 2022.",
        "contact", ["Elon Musk", "Vladimir Putin"], speaker="Ian Bremmer", when="2022-10", trigger="spoken")],
        removed=["Subscribe to our newsletter"]),
    Article("ru1", "primer.ru", "ru", "2022-10-12", "Маск опроверг разговор с Путиным", [
        Said("Илон Маск опроверг, что говорил с Путиным в октябре 2022 года.", "contact", ["Илон Маск", "Путиным"],
             stance="denies", speaker="Илон Маск", when="2022-10", trigger="опроверг"),
        Said("Маск подтвердил, что говорил с Путиным примерно полтора года назад.", "contact", ["Маск", "Путиным"],
             stance="confirms", speaker="Маск", when="~2021-04", when_text="примерно полтора года назад"),
    ]),
    Article("bg1", "primer.bg", "bg", "2022-10-13", "Песков: Путин и Мъск не са говорили", [Said(
        "Песков заяви, че Путин и Мъск не са разговаряли през октомври 2022 г.", "contact", ["Путин", "Мъск"],
        stance="denies", speaker="Песков", when="2022-10")]),
    Article("en2", "wsj-like.com", "en", "2024-10-25", "Musk and Putin in regular contact", [Said(
        "Musk has been in regular contact with Putin since late 2022, the newspaper reported.", "contact",
        ["Musk", "Putin"], when="2022-11/2024-10")]),
    Article("en3", "z.example", "en", None, "Musk and Putin have met", [Said(
        "Musk and Putin have met, a source said.", "meet", ["Musk", "Putin"])]),
    Article("xss", "evil.example", "en", "2023-03-01", f"{XSS} Musk news", [Said(
        f"Musk met {XSS} in March 2023 in Texas.", "meet", ["Musk", XSS], when="2023-03")],
        extra=f"{XSS} & <b>bold</b> Musk ' \" said nothing.", removed=[f"{XSS} Subscribe now"]),
]


def make_document(article: Article) -> tuple[Document, dict[tuple[str, int], str]]:
    text = article.title + "\n\n"
    mentions: list[Mention] = []
    claims: list[Claim] = []
    entity_of: dict[tuple[str, int], str] = {}
    for n, said in enumerate(article.said):
        start = len(text)
        text += said.text + " "
        index_of: dict[str, int] = {}

        def mention(surface: str) -> int:
            if surface not in index_of:
                at = text.index(surface, start)
                entity, kind, lemma = SURFACES[surface]
                index_of[surface] = len(mentions)
                entity_of[(article.id, len(mentions))] = entity
                mentions.append(Mention(at, at + len(surface), surface, kind, lemma))
            return index_of[surface]

        claims.append(Claim(
            id=f"{article.id}:{n}", start=start, end=start + len(said.text), stance=said.stance,
            relation=said.relation, participants=[mention(p) for p in said.participants],
            speaker=mention(said.speaker) if said.speaker else None, when=said.when, when_text=said.when_text,
            trigger=said.trigger,
        ))
    if article.extra:
        start = len(text)
        text += "\n" + article.extra
        at = text.index(XSS, start)
        entity_of[(article.id, len(mentions))] = "xss"
        mentions.append(Mention(at, at + len(XSS), XSS, "PER"))
    document = Document(
        id=article.id, source=f"{article.id}.html", format="html", raw=text.encode(), text=text.rstrip(),
        title=article.title, site=article.site, language=article.language, published=article.published,
        published_evidence="html:htmldate" if article.published else None, url=f"https://{article.site}/{article.id}",
        removed=[RemovedBlock(r, "boilerplate") for r in article.removed], mentions=mentions, claims=claims,
    )
    return document, entity_of


def sample_entities(documents: list[Document], entity_of: dict[tuple[str, int], str]) -> list[Entity]:
    entities = {key: Entity(key, name, "PER") for key, name in NAMES.items()}
    seen_in: dict[str, set[str]] = {key: set() for key in NAMES}
    aliases: dict[tuple[str, str, str | None], int] = {}
    for document in documents:
        for index, mention in enumerate(document.mentions):
            key = entity_of[(document.id, index)]
            entities[key].mentions += 1
            seen_in[key].add(document.id)
            alias = (key, mention.lemma or mention.text, document.language)
            aliases[alias] = aliases.get(alias, 0) + 1
    for (key, text, language), count in aliases.items():
        entities[key].aliases.append(Alias(text, language, count))
    for key, entity in entities.items():
        entity.documents = len(seen_in[key])
    return list(entities.values())


def build_sample_store(path: Path, articles: list[Article] = ARTICLES) -> Path:
    """The sample corpus stored, resolved and grouped into events; returns the store's path."""
    documents, entity_of = [], {}
    for article in articles:
        document, links = make_document(article)
        documents.append(document)
        entity_of.update(links)
    with SqliteStore(path) as store:
        store.save_documents(documents)
        store.replace_corpus_results(sample_entities(documents, entity_of), [], [], entity_of)
        events, contradictions = build_events(store)
        store.replace_corpus_results(store.entities(), events, contradictions)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("web") / "sample.db")


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


@pytest.fixture(scope="module")
def store(db):
    with SqliteStore(db, readonly=True) as opened:
        yield opened


def contested_event(store):
    return next(e for e in store.events() if e.status == "contested")


# -- API --------------------------------------------------------------------------------------

@pytest.mark.parametrize("endpoint, table", [
    ("/api/documents", "documents"), ("/api/entities", "entities"), ("/api/claims", "claims"),
    ("/api/events", "events"), ("/api/contradictions", "contradictions"),
])
def test_every_list_pages_through_all_items_once(client, store, endpoint, table):
    seen, offset = [], 0
    while True:
        page = client.get(endpoint, params={"limit": 2, "offset": offset}).json()
        assert page["total"] == store.count(table) and page["limit"] == 2 and page["offset"] == offset
        assert len(page["items"]) <= 2
        if not page["items"]:
            break
        seen.extend(repr(item.get("id") or item.get("event")) for item in page["items"])
        offset += 2
    assert len(seen) == len(set(seen)) == store.count(table)


def test_page_size_is_bounded(client):
    assert client.get("/api/documents", params={"limit": 0}).status_code == 422
    assert client.get("/api/documents", params={"limit": 100000}).status_code == 422
    assert client.get("/api/documents", params={"offset": -1}).status_code == 422


@pytest.mark.parametrize("path", [
    "/api/documents/nope", "/api/entities/nope", "/api/claims/nope:0", "/api/events/nope",
    "/documents/nope", "/entities/nope", "/events/nope", "/relationship?entity=musk&entity=Nobody+Atall",
])
def test_unknown_ids_are_404(client, path):
    assert client.get(path).status_code == 404


def test_document_api_has_text_mentions_claims_and_no_raw_bytes(client):
    data = client.get("/api/documents/ru1").json()
    assert data["language"] == "ru" and data["site"] == "primer.ru"
    assert [c["stance"] for c in data["claims"]] == ["denies", "confirms"]
    first = data["mentions"][0]
    assert data["text"][first["start"]:first["end"]] == first["text"]
    assert "raw" not in data


def test_claims_name_their_entities_and_filter_by_entity(client, store):
    claims = client.get("/api/claims", params={"entity": "peskov"}).json()
    assert claims["total"] == 1
    claim = claims["items"][0]
    assert claim["speaker_entity"]["entity"] == "peskov"
    assert {p["entity"] for p in claim["participant_entities"]} == {"putin", "musk"}
    assert claim["evidence"].startswith("Песков заяви")
    by_putin = client.get("/api/claims", params={"entity": "putin", "limit": 100}).json()
    assert sorted(c["id"] for c in by_putin["items"]) == claims_naming(store, "putin")


def claims_naming(store, entity: str) -> list[str]:
    found = []
    for document, claim in store.iter_claims():
        entities = store.mention_entities(document)
        indices = [*claim.participants, *([int(claim.speaker)] if claim.speaker is not None else [])]
        if entity in {entities.get(i) for i in indices}:
            found.append(claim.id)
    return sorted(found)


def test_events_filter_by_all_entities_and_status(client, store):
    both = client.get("/api/events", params=[("entity", "musk"), ("entity", "putin")]).json()
    expected = {e.id for e in store.events() if {"musk", "putin"} <= set(e.participants)}
    assert {e["id"] for e in both["items"]} == expected
    starts = [parse_time(e["when"]).midpoint for e in both["items"] if e["when"]]
    assert starts == sorted(starts)  # in time order
    assert both["items"][-1]["when"] is None  # unknown times last
    contested = client.get("/api/events", params={"status": "contested"}).json()
    assert [e["id"] for e in contested["items"]] == [contested_event(store).id]


def test_timeline_accepts_names_in_any_script_and_shows_both_sides(client, store):
    data = client.get("/api/timeline", params=[("entity", "Маск"), ("entity", "Путин")]).json()
    assert [e["id"] for e in data["entities"]] == ["musk", "putin"]
    row = next(r for r in data["items"] if r["event"] == contested_event(store).id)
    assert {e["who"] for e in row["opposing"]} == {"Elon Musk", "Dmitry Peskov"}
    assert [e["who"] for e in row["supporting"]] == ["Ian Bremmer"]
    assert data["total"] == len([e for e in store.events() if {"musk", "putin"} <= set(e.participants)])
    assert client.get("/api/timeline", params={"entity": "Zzyzx Qwerty"}).status_code == 404


def test_search_finds_inflected_cyrillic_and_survives_sql_metacharacters(client):
    hits = client.get("/api/search", params={"q": "Маск"}).json()
    assert "ru1" in {h["document"] for h in hits["items"]}
    for nasty in ["'; DROP TABLE documents; --", '" OR 1=1 --', "Musk*", "NEAR(a b)", "%_\\", ")))", "-"]:
        response = client.get("/api/search", params={"q": nasty})
        assert response.status_code == 200, nasty
        assert isinstance(response.json()["items"], list)
    assert client.get("/api/documents").json()["total"] == len(ARTICLES)  # nothing was dropped


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/documents", "/api/entities", "/api/claims", "/api/events", "/api/timeline", "/api/search",
                 "/api/stories"):
        assert path in spec["paths"], path
    parameters = {p["name"] for p in spec["paths"]["/api/claims"]["get"]["parameters"]}
    assert {"limit", "offset"} <= parameters


# -- pages ------------------------------------------------------------------------------------

PAGES = ["/", "/api", "/entities", "/entities/xss", "/entities/musk", "/documents", "/documents/xss",
         "/relationship?entity=musk&entity=xss", "/relationship?entity=musk&entity=putin", "/contradictions",
         "/search?q=Musk", f"/search?q={XSS}", "/documents?language=en"]


@pytest.mark.parametrize("path", PAGES)
def test_script_payload_is_shown_as_text_never_as_markup(client, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.text
    assert "<script>alert" not in html
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts == ['<script src="/static/storyline.js" defer>']  # only our own, from our own folder
    assert "<b>bold</b>" not in html
    # nothing is loaded from elsewhere (only the article's own URL may be linked, as a plain link)
    assert all(src.startswith("/static/") for src in re.findall(r'src="([^"]*)"', html))
    assert all(href.startswith("/") for href in re.findall(r'<link[^>]*href="([^"]*)"', html))


def test_api_is_described_without_pages_that_load_from_a_cdn(client):
    assert client.get("/docs").status_code == 404  # FastAPI's Swagger page pulls scripts from a CDN
    html = client.get("/api").text
    for path in ("/api/documents", "/api/timeline", "/api/search"):
        assert f"{path}</code>" in html


def test_every_event_page_shows_its_claims_safely(client, store):
    for event in store.events():
        html = client.get(f"/events/{event.id}").text
        assert "<script>alert" not in html
        for claim in event.claims:
            assert f'id="claim-{claim}"' in html
        assert ('class="side against"' in html) == (event.status == "contested")


def test_payload_appears_escaped_where_it_is_data(client):
    for path in ["/documents/xss", "/entities/xss", "/relationship?entity=musk&entity=xss"]:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(path).text, path


def test_overview_lists_languages_sources_months_entities_and_contested_first(client, store):
    html = client.get("/").text
    for label in ("ru", "bg", "primer.bg", "2022-10", "undated", "Elon Musk", "Vladimir Putin"):
        assert label in html, label
    rows = re.findall(r'<tr class="event status-(\w+)">', html)
    assert rows[0] == "contested"
    assert len(rows) == store.count("events")


def test_entity_page_groups_aliases_by_language_and_script(client):
    html = client.get("/entities/musk").text
    assert "Elon Musk" in html
    aliases = re.search(r'<table class="aliases">(.*?)</table>', html, re.S).group(1)
    rows = re.findall(r"<tr><td>(\w+)</td><td>(\w+)</td>", aliases)
    assert ("ru", "Cyrillic") in rows and ("bg", "Cyrillic") in rows and ("en", "Latin") in rows
    assert "Путин" in html  # co-occurring, under its display name 'Vladimir Putin', linked
    assert 'href="/relationship?entity=musk&amp;entity=putin"' in html


def test_svg_has_one_mark_per_event(client, store):
    for path, ids in [("/entities/musk", {"musk"}), ("/relationship?entity=musk&entity=putin", {"musk", "putin"})]:
        html = client.get(path).text
        svg = re.search(r"<svg .*?</svg>", html, re.S).group(0)
        marked = re.findall(r'class="event-mark status-\w+" data-event="([^"]+)"', svg)
        expected = [e.id for e in store.events() if ids <= set(e.participants)]
        assert sorted(marked) == sorted(expected)


def test_crowded_timelines_draw_the_most_telling_events_and_say_so(db, store):
    html = TestClient(create_app(db, max_marks=2)).get("/relationship?entity=musk&entity=putin").text
    svg = re.search(r"<svg .*?</svg>", html, re.S).group(0)
    drawn = re.findall(r'data-event="([^"]+)"', svg)
    involved = [e for e in store.events() if {"musk", "putin"} <= set(e.participants)]
    assert len(drawn) == 2 and contested_event(store).id in drawn
    assert f"The 2 most telling of {len(involved)} events are drawn" in html
    for event in involved:  # the list below the figure still has them all
        assert f'id="event-{event.id}"' in html


def test_entity_page_counts_its_events_and_pages_them_in_time_order(db, store, monkeypatch):
    import storyline.web.app as web_app

    monkeypatch.setattr(web_app, "ENTITY_EVENTS", 2)  # events per page on an entity page
    client = TestClient(create_app(db))
    involved = [e for e in store.events() if "musk" in e.participants]
    in_time_order = [e.id for e in sorted(involved, key=lambda e: (e.when is None, (e.when or "").lstrip("~"), e.id))]
    listed, offset = [], 0
    while offset < len(involved):
        html = client.get(f"/entities/musk?events_offset={offset}").text
        assert f"· {len(involved)} events</p>" in html
        table = re.search(r'<table class="events">(.*?)</table>', html, re.S).group(1)
        listed += re.findall(r'<a href="/events/([^"]+)">', table)
        offset += 2
    assert listed == in_time_order


def test_names_are_looked_up_in_the_entities_as_they_are_now(tmp_path):
    db = build_sample_store(tmp_path / "renamed.db")
    client = TestClient(create_app(db))
    assert client.get("/relationship?entity=Musk&entity=Putin").status_code == 200  # names indexed once here
    with SqliteStore(db) as store:
        renamed = [replace(e, name="Zorblax Quux", aliases=[]) if e.id == "musk" else e for e in store.entities()]
        store.replace_corpus_results(renamed, store.events(), store.contradictions())
    html = client.get("/relationship?entity=Zorblax&entity=Putin").text
    assert "<h1><a href=\"/entities/musk\">Zorblax Quux</a>" in html


def test_uncertain_times_are_drawn_as_ranges(client, store):
    svg = re.search(r"<svg .*?</svg>", client.get("/relationship?entity=musk&entity=putin").text, re.S).group(0)
    shapes = dict(re.findall(r'data-event="([^"]+)"[^>]*>.*?<(rect|circle)', svg, re.S))
    for event in store.events():
        if {"musk", "putin"} <= set(event.participants) and event.when:
            ranged = event.when.startswith("~") or "/" in event.when or len(event.when) == 4
            assert shapes[event.id] == ("rect" if ranged else "circle"), event.when


def test_relationship_page_shows_every_claim_with_speaker_and_evidence(client, store):
    html = client.get("/relationship", params=[("entity", "Маск"), ("entity", "putin")]).text
    for event in store.events():
        if {"musk", "putin"} <= set(event.participants):
            assert f'id="event-{event.id}"' in html
            for claim in event.claims:
                assert f'id="claim-{claim}"' in html
    assert "</a> заяви, че " in html and 'lang="bg"' in html  # the Bulgarian evidence, speaker marked
    assert 'class="side against"' in html  # the contested event's two sides
    assert '<mark class="trigger">опроверг</mark>' in html


def test_article_page_marks_entities_and_claims_and_keeps_boilerplate_on_demand(client):
    html = client.get("/documents/ru1").text
    assert re.search(r'<span class="claim stance-denies"[^>]*><a class="entity type-PER" href="/entities/musk"', html)
    assert "html:htmldate" in html
    en1 = client.get("/documents/en1").text
    assert "<details class=\"removed\">" in en1 and "Subscribe to our newsletter" in en1
    assert 'href="https://example-news.com/en1"' in en1


def test_article_text_round_trips_through_the_markup(db):
    # the highlighted article, with tags removed and entities decoded, is exactly the stored text
    import html as html_module

    from storyline.web.render import article_html
    from storyline.web.queries import get_document

    with SqliteStore(db, readonly=True) as store:
        document = get_document(store, "xss")
    markup = str(article_html(document))
    assert html_module.unescape(re.sub(r"<[^>]+>", "", markup)) == document.text


def test_unsafe_article_urls_are_not_links():
    from storyline.web.render import safe_link

    assert safe_link("javascript:alert(1)") is None
    assert safe_link("https://example.com/a") == "https://example.com/a"


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fstore/sqlite.py",
    "/static//etc/passwd", "/static/../../../../etc/passwd", "/static/%2fetc%2fpasswd", "/static/nope.css",
])
def test_path_traversal_on_static_paths_is_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "import" not in response.text and "root:" not in response.text


def test_static_assets_are_served_from_the_package(client):
    assert client.get("/static/storyline.css").status_code == 200


def test_missing_store_is_a_clear_error(tmp_path):
    response = TestClient(create_app(tmp_path / "missing.db")).get("/api/documents")
    assert response.status_code == 503 and "no store" in response.json()["detail"]


# -- the shareable report ---------------------------------------------------------------------

def test_report_is_one_self_contained_file(db, tmp_path, store):
    from click.testing import CliRunner

    from storyline.web.commands import report_command

    output = tmp_path / "report.html"
    result = CliRunner().invoke(report_command, ["Маск", "Путин", "--db", str(db), "-o", str(output)])
    assert result.exit_code == 0, result.output
    html = output.read_text(encoding="utf-8")
    references = re.findall(r'(?:src|href|action|xlink:href)\s*=\s*["\']?([^"\' >]+)', html, re.I)
    assert references and all(ref.startswith("#") for ref in references)  # only links within the file
    assert "<script" not in html.replace("&lt;script", "") and "<link" not in html and "@import" not in html
    assert "url(" not in html
    svg = re.search(r"<svg .*?</svg>", html, re.S).group(0)
    expected = [e.id for e in store.events() if {"musk", "putin"} <= set(e.participants)]
    assert sorted(re.findall(r'class="event-mark[^"]*" data-event="([^"]+)"', svg)) == sorted(expected)
    for event in expected:
        assert f'id="event-{event}"' in html
    assert "Песков" in html and "denies" in html


def test_report_escapes_article_text_and_names(db, tmp_path):
    from storyline.web.report import build_report

    with SqliteStore(db, readonly=True) as opened:
        html, events = build_report(opened, [])
    assert events == opened_count(db, "events")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def opened_count(db, table: str) -> int:
    with SqliteStore(db, readonly=True) as opened:
        return opened.count(table)


def test_report_for_an_unknown_name_says_so(db, tmp_path):
    from click.testing import CliRunner

    from storyline.web.commands import report_command

    result = CliRunner().invoke(report_command, ["Zzyzx Qwerty", "--db", str(db), "-o", str(tmp_path / "r.html")])
    assert result.exit_code != 0 and "Zzyzx Qwerty" in result.output
    assert not (tmp_path / "r.html").exists()


# -- highlighting is safe and faithful for any text and any marks ------------------------------

class _TagBalance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.ok = [], [], True

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        self.ok = self.ok and bool(self.stack) and self.stack.pop() == tag

    def handle_data(self, data):
        self.text.append(data)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab <>&\"'/Мъ\n")), max_size=40),
       spans=st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45), st.integers(0, 2)), max_size=6))
def test_highlight_escapes_everything_and_nests_tags(text, spans):
    from storyline.web.highlight import Mark, highlight

    marks = [Mark(a, b, f"m{layer}", tag=("a", "span", "mark")[layer], href="/x?a=1&b=<2>", layer=layer)
             for a, b, layer in spans]
    parser = _TagBalance()
    parser.feed(str(highlight(text, marks)))
    parser.close()
    assert parser.ok and parser.stack == []  # every tag closed, in order: no crossing tags
    assert "".join(parser.text) == text  # the text, unchanged, and nothing but the text


def test_serve_binds_to_loopback_by_default_and_checks_the_store_first(tmp_path):
    from click.testing import CliRunner

    from storyline.web.commands import serve_command

    host = next(p for p in serve_command.params if p.name == "host")
    assert host.default == "127.0.0.1"
    result = CliRunner().invoke(serve_command, ["--db", str(tmp_path / "missing.db")])
    assert result.exit_code != 0 and "no store" in result.output


def test_an_event_page_of_unknown_time_says_by_when_it_had_been_reported(tmp_path):
    from test_events import store_with, undated_invitation_with_dated_denials

    from storyline.stories.events import build_events

    store = store_with(tmp_path, undated_invitation_with_dated_denials())
    events, contradictions = build_events(store)
    store.replace_corpus_results(store.entities(), events, contradictions)
    store.close()
    (event,) = [e for e in events if e.relation == "invite"]
    assert event.when is None
    html = TestClient(create_app(tmp_path / "corpus.db")).get(f"/events/{event.id}").text
    assert "unknown (reported by 2 Mar 2023)" in html
