"""Round 44 (issue 5): English news — speakers and sources, from an audit of the English claims on real text.
A noun-phrase apposition after the speaker ("X, Y's superior, said", "X, a consultant at Y, says") keeps X the
speaker, and the names inside one are no subject ("The whistleblower, a protégé of X and Y, claimed"); a
company's legal form after a comma ("Zenco, Inc., says") belongs to the name; a media noun before a
parenthesis ("The news organization, citing …, reported") is the outlet named last; an object after a speech
verb ("it posted a series of tweets supporting X") names no inverted subject; present-tense "asserts",
"contends", "points out"; the outlet right after "told" is whom it was told even when a name opens the
content ("told CNBC Acme is …"). Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names

N = dict(Tom_Hale="PER", Rob_Dunn="PER", Acme="ORG", Zenco="ORG", CNBC="ORG", Maronia="LOC")


def _claims(text, **extra):
    doc = make_doc(text, "en", names(**{**N, **extra}))
    m = doc.mentions
    return [(c.relation, [m[p].text for p in c.participants], None if c.speaker is None else m[c.speaker].text,
             [m[v].text for v in c.via]) for c in extract_claims(doc)]


def _speakers(text, **extra):
    return [s for _, _, s, _ in _claims(text, **extra)]


def test_possessive_apposition_after_quote():
    # '"…," X, Y's superior, said': X speaks (the apposition is a noun phrase, not a clause)
    assert _speakers('"We are pleased with the talks with Acme," Tom Hale, Rob Dunn\'s superior, said.') == ["Tom Hale"]


def test_article_apposition_before_verb():
    # "X, a senior consultant at Acme, says Y …": X speaks; the name after the verb opens the content
    assert _speakers('"We are delighted to cooperate with Zenco," Tom Hale, a senior consultant at Acme, said.') == ["Tom Hale"]
    assert _claims("Tom Hale, a senior consultant at Acme, says Zenco is negotiating with Maronia.") == [
        ("negotiate", ["Zenco", "Maronia"], "Tom Hale", [])]


def test_names_inside_apposition_are_no_subject():
    # the head of the apposition (a common noun) is the subject: unnamed
    assert _speakers("The whistleblower, a protégé of Tom Hale and Rob Dunn, would then have claimed "
                     "that Zenco had a call with Acme.") == [None]


def test_legal_form_belongs_to_the_name():
    text = ("Rob Dunn, senior vice president of Zenco, Inc., says: “Alarm management is a focus. "
            "Our new partnership with Acme helps.”")
    assert [s for s in _speakers(text, Inc="ORG")] == ["Rob Dunn"]
    assert _speakers("Rob Dunn, senior vice president of Zenco, Inc., says that Acme met Zenco.", Inc="ORG") == ["Rob Dunn"]


def test_present_tense_reporting_verbs():
    for verb in ("asserts", "contends", "points out"):
        assert _claims(f"Indeed, Tom Hale {verb} that talks have resumed between Acme and Zenco.")[0][2] == "Tom Hale"


def test_media_noun_before_parenthesis_is_last_outlet():
    text = ("CNBC reported on Monday that Maronia is ready. The news organization, citing an anonymous source, "
            "reported that Zenco's outlook on trade talks with Maronia was dampened.")
    assert _speakers(text) == ["CNBC"]


def test_object_after_speech_verb_names_no_subject():
    text = ("The party was accused of cheating during a debate between Tom Hale and Rob Dunn.\n\n"
            "Rebranded, it posted a series of tweets supporting Hale during the debate.")
    assert _speakers(text, Hale=("PER", "Tom Hale")) == [None]


def test_told_outlet_before_named_content():
    assert _claims("Tom Hale told CNBC Acme is negotiating with Zenco.") == [
        ("negotiate", ["Acme", "Zenco"], "Tom Hale", ["CNBC"])]


def test_guards_unnamed_and_inverted_speakers():
    # guards (passed before): an unnamed source after the verb, a role before the name, "said" + content
    assert _speakers("Acme is negotiating with Zenco, said a senior official.") == [None]
    assert _speakers("Acme is negotiating with Zenco, said a spokesman for Rob Dunn.") == [None]
    assert _speakers("Acme is negotiating with Zenco, said Tom Hale, chief executive of Maronia.") == ["Tom Hale"]
    assert _speakers("Tom Hale said a meeting between Acme and Zenco is possible.") == ["Tom Hale"]
    assert _speakers("Tom Hale, who met Rob Dunn in May, said Acme is negotiating with Zenco.")[-1] == "Tom Hale"


def test_article_apposition_romance():
    # the same noun-phrase apposition in the lexicons with articles (fr, es, it, pt)
    for text, language in [("Tom Hale, un consultant chez Acme, a déclaré que Zenco négocie avec Maronia.", "fr"),
                           ("Tom Hale, un consultor de Acme, dijo que Zenco negocia con Maronia.", "es"),
                           ("Tom Hale, un consulente di Acme, ha detto che Zenco negozia con Maronia.", "it"),
                           ("Tom Hale, um consultor da Acme, disse que Zenco negocia com Maronia.", "pt")]:
        doc = make_doc(text, language, names(**N))
        assert [doc.mentions[c.speaker].text for c in extract_claims(doc) if c.speaker is not None] == ["Tom Hale"], language


def test_according_to_a_statement_from_the_company():
    # "according to a statement from the company": the organisation "the company" names speaks, and stays a party
    assert _claims("Acme reported higher sales. Acme has signed an agreement with Zenco, according to a statement "
                   "from the company.") == [("negotiate", ["Acme", "Zenco"], "Acme", [])]


def test_media_noun_before_parenthesis_bg_pl():
    doc = make_doc("Агенция Фокус съобщи, че Марония е готова. Изданието, позовавайки се на свои източници, съобщи, "
                   "че Зенко преговаря с Марония.", "bg", names(Фокус="ORG", Зенко="ORG", Марония="LOC"))
    assert [doc.mentions[c.speaker].text for c in extract_claims(doc) if c.speaker is not None] == ["Фокус"]
    doc = make_doc("Dziennik Fokus napisał, że Maronia jest gotowa. Gazeta, powołując się na swoje źródła, podała, że "
                   "Zenco negocjuje z Maronią.", "pl",
                   names(Fokus="ORG", Zenco="ORG", Maronią=("LOC", "Maronia"), Maronia="LOC"))
    assert [doc.mentions[c.speaker].text for c in extract_claims(doc) if c.speaker is not None] == ["Fokus"]
