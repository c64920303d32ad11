"""A review of session 20 (issue 5), second part: scans that ran to the end of the text instead of the end of their
sentence or clause, so a sentence with no final punctuation (split from the next at a paragraph break) read the next
sentence's first words. Each test fails on the code before the fix, except the lines marked as guards. Invented
names."""

from __future__ import annotations

from test_claims_round59 import _claims

_HALE = "President Tom Hale spoke on Monday. "
_PEOPLE = dict(Tom_Hale="PER", Anna_Bell="PER", John_Reed="PER")


def test_a_role_ending_its_sentence_is_not_held_by_the_next_sentences_first_name_en_pl():
    # the role read the next sentence's first name as "the name right after holds the role": the role named no one
    # and the claim was lost
    assert _claims(_HALE + "Anna Bell met the president\n\nJohn Reed said nothing.", **_PEOPLE) == [
        ("meet", "asserts", ["Anna Bell", "Tom Hale"], None)]
    assert _claims(_HALE + "Anna Bell visited the president\n\nJohn Reed said nothing.", **_PEOPLE) == [
        ("visit", "asserts", ["Anna Bell", "Tom Hale"], None)]
    text = "Prezydent Piotr Zieliński przemawiał w poniedziałek. Anna Nowak spotkała się z prezydentem{}\n\n" \
           "Jan Kowal nic nie powiedział."
    people = dict(Piotr_Zieliński="PER", Anna_Nowak="PER", Jan_Kowal="PER")
    assert _claims(text.format(""), "pl", **people) == [("meet", "asserts", ["Anna Nowak", "Piotr Zieliński"], None)]
    # guards: the same sentences with a full stop, and a name right after the role inside its sentence
    assert _claims(_HALE + "Anna Bell met the president.\n\nJohn Reed said nothing.", **_PEOPLE) == [
        ("meet", "asserts", ["Anna Bell", "Tom Hale"], None)]
    assert _claims(text.format("."), "pl", **people) == [("meet", "asserts", ["Anna Nowak", "Piotr Zieliński"], None)]
    assert _claims(_HALE + "Anna Bell met the president John Reed.", **_PEOPLE) == [
        ("meet", "asserts", ["Anna Bell", "John Reed"], None)]


def test_a_role_complement_ending_its_sentence_is_not_followed_by_the_next_sentences_name_en():
    # "the minister for energy" + the next sentence's first name read as "komisarza ds. rolnictwa Phila Hogana"
    text = "Energy minister Tom Hale spoke on Monday. Anna Bell met the minister for energy{}\n\nJohn Reed said nothing."
    assert _claims(text.format(""), **_PEOPLE) == [("meet", "asserts", ["Anna Bell", "Tom Hale"], None)]
    # guard: with a full stop
    assert _claims(text.format("."), **_PEOPLE) == [("meet", "asserts", ["Anna Bell", "Tom Hale"], None)]


def test_a_role_no_one_holds_is_not_owned_by_the_next_sentences_first_name_en():
    # a mention right after the role ("one of Trump's advisers") was read in the next sentence: the role was left
    # unresolved, and the organisation opening that sentence became the one whose unnamed officer was met
    text = "Tom Hale spoke on Monday. Anna Bell met the president{}\n\nAcme said nothing."
    people = dict(Tom_Hale="PER", Anna_Bell="PER", Acme="ORG")
    assert _claims(text.format(""), **people) == _claims(text.format("."), **people)
    assert all("Acme" not in parties for _, _, parties, _ in _claims(text.format(""), **people))


def test_a_negated_relation_ending_its_sentence_has_no_topic_in_the_next_sentence_en_pl_ru():
    # the negation was read as of the topic the next sentence opens with ("About the sanctions …"), and the denied
    # contact dropped
    text = "Tom Hale and Anna Bell did not talk{}\n\nAbout the sanctions nothing is known."
    assert _claims(text.format(""), **_PEOPLE) == [("contact", "denies", ["Tom Hale", "Anna Bell"], None)]
    assert _claims("Tom Hale and Anna Bell did not discuss\n\nsanctions were not on the table.", **_PEOPLE) == [
        ("contact", "denies", ["Tom Hale", "Anna Bell"], None)]
    assert _claims("Jan Nowak i Piotr Kowal nie rozmawiali\n\nO sankcjach nic nie wiadomo.", "pl", Jan_Nowak="PER",
                   Piotr_Kowal="PER") == [("contact", "denies", ["Jan Nowak", "Piotr Kowal"], None)]
    assert _claims("Иван Петров и Петр Сидоров не разговаривали\n\nО санкциях ничего не известно.", "ru",
                   Иван_Петров="PER", Петр_Сидоров="PER") == [
        ("contact", "denies", ["Иван Петров", "Петр Сидоров"], None)]
    # guards: with a full stop the contact is denied; a topic inside the sentence is what is denied (no claim)
    assert _claims(text.format("."), **_PEOPLE) == [("contact", "denies", ["Tom Hale", "Anna Bell"], None)]
    assert _claims("Tom Hale and Anna Bell did not talk about the sanctions\n\nJohn Reed said nothing.",
                   **_PEOPLE) == []
