"""Round 76 (issue 5): parties named by a role phrase or a pronoun. Unnamed counterparts, colleagues, partners or allies
"from"/"in" a named place make the place the side ("met his counterparts from X and Y"); an inflected person before a
role and its holder is the partner, not a modifier of the role ("řekl po schůzce s X premiér Y"); cs relative
pronouns after a preposition ("podle níž", "v němž") open a relative clause. Invented names."""

from __future__ import annotations

from test_claims_round74 import _claims


# -- 1. counterparts from a named place ---------------------------------------------------------------------------------

def test_colleagues_from_named_states_are_the_sides_bg():
    text = ("Външният министър Петър Маронов заяви след среща с колегите си от Марония, Зенкия и Акмения, че ще "
            "съобрази позицията си.")
    claims = _claims(text, "bg", Петър_Маронов="PER", Марония="LOC", Зенкия="LOC", Акмения="LOC")
    assert [c[:3] for c in claims] == [("meet", "asserts", ["Акмения", "Зенкия", "Марония", "Петър Маронов"])]


def test_partners_from_a_named_state_bg():
    text = "От Зенкия посочиха, че искат да водят диалог с партньорите си от Марония."
    claims = _claims(text, "bg", Зенкия="LOC", Марония="LOC")
    assert [c[:3] for c in claims] == [("contact", "asserts", ["Зенкия", "Марония"])]


def test_allies_in_a_named_place_stay_unnamed_cs():
    # guard: "in" a place (round 41's "rozmawia z partnerami w Europie"): partners somewhere there, no side
    text = "Zenkie naléhají na své spojence a partnery v Maronii, aby snížily svou závislost na plynu."
    claims = _claims(text, "cs", Zenkie="LOC", Maronii=("LOC", "Maronie"))
    assert claims == []


def test_counterparts_from_a_named_state_cs():
    text = "Ministr Petr Dvořák se sešel se svými protějšky z Maronie a Zenkie."
    claims = _claims(text, "cs", Petr_Dvořák="PER", Maronie=("LOC", "Maronie"), Zenkie=("LOC", "Zenkie"))
    assert [c[:3] for c in claims] == [("meet", "asserts", ["Maronie", "Petr Dvořák", "Zenkie"])]


def test_a_counterpart_named_after_the_place_is_the_party():
    # guard: "with his colleague from Maronia Ivan Petrov": the person is the side, not the state
    text = "Петър Маронов се срещна с колегата си от Марония Иван Петров."
    claims = _claims(text, "bg", Петър_Маронов="PER", Марония="LOC", Иван_Петров="PER")
    assert [c[:3] for c in claims] == [("meet", "asserts", ["Иван Петров", "Петър Маронов"])]


def test_a_place_after_a_partner_without_counterpart_noun_stays_a_place():
    # guard: "met with Petrov in Maronia": where they met
    text = "Петър Маронов се срещна с Иван Петров в Марония."
    claims = _claims(text, "bg", Петър_Маронов="PER", Марония="LOC", Иван_Петров="PER")
    assert [c[:3] for c in claims] == [("meet", "asserts", ["Иван Петров", "Петър Маронов"])]


# -- 2. an inflected partner before the speaker's role ------------------------------------------------------------------

def test_an_inflected_partner_before_a_role_and_its_holder_cs():
    text = "Dohoda je blízko, řekl po schůzce s Janem Novákem premiér Petr Dvořák."
    assert _claims(text, "cs", Janem_Novákem=("PER", "Jan Novák"), Petr_Dvořák="PER") == [
        ("meet", "asserts", ["Janem Novákem", "Petr Dvořák"], "Petr Dvořák")]


def test_an_inflected_partner_before_a_role_and_its_holder_ru():
    text = "Сделка близка, заявил после встречи с Иваном Петровым министр Олег Сидоров."
    assert _claims(text, "ru", Иваном_Петровым=("PER", "Иван Петров"), Олег_Сидоров="PER") == [
        ("meet", "asserts", ["Иваном Петровым", "Олег Сидоров"], "Олег Сидоров")]


def test_a_letter_to_an_inflected_person_before_a_role_ru():
    # guard: with a full stop between, the role of the next sentence never made the addressee a modifier (the real
    # case is a headline with no full stop)
    text = "Мария Петрова написала письмо Ивану Сидорову. Премьер Олег Марков промолчал."
    claims = _claims(text, "ru", Мария_Петрова="PER", Ивану_Сидорову=("PER", "Иван Сидоров"), Олег_Марков="PER")
    assert [c[:3] for c in claims] == [("contact", "asserts", ["Ивану Сидорову", "Мария Петрова"])]


def test_a_name_in_the_base_form_before_a_role_still_modifies_it_en():
    # guard: English "Zenco adviser John Doe": the name before the role owns it
    assert _claims("Maronia met Zenco adviser John Doe.", "en", Maronia="LOC", Zenco="ORG", John_Doe="PER") == [
        ("meet", "asserts", ["John Doe", "Maronia"], None)]


# -- 3. cs relative pronouns after a preposition ------------------------------------------------------------------------

def test_according_to_which_after_a_preposition_cs():
    # "podle níž" points back to the study: the source is unnamed, not the next name
    text = "Petr Dvořák citoval studii, podle níž Maronie jedná se Zencem o dohodě."
    assert _claims(text, "cs", Petr_Dvořák="PER", Maronie="LOC", Zencem=("ORG", "Zenco")) == [
        ("negotiate", "asserts", ["Maronie", "Zencem"], None)]


# -- 4. a subject pronoun after a fronted object ------------------------------------------------------------------------

def test_a_subject_pronoun_after_a_fronted_object_bg():
    # "Подобно изявление той направи …": the pronoun after the fronted object is the subject, far from the meeting
    text = ("Петър Маронов заяви, че страната му може да приеме закон. Подобно изявление той направи в отговор на "
            "въпроси на репортери по време на съвместна пресконференция с министър-председателя на Зенкия Иван Петров.")
    claims = _claims(text, "bg", Петър_Маронов="PER", Зенкия="LOC", Иван_Петров="PER")
    assert [c[:3] for c in claims] == [("meet", "asserts", ["Иван Петров", "Петър Маронов"])]


def test_a_pronoun_after_a_long_opening_phrase_is_not_taken():
    # guard: more than three words before the pronoun (a clause of its own may stand there): no fronted object
    text = ("Петър Маронов заяви, че страната му може да приеме закон. Според повечето наблюдатели в София той направи "
            "в отговор на въпроси на репортери по време на съвместна пресконференция с Иван Петров изявление.")
    claims = _claims(text, "bg", Петър_Маронов="PER", София="LOC", Иван_Петров="PER")
    assert all("Петър Маронов" not in c[2] for c in claims)


# -- 5. "they" for the names joined before it ---------------------------------------------------------------------------

def test_they_for_the_two_names_of_the_clause_before_uk():
    text = ("З 2018 року Зенко працювала з американською компанією Акме над щепленням, тож у березні вони "
            "домовилися співпрацювати над вакциною.")
    claims = _claims(text, "uk", Зенко="ORG", Акме="ORG")
    # round 89: "домовилися співпрацювати" (agreed to cooperate) is the cooperation, no deal
    assert [c[:3] for c in claims] == [("cooperate", "asserts", ["Акме", "Зенко"])]


def test_they_for_the_list_opening_the_sentence_before_bg():
    text = ("Четири държави - Марония, Зенкия, Акмения и Боровия, принудиха комисията да действа. Те подписаха "
            "собствена сделка с Трелко.")
    claims = _claims(text, "bg", Марония="LOC", Зенкия="LOC", Акмения="LOC", Боровия="LOC", Трелко="ORG")
    assert [c[:3] for c in claims] == [("negotiate", "asserts", ["Акмения", "Боровия", "Зенкия", "Марония", "Трелко"])]


def test_they_after_names_not_joined_takes_nobody():
    # guard: two names in different roles before "they" ("X told Y's staff that they …"): no antecedent group
    text = "Зенко повідомила працівників Акме, що вони домовилися співпрацювати з Трелко."
    claims = _claims(text, "uk", Зенко="ORG", Акме="ORG", Трелко="ORG")
    assert all(sorted(c[2]) != ["Акме", "Зенко", "Трелко"] for c in claims)
