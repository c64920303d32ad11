"""Round 55 (issue 5): cooperation, requests, meetings and parties on unseen text (dev7). Words of the relation
the lexicons lacked (pressing someone, obtaining someone's consent, instructing or recommending to someone, an
alliance, a coalition partner, a joint vaccine or production, a rapprochement, setting out one's position to
someone); a trigger ending in its own preposition that governs a thing ("давит на проект"); the comma closing a
conditional clause; a person's possessive pronoun owning a relation noun ("her meeting with Y"). Invented names."""

from __future__ import annotations

from test_claims_round48 import _claims


def test_pressing_someone_is_asking_them():
    assert _claims("Jan Novák tlačí na Petra Dvořáka, aby odstoupil.", "cs",
                   Jan_Novák="PER", Petra_Dvořáka=("PER", "Petr Dvořák")) == [("request", ["Jan Novák", "Petra Dvořáka"])]
    assert _claims("Jan Novák naléhá na Petra Dvořáka, aby odstoupil.", "cs",
                   Jan_Novák="PER", Petra_Dvořáka=("PER", "Petr Dvořák")) == [("request", ["Jan Novák", "Petra Dvořáka"])]
    assert _claims("Jan Kowal naciska na Piotra Nowaka, by odszedł.", "pl",
                   Jan_Kowal="PER", Piotra_Nowaka=("PER", "Piotr Nowak")) == [("request", ["Jan Kowal", "Piotra Nowaka"])]
    assert _claims("Иван Петров давит на Петра Сидорова, чтобы тот ушёл.", "ru",
                   Иван_Петров="PER", Петра_Сидорова=("PER", "Петр Сидоров")) == [
        ("request", ["Иван Петров", "Петра Сидорова"])]
    assert _claims("Іван Петренко тисне на Петра Сидоренка, щоб той пішов.", "uk",
                   Іван_Петренко="PER", Петра_Сидоренка=("PER", "Петро Сидоренко")) == [
        ("request", ["Іван Петренко", "Петра Сидоренка"])]
    assert _claims("Иван Петров оказва натиск върху Петър Иванов да се оттегли.", "bg",
                   Иван_Петров="PER", Петър_Иванов="PER") == [("request", ["Иван Петров", "Петър Иванов"])]
    assert _claims("Marko Kos pritiska na Janeza Novaka, naj odstopi.", "sl",
                   Marko_Kos="PER", Janeza_Novaka=("PER", "Janez Novak")) == [("request", ["Janeza Novaka", "Marko Kos"])]
    assert _claims("Tom Hale pressured Rob Dunn to resign.", "en",
                   Tom_Hale="PER", Rob_Dunn="PER") == [("request", ["Rob Dunn", "Tom Hale"])]
    assert _claims("Jean Dupont fait pression sur Paul Martin pour qu'il démissionne.", "fr",
                   Jean_Dupont="PER", Paul_Martin="PER") == [("request", ["Jean Dupont", "Paul Martin"])]
    assert _claims("Juan Pérez presiona a Pedro Gómez para que dimita.", "es",
                   Juan_Pérez="PER", Pedro_Gómez="PER") == [("request", ["Juan Pérez", "Pedro Gómez"])]
    assert _claims("Mario Rossi fa pressione su Luca Bianchi perché si dimetta.", "it",
                   Mario_Rossi="PER", Luca_Bianchi="PER") == [("request", ["Luca Bianchi", "Mario Rossi"])]
    assert _claims("João Silva pressiona Pedro Costa a renunciar.", "pt",
                   João_Silva="PER", Pedro_Costa="PER") == [("request", ["João Silva", "Pedro Costa"])]
    assert _claims("Hans Müller setzt Karl Weber unter Druck.", "de",
                   Hans_Müller="PER", Karl_Weber="PER") == [("request", ["Hans Müller", "Karl Weber"])]


def test_pressing_on_a_thing_has_no_addressee():
    # guard: the trigger's own preposition governs a common noun: what is pressed on, no one asked — a name
    # further on is no addressee
    assert _claims("Марония давит на проект трубопровода не из-за своей любви к Фредонии.", "ru",
                   Марония="LOC", Фредонии=("LOC", "Фредония")) == []
    # ... but a name after an adjective is: "on the Polish office"
    assert _claims("Spojené státy tlačí na evropskou Maronii, aby snížila dovoz.", "cs",
                   Spojené_státy=("LOC", "Spojené státy"), Maronii=("LOC", "Maronie")) == [
        ("request", ["Maronii", "Spojené státy"])]


def test_obtaining_someones_consent_is_a_request():
    assert _claims("Акме отримала згоду Міністерства енергетики Маронії на розкриття інформації.", "uk",
                   Акме="ORG", Міністерства_енергетики_Маронії=("ORG", "Міністерство енергетики Маронії")) == [
        ("request", ["Акме", "Міністерства енергетики Маронії"])]
    assert _claims("Acme uzyskała zgodę Urzędu Regulacji Energetyki na budowę.", "pl",
                   Acme="ORG", Urzędu_Regulacji_Energetyki=("ORG", "Urząd Regulacji Energetyki")) == [
        ("request", ["Acme", "Urzędu Regulacji Energetyki"])]
    assert _claims("Acme obtained the consent of the Maronian Energy Ministry for the deal.", "en",
                   Acme="ORG", Maronian_Energy_Ministry="ORG") == [("request", ["Acme", "Maronian Energy Ministry"])]


def test_instructing_or_recommending_to_someone_is_a_request():
    assert _claims("Jan Kowal poinstruował Piotra Nowaka, żeby głosował przeciw.", "pl",
                   Jan_Kowal="PER", Piotra_Nowaka=("PER", "Piotr Nowak")) == [("request", ["Jan Kowal", "Piotra Nowaka"])]
    assert _claims("Иван Петров препоръча на Петър Иванов да преговаря.", "bg",
                   Иван_Петров="PER", Петър_Иванов="PER") == [("request", ["Иван Петров", "Петър Иванов"])]


def test_alliance_coalition_partner_and_joint_product_are_cooperation():
    assert _claims("Maronia formed an alliance with Fredonia.", "en",
                   Maronia="LOC", Fredonia="LOC") == [("cooperate", ["Fredonia", "Maronia"])]
    assert _claims("Марония в союзе с Фредонией выступила против.", "ru",
                   Марония="LOC", Фредонией=("LOC", "Фредония")) == [("cooperate", ["Марония", "Фредонией"])]
    assert _claims("Maronie uzavřela spojenectví s Fredonií.", "cs",
                   Maronie="LOC", Fredonií=("LOC", "Fredonie")) == [("cooperate", ["Fredonií", "Maronie"])]
    assert _claims("Ruch Ludowy jest koalicjantem Partii Zielonych.", "pl",
                   Ruch_Ludowy="ORG", Partii_Zielonych=("ORG", "Partia Zielonych")) == [
        ("cooperate", ["Partii Zielonych", "Ruch Ludowy"])]
    assert _claims("Вакцина спільного виробництва компанії Акме та концерну Глобекс надійшла в Маронію.", "uk",
                   Акме="ORG", Глобекс="ORG", Маронію=("LOC", "Маронія")) == [("cooperate", ["Акме", "Глобекс"])]
    assert _claims("Acme und Globex präsentierten ihren gemeinsamen Impfstoff.", "de",
                   Acme="ORG", Globex="ORG") == [("cooperate", ["Acme", "Globex"])]
    assert _claims("Jean Dupont a conclu une alliance avec Paul Martin.", "fr",
                   Jean_Dupont="PER", Paul_Martin="PER") == [("cooperate", ["Jean Dupont", "Paul Martin"])]


def test_rapprochement_is_cooperation_between_the_pair_it_names():
    # the pair after the noun are its parties, not the subject before it
    assert _claims("Jan Novák vytvořil dobré prostředí pro sbližování EU a Maronie.", "cs",
                   Jan_Novák="PER", EU="ORG", Maronie="LOC") == [("cooperate", ["EU", "Maronie"])]
    assert _claims("Maronia seeks a rapprochement with Fredonia.", "en",
                   Maronia="LOC", Fredonia="LOC") == [("cooperate", ["Fredonia", "Maronia"])]


def test_setting_out_ones_position_to_someone_is_contact():
    assert _claims("Мария Петрова е изразила позицията си пред Иван Петров.", "bg",
                   Мария_Петрова="PER", Иван_Петров="PER") == [("contact", ["Иван Петров", "Мария Петрова"])]


def test_comma_closing_a_conditional_clause_ends_the_relation_clause():
    # the main clause's names after the comma are no parties of the deal in the conditional clause
    assert _claims("Ако Марония постигне споразумение с Фредония, спадът в БВП на Кралството ще бъде малък.", "bg",
                   Марония="LOC", Фредония="LOC", Кралството="LOC") == [("negotiate", ["Марония", "Фредония"])]
    assert _claims("Según el escenario, si Maronia alcanza un acuerdo con Fredonia, el PIB de Lusitania caerá.", "es",
                   Maronia="LOC", Fredonia="LOC", Lusitania="LOC") == [("negotiate", ["Fredonia", "Maronia"])]


def test_conditional_clause_keeps_a_list_of_partners():
    # guard: a comma inside the list of partners does not end the clause
    assert _claims("Ако Иван Петров се срещне с Петър Иванов, Мария Петрова и Георги Георгиев, ще спечели.", "bg",
                   Иван_Петров="PER", Петър_Иванов="PER", Мария_Петрова="PER", Георги_Георгиев="PER") == [
        ("meet", ["Георги Георгиев", "Иван Петров", "Мария Петрова", "Петър Иванов"])]


def test_possessive_pronoun_owning_a_relation_noun_is_a_party():
    assert _claims("Mary Hale arrived on Monday. Her meeting with Rob Dunn was short.", "en",
                   Mary_Hale="PER", Rob_Dunn="PER") == [("meet", ["Mary Hale", "Rob Dunn"])]
    assert _claims("Мария Петрова пристигна. По време на срещата ѝ с Иван Петров бяха обсъдени реформите.", "bg",
                   Мария_Петрова="PER", Иван_Петров="PER") == [("meet", ["Иван Петров", "Мария Петрова"])]
    assert _claims("Мария Петрова приехала в понедельник. Её встреча с Иваном Петровым была короткой.", "ru",
                   Мария_Петрова="PER", Иваном_Петровым=("PER", "Иван Петров")) == [
        ("meet", ["Иваном Петровым", "Мария Петрова"])]


def test_possessive_pronoun_before_a_noun_after_the_word_is_not_its_owner():
    # guard: "met his editor Y": "his" owns the editor, the one met
    assert _claims("When Tom Hale met his editor Mary Dunn at her office, he was happy.", "en",
                   Tom_Hale="PER", Mary_Dunn="PER") == [("meet", ["Mary Dunn", "Tom Hale"])]


def test_letter_to_a_dative_addressee_is_contact_with_its_writer():
    # the one written to stands in the dative right after the letter noun, over a role: the writer who says it
    # is the other party
    assert _claims("Иван Петров написал в письме премьер-министру Петру Иванову, что просит его уйти.", "ru",
                   Иван_Петров="PER", Петру_Иванову=("PER", "Петр Иванов")) == [("contact", ["Иван Петров", "Петру Иванову"])]
    assert _claims("Jan Novák napsal v dopise premiérovi Petru Dvořákovi, že žádá jeho odchod.", "cs",
                   Jan_Novák="PER", Petru_Dvořákovi=("PER", "Petr Dvořák")) == [("contact", ["Jan Novák", "Petru Dvořákovi"])]


def test_letter_of_a_genitive_owner_is_no_contact_of_the_speaker():
    # guard: "in Y's letter" (genitive) is Y's letter, not one written to Y
    assert _claims("Иван Петров сказал, что в письме Петра Иванова нет ничего нового.", "ru",
                   Иван_Петров="PER", Петра_Иванова=("PER", "Петр Иванов")) == []
    assert _claims("Jan Novák napsal v dopise Petra Dvořáka, že nic nového nepřinesl.", "cs",
                   Jan_Novák="PER", Petra_Dvořáka=("PER", "Petr Dvořák")) == []
