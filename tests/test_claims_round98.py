"""Round 98 (issue 5): speakers and via, the blind audit's leftovers — bg "припомни" (recalled) after the content,
a citing cue naming its source at the end of a chain of statement nouns, the outlets relaying the sentence right
before a quote of the same speaker, sl "posvarila" (warned). Invented names."""
from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _attributed(text, language="en", **entities):
    doc = make_doc(text, language, names(**entities))
    m = doc.mentions
    return [(c.relation, sorted(m[p].text for p in c.participants), None if c.speaker is None else m[c.speaker].text,
             [m[v].text for v in c.via]) for c in extract_claims(doc)]


def test_recalled_by_the_agency_is_the_agency_named_before():
    text = ("Марония даде убежище на Иван Петров, предаде Зенко. "
            "Петров пристигна в Марония в събота, след като напусна Борелия, припомни агенцията.")
    claims = _attributed(text, "bg", Марония="LOC", Иван_Петров="PER", Петров="PER", Зенко="ORG", Борелия="LOC")
    visits = [c for c in claims if c[0] == "visit"]
    assert visits and visits[-1][2] == "Зенко", claims


def test_a_citing_cue_names_its_source_at_the_end_of_a_chain_of_statement_nouns():
    text = ("Иван Петров и Мария Стоянова са провели телефонен разговор, предаде Зенко, позовавайки се на "
            "съобщение на пресслужбата на Акме.")
    claims = _attributed(text, "bg", Иван_Петров="PER", Мария_Стоянова="PER", Зенко="ORG", Акме="ORG")
    assert claims and claims[0][2] == "Акме" and claims[0][3] == ["Зенко"], claims


def test_guard_a_citing_cue_with_no_name_leaves_the_outlet_the_speaker():
    text = ("Иван Петров и Мария Стоянова са провели телефонен разговор, предаде Зенко, позовавайки се на "
            "съобщение на пресслужбата.")
    claims = _attributed(text, "bg", Иван_Петров="PER", Мария_Стоянова="PER", Зенко="ORG")
    assert claims and claims[0][2] == "Зенко" and claims[0][3] == [], claims


_INTERVIEW = ("Втори референдум няма да има, заяви премиерът на Марония в интервю, цитирано от Зенко. "
              "\"Не, втори референдум няма да има. Искаме партньорство с Борелия\", заяви Стоянова.")
_NAMES = dict(Марония="LOC", Зенко="ORG", Борелия="LOC", Стоянова="PER", Иван_Петров="PER")


def test_a_quote_takes_the_relays_of_its_speakers_report_right_before_it():
    claims = _attributed(_INTERVIEW, "bg", **_NAMES)
    quoted = [c for c in claims if "Борелия" in c[1]]
    assert quoted and quoted[0][2] == "Стоянова" and quoted[0][3] == ["Зенко"], claims


def test_a_quote_takes_the_outlet_a_dropped_subject_said_it_on():
    text = ("Jan Novák řekl, že bude jednat s Marií Novou. Řekl to na stanici Zenko FM. "
            "„Jednání s Marií Novou bude důležité,“ prohlásil Novák.")
    claims = _attributed(text, "cs", Jan_Novák="PER", Novák="PER", Marií_Novou="PER", Zenko_FM="ORG")
    quoted = [c for c in claims if c[2] == "Novák"]
    assert quoted and quoted[-1][3] == ["Zenko FM"], claims


def test_guard_another_persons_report_or_a_new_paragraph_relays_nothing():
    other = _INTERVIEW.replace("премиерът на Марония", "Иван Петров")
    claims = _attributed(other, "bg", **_NAMES)
    quoted = [c for c in claims if "Борелия" in c[1]]
    assert quoted and quoted[0][3] == [], claims
    apart = _INTERVIEW.replace("Зенко. ", "Зенко.\n\n")
    claims = _attributed(apart, "bg", **_NAMES)
    quoted = [c for c in claims if "Борелия" in c[1]]
    assert quoted and quoted[0][3] == [], claims


def test_sl_warned_is_a_speech_verb():
    text = "Zahodne partnerje je kanclerka Ana Novak posvarila, saj da se bo Maronija osredotočila na sodelovanje z Borelijo."
    claims = _attributed(text, "sl", Ana_Novak="PER", Maronija="LOC", Borelijo="LOC")
    assert claims and claims[0][2] == "Ana Novak", claims


def test_a_relation_word_after_the_quote_takes_the_relays_too():
    text = ("Иван Петров заяви, че преходният период няма да е безкраен, предава Зенко, цитирана от Акме. "
            "\"Това няма да бъде възможно\", заяви Петров, след като се срещна с министри, за да ги уведоми как "
            "вървят преговорите с Марония.")
    claims = _attributed(text, "bg", Иван_Петров="PER", Петров="PER", Зенко="ORG", Акме="ORG", Марония="LOC")
    talks = [c for c in claims if c[0] == "negotiate"]
    assert talks and talks[0][2] == "Петров" and sorted(talks[0][3]) == ["Акме", "Зенко"], claims
