"""Round 93 (issue 5): the fresh audit's role phrases and lists. A visit's places each named in a common noun's place
phrase ("odwiedziła szwalnię w X, żłobek w Y") are all visited; a role phrase owned by a government noun ("szef
polskiego rządu") is no holder the document gives only another body's office ("szef MSZ X"), and the government is no
party of its own; a role phrase owned by an organisation ("szef KE") is the one the document gives that organisation's
office ("przewodniczący Komisji Europejskiej Y"). Invented names."""

from __future__ import annotations

from test_claims_round90 import _parties


# -- 1. a list of places visited, each in a common noun's place phrase ----------------------------------------------------

def test_every_place_of_a_list_of_place_phrases_is_visited_pl():
    text = "Anna Kowalska odwiedziła szwalnię w szkockim Zenkowie, żłobek w angielskim Marowie."
    claims = _parties(text, "pl", {"Anna Kowalska": ("PER", "Anna Kowalska"), "Zenkowie": ("LOC", "Zenków"),
                                   "Marowie": ("LOC", "Marów")})
    assert ("visit", ["Anna Kowalska", "Marowie", "Zenkowie"]) in claims


def test_every_place_of_a_list_of_place_phrases_is_visited_en():
    text = "John Doe visited a school in Zenkov, a farm near Marovo."
    claims = _parties(text, "en", {"John Doe": ("PER", "John Doe"), "Zenkov": ("LOC", "Zenkov"),
                                   "Marovo": ("LOC", "Marovo")})
    assert ("visit", ["John Doe", "Marovo", "Zenkov"]) in claims


def test_an_invitation_keeps_its_two_sides_pl():
    # guard: only a visit's places are joined this way; the invited one stays the one after the verb
    text = "Jan Nowak zaprosił Piotra Wolskiego do szkoły w Zenkowie, a potem do fabryki w Marowie."
    claims = _parties(text, "pl", {"Jan Nowak": ("PER", "Jan Nowak"), "Piotra Wolskiego": ("PER", "Piotr Wolski"),
                                   "Zenkowie": ("LOC", "Zenków"), "Marowie": ("LOC", "Marów")})
    assert ("invite", ["Jan Nowak", "Piotra Wolskiego"]) in claims


# -- 2. a role phrase owned by a government noun -------------------------------------------------------------------------

def test_the_head_of_a_government_is_no_head_of_another_body_pl():
    text = ("Szef MSZ Jan Nowak był w Zenkowie. Szef Rady Maronii Piotr Wolski też. "
            "Szef maronijskiego rządu spotka się z Adamem Lisem.")
    claims = _parties(text, "pl", {"Jan Nowak": ("PER", "Jan Nowak"), "MSZ": ("ORG", "MSZ"),
                                   "Zenkowie": ("LOC", "Zenków"), "Rady Maronii": ("ORG", "Rada Maronii"),
                                   "Piotr Wolski": ("PER", "Piotr Wolski"), "Adamem Lisem": ("PER", "Adam Lis")})
    assert all("Piotr Wolski" not in parties and "Jan Nowak" not in parties for _, parties in claims)


def test_the_government_owning_a_role_is_no_party_pl():
    text = "Szef Rady Acme Piotr Wolski był w Zenkowie. Szef rządu spotka się z Janem Nowakiem."
    claims = _parties(text, "pl", {"Rady Acme": ("ORG", "Rada Acme"), "Piotr Wolski": ("PER", "Piotr Wolski"),
                                   "Zenkowie": ("LOC", "Zenków"), "Janem Nowakiem": ("PER", "Jan Nowak")})
    assert all("Piotr Wolski" not in parties for _, parties in claims)


def test_the_head_of_a_state_government_stays_pl():
    # guard: the holder the document gives that state's office is the head of its government
    text = "Premier Maronii Piotr Wolski był w Zenkowie. Szef maronijskiego rządu spotka się z Janem Nowakiem."
    claims = _parties(text, "pl", {"Maronii": ("LOC", "Maronia"), "Piotr Wolski": ("PER", "Piotr Wolski"),
                                   "Zenkowie": ("LOC", "Zenków"), "Janem Nowakiem": ("PER", "Jan Nowak")})
    assert all("Maronii" not in parties for _, parties in claims)


# -- 3. a role phrase owned by an organisation ---------------------------------------------------------------------------

def test_the_head_of_an_organisation_is_the_one_given_its_office_pl():
    text = ("Szef Rady Maronii Piotr Wolski był w Zenkowie. Przewodniczący Komisji Zenkowskiej Adam Lis też. "
            "Jan Nowak ma dyskutować z szefem KZ.")
    claims = _parties(text, "pl", {"Rady Maronii": ("ORG", "Rada Maronii"), "Piotr Wolski": ("PER", "Piotr Wolski"),
                                   "Zenkowie": ("LOC", "Zenków"), "Komisji Zenkowskiej": ("ORG", "Komisja Zenkowska"),
                                   "Adam Lis": ("PER", "Adam Lis"), "Jan Nowak": ("PER", "Jan Nowak"),
                                   "KZ": ("ORG", "KZ")})
    assert ("contact", ["Adam Lis", "Jan Nowak"]) in claims
