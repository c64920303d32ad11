"""A review of session 20 (issue 5), third part: more scans that ran to the end of the text instead of the end of their
sentence or clause, so a sentence with no final punctuation (split from the next at a paragraph break) read the next
sentence's first words — the helpers of a role phrase (its owning state, organisation, government or body, its
unnamed officer), and the readings of what follows a relation word (a region, an organiser's sides, a company noun's
title, an unnamed group, a joint venture's members, an interview, a pointer back, an address, a model, an outcome, a
complement, a negotiated topic, a partner, a media noun). Each test compares the sentence without its full stop with
the same sentence with one, and fails on the code before the fix (the full-stop forms are the guards, except where a
comment says the scan read past a full stop too; the lines marked as guards pass on it). Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims

_PEOPLE = dict(Tom_Hale="PER", Anna_Bell="PER", John_Reed="PER")


def _both(text: str, language: str = "en", **entities) -> list:
    """The claims of ``text`` with its "{}" left empty (a sentence ending at a paragraph break without punctuation),
    asserted equal to those with a full stop there."""
    bare = _claims(text.format(""), language, **entities)
    assert bare == _claims(text.format("."), language, **entities)
    return bare


def test_the_owner_of_a_role_ending_its_sentence_is_not_read_in_the_next_sentence_en():
    # a place, a government or a body noun opening the next sentence was read as the role's owner: "the president of
    # Maronia", "the head of the government", "the chairman of the court" are not the president the document names
    assert _both("President Tom Hale spoke on Monday. Anna Bell met the president{}\n\nMaronia said nothing.",
                 Maronia="LOC", **_PEOPLE) == [("meet", "asserts", ["Anna Bell", "Tom Hale"], None)]
    assert _both("Acme president Tom Hale spoke on Monday. Anna Bell met the president{}\n\nThe government said "
                 "nothing.", Acme="ORG", **_PEOPLE) == [("meet", "asserts", ["Anna Bell", "Tom Hale"], None)]
    assert _both("Tom Hale spoke on Monday. Anna Bell met the chairman{}\n\nThe court ruled on Monday.",
                 **_PEOPLE) == [("meet", "asserts", ["Anna Bell", "Tom Hale"], None)]
    # an unresolved role took the next sentence's organisation for the one whose unnamed officer was met
    assert _both("Tom Hale met the president{}\n\nAcme said nothing.", Acme="ORG", **_PEOPLE) == []


def test_a_name_in_the_next_sentence_is_no_holder_of_an_organisations_office_en():
    # the holder looked for after the office's portfolio was found past the full stop: the unnamed officer was lost
    text = "Tom Hale spoke on Monday. Tom Hale met the head of Acme.\n\nJohn Reed said nothing."
    assert _claims(text, Acme="ORG", **_PEOPLE) == [("meet", "asserts", ["Tom Hale", "Acme"], None)]
    # guard: a holder named after the organisation in its own sentence is the party
    assert _claims("Tom Hale met the head of Acme John Reed on Monday.", Acme="ORG", **_PEOPLE) == [
        ("meet", "asserts", ["Tom Hale", "John Reed"], None)]


def test_what_follows_a_visit_or_an_organised_meeting_is_read_in_its_sentence_en():
    # "Maronia, Ostia" + the next sentence's name read as a list going on: the region was a second place visited
    assert _both("Tom Hale visited Maronia, Ostia{}\n\nAcme said nothing.", Maronia="LOC", Ostia="LOC", Acme="ORG",
                 **_PEOPLE) == [("visit", "asserts", ["Tom Hale", "Maronia"], None)]
    # the next sentence's name read as the organised talks' own side: the organisers were dropped as its sides
    assert _both("Tom Hale and Anna Bell organised talks{}\n\nJohn Reed said nothing.", **_PEOPLE) == [
        ("contact", "asserts", ["Tom Hale", "Anna Bell"], None)]


def test_a_company_noun_ending_its_sentence_has_no_title_in_the_next_one_en_pl_ru():
    # the next sentence's first name read as the noun's title ("the airline Acme"): the protagonist was not filled in
    assert _both("Zenco is a large airline. Zenco grows fast. Tom Hale met the airline{}\n\nAcme said nothing.",
                 Zenco="ORG", Acme="ORG", **_PEOPLE) == [("meet", "asserts", ["Tom Hale", "Zenco"], None)]
    assert _both("Zenco to duży przewoźnik. Zenco szybko rośnie. Jan Nowak spotkał się z przewoźnikiem{}\n\nAcme nic "
                 "nie powiedziało.", "pl", Zenco="ORG", Acme="ORG", Jan_Nowak="PER") == [
        ("meet", "asserts", ["Jan Nowak", "Zenco"], None)]
    assert _both("Зенко — крупная авиакомпания. Зенко быстро растёт. Иван Петров встретился с авиакомпанией{}\n\n"
                 "Акме ничего не сказала.", "ru", Зенко="ORG", Акме="ORG", Иван_Петров="PER") == [
        ("meet", "asserts", ["Иван Петров", "Зенко"], None)]


def test_no_group_or_members_are_named_by_the_next_sentences_first_names_en():
    # "representatives" owned by the next sentence's organisation: the speaker was taken for the talks' other side
    assert _both("Tom Hale said talks were held with Acme and representatives{}\n\nZenco said nothing.", Acme="ORG",
                 Zenco="ORG", **_PEOPLE) == []
    # a group of people ending its sentence, owned by the next sentence's first name (also past a full stop): "they"
    # after it was still read as the parties of the claim before (round 87: a group named between is the nearer "they")
    assert _both("Tom Hale met Anna Bell. Then came the lawyers{}\n\nAcme kept silent. They met again on Monday.",
                 Acme="ORG", **_PEOPLE) == [("meet", "asserts", ["Tom Hale", "Anna Bell"], None)]
    # the next sentence's two names read as the joint venture's members
    assert _both("Acme formed a joint venture{}\n\nZenco and Globex said nothing.", Acme="ORG", Zenco="ORG",
                 Globex="ORG") == []


def test_the_next_sentences_opening_does_not_take_the_relation_word_away_en_pl():
    # an interview phrase, an address noun, a media noun opening the next sentence made the relation a way of saying
    assert _both("Tom Hale met Acme{}\n\nIn an interview, John Reed said nothing.", Acme="ORG", **_PEOPLE) == [
        ("meet", "asserts", ["Tom Hale", "Acme"], None)]
    assert _both("Tom Hale turned to Acme{}\n\nStatements followed on Monday.", Acme="ORG", **_PEOPLE) == [
        ("request", "asserts", ["Tom Hale", "Acme"], None)]
    assert _both("Tom Hale spoke with Acme{}\n\nThe newspaper said nothing.", Acme="ORG", **_PEOPLE) == [
        ("contact", "asserts", ["Tom Hale", "Acme"], None)]
    # a short sentence of a verb and its partner ends at its last word: its dropped subject is the one before
    assert _both("Jan Nowak pojechał do Warszawy. Spotka się z Piotrem Kowalem{}\n\nAnna Wolska nic nie powiedziała.",
                 "pl", Jan_Nowak="PER", Warszawy="LOC", Piotrem_Kowalem="PER", Anna_Wolska="PER") == [
        ("visit", "asserts", ["Jan Nowak", "Warszawy"], None), ("meet", "asserts", ["Jan Nowak", "Piotrem Kowalem"], None)]
    # a partner phrase opening the next sentence ("With officials …") gave the talks unnamed parties of their own
    assert _both("Tom Hale and Anna Bell held talks on Monday. Talks went on{}\n\nWith officials nothing was said.",
                 **_PEOPLE) == [("contact", "asserts", ["Tom Hale", "Anna Bell"], None)] * 2
    # a topic opening the next sentence ("On trade …") made the talks a negotiation; a partner preposition opening it
    # ("With officials …") made talks the document reads as its negotiation a contact
    assert _both("Tom Hale and Anna Bell held talks{}\n\nOn trade nothing was agreed.", **_PEOPLE) == [
        ("contact", "asserts", ["Tom Hale", "Anna Bell"], None)]
    assert _both("Tom Hale and Anna Bell negotiated on Monday. Tom Hale and Anna Bell held talks{}\n\nWith officials "
                 "nothing changed.", **_PEOPLE) == [("negotiate", "asserts", ["Tom Hale", "Anna Bell"], None)] * 2


def test_a_denial_ending_its_sentence_is_not_undone_by_the_next_one_en():
    # "This …" opening the next sentence read as the denial's pointer back to the claim before
    assert _both("Tom Hale met Anna Bell. John Reed denied{}\n\nThis was a surprise.", **_PEOPLE) == [
        ("meet", "asserts", ["Tom Hale", "Anna Bell"], None)]
    # a model word, an outcome noun or a lower-case word of the next sentence took the denial or negation away
    assert _both("Tom Hale ruled out a deal with Anna Bell{}\n\nModels of that kind were discussed.", **_PEOPLE) == [
        ("negotiate", "denies", ["Tom Hale", "Anna Bell"], "Tom Hale")]
    assert _both("Tom Hale has not made contact with Anna Bell{}\n\nnone of them did, John Reed said.",
                 **_PEOPLE) == [("contact", "denies", ["Tom Hale", "Anna Bell"], None)]
    # (also past a full stop: the outcome noun was read up to three tokens after the cue)
    assert _both("Tom Hale met Anna Bell, John Reed denied{}\n\nProgress is slow.", **_PEOPLE) == [
        ("meet", "denies", ["Tom Hale", "Anna Bell"], "John Reed")]
