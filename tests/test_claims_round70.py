"""Round 70 (issue 5): a fresh audit of 100 real claims and its parties causes. A person mention of one word whose
lemma ends in a plural name of peoples (lexicon ``people_name_endings``: "Polacy", "Britové", "британци") names a
people, a group, never one person: no party ("May met ten Poles": no named side), nor the document's protagonist a
role falls back to; a title inside a person's mention ("Папа Иван Петров") is held by that person; a list of names
the window cuts runs on to its end (not a list of a role's owners); a relation noun's owner and partner are found
over their role phrases, so the speaker of the clause is no third side. Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_a_peoples_name_tagged_as_a_person_is_no_party():
    # pl: "Marta Nowak met ten Poles" (the recogniser tags "Polakami" as a person, lemma "Polacy")
    assert _claims("Marta Nowak spotkała się z dziesięcioma Polakami w Zenco.", "pl", Marta_Nowak="PER",
                   Polakami=("PER", "Polacy"), Zenco="ORG") == []
    assert _claims("Marta Nowak zaapelowała do Marończyków o udział w głosowaniu.", "pl", Marta_Nowak="PER",
                   Marończyków=("PER", "Marończycy")) == []
    # cs
    assert _claims("Jan Novák se sešel s Maroňany.", "cs", Jan_Novák="PER", Maroňany=("PER", "Maroňané")) == []
    # bg
    assert _claims("Иван Петров призова маронците да се върнат на работа.", "bg", Иван_Петров="PER",
                   маронците=("PER", "маронци")) == []


def test_a_peoples_name_is_no_documents_protagonist():
    # a role no name holds falls back to the document's most mentioned person: never a people's name
    text = ("Marta Nowak spotkała się z Marończykami w Zenco. Marończycy pytali o prawa. Marończycy byli zadowoleni. "
            "Szefowa rządu odwiedziła wcześniej Borelię.")
    assert _claims(text, "pl", Marta_Nowak="PER", Marończykami=("PER", "Marończycy"),
                   Marończycy=("PER", "Marończycy"), Zenco="ORG", Borelię=("LOC", "Borelia")) == [
        ("visit", "asserts", ["Marta Nowak", "Borelię"], None)]


def test_a_person_and_a_singular_or_named_partner_stay():
    # guard: a person's own name is no people's name ("Darek Nowak" ends in no plural ending of peoples)
    assert _claims("Marta Nowak spotkała się z Jerzym Kowalskim.", "pl", Marta_Nowak="PER",
                   Jerzym_Kowalskim=("PER", "Jerzy Kowalski")) == [
        ("meet", "asserts", ["Marta Nowak", "Jerzym Kowalskim"], None)]


def test_a_title_inside_a_persons_mention_is_held_by_that_person():
    # "Папата" (the pope) in the headline is the pope the recogniser named with his title ("Папа Иван Петров"), not
    # the document's protagonist
    text = ("Папата призова Марония да освободи осъдена християнка\n\n"
            "Папа Иван Петров призова властите в Марония да освободят осъдената християнка Мария Стоянова. "
            "Мария Стоянова е в затвора. Мария Стоянова чака решение.")
    assert _claims(text, "bg", Папа_Иван_Петров="PER", Марония="LOC", Мария_Стоянова="PER")[0] == (
        "request", "asserts", ["Папа Иван Петров", "Марония"], None)


def test_a_list_of_names_the_window_cuts_runs_on_to_its_end():
    s = dict(Zenco="ORG", Marona="LOC", Borelia="LOC", Kasia="LOC", Dalmia="LOC", Estria="LOC", Feria="LOC",
             Galia="LOC")
    every = ["Zenco", "Marona", "Borelia", "Kasia", "Dalmia", "Estria", "Feria", "Galia"]
    assert _claims("V dopise Zenco z listopadu 2015 vyslovily k projektu výhrady kromě Marona i Borelia, Kasia, Dalmia, "
                   "Estria, Feria a Galia.", "cs", **s) == [("contact", "asserts", every, None)]
    assert _claims("In a letter to Zenco in November 2015, Marona, Borelia, Kasia, Dalmia, Estria, Feria and Galia "
                   "raised objections to the project.", **s) == [("contact", "asserts", every, None)]


def test_a_list_of_role_owners_stays_cut():
    # guard: "the foreign ministers of X, Y, Z" own a role; the list is no run of parties
    assert _claims("На преговорите освен първия дипломат на Марония, ще присъстват също така външните министри на "
                   "Борелия, Касия, Далмия, американският държавен секретар и представители на други държави.", "bg",
                   Марония="LOC", Борелия="LOC", Касия="LOC", Далмия="LOC") == []


def test_a_relation_nouns_owner_and_partner_over_role_phrases_leave_out_the_speaker():
    # "asked about the last talk of President X with Chancellor of Maronia Y, said Z": X and Y talked, not Z
    assert _claims("Kropla drąży skałę - oznajmił szef gabinetu prezydenta Jan Kowal pytany o ostatnią rozmowę "
                   "prezydenta Marka Nowaka z kanclerz Marony Anną Zenek.", "pl", Jan_Kowal="PER",
                   Marka_Nowaka=("PER", "Marek Nowak"), Marony=("LOC", "Marona"), Anną_Zenek=("PER", "Anna Zenek")) == [
        ("contact", "asserts", ["Marka Nowaka", "Anną Zenek"], "Jan Kowal")]
    assert _claims("To zaznaczi Ivan Petrov na tiskové konferenci po setkání amerického ministra zahraničí Johna Doea "
                   "s polským premiérem Markem Nowakem.", "cs", Ivan_Petrov="PER", Johna_Doea=("PER", "John Doe"),
                   Markem_Nowakem=("PER", "Marek Nowak")) == [
        ("meet", "asserts", ["Johna Doea", "Markem Nowakem"], None)]


def test_a_surname_with_a_peoples_ending_is_a_person_where_the_document_gives_the_full_name():
    # "-ci" ends Slovene names of peoples ("Američani") and some surnames: the full name elsewhere says which
    assert _claims("Anthony Marci je dejal, da je bil sestanek koristen. Marci se je sestal z Janezom Novakom.", "sl",
                   Anthony_Marci="PER", Marci="PER", Janezom_Novakom="PER") == [
        ("meet", "asserts", ["Marci", "Janezom Novakom"], None)]
