"""Claims in German, French, Spanish, Italian and Portuguese: the lexicon files `de/fr/es/it/pt.toml`
run through the real claims stage on constructed news sentences (mentions supplied, as NER would
give them): speaker, stance, relation, participants and event time of a reported meeting, a phone
call, a spokesperson's denial, an according-to cue, a request, an invitation, a planned meeting and
a negated contact, plus sentences with a relation word but no two parties, which give no claim."""

from __future__ import annotations

import re
import tomllib

import pytest

from storyline.claims import extract_claims
from storyline.claims.lexicon import LEXICON_DIR, Lexicon, load_lexicon
from storyline.pipeline import paragraphs_of
from storyline.records import Document, Mention
from storyline.sentences.split import split_sentences

WESTERN = ("de", "fr", "es", "it", "pt")
PUBLISHED = "2026-01-10"


def make_doc(text: str, language: str, names: dict[str, tuple[str, str]]) -> Document:
    """A Document with every occurrence of each name as a mention: name -> (type, lemma)."""
    doc = Document(id="doc", source="test", format="text", raw=text.encode(), text=text, language=language,
                   published=PUBLISHED)
    doc.paragraphs = paragraphs_of(text)
    doc.sentences = split_sentences(text, language)
    spans: list[tuple[int, int, str, str, str]] = []
    for name, (kind, lemma) in sorted(names.items(), key=lambda item: -len(item[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not any(s < m.end() and m.start() < e for s, e, *_ in spans):
                spans.append((m.start(), m.end(), name, kind, lemma))
    doc.mentions = [Mention(s, e, t, k, lemma=lemma) for s, e, t, k, lemma in sorted(spans)]
    return doc


def _names(people: list[str], organisations: list[str], places: list[str], **inflected: tuple[str, str]):
    names = {n: ("PER", n) for n in people}
    names |= {n: ("ORG", n) for n in organisations}
    names |= {n: ("LOC", n) for n in places}
    names |= inflected  # an inflected form -> (type, base form)
    return names


NAMES = {
    "de": _names(["Merz", "Macron", "Emmanuel Macron", "Putin", "Musk", "Peskow", "Selenskyj", "Meloni", "Kornelius"],
                 ["Kreml", "dpa", "Die Welt", "Kanzleramt"], ["Paris", "Berlin", "Rom", "Moskau"],
                 Putins=("PER", "Putin")),
    "fr": _names(["Macron", "Emmanuel Macron", "Olaf Scholz", "Scholz", "Poutine", "Musk", "Peskov", "Dmitri Peskov",
                  "Meloni", "Zelensky", "Barrot"],
                 ["Kremlin", "AFP", "Élysée", "Le Monde"], ["Paris", "Berlin", "Rome", "Moscou", "Kiev"]),
    "es": _names(["Sánchez", "Pedro Sánchez", "Macron", "Putin", "Musk", "Peskov", "Dmitri Peskov", "Lula", "Zelenski",
                  "Albares"],
                 ["Kremlin", "EFE", "El País", "Moncloa"], ["Madrid", "París", "Moscú", "Kiev"]),
    "it": _names(["Meloni", "Giorgia Meloni", "Macron", "Putin", "Musk", "Peskov", "Dmitrij Peskov", "Zelensky", "Tajani",
                  "Sánchez"],
                 ["Cremlino", "ANSA", "Corriere della Sera", "Palazzo Chigi"], ["Roma", "Parigi", "Mosca", "Kiev"]),
    "pt": _names(["Lula", "Montenegro", "Macron", "Putin", "Musk", "Peskov", "Dmitri Peskov", "Zelensky", "Rangel"],
                 ["Kremlin", "Lusa", "Público"], ["Lisboa", "Brasília", "Moscovo", "Kiev"]),
}

# (language, case, sentence, expected): expected is (relation, stance, speaker, {participants},
# when) or None for "no claim"; the speaker and participants by base form, when=... only where the
# sentence dates the event.
CASES = [
    # -- German: V2 and verb-final order, separable verbs ("rief … an", "lud … ein", "rief … auf")
    ("de", "reported meeting",
     "Bundeskanzler Merz traf sich am Dienstag in Paris mit Emmanuel Macron, sagte Regierungssprecher Kornelius.",
     ("meet", "asserts", "Kornelius", {"Merz", "Emmanuel Macron"}, None)),
    ("de", "phone call", "Merz telefonierte mit Selenskyj, teilte das Kanzleramt mit.",
     ("contact", "asserts", "Kanzleramt", {"Merz", "Selenskyj"}, None)),
    ("de", "separable call", "Merz rief Selenskyj nach dem Angriff an.",
     ("contact", "asserts", None, {"Merz", "Selenskyj"}, None)),
    ("de", "denial", "Der Kreml dementierte, dass Putin mit Musk gesprochen habe.",
     ("contact", "denies", "Kreml", {"Putin", "Musk"}, None)),
    ("de", "spokesperson denial", "Putins Sprecher Peskow bestritt, dass sich Putin und Musk getroffen hätten.",
     ("meet", "denies", "Peskow", {"Putin", "Musk"}, None)),
    ("de", "according", "Laut dpa traf sich Merz mit Meloni in Rom.",
     ("meet", "asserts", "dpa", {"Merz", "Meloni"}, None)),
    ("de", "request", "Selenskyj bat Merz um weitere Waffenlieferungen, berichtete die Zeitung Die Welt.",
     ("request", "asserts", "Die Welt", {"Selenskyj", "Merz"}, None)),
    ("de", "separable request", "Selenskyj rief Merz zu weiteren Waffenlieferungen auf.",
     ("request", "asserts", None, {"Selenskyj", "Merz"}, None)),
    ("de", "invitation", "Macron lud Merz zu einem Besuch nach Paris ein.",
     ("invite", "asserts", None, {"Macron", "Merz"}, None)),
    ("de", "planned meeting", "Merz will sich am 15. März mit Macron treffen.",
     ("meet", "asserts", None, {"Merz", "Macron"}, "2026-03-15")),
    ("de", "negated contact", "Putin hat nie mit Musk telefoniert, sagte Peskow.",
     ("contact", "denies", "Peskow", {"Putin", "Musk"}, None)),
    ("de", "no meeting", "Es gab kein Treffen zwischen Putin und Musk, sagte Peskow.",
     ("meet", "denies", "Peskow", {"Putin", "Musk"}, None)),
    ("de", "one party", "Das Treffen mit Macron wurde abgesagt.", None),
    ("de", "place only", "Das Treffen in Berlin wurde abgesagt.", None),
    ("de", "decision is no meeting", "Merz hat eine Entscheidung getroffen, sagte Macron.", None),
    # -- French: elision, compound tenses, inverted attribution, "ne … pas"
    ("fr", "reported meeting", "Emmanuel Macron s'est entretenu mardi avec Olaf Scholz à Berlin, a indiqué l'Élysée.",
     ("contact", "asserts", "Élysée", {"Emmanuel Macron", "Olaf Scholz"}, None)),
    ("fr", "meeting with role speaker", "Macron a rencontré Meloni à Rome, a déclaré le porte-parole Barrot.",
     ("meet", "asserts", "Barrot", {"Macron", "Meloni"}, None)),
    ("fr", "phone call", "Macron a eu un entretien téléphonique avec Zelensky.",
     ("contact", "asserts", None, {"Macron", "Zelensky"}, None)),
    ("fr", "denial", "Le Kremlin a démenti que Poutine ait parlé avec Musk.",
     ("contact", "denies", "Kremlin", {"Poutine", "Musk"}, None)),
    ("fr", "spokesperson denial",
     "Le porte-parole du Kremlin, Dmitri Peskov, a démenti que Poutine et Musk se soient rencontrés.",
     ("meet", "denies", "Dmitri Peskov", {"Poutine", "Musk"}, None)),
    ("fr", "according", "Macron s'est entretenu au téléphone avec Zelensky, selon l'AFP.",
     ("contact", "asserts", "AFP", {"Macron", "Zelensky"}, None)),
    ("fr", "request", "Selon Le Monde, Zelensky a demandé à Macron de livrer davantage d'armes.",
     ("request", "asserts", "Le Monde", {"Zelensky", "Macron"}, None)),
    ("fr", "invitation", "Macron a invité Meloni à Paris.",
     ("invite", "asserts", None, {"Macron", "Meloni"}, None)),
    ("fr", "elided invitation noun", "Meloni a accepté l'invitation de Macron.",
     ("invite", "asserts", None, {"Meloni", "Macron"}, None)),
    ("fr", "planned meeting", "Macron et Meloni se rencontreront le 15 mars à Rome.",
     ("meet", "asserts", None, {"Macron", "Meloni"}, "2026-03-15")),
    ("fr", "negated contact", "Poutine n'a jamais parlé avec Musk, a affirmé Peskov.",
     ("contact", "denies", "Peskov", {"Poutine", "Musk"}, None)),
    ("fr", "ne pas", "Poutine ne s'est pas entretenu avec Musk.",
     ("contact", "denies", None, {"Poutine", "Musk"}, None)),
    ("fr", "cancelled", "La réunion à Paris a été annulée.", None),
    ("fr", "one party", "La rencontre avec Macron a été annulée.", None),
    ("fr", "a letter is no visitor", "Macron a reçu une lettre de Poutine.", None),
    # -- Spanish: reflexive "se reunió", compound "se ha reunido", "no"
    ("es", "reported meeting", "Pedro Sánchez se reunió el lunes con Lula en Madrid, dijo el ministro Albares.",
     ("meet", "asserts", "Albares", {"Pedro Sánchez", "Lula"}, None)),
    ("es", "phone call", "Sánchez habló por teléfono con Zelenski, informó la agencia EFE.",
     ("contact", "asserts", "EFE", {"Sánchez", "Zelenski"}, None)),
    ("es", "denial", "El Kremlin negó que Putin haya hablado con Musk.",
     ("contact", "denies", "Kremlin", {"Putin", "Musk"}, None)),
    ("es", "spokesperson denial",
     "El portavoz del Kremlin, Dmitri Peskov, desmintió que Putin y Musk se hayan reunido.",
     ("meet", "denies", "Dmitri Peskov", {"Putin", "Musk"}, None)),
    ("es", "according and request", "Según El País, Zelenski pidió a Sánchez más ayuda militar.",
     ("request", "asserts", "El País", {"Zelenski", "Sánchez"}, None)),
    ("es", "invitation from anonymous sources", "Sánchez invitó a Lula a Madrid, según fuentes de la Moncloa.",
     ("invite", "asserts", None, {"Sánchez", "Lula"}, None)),
    ("es", "planned meeting", "Sánchez y Macron se reunirán en marzo en París.",
     ("meet", "asserts", None, {"Sánchez", "Macron"}, "2026-03")),
    ("es", "negated contact", "Putin nunca habló con Musk, aseguró Peskov.",
     ("contact", "denies", "Peskov", {"Putin", "Musk"}, None)),
    ("es", "negated compound", "Putin no se ha reunido con Musk.",
     ("meet", "denies", None, {"Putin", "Musk"}, None)),
    ("es", "cancelled", "La reunión en Madrid fue cancelada.", None),
    ("es", "one party", "La reunión con Lula fue cancelada.", None),
    ("es", "gathering funds is no meeting", "Sánchez reunió fondos para Lula.", None),
    # -- Italian: elision ("l'incontro"), "si sono incontrati", "non … mai"
    ("it", "reported meeting", "Giorgia Meloni ha incontrato ieri Zelensky a Roma, ha detto il ministro Tajani.",
     ("meet", "asserts", "Tajani", {"Giorgia Meloni", "Zelensky"}, None)),
    ("it", "phone call", "Meloni ha avuto un colloquio telefonico con Macron, riferisce l'agenzia ANSA.",
     ("contact", "asserts", "ANSA", {"Meloni", "Macron"}, None)),
    ("it", "denial", "Il Cremlino ha smentito che Putin abbia parlato con Musk.",
     ("contact", "denies", "Cremlino", {"Putin", "Musk"}, None)),
    ("it", "spokesperson denial",
     "Il portavoce del Cremlino, Dmitrij Peskov, ha smentito che Putin e Musk si siano incontrati.",
     ("meet", "denies", "Dmitrij Peskov", {"Putin", "Musk"}, None)),
    ("it", "according and request", "Secondo il Corriere della Sera, Zelensky ha chiesto a Meloni nuovi aiuti militari.",
     ("request", "asserts", "Corriere della Sera", {"Zelensky", "Meloni"}, None)),
    ("it", "invitation", "Meloni ha invitato Sánchez a Roma, ha fatto sapere Palazzo Chigi.",
     ("invite", "asserts", "Palazzo Chigi", {"Meloni", "Sánchez"}, None)),
    ("it", "elided meeting noun", "L'incontro tra Meloni e Macron è durato due ore, ha detto Tajani.",
     ("meet", "asserts", "Tajani", {"Meloni", "Macron"}, None)),
    ("it", "planned meeting", "Meloni e Macron si incontreranno il 15 marzo a Parigi.",
     ("meet", "asserts", None, {"Meloni", "Macron"}, "2026-03-15")),
    ("it", "negated contact", "Putin non ha mai parlato con Musk, ha assicurato Peskov.",
     ("contact", "denies", "Peskov", {"Putin", "Musk"}, None)),
    ("it", "reflexive negated", "Putin e Musk non si sono mai incontrati.",
     ("meet", "denies", None, {"Putin", "Musk"}, None)),
    ("it", "cancelled", "L'incontro a Roma è stato annullato.", None),
    ("it", "one party", "L'incontro con Macron è stato annullato.", None),
    # -- Portuguese: enclitic "reuniu-se", "não"
    ("pt", "reported meeting", "Montenegro reuniu-se na segunda-feira com Lula em Brasília, disse o ministro Rangel.",
     ("meet", "asserts", "Rangel", {"Montenegro", "Lula"}, None)),
    ("pt", "phone call", "Lula conversou por telefone com Macron, informou a agência Lusa.",
     ("contact", "asserts", "Lusa", {"Lula", "Macron"}, None)),
    ("pt", "denial", "O Kremlin negou que Putin tenha falado com Musk.",
     ("contact", "denies", "Kremlin", {"Putin", "Musk"}, None)),
    ("pt", "spokesperson denial",
     "O porta-voz do Kremlin, Dmitri Peskov, desmentiu que Putin e Musk se tenham encontrado.",
     ("meet", "denies", "Dmitri Peskov", {"Putin", "Musk"}, None)),
    ("pt", "according and request", "Segundo o Público, Zelensky pediu a Montenegro mais apoio militar.",
     ("request", "asserts", "Público", {"Zelensky", "Montenegro"}, None)),
    ("pt", "invitation to a city", "Lula convidou Montenegro a Brasília.",
     ("invite", "asserts", None, {"Lula", "Montenegro"}, None)),
    ("pt", "planned meeting", "Lula e Macron vão reunir-se em março em Lisboa.",
     ("meet", "asserts", None, {"Lula", "Macron"}, "2026-03")),
    ("pt", "negated contact", "Putin nunca falou com Musk, garantiu Peskov.",
     ("contact", "denies", "Peskov", {"Putin", "Musk"}, None)),
    ("pt", "negated reflexive", "Putin não se reuniu com Musk.",
     ("meet", "denies", None, {"Putin", "Musk"}, None)),
    ("pt", "cancelled", "A reunião em Lisboa foi cancelada.", None),
    # -- quotes, denials of any contact, role nouns, press as partner, and more relation words
    ("de", "talks between", "Das Gespräch zwischen Putin und Musk dauerte eine Stunde.",
     ("contact", "asserts", None, {"Putin", "Musk"}, None)),
    ("de", "first-person quote", "„Ich habe nie mit Putin gesprochen“, sagte Musk.",
     ("contact", "denies", "Musk", {"Musk", "Putin"}, None)),
    ("de", "separable meeting", "Merz kam am Montag mit Macron zusammen.",
     ("meet", "asserts", None, {"Merz", "Macron"}, None)),
    ("de", "counterpart", "Merz sprach mit seinem französischen Amtskollegen Macron.",
     ("contact", "asserts", None, {"Merz", "Macron"}, None)),
    ("de", "press is no party", "Merz sprach mit Journalisten über Macron.", None),
    ("de", "spoke of is no contact", "Merz sprach von Macron als Freund.", None),
    ("fr", "first-person quote", "« Je n'ai jamais parlé avec Poutine », a assuré Musk.",
     ("contact", "denies", "Musk", {"Musk", "Poutine"}, None)),
    ("fr", "reciprocal negated", "Poutine et Musk ne se sont jamais parlé, a déclaré Peskov.",
     ("contact", "denies", "Peskov", {"Poutine", "Musk"}, None)),
    ("fr", "denies any contact", "Le Kremlin dément tout contact entre Poutine et Musk.",
     ("contact", "denies", "Kremlin", {"Poutine", "Musk"}, None)),
    ("fr", "counterpart", "Macron s'est entretenu avec son homologue ukrainien Zelensky.",
     ("contact", "asserts", None, {"Macron", "Zelensky"}, None)),
    ("fr", "press is no party", "Macron s'est entretenu avec des journalistes au sujet de Poutine.", None),
    ("fr", "spoke of is no contact", "Macron a parlé de Poutine.", None),
    ("es", "first-person quote", "«Nunca he hablado con Putin», aseguró Musk.",
     ("contact", "denies", "Musk", {"Musk", "Putin"}, None)),
    ("es", "phone conversation noun", "Putin y Musk mantuvieron una conversación telefónica.",
     ("contact", "asserts", None, {"Putin", "Musk"}, None)),
    ("es", "press is no party", "Sánchez habló con los periodistas sobre Lula.", None),
    ("es", "spoke of is no contact", "Sánchez habló de Lula en el Congreso.", None),
    ("it", "first-person quote", "«Non ho mai parlato con Putin», ha assicurato Musk.",
     ("contact", "denies", "Musk", {"Musk", "Putin"}, None)),
    ("it", "reciprocal phone call", "Meloni e Macron si sono sentiti al telefono.",
     ("contact", "asserts", None, {"Meloni", "Macron"}, None)),
    ("it", "press is no party", "Meloni ha parlato con i giornalisti di Macron.", None),
    ("it", "a letter is no visitor", "Meloni ha ricevuto una lettera da Macron.", None),
    ("pt", "first-person quote", "«Nunca falei com Putin», garantiu Musk.",
     ("contact", "denies", "Musk", {"Musk", "Putin"}, None)),
    ("pt", "received a visitor", "Lula recebeu Macron em Brasília.",
     ("meet", "asserts", None, {"Lula", "Macron"}, None)),
    ("pt", "press is no party", "Lula conversou com jornalistas sobre Macron.", None),
    ("pt", "a letter is no visitor", "Lula recebeu uma carta de Macron.", None),
    ("de", "a blow is no meeting", "Die Entscheidung von Merz trifft Macron hart.", None),
    ("fr", "maintaining relations is no contact", "Macron entretient de bonnes relations avec Meloni.", None),
    ("fr", "speaking of is no contact", "Macron a parlé de Meloni avec émotion.", None),
    ("es", "criticism received is no meeting", "Sánchez recibió críticas de Lula.", None),
    ("it", "criticism received is no meeting", "Meloni ha ricevuto critiche da Macron.", None),
    ("it", "visit with a day between", "Meloni si è recata mercoledì a Kiev.",
     ("visit", "asserts", None, {"Meloni", "Kiev"}, None)),
    ("pt", "visit with a day between", "Lula viajou na quarta-feira para Kiev.",
     ("visit", "asserts", None, {"Lula", "Kiev"}, None)),
    ("de", "visit with a day between", "Merz reiste am Mittwoch nach Moskau.",
     ("visit", "asserts", None, {"Merz", "Moskau"}, None)),
]


def _base(doc: Document, index: int | None) -> str | None:
    return None if index is None else (doc.mentions[index].lemma or doc.mentions[index].text)


@pytest.mark.parametrize("language,case,text,expected", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_claims_of_constructed_news_sentences(language, case, text, expected):
    doc = make_doc(text, language, NAMES[language])
    claims = extract_claims(doc)
    if expected is None:
        assert claims == [], [(c.relation, [_base(doc, p) for p in c.participants]) for c in claims]
        return
    relation, stance, speaker, participants, when = expected
    assert len(claims) == 1, [(c.relation, c.stance, [_base(doc, p) for p in c.participants]) for c in claims]
    [claim] = claims
    assert (claim.relation, claim.stance) == (relation, stance), claim.trigger
    assert _base(doc, claim.speaker) == speaker
    assert {_base(doc, p) for p in claim.participants} == participants
    assert claim.cameo == load_lexicon(language).relation(relation).cameo
    if when is not None:
        assert claim.when == when


@pytest.mark.parametrize("language", WESTERN)
def test_lexicon_parses_with_every_table_and_relation_of_the_english_one(language):
    path = LEXICON_DIR / f"{language}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    english = tomllib.loads((LEXICON_DIR / "en.toml").read_text(encoding="utf-8"))
    assert data["language"] == language
    for table in ("reporting", "stance", "references", "time"):
        missing = {k for k, v in english[table].items() if v} - set(data[table])
        assert not missing, f"{language}.toml [{table}] lacks {sorted(missing)}"
    lexicon = load_lexicon(language)
    en = load_lexicon("en")
    assert {r.name: (r.cameo, r.directed, r.places) for r in lexicon.relations} == {
        r.name: (r.cameo, r.directed, r.places) for r in en.relations}
    assert len(lexicon.time["months"]) == 12 and len(lexicon.time["weekdays"]) == 7


def test_every_packaged_lexicon_parses():
    for path in sorted(LEXICON_DIR.glob("*.toml")):
        assert load_lexicon(path.stem) is not None, path.name


@pytest.mark.parametrize("language,text,relation", [
    ("de", "Merz rief Macron gestern Abend an.", "contact"),
    ("de", "Merz rief Macron zur Zurückhaltung auf.", "request"),
    ("fr", "Zelensky a exhorté Macron à agir.", "request"),
    ("es", "Sánchez colaborará con Macron.", "cooperate"),
    ("it", "Meloni ha negoziato con Macron.", "negotiate"),
    ("pt", "Lula trabalhou com Macron.", "cooperate"),
])
def test_the_particle_or_verb_decides_the_relation(language, text, relation):
    """German separable verbs end with their particle: "rief … an" is a call, "rief … auf" an appeal."""
    doc = make_doc(text, language, NAMES[language])
    [claim] = extract_claims(doc)
    assert claim.relation == relation


def _code_reads(field: str) -> bool:
    """Whether the claims code reads this lexicon key yet (proposed with these lexicons)."""
    return field in Lexicon.__dataclass_fields__


# Word orders the lexicons describe with keys the claims code does not read yet: each case runs
# once the key is read (see the lead's notes for the code change), and must then hold.
PENDING = [
    ("trailing_negation", "de", "Putin traf Musk nicht, sagte Peskow.",
     ("meet", "denies", "Peskow", {"Putin", "Musk"}, None)),
    ("trailing_negation", "de", "Putin telefonierte nicht mit Musk.",
     ("contact", "denies", None, {"Putin", "Musk"}, None)),
    ("inverted_subjects", "de", "Am Dienstag sagte Peskow, Putin habe Musk nie getroffen.",
     ("meet", "denies", "Peskow", {"Putin", "Musk"}, None)),
    ("inverted_subjects", "es", "Ayer dijo Peskov que Putin nunca habló con Musk.",
     ("contact", "denies", "Peskov", {"Putin", "Musk"}, None)),
    ("inverted_subjects", "it", "Ieri ha detto Peskov che Putin non ha mai parlato con Musk.",
     ("contact", "denies", "Peskov", {"Putin", "Musk"}, None)),
    ("window_before", "de", "Merz und Macron wollen sich am 15. März in Berlin treffen.",
     ("meet", "asserts", None, {"Merz", "Macron"}, "2026-03-15")),
    ("according_after", "de", "Dem Kreml zufolge hat Putin nicht mit Musk gesprochen.",
     ("contact", "denies", "Kreml", {"Putin", "Musk"}, None)),
    ("verb_final", "de", "Macron hat Merz nach Paris eingeladen.",
     ("invite", "asserts", None, {"Macron", "Merz"}, None)),
    ("verb_final", "de", "Selenskyj hat Merz um weitere Waffen gebeten, sagte Kornelius.",
     ("request", "asserts", "Kornelius", {"Selenskyj", "Merz"}, None)),
]


@pytest.mark.parametrize("field,language,text,expected", PENDING, ids=[f"{c[1]}-{c[0]}-{i}" for i, c in enumerate(PENDING)])
def test_word_orders_the_code_reads_from_lexicon_keys(field, language, text, expected):
    if not _code_reads(field):
        pytest.skip(f"the claims code does not read `{field}` yet")
    test_claims_of_constructed_news_sentences(language, field, text, expected)
