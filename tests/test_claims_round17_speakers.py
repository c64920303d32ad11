"""Round 17 (issue 5): speakers and stance on test3-like text (the shapes of dev5's mistakes). A
headline opened by a topic ("Brexit: …") has no speaker; a verb after ", and" shares the first
clause's subject, not the nearest name ("visited the plant near Springfield, Ohio, and said"); "he
added" after an unnamed spokesman continues that spokesman; a role's holder is named after its
qualifiers ("szef Acme ds. sprzedaży Jan Kowalski"); a denial of an object does not reach a relative
clause on it; a paragraph "Name – role: …”" is that person's quote; ", to napsala agentura X" points
back to what came before; a place after a singular person's verb ("powiedziała w Berlinie") is where
someone spoke, not who. Invented names and short constructed sentences, several languages."""

from __future__ import annotations

from test_claims import claims_of, make_doc, orgs, people, places


def misc(*texts: str) -> dict[str, tuple[str, str]]:
    return {t: ("MISC", t) for t in texts}


# -- who can speak: a headline opened by a topic ---------------------------------------------------

def test_headline_opened_by_a_topic_has_no_speaker_pl():
    doc = make_doc("Brexit: UE i Wielka Brytania rozpoczęły negocjacje.", "pl",
                   {**misc("Brexit"), **orgs("UE"), **places("Wielka Brytania")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Brytania", "UE"], None)]


def test_headline_opened_by_an_outlet_tagged_misc_still_speaks_pl_bg():
    text = ("Kurier Xyz: UE i Wielka Brytania rozpoczęły negocjacje.\n\n"
            "Tak podaje dziennik Kurier Xyz.")
    doc = make_doc(text, "pl", {**misc("Kurier Xyz"), **orgs("UE"), **places("Wielka Brytania")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Brytania", "UE"], "Xyz")]
    text = ("Вестник Хикс: Иван Петров ще се срещне с Георги Иванов.\n\n"
            "Това пише британският Вестник Хикс.")
    doc = make_doc(text, "bg", {**misc("Вестник Хикс"), **people("Иван Петров", "Георги Иванов")})
    assert claims_of(doc) == [("meet", "asserts", ["Иванов", "Петров"], "Хикс")]


# -- a verb after ", and" shares the first clause's subject ------------------------------------------

def test_verb_after_and_shares_the_first_clause_subject_en():
    text = "In May, Sen. John Smith visited the factory near Springfield, Ohio, and said that the plant needs more workers."
    doc = make_doc(text, "en", {**people("John Smith"), **places("Springfield", "Ohio")})
    # the visit is told by the text (the saying comes after it), and never by Ohio
    assert [c[3] for c in claims_of(doc)] == [None]


def test_meeting_before_and_said_is_told_by_the_text_bg_pl():
    doc = make_doc("Иван Петров се срещна с Георги Иванов в София, и заяви, че ще работят заедно.", "bg",
                   {**people("Иван Петров", "Георги Иванов"), **places("София")})
    assert claims_of(doc) == [("meet", "asserts", ["Иванов", "Петров"], None)]
    doc = make_doc("Jan Nowak spotkał się z Piotrem Kowalskim w Krakowie, i powiedział, że rozmowa była dobra.", "pl",
                   {**people("Jan Nowak", "Piotrem Kowalskim"), **places("Krakowie")})
    assert claims_of(doc) == [("meet", "asserts", ["Kowalskim", "Nowak"], None)]


def test_first_clause_subject_still_speaks_for_what_follows_bg():
    doc = make_doc("Мария Димова не се отказа от проекта, но заяви, че ще се срещне с Иван Петров.", "bg",
                   people("Мария Димова", "Иван Петров"))
    assert claims_of(doc) == [("meet", "asserts", ["Димова", "Петров"], "Димова")]


def test_verb_after_and_is_the_reporting_clause_subject_not_its_content_en_ru():
    # "X said that Y spoke with Z, and added …": X added it, not Y (the content's subject)
    text = "Tom Varley said that John Smith had spoken with Peter Brown, and added that Smith will meet Angela Black."
    doc = make_doc(text, "en", people("Tom Varley", "John Smith", "Peter Brown", "Smith", "Angela Black"))
    assert claims_of(doc) == [("contact", "asserts", ["Brown", "Smith"], "Varley"),
                              ("meet", "asserts", ["Black", "Smith"], "Varley")]
    text = ("Иван Петров сообщил, что Сергей Иванов говорил с Олегом Сидоровым, и заявил, "
            "что Иванов встретится с Анной Черновой.")
    doc = make_doc(text, "ru", people("Иван Петров", "Сергей Иванов", "Олегом Сидоровым", "Иванов", "Анной Черновой"))
    assert [c[3] for c in claims_of(doc)] == ["Петров", "Петров"]


def test_fronted_subordinate_clause_names_no_subject_en_ru():
    text = "After John Smith spoke with Peter Brown, Tom Varley praised the weather, and said that Smith will meet Angela Black."
    doc = make_doc(text, "en", people("Tom Varley", "John Smith", "Peter Brown", "Smith", "Angela Black"))
    assert claims_of(doc)[-1] == ("meet", "asserts", ["Black", "Smith"], "Varley")
    text = ("Когда Сергей Иванов говорил с Олегом Сидоровым, Иван Петров хвалил погоду, и заявил, "
            "что Иванов встретится с Анной Черновой.")
    doc = make_doc(text, "ru", people("Иван Петров", "Сергей Иванов", "Олегом Сидоровым", "Иванов", "Анной Черновой"))
    assert claims_of(doc)[-1] == ("meet", "asserts", ["Иванов", "Черновой"], "Петров")


# -- "he added" after an unnamed spokesman --------------------------------------------------------------

def test_pronoun_after_unnamed_spokesman_is_unnamed_en_bg():
    text = ('"The talks were useful," the spokesman said after a meeting of John Smith and Peter Brown. '
            '"Smith will meet Angela Black next week," he added.')
    doc = make_doc(text, "en", people("John Smith", "Peter Brown", "Smith", "Angela Black"))
    assert [c[3] for c in claims_of(doc)] == [None, None]
    text = ("„Разговорите бяха полезни“, каза говорителят след среща на Иван Петров и Георги Иванов. "
            "„Петров ще се срещне с Мария Димова“, добави той.")
    doc = make_doc(text, "bg", people("Иван Петров", "Георги Иванов", "Петров", "Мария Димова"))
    assert [c[3] for c in claims_of(doc)] == [None, None]


def test_pronoun_after_named_speaker_is_that_speaker_en():
    text = ('"The talks were useful," John Smith said after a meeting with Peter Brown. '
            '"Smith will meet Angela Black next week," he added.')
    doc = make_doc(text, "en", people("John Smith", "Peter Brown", "Smith", "Angela Black"))
    assert [c[3] for c in claims_of(doc)] == [None, "Smith"]


# -- a role's holder named after its qualifiers -----------------------------------------------------

def test_role_holder_after_qualifiers_speaks_pl_ru():
    doc = make_doc("Acme i Globex będą współpracować – zaznaczył szef Acme ds. sprzedaży Jan Kowalski.", "pl",
                   {**people("Jan Kowalski"), **orgs("Acme", "Globex")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Acme", "Globex"], "Kowalski")]
    doc = make_doc("Acme и Globex будут сотрудничать, заявил глава Acme по глобальным операциям Иван Петров.", "ru",
                   {**people("Иван Петров"), **orgs("Acme", "Globex")})
    assert claims_of(doc) == [("cooperate", "asserts", ["Acme", "Globex"], "Петров")]


def test_role_without_holder_speaks_for_its_organisation_pl():
    doc = make_doc("Acme i Globex będą współpracować – powiedział rzecznik Acme.", "pl", orgs("Acme", "Globex"))
    assert claims_of(doc) == [("cooperate", "asserts", ["Acme", "Globex"], "Acme")]


# -- a denial of an object does not reach a relative clause on it --------------------------------------

def test_rejected_position_of_someone_who_called_is_no_denial_bg_en():
    doc = make_doc("Иван Петров отхвърли позицията на Георги Иванов, който призова Германия да преразгледа решението си.",
                   "bg", {**people("Иван Петров", "Георги Иванов"), **places("Германия")})
    assert [c[:3] for c in claims_of(doc)] == [("request", "asserts", ["Германия", "Иванов"])]
    doc = make_doc("John Smith rejected the position of Peter Brown, who urged Germany to reconsider its decision.",
                   "en", {**people("John Smith", "Peter Brown"), **places("Germany")})
    assert [c[:3] for c in claims_of(doc)] == [("request", "asserts", ["Brown", "Germany"])]


def test_denied_that_still_denies_across_a_relative_clause_en():
    doc = make_doc("John Smith denied that Peter Brown, who lives in Paris, had met Angela Black.", "en",
                   {**people("John Smith", "Peter Brown", "Angela Black"), **places("Paris")})
    assert claims_of(doc) == [("meet", "denies", ["Black", "Brown"], "Smith")]


# -- a speaker label before a quote whose opening mark is left out -----------------------------------

def test_speaker_label_paragraph_is_a_quote_bg_pl():
    doc = make_doc("Иван Петров – председател на съвета: Трябва ни яснота. Георги Иванов ще преговаря с Германия.“",
                   "bg", {**people("Иван Петров", "Георги Иванов"), **places("Германия")})
    assert claims_of(doc) == [("negotiate", "asserts", ["Германия", "Иванов"], "Петров")]
    doc = make_doc("Jan Kowalski, minister: Potrzebujemy jasności. Piotr Nowak spotka się z Anną Wiśniewską.”", "pl",
                   people("Jan Kowalski", "Piotr Nowak", "Anną Wiśniewską"))
    assert claims_of(doc) == [("meet", "asserts", ["Nowak", "Wiśniewską"], "Kowalski")]


def test_label_without_a_closing_mark_is_no_quote_pl():
    doc = make_doc("Jan Kowalski, minister: Piotr Nowak spotka się z Anną Wiśniewską.", "pl",
                   people("Jan Kowalski", "Piotr Nowak", "Anną Wiśniewską"))
    assert [c[:3] for c in claims_of(doc)] == [("meet", "asserts", ["Nowak", "Wiśniewską"])]


# -- a pointer opening the reporting clause after a comma -------------------------------------------------

def test_pointer_after_comma_takes_the_subject_after_the_verb_cs():
    doc = make_doc("V reakci na slova, která Jan Novák pronesl na setkání s Petrem Svobodou, to napsala agentura Xyz.", "cs",
                   {**people("Jan Novák", "Petrem Svobodou"), **orgs("Xyz")})
    assert claims_of(doc) == [("meet", "asserts", ["Novák", "Svobodou"], "Xyz")]


# -- a place after a singular person's verb is where someone spoke, not who --------------------------

def test_place_after_singular_verb_is_no_speaker_pl_ru():
    text = ("– Projekt nie jest możliwy bez Ukrainy – powiedziała w Berlinie, na wspólnej konferencji "
            "prasowej z prezydentem Janem Kowalskim.")
    doc = make_doc(text, "pl", {**people("Janem Kowalskim"), **places("Berlinie")})
    # (the place is neither the speaker nor the visitor; she is unnamed, so the press conference
    # "with" Kowalski has one named party and makes no claim)
    assert claims_of(doc) == []
    doc = make_doc("Иван Петров прилетел в Москву. Путин не встречался с Маском, заявил в Кремле.", "ru",
                   {**people("Путин", "Маском", "Иван Петров"), **orgs("Кремле"), **places("Москву")})
    assert claims_of(doc)[-1] == ("meet", "denies", ["Маском", "Путин"], None)


def test_person_after_the_place_speaks_ru():
    doc = make_doc("Путин не встречался с Маском, заявил в Кремле Дмитрий Песков.", "ru",
                   {**people("Путин", "Маском", "Дмитрий Песков"), **orgs("Кремле")})
    assert claims_of(doc) == [("meet", "denies", ["Маском", "Путин"], "Песков")]


def test_institution_speaks_with_a_plural_verb_ru():
    doc = make_doc("Путин не встречался с Маском, заявили в Кремле.", "ru", {**people("Путин", "Маском"), **orgs("Кремле")})
    assert claims_of(doc) == [("meet", "denies", ["Маском", "Путин"], "Кремле")]
