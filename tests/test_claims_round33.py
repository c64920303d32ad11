"""Round 33 (issue 5): stance and claim-making leftovers of probes 28/29 (/work/scratch/probe28.md, probe29.md).
(1) A refusal of an invitation or request answers it: the invitation was made ("declined Y's invitation",
"odrzucił zaproszenie Y", "отхвърли поканата на Y"); (2) "“…,” X said after meeting Y" is X's meeting with
Y, told by the text; (3) an elided denied partner ("X met Y, but not Z", "pero no con Z", "ale ne s Z");
(4) a negation of a verb that predicates something of the relation noun ("will not make the talks
easier", "не зробить переговори легшими", "nikdy neohrozí partnerství") denies nothing. Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _claims(doc):
    """(relation, stance, parties, speaker) of every claim, names by their last word."""
    def last(i):
        return (doc.mentions[i].lemma or doc.mentions[i].text).split()[-1]
    return [(c.relation, c.stance, sorted(last(m) for m in c.participants),
             None if c.speaker is None else last(c.speaker)) for c in extract_claims(doc)]


# -- 1. a refused invitation was made -----------------------------------------------------------------

def test_declined_invitation_is_an_invitation_en():
    doc = make_doc("Anton Berg declined an invitation from Lidia Orlova.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert _claims(doc) == [("invite", "asserts", ["Berg", "Orlova"], None)]


def test_rejected_invitation_is_an_invitation_pl_bg_sl():
    doc = make_doc("Jan Kowalski odrzucił zaproszenie Zofii Marczak.", "pl",
                   names(Jan_Kowalski="PER", Zofii_Marczak=("PER", "Zofia Marczak")))
    claims = extract_claims(doc)
    assert _claims(doc) == [("invite", "asserts", ["Kowalski", "Marczak"], None)]
    # the maker of the invitation is its agent, the refuser its addressee
    assert [doc.mentions[m].text for m in claims[0].participants] == ["Zofii Marczak", "Jan Kowalski"]
    doc = make_doc("Антон Берг отхвърли поканата на Зорница Пеева.", "bg",
                   names(Антон_Берг="PER", Зорница_Пеева="PER"))
    assert _claims(doc) == [("invite", "asserts", ["Берг", "Пеева"], None)]
    doc = make_doc("Janez Kovač je zavrnil povabilo Mojce Zupan.", "sl",
                   names(Janez_Kovač="PER", Mojce_Zupan=("PER", "Mojca Zupan")))
    assert _claims(doc) == [("invite", "asserts", ["Kovač", "Zupan"], None)]


def test_rejected_invitation_with_a_destination_pl():
    # before: invite/denies by Kowalski between Marczak and Warsaw
    doc = make_doc("Jan Kowalski odrzucił zaproszenie Zofii Marczak do Warszawy.", "pl",
                   names(Jan_Kowalski="PER", Zofii_Marczak=("PER", "Zofia Marczak"), Warszawy=("LOC", "Warszawa")))
    assert _claims(doc) == [("invite", "asserts", ["Kowalski", "Marczak"], None)]


def test_rejecting_a_report_still_denies():  # guard: unchanged behaviour
    doc = make_doc("Mark Dalton rejected reports that Anton Berg had met Lidia Orlova.", "en",
                   names(Mark_Dalton="PER", Anton_Berg="PER", Lidia_Orlova="PER"))
    assert _claims(doc) == [("meet", "denies", ["Berg", "Orlova"], "Dalton")]
    doc = make_doc("Антон Берг отказа среща със Зорница Пеева.", "bg",
                   names(Антон_Берг="PER", Зорница_Пеева="PER"))
    assert [c[:3] for c in _claims(doc)] == [("meet", "denies", ["Берг", "Пеева"])]


# -- 2. "“…,” X said after meeting Y" -------------------------------------------------------------------

def test_said_after_meeting_someone_en():
    doc = make_doc("“We talked about gas,” Anton Berg said after meeting Lidia Orlova in 2020.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert _claims(doc) == [("meet", "asserts", ["Berg", "Orlova"], None)]
    doc = make_doc("Anton Berg said after meeting Lidia Orlova that gas prices would fall.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert _claims(doc) == [("meet", "asserts", ["Berg", "Orlova"], None)]


# -- 3. an elided denied partner ------------------------------------------------------------------------

def test_met_one_but_not_the_other_en_es():
    doc = make_doc("Anton Berg met Lidia Orlova, but not Mark Dalton.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER", Mark_Dalton="PER"))
    assert _claims(doc) == [("meet", "asserts", ["Berg", "Orlova"], None), ("meet", "denies", ["Berg", "Dalton"], None)]
    doc = make_doc("Antonio Berg se reunió con Lidia Ortega, pero no con Marcos Dalton.", "es",
                   names(Antonio_Berg="PER", Lidia_Ortega="PER", Marcos_Dalton="PER"))
    assert _claims(doc) == [("meet", "asserts", ["Berg", "Ortega"], None), ("meet", "denies", ["Berg", "Dalton"], None)]


def test_met_one_but_not_the_other_cs_ru_pl():
    doc = make_doc("Tomáš Kubát se setkal s Lenkou Machovou, ale ne s Petrem Novákem.", "cs",
                   names(Tomáš_Kubát="PER", Lenkou_Machovou=("PER", "Lenka Machová"), Petrem_Novákem=("PER", "Petr Novák")))
    assert _claims(doc) == [("meet", "asserts", ["Kubát", "Machová"], None), ("meet", "denies", ["Kubát", "Novák"], None)]
    doc = make_doc("Антон Берг встретился с Лидией Орловой, но не с Марком Долговым.", "ru",
                   names(Антон_Берг="PER", Лидией_Орловой=("PER", "Лидия Орлова"), Марком_Долговым=("PER", "Марк Долгов")))
    assert _claims(doc) == [("meet", "asserts", ["Берг", "Орлова"], None), ("meet", "denies", ["Берг", "Долгов"], None)]
    doc = make_doc("Jan Kowalski spotkał się z Zofią Marczak, ale nie z Markiem Lisem.", "pl",
                   names(Jan_Kowalski="PER", Zofią_Marczak=("PER", "Zofia Marczak"), Markiem_Lisem=("PER", "Marek Lis")))
    assert _claims(doc) == [("meet", "asserts", ["Kowalski", "Marczak"], None), ("meet", "denies", ["Kowalski", "Lis"], None)]


def test_but_not_with_more_after_it_is_no_elided_partner():  # guard: unchanged behaviour
    doc = make_doc("Anton Berg met Lidia Orlova, but not Mark Dalton's deputy.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER", Mark_Dalton="PER"))
    assert _claims(doc) == [("meet", "asserts", ["Berg", "Orlova"], None)]
    doc = make_doc("Anton Berg met Lidia Orlova, but not in Vienna.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER", Vienna="LOC"))
    assert _claims(doc) == [("meet", "asserts", ["Berg", "Orlova"], None)]


# -- 4. a negated predicate of the relation noun ----------------------------------------------------------

def test_negated_predicate_of_the_talks_asserts_them_uk_en():
    doc = make_doc("Зміна керівництва партії не зробить переговори Антона Берга з Лідією Орловою легшими.", "uk",
                   names(Антона_Берга=("PER", "Антон Берг"), Лідією_Орловою=("PER", "Лідія Орлова")))
    assert [c[1:3] for c in _claims(doc)] == [("asserts", ["Берг", "Орлова"])]
    doc = make_doc("A change of leadership will not make the talks between Anton Berg and Lidia Orlova easier.", "en",
                   names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert [c[1:3] for c in _claims(doc)] == [("asserts", ["Berg", "Orlova"])]


def test_negated_predicate_of_the_relation_noun_cs_bg_ru_pl():
    doc = make_doc("Spor nikdy neohrozí partnerství mezi Tomášem Kubátem a Lenkou Machovou.", "cs",
                   names(Tomášem_Kubátem=("PER", "Tomáš Kubát"), Lenkou_Machovou=("PER", "Lenka Machová")))
    assert [c[1:3] for c in _claims(doc)] == [("asserts", ["Kubát", "Machová"])]
    doc = make_doc("Речта не прави преговорите на Антон Берг със Зорница Пеева по-лесни.", "bg",
                   names(Антон_Берг="PER", Зорница_Пеева="PER"))
    assert [c[1:3] for c in _claims(doc)] == [("asserts", ["Берг", "Пеева"])]
    doc = make_doc("Смена руководства не сделает переговоры Антона Берга с Лидией Орловой легче.", "ru",
                   names(Антона_Берга=("PER", "Антон Берг"), Лидией_Орловой=("PER", "Лидия Орлова")))
    assert [c[1:3] for c in _claims(doc)] == [("asserts", ["Берг", "Орлова"])]
    doc = make_doc("Zmiana rządu nie ułatwi rozmów Jana Kowalskiego z Zofią Marczak.", "pl",
                   names(Jana_Kowalskiego=("PER", "Jan Kowalski"), Zofią_Marczak=("PER", "Zofia Marczak")))
    assert [c[1:3] for c in _claims(doc)] == [("asserts", ["Kowalski", "Marczak"])]


def test_negated_holding_of_the_talks_still_denies():  # guard: unchanged behaviour
    doc = make_doc("Anton Berg did not hold talks with Lidia Orlova.", "en", names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert [c[1:3] for c in _claims(doc)] == [("denies", ["Berg", "Orlova"])]
    doc = make_doc("Nie było rozmów Jana Kowalskiego z Zofią Marczak.", "pl",
                   names(Jana_Kowalskiego=("PER", "Jan Kowalski"), Zofią_Marczak=("PER", "Zofia Marczak")))
    assert [c[1:3] for c in _claims(doc)] == [("denies", ["Kowalski", "Marczak"])]


def test_negated_light_verb_of_making_still_denies():  # guard: unchanged behaviour
    doc = make_doc("Anton Berg has not made contact with Lidia Orlova.", "en", names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert [c[1:3] for c in _claims(doc)] == [("denies", ["Berg", "Orlova"])]
    doc = make_doc("Anton Berg did not make a deal with Lidia Orlova.", "en", names(Anton_Berg="PER", Lidia_Orlova="PER"))
    assert [c[1:3] for c in _claims(doc)] == [("denies", ["Berg", "Orlova"])]
