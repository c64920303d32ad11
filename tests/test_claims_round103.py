"""Round 103 (issue 5): speakers and via, the blind audit's leftovers — the outlet an interview was given to in the
sentence right before a quote relays the quote too, found past a complementiser of the content before the speech verb
("… няма да има, заяви X в интервю за …") and past an abbreviation's full stop and quote marks ("за германския
в. "Зенко""). Invented names."""
from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _attributed(text, language="en", **entities):
    doc = make_doc(text, language, names(**entities))
    m = doc.mentions
    return [(c.relation, sorted(m[p].text for p in c.participants), None if c.speaker is None else m[c.speaker].text,
             [m[v].text for v in c.via]) for c in extract_claims(doc)]


_NAMES = dict(Марония="LOC", Зенко="ORG", Акме="ORG", Борелия="LOC", Стоянова="PER", Иван_Петров="PER")


def test_the_interview_outlet_before_a_quote_relays_it_past_a_complementiser_and_an_abbreviation():
    text = ("Втори референдум няма да има, заяви премиерът на Марония в интервю за германския в. \"Зенко\", "
            "цитирано от Акме. \"Не, втори референдум няма да има. Искаме партньорство с Борелия\", заяви Стоянова.")
    claims = _attributed(text, "bg", **_NAMES)
    quoted = [c for c in claims if "Борелия" in c[1]]
    assert quoted and quoted[0][2] == "Стоянова" and quoted[0][3] == ["Акме", "Зенко"], claims


def test_the_interview_outlet_of_a_speech_verb_after_content_with_a_complementiser_is_its_via():
    text = "Марония ще преговаря с Борелия, за да има мир, заяви Стоянова в интервю за Зенко."
    claims = _attributed(text, "bg", **_NAMES)
    talks = [c for c in claims if c[0] == "negotiate"]
    assert talks and talks[0][2] == "Стоянова" and talks[0][3] == ["Зенко"], claims


def test_guard_an_interview_phrase_inside_reported_content_stays_content():
    text = "Стоянова заяви, че в интервю за Зенко Иван Петров е обещал да преговаря с Борелия."
    claims = _attributed(text, "bg", **_NAMES)
    assert all("Зенко" not in c[3] for c in claims), claims
