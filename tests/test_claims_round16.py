"""Round 16 (issue 5): recall on unseen text. General relation vocabulary the lexicons lacked in some
languages while others had it (imperfective and perfective forms of meet, talk, agree, visit,
cooperate, invite, demand: "schází se s", "porozumiał się z", "sestaja se", "сътрудничи",
"согласовал план с", "узгодив план з", "reached out to"); a Czech negotiation verb whose partner
comes before it ("S X od ledna jedná"), not "jedná se o" (it is about); a plural verb with a dropped
subject is "they", the parties of the claim just made ("Jednat budou o spolupráci"); offering someone
to come, move or take refuge invites them ("предложил X укрыться"). Invented names and short
constructed sentences, several languages."""

from __future__ import annotations

from test_claims import claims_of, make_doc, people, places


# -- vocabulary: forms of the general relation verbs -------------------------------------------------

def test_imperfective_meeting_verb_cs():
    doc = make_doc("Jan Novák se pravidelně schází s Petrem Svobodou.", "cs", people("Jan Novák", "Petrem Svobodou"))
    assert claims_of(doc) == [("meet", "asserts", ["Novák", "Svobodou"], None)]


def test_imperfective_meeting_verb_sl():
    doc = make_doc("Janez Novak se redno sestaja z Markom Horvatom.", "sl", people("Janez Novak", "Markom Horvatom"))
    assert claims_of(doc) == [("meet", "asserts", ["Horvatom", "Novak"], None)]


def test_seeing_each_other_is_meeting_ru_uk():
    doc = make_doc("Иван Петров увидится с Сергеем Ивановым в пятницу.", "ru", people("Иван Петров", "Сергеем Ивановым"))
    assert claims_of(doc) == [("meet", "asserts", ["Ивановым", "Петров"], None)]
    doc = make_doc("Іван Петренко побачився з Сергієм Іваненком.", "uk", people("Іван Петренко", "Сергієм Іваненком"))
    assert claims_of(doc) == [("meet", "asserts", ["Іваненком", "Петренко"], None)]


def test_coming_to_an_agreement_pl_cs_bg():
    doc = make_doc("Jan Nowak porozumiał się z Piotrem Kowalskim.", "pl", people("Jan Nowak", "Piotrem Kowalskim"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Kowalskim", "Nowak"], None)]
    doc = make_doc("Jan Novák se domluvil s Petrem Svobodou.", "cs", people("Jan Novák", "Petrem Svobodou"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Novák", "Svobodou"], None)]
    doc = make_doc("Иван Петров се уговори с Георги Иванов.", "bg", people("Иван Петров", "Георги Иванов"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Иванов", "Петров"], None)]


def test_agreeing_on_something_with_a_partner_ru_uk():
    doc = make_doc("Иван Петров согласовал план с Сергеем Ивановым.", "ru", people("Иван Петров", "Сергеем Ивановым"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Ивановым", "Петров"], None)]
    doc = make_doc("Іван Петренко має узгодити план з Сергієм Іваненком.", "uk", people("Іван Петренко", "Сергієм Іваненком"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Іваненком", "Петренко"], None)]


def test_agreeing_with_an_opinion_is_no_negotiation_uk():
    text = "Із запропонованим планом не погодився міністр з питань економіки Іван Петренко."
    doc = make_doc(text, "uk", people("Іван Петренко"))
    assert claims_of(doc) == []


def test_talking_verbs_uk_ru_sl_pl():
    doc = make_doc("Іван Петренко говорив з Сергієм Іваненком.", "uk", people("Іван Петренко", "Сергієм Іваненком"))
    assert claims_of(doc) == [("contact", "asserts", ["Іваненком", "Петренко"], None)]
    doc = make_doc("Иван Петров побеседовал с Сергеем Ивановым.", "ru", people("Иван Петров", "Сергеем Ивановым"))
    assert claims_of(doc) == [("contact", "asserts", ["Ивановым", "Петров"], None)]
    doc = make_doc("Janez Novak je spregovoril z Markom Horvatom.", "sl", people("Janez Novak", "Markom Horvatom"))
    assert claims_of(doc) == [("contact", "asserts", ["Horvatom", "Novak"], None)]
    doc = make_doc("Jan Nowak skontaktował się z Piotrem Kowalskim.", "pl", people("Jan Nowak", "Piotrem Kowalskim"))
    assert claims_of(doc) == [("contact", "asserts", ["Kowalskim", "Nowak"], None)]


def test_reaching_out_is_contact_en():
    doc = make_doc("John Smith reached out to Bob Jones last week.", "en", people("John Smith", "Bob Jones"))
    assert claims_of(doc) == [("contact", "asserts", ["Jones", "Smith"], None)]


def test_cooperating_and_inviting_verbs_bg():
    doc = make_doc("Иван Петров сътрудничи с Георги Иванов.", "bg", people("Иван Петров", "Георги Иванов"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Иванов", "Петров"], None)]
    doc = make_doc("Иван Петров кани Георги Иванов на вечеря.", "bg", people("Иван Петров", "Георги Иванов"))
    assert claims_of(doc) == [("invite", "asserts", ["Иванов", "Петров"], None)]


def test_imperfective_visit_verbs_ru_uk():
    doc = make_doc("Иван Петров часто приезжает в Москву.", "ru", {**people("Иван Петров"), **places("Москву")})
    assert claims_of(doc) == [("visit", "asserts", ["Москву", "Петров"], None)]
    doc = make_doc("Іван Петренко часто приїжджає до Києва.", "uk", {**people("Іван Петренко"), **places("Києва")})
    assert claims_of(doc) == [("visit", "asserts", ["Києва", "Петренко"], None)]


# -- a Czech negotiation verb with its partner before it ----------------------------------------------

def test_partner_before_the_negotiation_verb_cs():
    doc = make_doc("S Petrem Svobodou Jan Novák jedná od ledna.", "cs", people("Jan Novák", "Petrem Svobodou"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Novák", "Svobodou"], None)]
    doc = make_doc("EU a Británie o tom začnou jednat ještě tento měsíc.", "cs", places("EU", "Británie"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Británie", "EU"], None)]


def test_it_is_about_is_no_negotiation_cs():
    text = "Jan Novák řekl o dohodě s Petrem Svobodou, že se jedná o dobrou zprávu pro Alfu."
    doc = make_doc(text, "cs", {**people("Jan Novák", "Petrem Svobodou"), **places("Alfu")})
    assert [c[:3] for c in claims_of(doc)] == [("negotiate", "asserts", ["Novák", "Svobodou"])]
    text = "V případě Jana Nováka a Petra Svobody jde o úspěch, jedná se o první krok."
    doc = make_doc(text, "cs", people("Jana Nováka", "Petra Svobody"))
    assert claims_of(doc) == []
    # acting contrary to someone, or on their behalf, is no negotiation either
    doc = make_doc("Jan Novák jedná v rozporu s Petrem Svobodou.", "cs", people("Jan Novák", "Petrem Svobodou"))
    assert claims_of(doc) == []
    doc = make_doc("Jan Novák jednal jménem Petra Svobody.", "cs", people("Jan Novák", "Petra Svobody"))
    assert claims_of(doc) == []


# -- a plural verb with a dropped subject continues the parties of the claim just made ----------------

def test_plural_dropped_subject_continues_the_parties_cs():
    text = "Premiér Jan Novák se ve středu setká s ministrem Petrem Svobodou. Jednat budou o hospodářské spolupráci."
    doc = make_doc(text, "cs", people("Jan Novák", "Petrem Svobodou"))
    assert claims_of(doc) == [("meet", "asserts", ["Novák", "Svobodou"], None),
                              ("negotiate", "asserts", ["Novák", "Svobodou"], None)]


def test_plural_dropped_subject_continues_the_parties_pl_uk():
    text = "Premier Jan Nowak spotka się w środę z ministrem Piotrem Kowalskim. Negocjują od rana."
    doc = make_doc(text, "pl", people("Jan Nowak", "Piotrem Kowalskim"))
    assert claims_of(doc) == [("meet", "asserts", ["Kowalskim", "Nowak"], None),
                              ("negotiate", "asserts", ["Kowalskim", "Nowak"], None)]
    text = "Іван Петренко зустрінеться в середу з Сергієм Іваненком. Обговорювати будуть торгівлю."
    doc = make_doc(text, "uk", people("Іван Петренко", "Сергієм Іваненком"))
    assert claims_of(doc) == [("meet", "asserts", ["Іваненком", "Петренко"], None),
                              ("contact", "asserts", ["Іваненком", "Петренко"], None)]


def test_singular_verb_or_a_subject_of_its_own_continues_nothing():
    text = "Premier Jan Nowak spotka się w środę z ministrem Piotrem Kowalskim. Negocjuje od rana."
    doc = make_doc(text, "pl", people("Jan Nowak", "Piotrem Kowalskim"))
    assert claims_of(doc) == [("meet", "asserts", ["Kowalskim", "Nowak"], None)]
    text = "Premiér Jan Novák se ve středu setká s ministrem Petrem Svobodou. Jednat budou ministři o spolupráci."
    doc = make_doc(text, "cs", people("Jan Novák", "Petrem Svobodou"))
    assert claims_of(doc) == [("meet", "asserts", ["Novák", "Svobodou"], None)]
    text = "Иван Петров встретится в среду с Сергеем Ивановым. Затем обсудит торговлю."
    doc = make_doc(text, "ru", people("Иван Петров", "Сергеем Ивановым"))
    assert claims_of(doc) == [("meet", "asserts", ["Ивановым", "Петров"], None)]


# -- offering someone to come, move or take refuge invites them -------------------------------------

def test_offer_to_take_refuge_or_come_is_an_invitation_ru_uk():
    text = "Публицист Иван Петров предложил Сергею Иванову укрыться в Казахстане."
    doc = make_doc(text, "ru", {**people("Иван Петров", "Сергею Иванову"), **places("Казахстане")})
    assert claims_of(doc) == [("invite", "asserts", ["Иванову", "Петров"], None)]
    text = "Іван Петренко запропонував Сергію Іваненку приїхати до Києва."
    doc = make_doc(text, "uk", {**people("Іван Петренко", "Сергію Іваненку"), **places("Києва")})
    assert claims_of(doc) == [("invite", "asserts", ["Іваненку", "Петренко"], None)]


def test_offer_to_come_is_an_invitation_bg_pl():
    text = "Иван Петров предложи на Джон Смит да дойде в София."
    doc = make_doc(text, "bg", {**people("Иван Петров", "Джон Смит"), **places("София")})
    assert claims_of(doc) == [("invite", "asserts", ["Петров", "Смит"], None)]
    text = "Jan Nowak zaproponował Piotrowi Kowalskiemu przeprowadzkę do Polski."
    doc = make_doc(text, "pl", {**people("Jan Nowak", "Piotrowi Kowalskiemu"), **places("Polski")})
    assert claims_of(doc) == [("invite", "asserts", ["Kowalskiemu", "Nowak"], None)]


def test_conferring_dining_and_begging_en():
    doc = make_doc("John Smith conferred with Bob Jones on Monday.", "en", people("John Smith", "Bob Jones"))
    assert claims_of(doc) == [("contact", "asserts", ["Jones", "Smith"], None)]
    doc = make_doc("John Smith dined with Bob Jones in Rome.", "en", {**people("John Smith", "Bob Jones"), **places("Rome")})
    assert claims_of(doc) == [("meet", "asserts", ["Jones", "Smith"], None)]
    doc = make_doc("John Smith begged Bob Jones to stay.", "en", people("John Smith", "Bob Jones"))
    assert claims_of(doc) == [("request", "asserts", ["Jones", "Smith"], None)]


def test_reaching_an_agreement_en():
    doc = make_doc("Alpha Corp and Beta Group reached an agreement on Friday.", "en",
                   {"Alpha Corp": ("ORG", "Alpha Corp"), "Beta Group": ("ORG", "Beta Group")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Corp", "Group"], None)]


# -- reaching or concluding an agreement, its parties the subject ------------------------------------

def test_reaching_an_agreement_ru_bg_pl():
    doc = make_doc("Россия и Украина достигли договорённостей о газе.", "ru", places("Россия", "Украина"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Россия", "Украина"], None)]
    doc = make_doc("България и Гърция постигнаха договореност за газа.", "bg", places("България", "Гърция"))
    assert claims_of(doc) == [("negotiate", "asserts", ["България", "Гърция"], None)]
    doc = make_doc("Polska i Litwa osiągnęły porozumienie w sprawie gazu.", "pl", places("Polska", "Litwa"))
    assert claims_of(doc) == [("negotiate", "asserts", ["Litwa", "Polska"], None)]


def test_those_approving_a_reached_agreement_are_no_parties_uk_ru():
    text = "Після цього досягнуту угоду повинні схвалити Європарламент і Вестмінстер."
    doc = make_doc(text, "uk", {"Європарламент": ("ORG", "Європарламент"), "Вестмінстер": ("ORG", "Вестмінстер")})
    assert claims_of(doc) == []
    text = "Затем достигнутое соглашение должны одобрить Европарламент и Вестминстер."
    doc = make_doc(text, "ru", {"Европарламент": ("ORG", "Европарламент"), "Вестминстер": ("ORG", "Вестминстер")})
    assert claims_of(doc) == []


# -- an outlet opening a sentence before a dash filed the story ----------------------------------------

def test_outlet_before_a_dash_is_no_party_ru_pl():
    text = "Москва. 23 августа. NOVOSTI.RU - Компания Alfa и профсоюз Beta достигли соглашения."
    doc = make_doc(text, "ru", {**places("Москва"), **{n: ("ORG", n) for n in ("NOVOSTI.RU", "Alfa", "Beta")}})
    assert claims_of(doc) == [("negotiate", "asserts", ["Alfa", "Beta"], None)]
    text = "Warszawa. 5 maja. Wiadomosci.pl - Firma Alfa i związek Beta zawarli porozumienie."
    doc = make_doc(text, "pl", {**places("Warszawa"), **{n: ("ORG", n) for n in ("Wiadomosci.pl", "Alfa", "Beta")}})
    assert claims_of(doc) == [("negotiate", "asserts", ["Alfa", "Beta"], None)]
