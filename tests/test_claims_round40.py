"""Round 40 (issue 5): the parties of the claims we find. A policy noun is no politician; a group or an
institution's office names no one person; a role with a state's adjective is held for that state; the
inflected owner of an adviser's role does not hold it; a state's lower-case adjective describing a group
is no party; a name coordinated with a titled one before the relation word is a party; the visited place
is the most specific one; the owner of a visit noun is the visitor; a partner word before a relation
noun is another noun's; a second predicate after an unnamed partner has its own objects; "I met with X
and Y" names neither as the other's partner. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(doc):
    def name(i):
        return (doc.mentions[i].lemma or doc.mentions[i].text).split()[-1]
    return [(c.relation, sorted(name(p) for p in c.participants)) for c in extract_claims(doc)]


# -- a policy noun is no politician (role patterns "политик*" caught "политиката", "polityki") -------

def test_policy_noun_is_no_politician_bg_ru_pl():
    doc = make_doc("Иван Петров пристигна в София. Фредония ще се откаже от механизмите за сътрудничество в "
                   "областта на външната политика.", "bg", names(Иван_Петров="PER", София="LOC", Фредония="LOC"))
    assert [c for c in _claims(doc) if c[0] == "cooperate"] == []
    doc = make_doc("Иван Петров прибыл в Москву. Фредония откажется от механизмов сотрудничества в области "
                   "внешней политики.", "ru",
                   names(Иван_Петров="PER", Москву=("LOC", "Москва"), Фредония="LOC"))
    assert [c for c in _claims(doc) if c[0] == "cooperate"] == []
    doc = make_doc("Jan Nowak przyjechał do Warszawy. Fredonia zrezygnuje z mechanizmów współpracy w dziedzinie "
                   "polityki zagranicznej.", "pl", names(Jan_Nowak="PER", Warszawy=("LOC", "Warszawa"), Fredonia="LOC"))
    assert [c for c in _claims(doc) if c[0] == "cooperate"] == []


def test_hyphenated_politician_still_names_the_holder_bg():
    # guard: "Политикът-евроскептик" (the eurosceptic politician) is still the politician named before
    doc = make_doc("Британският политик Иван Петров пристигна в Брюксел. Политикът-евроскептик ще се срещне с "
                   "Олег Соколов в понеделник.", "bg", names(Иван_Петров="PER", Брюксел="LOC", Олег_Соколов="PER"))
    assert ("meet", ["Петров", "Соколов"]) in _claims(doc)


# -- a group of people or an institution's office names no one person -------------------------------

def test_judges_name_no_one_person_cs():
    doc = make_doc("Lena Vargová byla osvobozena. Vargová odjela do Maronie. Strana Acme dokonce žádala smrt "
                   "předsedy nejvyššího soudu a dalších dvou soudců, kteří rozsudek zvrátili.", "cs",
                   names(Acme="ORG", Lena_Vargová="PER", Vargová="PER", Maronie="LOC"))
    assert [c for c in _claims(doc) if c[0] == "request"] == []


# -- a role with a state's adjective is that state's office --------------------------------------------

def test_role_with_another_states_adjective_is_not_the_holder_cs_ru_en():
    doc = make_doc("Americký prezident Tom Kranz přiletěl do Maronie. Obchod mezi Fredonií a Amerikou roste. "
                   "Tomáš Novák se sešel s fredonským prezidentem v lednu.", "cs",
                   names(Tom_Kranz="PER", Maronie="LOC", Tomáš_Novák="PER", Fredonií=("LOC", "Fredonie"),
                         Amerikou=("LOC", "Amerika")))
    assert [c for c in _claims(doc) if c[0] == "meet"] == []
    doc = make_doc("Американский президент Том Кранц прилетел в Маронию. Торговля между Фредонией и Америкой "
                   "растет. Иван Петров встретился с фредонским президентом в январе.", "ru",
                   names(Том_Кранц="PER", Маронию=("LOC", "Марония"), Иван_Петров="PER",
                         Фредонией=("LOC", "Фредония"), Америкой=("LOC", "Америка")))
    assert [c for c in _claims(doc) if c[0] == "meet"] == []
    doc = make_doc("American president Tom Kranz arrived in Maronia. Trade between Fredonia and America grows. "
                   "Ivan Petrov met the Fredonian president in January.", "en",
                   names(Tom_Kranz="PER", Maronia="LOC", Ivan_Petrov="PER", Fredonia="LOC", America="LOC"))
    assert [c for c in _claims(doc) if c[0] == "meet"] == []


# -- whose adviser: the owner is no party ----------------------------------------------------------

def test_possessive_owner_of_a_role_is_not_its_holder_en():
    doc = make_doc("Tom Kranz arrived in Maronia on Monday. Kranz's adviser met Maronian eurosceptics.", "en",
                   names(Tom_Kranz="PER", Kranz="PER", Maronia="LOC", Maronian="LOC"))
    assert [c for c in _claims(doc) if c[0] == "meet"] == []


def test_inflected_owner_of_an_advisers_role_is_no_party_ru_pl_cs_uk():
    doc = make_doc("Советник Кранца тайно встретился с Олегом Соколовым.", "ru",
                   names(Кранца=("PER", "Кранц"), Олегом_Соколовым=("PER", "Олег Соколов")))
    assert _claims(doc) == []
    doc = make_doc("Советник президента Фредонии Тома Кранца по безопасности Иван Петров провел в Маронии тайные "
                   "переговоры с депутатами парламента.", "ru",
                   names(Фредонии=("LOC", "Фредония"), Тома_Кранца=("PER", "Том Кранц"), Иван_Петров="PER",
                         Маронии=("LOC", "Марония")))
    assert _claims(doc) == []
    doc = make_doc("Doradca Toma Kranza spotkał się z Janem Nowakiem.", "pl",
                   names(Toma_Kranza=("PER", "Tom Kranz"), Janem_Nowakiem=("PER", "Jan Nowak")))
    assert _claims(doc) == []
    doc = make_doc("Poradce Toma Kranze se sešel s Janem Novákem.", "cs",
                   names(Toma_Kranze=("PER", "Tom Kranz"), Janem_Novákem=("PER", "Jan Novák")))
    assert _claims(doc) == []
    doc = make_doc("Радник Тома Кранца зустрівся з Іваном Петренком.", "uk",
                   names(Тома_Кранца=("PER", "Том Кранц"), Іваном_Петренком=("PER", "Іван Петренко")))
    assert _claims(doc) == []


def test_holder_after_an_advisers_role_and_female_title_stay_parties_pl():
    # guard: "z doradcą Janem Kowalskim" holds the role; "kanclerz Angelą" (an undeclined title) too
    doc = make_doc("Premier Tomasz Nowak spotkał się z doradcą Janem Kowalskim.", "pl",
                   names(Tomasz_Nowak="PER", Janem_Kowalskim=("PER", "Jan Kowalski")))
    assert _claims(doc) == [("meet", ["Kowalski", "Nowak"])]
    doc = make_doc("Ivan Petrov spotkał się z kanclerz Leną Vargą.", "pl",
                   names(Ivan_Petrov="PER", Leną_Vargą=("PER", "Lena Varga")))
    assert _claims(doc) == [("meet", ["Petrov", "Varga"])]


# -- a state's lower-case adjective describing a group is no party -----------------------------------

def test_lower_case_state_adjective_of_a_group_is_no_party_ru():
    doc = make_doc("Иван Петров тайно встретился с маронскими евроскептиками.", "ru",
                   names(Иван_Петров="PER", маронскими=("LOC", "Марония")))
    assert _claims(doc) == []
    # guard: the state's government is the state
    doc = make_doc("Иван Петров встретился с маронским правительством.", "ru",
                   names(Иван_Петров="PER", маронским=("LOC", "Марония")))
    assert _claims(doc) == [("meet", ["Марония", "Петров"])]


# -- a name coordinated with a titled one before the relation word --------------------------------

def test_name_and_titled_leader_before_the_deal_en():
    doc = make_doc("Maronia is a big market. Kranz and Maronian leader Lee Sung have been expected to sign a "
                   "partial trade deal for about a month, but those negotiations hit another snag last week.", "en",
                   names(Kranz="PER", Lee_Sung="PER", Maronia="LOC"))
    assert ("negotiate", ["Kranz", "Sung"]) in _claims(doc)


# -- the visited place is the most specific one ---------------------------------------------------

def test_visited_place_is_the_most_specific_en():
    doc = make_doc("Tom Kranz visited the Fredonia-Maronia border near Springfield last week.", "en",
                   names(Tom_Kranz="PER", Fredonia="LOC", Maronia="LOC", Springfield="LOC"))
    assert _claims(doc) == [("visit", ["Kranz", "Springfield"])]
    doc = make_doc("Tom Kranz visited Springfield, Ohio, last week.", "en",
                   names(Tom_Kranz="PER", Springfield="LOC", Ohio="LOC"))
    assert _claims(doc) == [("visit", ["Kranz", "Springfield"])]
    # a party-and-state tag after the name is no party and no place
    doc = make_doc("In October, Rep. Tom Kranz, R-Fre., visited the Fredonia-Maronia border near Springfield, "
                   "Ohio, and argued for more agents.", "en",
                   names(Tom_Kranz="PER", Fre=("LOC", "Fredonia"), Fredonia="LOC", Maronia="LOC",
                         Springfield="LOC", Ohio="LOC"))
    assert _claims(doc) == [("visit", ["Kranz", "Springfield"])]


def test_a_list_of_places_stays_en():
    # guard: "Paris, Berlin, and Rome" is a list, not a city and its region
    doc = make_doc("Tom Kranz visited Paris, Berlin, and Rome last week.", "en",
                   names(Tom_Kranz="PER", Paris="LOC", Berlin="LOC", Rome="LOC"))
    assert _claims(doc) == [("visit", ["Berlin", "Kranz", "Paris", "Rome"])]


def test_owner_of_a_visit_noun_is_the_visitor_pl_cs():
    doc = make_doc("Jan Nowak pochwalił w poniedziałek przebieg wizyty Toma Kranza w Paryżu.", "pl",
                   names(Jan_Nowak="PER", Toma_Kranza=("PER", "Tom Kranz"), Paryżu=("LOC", "Paryż")))
    assert _claims(doc) == [("visit", ["Kranz", "Paryż"])]
    doc = make_doc("Jan Novák ocenil v pondělí průběh návštěvy Toma Kranze v Paříži.", "cs",
                   names(Jan_Novák="PER", Toma_Kranze=("PER", "Tom Kranz"), Paříži=("LOC", "Paříž")))
    assert _claims(doc) == [("visit", ["Kranz", "Paříž"])]
    # guard: after a verb the person is whom one visits
    doc = make_doc("Jan Novák v pondělí navštívil Toma Kranze v Paříži.", "cs",
                   names(Jan_Novák="PER", Toma_Kranze=("PER", "Tom Kranz"), Paříži=("LOC", "Paříž")))
    assert _claims(doc) == [("visit", ["Kranz", "Novák"])]


# -- a partner word before a relation noun is another noun's --------------------------------------

def test_partner_word_before_relation_noun_makes_no_speaker_party_ru():
    doc = make_doc("Отставка координатора с фредонской стороны Ивана Петрова на переговорах о торговле мало что "
                   "меняет, считает Том Кранц.", "ru",
                   names(Ивана_Петрова=("PER", "Иван Петров"), Том_Кранц="PER"))
    assert _claims(doc) == []
    # guard: the partner after the noun makes the speaker a party
    doc = make_doc("Переговоры с Иваном Петровым идут хорошо, считает Том Кранц.", "ru",
                   names(Иваном_Петровым=("PER", "Иван Петров"), Том_Кранц="PER"))
    assert _claims(doc) == [("negotiate", ["Кранц", "Петров"])]


# -- a second predicate after an unnamed partner ---------------------------------------------------

def test_second_predicate_after_unnamed_leaders_sl_pl():
    doc = make_doc("Predsednik Tom Kranz je imel v nedeljo sestanek z vodstvi velikih trgovin in je Maroncem "
                   "zagotovil, da ni potrebe.", "sl", names(Tom_Kranz="PER", Maroncem=("PER", "Maronec")))
    assert _claims(doc) == []
    doc = make_doc("Tom Kranz spotkał się z kierownictwem sieci handlowych i zapewnił Marończyków, że nie ma "
                   "potrzeby.", "pl", names(Tom_Kranz="PER", Marończyków=("PER", "Marończyk")))
    assert _claims(doc) == []


# -- "I met with X and Y" -------------------------------------------------------------------------

def test_my_meetings_with_two_people_name_no_pair_cs_en_pl():
    doc = make_doc("Včera jsem při svých schůzkách s premiérem Janem Novákem a ministrem zahraničí Petrem Malým "
                   "zopakoval, že chceme zůstat přáteli.", "cs",
                   names(Janem_Novákem=("PER", "Jan Novák"), Petrem_Malým=("PER", "Petr Malý")))
    assert _claims(doc) == []
    doc = make_doc("Yesterday I met with Prime Minister Jan Novak and Foreign Minister Petr Maly.", "en",
                   names(Jan_Novak="PER", Petr_Maly="PER"))
    assert _claims(doc) == []
    doc = make_doc("Wczoraj spotkałem się z Janem Nowakiem i Piotrem Małym.", "pl",
                   names(Janem_Nowakiem=("PER", "Jan Nowak"), Piotrem_Małym=("PER", "Piotr Mały")))
    assert _claims(doc) == []


def test_speaker_who_met_two_people_and_call_between_stay():
    # guards: a named speaker saying "I met with X and Y" met both; "the call between X and Y" is theirs
    doc = make_doc('"Yesterday I met with Jan Novak and Petr Maly," Tom Kranz said.', "en",
                   names(Jan_Novak="PER", Petr_Maly="PER", Tom_Kranz="PER"))
    assert _claims(doc) == [("meet", ["Kranz", "Maly", "Novak"])]
    doc = make_doc("I was not on the call between Jan Novak and Petr Maly.", "en", names(Jan_Novak="PER", Petr_Maly="PER"))
    assert _claims(doc) == [("contact", ["Maly", "Novak"])]


# -- bg "министър-председател" is the premier, not a minister -------------------------------------

def test_prime_minister_is_not_a_minister_bg():
    doc = make_doc("Министърът в сянка Иван Петров критикува плана. Премиерът Олег Соколов замина за Брюксел. "
                   "Министър-председателят ще се срещне с Лена Варга в понеделник.", "bg",
                   names(Иван_Петров="PER", Олег_Соколов="PER", Брюксел="LOC", Лена_Варга="PER"))
    assert ("meet", ["Варга", "Соколов"]) in _claims(doc)


def test_one_group_of_partners_with_no_one_named_before_is_no_pair_pl_sl_en():
    # "a contract with X, Y and Z": the other side is unnamed; X, Y and Z are not each other's partners
    doc = make_doc("Ustępuje jedynie kontraktowi z tureckimi Acme, Globex i Initech.", "pl",
                   names(Acme="ORG", Globex="ORG", Initech="ORG"))
    assert _claims(doc) == []
    doc = make_doc("Pripravljalne pogovore je že uspešno zaključila s podjetji Acme, Globex in Initech.", "sl",
                   names(Acme="ORG", Globex="ORG", Initech="ORG"))
    assert _claims(doc) == []
    doc = make_doc("The authorities maintain contacts with Fredonia and Maronia on the pipeline.", "en",
                   names(Fredonia="LOC", Maronia="LOC"))
    assert _claims(doc) == []


def test_named_subject_or_between_keeps_the_group_pl_en():
    # guards: a named subject before the word; "between X and Y"
    doc = make_doc("Fredonia podpisała kontrakt z Acme i Globex.", "pl",
                   names(Fredonia="LOC", Acme="ORG", Globex="ORG"))
    assert _claims(doc) == [("negotiate", ["Acme", "Fredonia", "Globex"])]
    doc = make_doc("Talks between Fredonia and Maronia resumed.", "en", names(Fredonia="LOC", Maronia="LOC"))
    assert _claims(doc) == [("contact", ["Fredonia", "Maronia"])]


def test_the_cabinet_negotiating_makes_no_speaker_party_ru_bg():
    # "the cabinet" is a government noun: the one negotiating is a party we cannot name, not the speaker
    doc = make_doc("По словам Ивана Петрова, кабинет в переговорах с Фредонией идет на слишком большие уступки.", "ru",
                   names(Ивана_Петрова=("PER", "Иван Петров"), Фредонией=("LOC", "Фредония")))
    assert _claims(doc) == []
    doc = make_doc("Според Иван Петров кабинетът в преговорите с Фредония прави твърде много отстъпки.", "bg",
                   names(Иван_Петров="PER", Фредония="LOC"))
    assert _claims(doc) == []


def test_a_name_after_without_is_left_out_pl_en_ru():
    doc = make_doc("Fredonia i Maronia zacieśnią współpracę bez Acme.", "pl",
                   names(Fredonia="LOC", Maronia="LOC", Acme="ORG"))
    assert _claims(doc) == [("cooperate", ["Fredonia", "Maronia"])]
    doc = make_doc("Fredonia and Maronia will deepen their cooperation without Acme.", "en",
                   names(Fredonia="LOC", Maronia="LOC", Acme="ORG"))
    assert _claims(doc) == [("cooperate", ["Fredonia", "Maronia"])]
    doc = make_doc("Фредония и Марония углубят сотрудничество без Акме.", "ru",
                   names(Фредония="LOC", Марония="LOC", Акме="ORG"))
    assert _claims(doc) == [("cooperate", ["Марония", "Фредония"])]
