"""Round 90 (issue 5): the fresh audit's party causes. After an invitation word, a place after a place preposition
that follows the invited one written as a common noun ("pozvat delegaci zpět do X") is where they are asked to come,
not who is invited; a verb in the first person plural right before a relation noun ("kterou máme ve smlouvě s X")
is "we", so a speaker whose role phrase names their organisation speaks for it; a plural noun of states before a
relation word ("te štiri države z X sodelujejo") is its unnamed subject, so the speaker is not the other side
(lexicon ``state_group_nouns``). Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc


def _parties(text, language, mentions):
    """(relation, sorted party texts) of each claim; ``mentions``: text -> (type, lemma)."""
    doc = make_doc(text, language, mentions)
    m = doc.mentions
    return [(c.relation, sorted(m[p].text for p in c.participants)) for c in extract_claims(doc)]


# -- 1. the place the invited are asked to come to ------------------------------------------------------------------------

def test_the_place_after_an_invited_common_noun_is_no_invitee_cs():
    text = "„Jsem připraven pozvat maronskou delegaci zpět do Zenkova už v pondělí,“ řekl Jan Novák."
    claims = _parties(text, "cs", {"Zenkova": ("LOC", "Zenkov"), "Jan Novák": ("PER", "Jan Novák")})
    assert all("Zenkova" not in parties for _, parties in claims)


def test_the_place_after_an_invited_common_noun_is_no_invitee_ru():
    # guard: the organisation owning the delegation is the invitee, the place after it no party
    text = "Иван Петров пригласил делегацию Акме в Зенков."
    claims = _parties(text, "ru", {"Иван Петров": ("PER", "Иван Петров"), "Акме": ("ORG", "Акме"),
                                   "Зенков": ("LOC", "Зенков")})
    assert all("Зенков" not in parties for _, parties in claims)


def test_a_named_invitee_before_the_place_stays_cs():
    # guard: the invited one is a name; the place is no party either way
    text = "Jan Novák pozval Petra Dvořáka do Zenkova."
    claims = _parties(text, "cs", {"Jan Novák": ("PER", "Jan Novák"), "Petra Dvořáka": ("PER", "Petr Dvořák"),
                                   "Zenkova": ("LOC", "Zenkov")})
    assert ("invite", ["Jan Novák", "Petra Dvořáka"]) in claims


# -- 2. "we" in a plural verb before a relation noun ----------------------------------------------------------------------

def test_a_plural_verb_before_a_deal_noun_is_the_speakers_company_cs():
    text = "\"Cena je mnohem nižší než ta, kterou máme ve smlouvě se Zencem,\" řekl generální ředitel Acme Jan Novák."
    claims = _parties(text, "cs", {"Zencem": ("ORG", "Zenco"), "Acme": ("ORG", "Acme"), "Jan Novák": ("PER", "Jan Novák")})
    assert claims and claims[0][1] == ["Acme", "Zencem"]


def test_a_singular_speaker_without_we_stays_the_party_cs():
    # guard: no plural verb, the speaker's own contract stays his
    text = "\"Cena je mnohem nižší než ta ve smlouvě se Zencem,\" řekl generální ředitel Acme Jan Novák."
    claims = _parties(text, "cs", {"Zencem": ("ORG", "Zenco"), "Acme": ("ORG", "Acme"), "Jan Novák": ("PER", "Jan Novák")})
    assert all("Acme" not in parties for _, parties in claims)


# -- 3. a plural noun of states as the subject ---------------------------------------------------------------------------

def test_unnamed_states_as_subject_leave_no_speaker_party_sl():
    text = "To po mnenju Novakove kaže, da lahko te štiri države z Maronijo tesno sodelujejo."
    claims = _parties(text, "sl", {"Novakove": ("PER", "Novak"), "Maronijo": ("LOC", "Maronija")})
    assert all("Novakove" not in parties for _, parties in claims)


def test_unnamed_countries_as_subject_leave_no_speaker_party_cs():
    text = "\"Chráníme všechny tyto země a mnohé z nich uzavřou dohodu s Maronií,\" prohlásil Jan Novák."
    claims = _parties(text, "cs", {"Maronií": ("LOC", "Maronie"), "Jan Novák": ("PER", "Jan Novák")})
    assert all("Jan Novák" not in parties for _, parties in claims)


def test_we_with_a_partner_still_makes_the_speaker_a_party_sl():
    # guard: no plural noun of states, the speaker's "we" stays
    text = "\"Z Maronijo tesno sodelujemo,\" je dejal Janez Novak."
    claims = _parties(text, "sl", {"Maronijo": ("LOC", "Maronija"), "Janez Novak": ("PER", "Janez Novak")})
    assert ("cooperate", ["Janez Novak", "Maronijo"]) in claims


# -- 4. a second one asked: a government owned by a name, coordinated after the first -------------------------------------

def test_a_coordinated_government_is_asked_too_ru():
    text = "Сергей Сидоров призвал президента Ивана Петрова и правительство Маронии начать консультации."
    claims = _parties(text, "ru", {"Сергей Сидоров": ("PER", "Сергей Сидоров"), "Ивана Петрова": ("PER", "Иван Петров"),
                                   "Маронии": ("LOC", "Марония")})
    assert claims == [("request", ["Ивана Петрова", "Маронии", "Сергей Сидоров"])]


def test_a_name_after_the_content_is_still_not_asked_ru():
    # guard: the name after the infinitive is the content, not a second one asked
    text = "Сергей Сидоров призвал президента Ивана Петрова начать консультации с правительством Маронии."
    claims = _parties(text, "ru", {"Сергей Сидоров": ("PER", "Сергей Сидоров"), "Ивана Петрова": ("PER", "Иван Петров"),
                                   "Маронии": ("LOC", "Марония")})
    assert claims == [("request", ["Ивана Петрова", "Сергей Сидоров"])]


# -- 5. "a company called X": the named company is the partner ----------------------------------------------------------

_NAMING = {"Jan Nowak": ("PER", "Jan Nowak"), "Maronia": ("ORG", "Maronia"), "Zenco": ("ORG", "Zenco"),
           "Acme": ("ORG", "Acme")}


def test_a_company_called_x_is_x_pl():
    text = ("Firma Zenco ogłosiła wyniki. Jan Nowak ujawnił, że Maronia współpracowała z firmą o nazwie Acme, która "
            "była powiązana z Zenco.")
    assert _parties(text, "pl", _NAMING) == [("cooperate", ["Acme", "Maronia"])]


def test_a_bare_company_noun_is_still_the_documents_company_pl():
    # guard: no name after the noun, the document's one company stays its referent
    text = "Firma Zenco ogłosiła wyniki. Jan Nowak ujawnił, że Maronia współpracowała z firmą."
    assert _parties(text, "pl", _NAMING) == [("cooperate", ["Maronia", "Zenco"])]
