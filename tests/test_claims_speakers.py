"""Speakers, addressees and parties on unseen news text (issue 5, round 7): shapes of wrong claims
found on pages outside every annotated split, each rebuilt here with invented names. A pronoun
subject names the person the text is about, not the object of an earlier sentence; whom something
was told or an interview given to relays it and is no party; a speaker denying they took part in a
call between two others is no party of it; what a request asks for is no addressee; addressing
someone is no request; one sentence gives one claim per relation between the same parties."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc, names_of, speaker_of


def claims_of(doc):
    return [(c.relation, c.stance, sorted(names_of(doc, c.participants)), speaker_of(doc, c), sorted(names_of(doc, c.via)))
            for c in extract_claims(doc)]


# -- 1. a pronoun subject names the person the paragraph is about ----------------------------------

EN_GUEST = {"Andrew Marston": ("PER", "Andrew Marston"), "Marston": ("PER", "Marston"),
            "Jeffrey Coyle": ("PER", "Jeffrey Coyle"), "BBC": ("ORG", "BBC"), "Olivia Grant": ("PER", "Olivia Grant")}


def test_pronoun_subject_is_the_protagonist_not_an_earlier_object_en():
    text = ("Andrew Marston stepped back from public duties. Marston was a frequent guest of Jeffrey Coyle. "
            "He told the BBC that he had met Olivia Grant in 2001.")
    doc = make_doc(text, "en", EN_GUEST)
    # the outlet told is a via, never a party
    assert claims_of(doc) == [("meet", "asserts", ["Grant", "Marston"], "Marston", ["BBC"])]


def test_pronoun_subject_continues_over_sentences_opened_by_a_pronoun_en():
    text = ("Andrew Marston stepped back from public duties last year. He had stayed at the homes of Jeffrey Coyle "
            "many times. He told the BBC that he had never met Olivia Grant.")
    doc = make_doc(text, "en", EN_GUEST)
    assert claims_of(doc) == [("meet", "denies", ["Grant", "Marston"], "Marston", ["BBC"])]
    # the object is still who "he" is when no one else is the subject
    text = "The fund paid Jeffrey Coyle for years. He said he had met Olivia Grant in 2001."
    doc = make_doc(text, "en", EN_GUEST)
    assert claims_of(doc) == [("meet", "asserts", ["Coyle", "Grant"], "Coyle", [])]


def test_pronoun_subject_looks_back_over_sentences_naming_nobody_as_subject_en():
    names = {"Marston": ("PER", "Marston"), "Coyle": ("PER", "Coyle"), "Coyle’s": ("PER", "Coyle"), "BBC": ("ORG", "BBC")}
    text = ("Marston claims that he felt bound to visit Coyle in person. This required three days at Coyle’s mansion. "
            "Must have been hard? During the visit, he was photographed in long chats with Coyle in the park. Was this wise?\n\n"
            "He instead told the BBC: “I had to go and talk to Coyle in person.”")
    doc = make_doc(text, "en", names)
    # an owner ("Coyle’s mansion") or a partner ("chats with Coyle") is not whom "he" continues
    assert claims_of(doc)[-1] == ("contact", "asserts", ["Coyle", "Marston"], "Marston", ["BBC"])


def test_pronoun_subject_is_the_protagonist_ru_bg():
    names = {"Андрей Марстон": ("PER", "Андрей Марстон"), "Марстон": ("PER", "Марстон"),
             "Джеффри Коула": ("PER", "Джеффри Коул"), "Ольгой Грант": ("PER", "Ольга Грант"),
             "Би-би-си": ("ORG", "Би-би-си")}
    text = ("Андрей Марстон отошел от дел. Марстон часто гостил у Джеффри Коула. "
            "Он заявил Би-би-си, что встречался с Ольгой Грант в 2001 году.")
    doc = make_doc(text, "ru", names)
    assert claims_of(doc) == [("meet", "asserts", ["Грант", "Марстон"], "Марстон", ["Би-би-си"])]
    names = {"Андрю Марстън": ("PER", "Андрю Марстън"), "Марстън": ("PER", "Марстън"),
             "Джефри Коул": ("PER", "Джефри Коул"), "Олга Грант": ("PER", "Олга Грант"), "Дарик": ("ORG", "Дарик")}
    text = ("Андрю Марстън се оттегли от обществения живот. Марстън често гостуваше на Джефри Коул. "
            "Той каза пред Дарик, че се е срещал с Олга Грант през 2001 г.")
    doc = make_doc(text, "bg", names)
    # "каза пред Дарик": said to the broadcaster, which relays it
    assert claims_of(doc) == [("meet", "asserts", ["Грант", "Марстън"], "Марстън", ["Дарик"])]


def test_dropped_subject_with_the_outlet_told_after_the_verb_pl():
    names = {"Andrzej Marston": ("PER", "Andrzej Marston"), "Marston": ("PER", "Marston"),
             "Jeffreya Coyle'a": ("PER", "Jeffrey Coyle"), "Olgą Grant": ("PER", "Olga Grant"), "BBC": ("ORG", "BBC")}
    text = ("Andrzej Marston wycofał się z życia publicznego. Marston często gościł u Jeffreya Coyle'a. "
            "Powiedział BBC, że spotkał się z Olgą Grant w 2001 roku.")
    doc = make_doc(text, "pl", names)
    # "Powiedział BBC, że …": the BBC was told it, the speaker is the dropped subject
    assert claims_of(doc) == [("meet", "asserts", ["Grant", "Marston"], "Marston", ["BBC"])]


# -- 2. a speaker denying they took part is no party of the relation between two others -----------

EN_CALL = {"President Hollis": ("PER", "Hollis"), "President Varga": ("PER", "Varga"), "Delmont": ("PER", "Delmont"),
           "Kurt Delmont": ("PER", "Delmont")}


def test_speaker_not_on_the_call_between_two_others_en():
    text = ('"I was not on the July 25 phone call between President Hollis and President Varga," Delmont said, '
            "adding that he first saw a record of the call on September 25.")
    doc = make_doc(text, "en", EN_CALL, published="2019-10-03")
    [claim] = extract_claims(doc)
    assert (claim.relation, claim.stance) == ("contact", "asserts")
    assert names_of(doc, claim.participants) == {"Hollis", "Varga"} and speaker_of(doc, claim) == "Delmont"
    assert claim.when == "2019-07-25"
    # saying "we" of a call whose parties are not named still makes the speaker one
    doc = make_doc('"We spoke with President Hollis on July 25," Delmont said.', "en", EN_CALL, published="2019-10-03")
    [claim] = extract_claims(doc)
    assert names_of(doc, claim.participants) == {"Delmont", "Hollis"}


def test_speaker_not_in_the_conversation_between_two_others_ru():
    names = {"Делмонт": ("PER", "Делмонт"), "Холлисом": ("PER", "Холлис"), "Варгой": ("PER", "Варга")}
    text = "«Я не участвовал в телефонном разговоре между Холлисом и Варгой 25 июля», — сказал Делмонт."
    doc = make_doc(text, "ru", names, published="2019-10-03")
    # the conversation between the two took place: asserted, and the speaker is no party
    assert claims_of(doc) == [("contact", "asserts", ["Варга", "Холлис"], "Делмонт", [])]
    # a negated relation of the speaker's own is still denied
    text = "«Я не разговаривал с Холлисом 25 июля», — сказал Делмонт."
    doc = make_doc(text, "ru", {"Делмонт": ("PER", "Делмонт"), "Холлисом": ("PER", "Холлис")}, published="2019-10-03")
    assert claims_of(doc) == [("contact", "denies", ["Делмонт", "Холлис"], "Делмонт", [])]


# -- 3. what a request asks for is no addressee; a request noun as a topic is no claim --------------

EN_REQUEST = {"Delmont": ("PER", "Delmont"), "Ukraine": ("LOC", "Ukraine"), "Biden": ("PER", "Biden"),
              "Mr. Hollis": ("PER", "Hollis"), "Burisma": ("ORG", "Burisma")}


def test_the_object_of_a_requested_investigation_is_no_party_en():
    text = ('Delmont later said he would have "objected" to Ukraine opening an investigation into Biden and did not '
            "realize Mr. Hollis saw the request to investigate Ukrainian energy company Burisma as a request "
            "to investigate Biden.")
    assert extract_claims(make_doc(text, "en", EN_REQUEST)) == []
    doc = make_doc("Delmont discussed the request to investigate energy company Burisma.", "en", EN_REQUEST)
    assert extract_claims(doc) == []
    # the one asked is still the addressee, the content after the infinitive is not
    doc = make_doc("Mr. Hollis asked Ukraine to investigate Burisma.", "en", EN_REQUEST)
    assert claims_of(doc) == [("request", "asserts", ["Hollis", "Ukraine"], None, [])]


# -- 4. telling, asking a question and addressing someone are no requests ---------------------------

EN_HEARING = {"Morrison": ("PER", "Morrison"), "Intelligence Committee": ("ORG", "Intelligence Committee"),
              "Sondland": ("PER", "Sondland"), "Senate": ("ORG", "Senate"), "Hollis": ("PER", "Hollis"),
              "Varga": ("PER", "Varga"), "UN": ("ORG", "UN")}


def test_telling_a_committee_and_asking_a_question_are_no_requests_en():
    text = "Morrison told the Intelligence Committee, 'I feared at the time of the call how its disclosure would play.'"
    assert extract_claims(make_doc(text, "en", EN_HEARING)) == []
    text = "Morrison told the Intelligence Committee that he asked Sondland about the call."
    assert extract_claims(make_doc(text, "en", EN_HEARING)) == []
    text = "Morrison was asked by the Intelligence Committee whether Hollis had called Varga."
    assert [c[0] for c in claims_of(make_doc(text, "en", EN_HEARING))] != ["request"]
    text = "Morrison turned to the Senate and said he had no concerns."
    assert extract_claims(make_doc(text, "en", EN_HEARING)) == []
    # asking for something is still a request
    doc = make_doc("Morrison turned to the UN for help.", "en", EN_HEARING)
    assert claims_of(doc) == [("request", "asserts", ["Morrison", "UN"], None, [])]


def test_addressing_someone_with_a_speech_is_no_request_ru_bg():
    names = {"Моррисон": ("PER", "Моррисон"), "Сенату": ("ORG", "Сенат")}
    assert extract_claims(make_doc("Моррисон обратился к Сенату с речью.", "ru", names)) == []
    doc = make_doc("Моррисон обратился к Сенату с просьбой о помощи.", "ru", names)
    assert claims_of(doc) == [("request", "asserts", ["Моррисон", "Сенат"], None, [])]
    names = {"Морисън": ("PER", "Морисън"), "Сената": ("ORG", "Сенат")}
    assert extract_claims(make_doc("Морисън се обърна към Сената с реч.", "bg", names)) == []
    assert extract_claims(make_doc("Морисън каза пред Сената, че няма опасения.", "bg", names)) == []


# -- 5. whom an interview was given to relays it; the interview is no contact ----------------------

def test_interview_outlet_is_via_not_speaker_nor_party_en():
    names = {"Ivan Petrov": ("PER", "Ivan Petrov"), "CNN": ("ORG", "CNN"), "Anna Novak": ("PER", "Anna Novak")}
    for text in ("In an interview with CNN, Ivan Petrov said he met Anna Novak in May.",
                 "Ivan Petrov said in an interview with CNN that he met Anna Novak in May.",
                 "Ivan Petrov told CNN in an interview that he met Anna Novak in May."):
        doc = make_doc(text, "en", names)
        assert claims_of(doc) == [("meet", "asserts", ["Novak", "Petrov"], "Petrov", ["CNN"])], text
    assert extract_claims(make_doc("Ivan Petrov spoke to CNN in an interview on Sunday.", "en", names)) == []


def test_interview_outlet_is_via_not_speaker_nor_party_pl_ru_bg():
    names = {"Jan Kowalski": ("PER", "Jan Kowalski"), "PAP": ("ORG", "PAP"), "Polsat": ("ORG", "Polsat"),
             "Anną Nowak": ("PER", "Anna Nowak")}
    doc = make_doc("Jan Kowalski w rozmowie z Polsat powiedział, że spotkał się z Anną Nowak.", "pl", names)
    assert claims_of(doc) == [("meet", "asserts", ["Kowalski", "Nowak"], "Kowalski", ["Polsat"])]
    doc = make_doc("W rozmowie z agencją PAP Jan Kowalski powiedział, że spotkał się z Anną Nowak.", "pl", names)
    assert claims_of(doc) == [("meet", "asserts", ["Kowalski", "Nowak"], "Kowalski", ["PAP"])]
    # the interview itself is no contact between the speaker and the outlet
    assert extract_claims(make_doc("Jan Kowalski w rozmowie z Polsat powiedział, że nie planuje wyjazdu.", "pl", names)) == []
    names = {"Иван Петров": ("PER", "Иван Петров"), "ТАСС": ("ORG", "ТАСС"), "РБК": ("ORG", "РБК"),
             "Анной Новак": ("PER", "Анна Новак")}
    doc = make_doc("В интервью ТАСС Иван Петров заявил, что встречался с Анной Новак.", "ru", names)
    assert claims_of(doc) == [("meet", "asserts", ["Новак", "Петров"], "Петров", ["ТАСС"])]
    assert extract_claims(make_doc("Иван Петров в беседе с РБК заявил, что не собирается уходить.", "ru", names)) == []
    names = {"Иван Петров": ("PER", "Иван Петров"), "bTV": ("ORG", "bTV"), "Анна Новак": ("PER", "Анна Новак")}
    doc = make_doc("Иван Петров каза в интервю за bTV, че не се е срещал с Анна Новак.", "bg", names)
    assert claims_of(doc) == [("meet", "denies", ["Новак", "Петров"], "Петров", ["bTV"])]


def test_a_conversation_inside_the_reported_content_is_still_a_contact_ru():
    names = {"Болтон": ("PER", "Болтон"), "Самуэльсеном": ("PER", "Самуэльсен"), "Twitter": ("ORG", "Twitter")}
    text = "На своей странице в Twitter Болтон сообщил, что в беседе с Самуэльсеном были затронуты вопросы безопасности."
    doc = make_doc(text, "ru", names)
    assert claims_of(doc) == [("contact", "asserts", ["Болтон", "Самуэльсен"], "Болтон", [])]


# -- 6. one sentence, one claim per relation between the same parties -------------------------------

def test_one_claim_per_relation_and_parties_in_a_sentence_en_ru():
    names = {"Hollis": ("PER", "Hollis"), "Varga": ("PER", "Varga"), "Delmont": ("PER", "Delmont"), "Reuters": ("ORG", "Reuters")}
    text = ("Hollis spoke with Varga in August, Reuters reported. "
            "Delmont confirmed this, saying Hollis spoke with Varga on July 25.")
    doc = make_doc(text, "en", names, published="2019-10-03")
    claims = extract_claims(doc)
    # Delmont's sentence says one thing about the two: the call of July 25 (not also a confirmation
    # of the August date it points back to)
    assert [(speaker_of(doc, c), c.stance, c.when) for c in claims] == [
        ("Reuters", "asserts", "2019-08"), ("Delmont", "asserts", "2019-07-25")]
    assert all(names_of(doc, c.participants) == {"Hollis", "Varga"} for c in claims)
    names = {"Холлис": ("PER", "Холлис"), "Варгой": ("PER", "Варга"), "Делмонт": ("PER", "Делмонт"),
             "Reuters": ("ORG", "Reuters")}
    text = ("Холлис разговаривал с Варгой в августе, сообщает Reuters. "
            "Делмонт подтвердил это, заявив, что Холлис разговаривал с Варгой 25 июля.")
    doc = make_doc(text, "ru", names, published="2019-10-03")
    claims = extract_claims(doc)
    assert [(speaker_of(doc, c), c.when) for c in claims] == [("Reuters", "2019-08"), ("Делмонт", "2019-07-25")]


def test_the_subject_just_before_beats_an_earlier_speaker_en_ru():
    names = {"Kurt Delmont": ("PER", "Kurt Delmont"), "Delmont": ("PER", "Delmont"), "Tim Morland": ("PER", "Tim Morland"),
             "Morland": ("PER", "Morland"), "Hollis": ("PER", "Hollis"), "Varga": ("PER", "Varga")}
    text = ("Delmont said he had no knowledge of the plan. "
            "Morland was the third witness who listened in on the July 25 call between Hollis and Varga. "
            "He said he met Varga twice.")
    doc = make_doc(text, "en", names)
    assert [(c.relation, speaker_of(doc, c)) for c in extract_claims(doc)][-1] == ("meet", "Morland")
    names = {"Делмонт": ("PER", "Делмонт"), "Морленд": ("PER", "Морленд"), "Варгой": ("PER", "Варга")}
    text = "Делмонт заявил, что ничего не знал о плане. Морленд был третьим свидетелем. Он сказал, что дважды встречался с Варгой."
    doc = make_doc(text, "ru", names)
    assert claims_of(doc) == [("meet", "asserts", ["Варга", "Морленд"], "Морленд", [])]


def test_a_sentence_continuing_a_claim_keeps_its_time_en():
    names = {"Hollis": ("PER", "Hollis"), "Varga": ("PER", "Varga"), "Delmont": ("PER", "Delmont")}
    for text in ('"I was not on the July 25 phone call between Hollis and Varga. I was not made aware of it until the '
                 'transcript of that call was released on September 25, 2019," Delmont said.',
                 "Hollis spoke with Varga on July 25, Delmont said. The transcript of that call was released on September 25."):
        doc = make_doc(text, "en", names, published="2019-10-03")
        claims = extract_claims(doc)
        # "that call" is the call of July 25; September 25 is when its transcript came out
        assert claims and all(c.when == "2019-07-25" for c in claims), text
        assert all(names_of(doc, c.participants) == {"Hollis", "Varga"} for c in claims), text
