"""Round 53 (issue 5): speakers, sources and stance — the known leftovers. A refusal of a relation ("refused to
negotiate with Y", "отказался встретиться с Y", "odmítl jednat s Y") is the refuser's own stance: the relation is
denied and the refuser is no speaker (a denial of a report stays one); an outlet the corpus tags MISC, or one
after a told preposition and a media noun ("пред агенция X"), is whom it was told (a via); a reporting verb with a
content clause of its own does not take the clause before it as content, nor does "according to" inside a relative
clause after the relation; an object pronoun never names its own clause's subject ("X invited him"); a media noun
followed by a name the corpus left unmarked is no earlier outlet. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names

N = dict(Tom_Hale="PER", Rob_Dunn="PER", Nick_Clegg="PER", Acme="ORG", Zenco="ORG", Agentix="ORG", Maronia="LOC",
         Veldor="LOC")


def _claims(text, language="en", **entities):
    doc = make_doc(text, language, names(**(entities or N)))
    m = doc.mentions
    return [(c.relation, c.stance, [m[p].text for p in c.participants], None if c.speaker is None else m[c.speaker].text,
             [m[v].text for v in c.via]) for c in extract_claims(doc)]


def test_refusal_in_relative_clause_is_no_speaker():
    # the refusing organisation is no source of the denial: the outer speaker says it
    claims = _claims("Tom Hale said on Monday that peace depended on Zenco, which has long refused to negotiate with Maronia.")
    assert [(r, s, sp) for r, s, _, sp, _ in claims] == [("negotiate", "denies", "Tom Hale")]


def test_refusal_is_the_refusers_own_stance():
    assert _claims("Rob Dunn refused to meet Tom Hale.") == [("meet", "denies", ["Rob Dunn", "Tom Hale"], None, [])]
    assert _claims("Иван Петров отказался встретиться с Олегом Сидоровым.", "ru", Иван_Петров="PER", Олегом_Сидоровым="PER") \
        == [("meet", "denies", ["Иван Петров", "Олегом Сидоровым"], None, [])]
    assert _claims("Jan Nowak odmówił spotkania z Piotrem Kowalskim.", "pl", Jan_Nowak="PER", Piotrem_Kowalskim="PER") \
        == [("meet", "denies", ["Jan Nowak", "Piotrem Kowalskim"], None, [])]
    assert _claims("Jan Novák odmítl jednat s Petrem Dvořákem.", "cs", Jan_Novák="PER", Petrem_Dvořákem="PER") \
        == [("negotiate", "denies", ["Jan Novák", "Petrem Dvořákem"], None, [])]
    assert _claims("Иван Петров отказа да се срещне с Олег Сидоров.", "bg", Иван_Петров="PER", Олег_Сидоров="PER") \
        == [("meet", "denies", ["Иван Петров", "Олег Сидоров"], None, [])]


def test_denial_of_a_report_keeps_its_speaker():
    # guard: "odmítl, že …", "denied that …" deny what is reported: the one denying speaks
    assert _claims("Jan Novák odmítl, že by se setkal s Petrem Dvořákem.", "cs", Jan_Novák="PER", Petrem_Dvořákem="PER") \
        == [("meet", "denies", ["Jan Novák", "Petrem Dvořákem"], "Jan Novák", [])]
    assert _claims("Acme denied that Tom Hale met Rob Dunn.") == [("meet", "denies", ["Tom Hale", "Rob Dunn"], "Acme", [])]


def test_outlet_after_told_preposition_and_media_noun_or_tagged_misc():
    entities = dict(Маронія="LOC", Велдор="LOC", Иван_Петров="PER", Агентикс="ORG", Новинар="ORG", Панорама="MISC")
    text = "Маронія е готова да преговаря с Велдор, заяви директорът Иван Петров пред агенция Агентикс, цитиран от Новинар."
    assert _claims(text, "bg", **entities)[0][3:] == ("Иван Петров", ["Новинар", "Агентикс"])
    assert _claims("Иван Петров заяви пред Панорама, че Маронія ще преговаря с Велдор.", "bg", **entities)[0][3:] \
        == ("Иван Петров", ["Панорама"])
    assert _claims("Jan Nowak powiedział dla Faktów, że Acme negocjuje z Zenco.", "pl", Jan_Nowak="PER", Faktów="MISC",
                   Acme="ORG", Zenco="ORG")[0][3:] == ("Jan Nowak", ["Faktów"])


def test_verb_with_its_own_content_clause_does_not_attribute_what_precedes():
    text = "After Tom Hale urged Rob Dunn to release the drugs, Maronia announced on Monday that it would allow exports."
    assert _claims(text) == [("request", "asserts", ["Tom Hale", "Rob Dunn"], None, [])]
    text = "След като Иван Петров призова Олег Сидоров да освободи лекарства, Марония днес обяви, че ще разреши износ."
    assert _claims(text, "bg", Иван_Петров="PER", Олег_Сидоров="PER", Марония="LOC")[0][3] is None
    # guards: a parenthetical verb attributes what precedes; a phrase opened by a preposition is the saying's topic
    assert _claims("Tom Hale met Rob Dunn, Maronia announced.")[0][3] == "Maronia"
    assert _claims("Na pytanie o współpracę z Danią, Kurtyka odpowiedział, że jest to partner.", "pl",
                   Kurtyka="PER", Danią="LOC")[0][3] == "Kurtyka"


def test_according_inside_relative_clause_attributes_that_clause_only():
    entities = dict(Londýn="LOC", Brusel="LOC", EU="ORG")
    assert _claims("Londýn a Brusel by měly začít jednat o podmínkách období, které by mělo podle EU trvat do roku 2020.",
                   "cs", **entities)[0][3] is None
    assert _claims("Londýn a Brusel by měly začít jednat o podmínkách období, podle EU.", "cs", **entities)[0][3] == "EU"  # guard


def test_object_pronoun_is_not_its_clauses_subject():
    assert _claims("Rob Dunn spoke on Monday. Nick Clegg invited him to Maronia.")[0][2] == ["Nick Clegg", "Rob Dunn"]
    assert _claims("Rob Dunn spoke on Monday. Nick Clegg called him on Tuesday.")[0][2] == ["Nick Clegg", "Rob Dunn"]
    assert _claims("Jan Nowak przemawiał w poniedziałek. Piotr Kowalski zaprosił go do Warszawy.", "pl",
                   Jan_Nowak="PER", Piotr_Kowalski="PER", Warszawy="LOC")[0][2] == ["Piotr Kowalski", "Jan Nowak"]
    assert _claims("Иван Петров выступил в понедельник. Олег Сидоров встретился с ним в Москве.", "ru",
                   Иван_Петров="PER", Олег_Сидоров="PER", Москве="LOC")[0][2] == ["Олег Сидоров", "Иван Петров"]


def test_media_noun_before_an_unmarked_name_is_no_earlier_outlet():
    text = "Agentix: Maronia will talk to Veldor.\n\nMaronia will negotiate with Veldor, writes the newspaper Daily Planet."
    assert [c[3] for c in _claims(text)] == ["Agentix", None]
    text = "Agentix: Maronia will talk to Veldor.\n\nMaronia will negotiate with Veldor, the newspaper writes."
    assert [c[3] for c in _claims(text)] == ["Agentix", "Agentix"]  # guard: the outlet named before


def test_abbreviation_in_parentheses_belongs_to_the_organisation():
    text = ("Jde o látku vyvinutou ve spolupráci firem Acme a Zenco. "
            "Oznámil to šéf Státního ústavu pro kontrolu léčiv (SÚKL) Jan Novák.")
    entities = dict(Acme="ORG", Zenco="ORG", Státního_ústavu_pro_kontrolu_léčiv="ORG", SÚKL="ORG", Jan_Novák="PER")
    assert _claims(text, "cs", **entities)[0][3] == "Jan Novák"


def test_stance_cue_in_a_joined_quoted_sentence_is_of_that_sentence():
    # (a number before the point, "projekt 2.", keeps the splitter from ending the sentence there)
    text = ("Zenco poinformowało, że Jan Nowak rozmawiał przez telefon z Piotrem Kowalskim o projekcie Linia 2. "
            "– Stanowisko obu stron zostało potwierdzone – podaje Zenco.")
    entities = dict(Zenco="ORG", Jan_Nowak="PER", Piotrem_Kowalskim="PER")
    assert [c[1] for c in _claims(text, "pl", **entities)] == ["asserts"]
