"""Round 39 (issue 5): a second speakers/parties audit on real text. "X expressed (on Tuesday) hope that
…" is what X says; a bare institution noun ("the chamber said") names the organisation whose name holds
it after its adjectives ("Britská obchodní komora v X"). Invented names."""

from __future__ import annotations

from storyline.claims import extract_claims
from test_claims import make_doc
from test_claims_round9 import names


def _speakers(doc):
    def last(i):
        return None if i is None else (doc.mentions[i].lemma or doc.mentions[i].text).split()[-1]
    return [(c.relation, last(c.speaker)) for c in extract_claims(doc)]


def test_expressed_hope_is_said_pl():
    doc = make_doc("Prezydent Tomasz Nowak wyraził we wtorek nadzieję, że rozmowy Fredonii z Maronią "
                   "zakończą się pomyślnie.", "pl",
                   names(Tomasz_Nowak="PER", Fredonii=("LOC", "Fredonia"), Maronią=("LOC", "Maronia")))
    assert _speakers(doc) == [("contact", "Nowak")]


def test_expressed_hope_is_said_ru():
    doc = make_doc("Том Кранц выразил надежду, что переговоры Фредонии с Маронией завершатся успешно.", "ru",
                   names(Том_Кранц="PER", Фредонии=("LOC", "Фредония"), Маронией=("LOC", "Марония")))
    assert [s for _, s in _speakers(doc)] == ["Кранц"]


def test_chamber_named_inside_its_name_speaks_cs():
    doc = make_doc("Fredonská obchodní komora v Maronii varuje před brexitem. "
                   "„Firmy čekají, až se Fredonie dohodne s Acme,“ uvedla komora.", "cs",
                   names(Fredonská_obchodní_komora_v_Maronii="ORG", Fredonie=("LOC", "Fredonie"), Acme="ORG"))
    sp = _speakers(doc)
    assert sp and all(s == "Maronii" for _, s in sp)


def test_leader_role_cs():
    # "vůdce" (leader) is a role: the bare role after the named holder is that holder speaking
    doc = make_doc("Vůdce strany Acme Tomáš Novák se v pondělí setkal s Lenou Vargovou. "
                   "Vůdce řekl, že jednání s Fredonií pokračují.", "cs",
                   names(Acme="ORG", Tomáš_Novák="PER", Lenou_Vargovou=("PER", "Lena Vargová"),
                         Fredonií=("LOC", "Fredonie")))
    assert ("negotiate", "Novák") in _speakers(doc)


def test_chamber_named_inside_its_name_speaks_pl_ru():
    doc = make_doc("Fredońska Izba Handlowa w Maronii ostrzega przed brexitem. „Firmy czekają, aż Fredonia porozumie "
                   "się z Acme” – poinformowała izba.", "pl",
                   names(Fredońska_Izba_Handlowa_w_Maronii="ORG", Fredonia="LOC", Acme="ORG"))
    assert _speakers(doc) == [("negotiate", "Maronii")]
    doc = make_doc("Фредонская торговая палата в Маронии предупредила о рисках. «Компании ждут, пока Фредония "
                   "договорится с Акме», - заявила палата.", "ru",
                   names(Фредонская_торговая_палата_в_Маронии="ORG", Фредония="LOC", Акме="ORG"))
    assert _speakers(doc) == [("negotiate", "Маронии")]


def test_mentions_and_relayed_verbs_pl_ru():
    # pl "wspomina, że" (mentions that): the subject says it
    doc = make_doc("Acme wspomina o tym, że kolejnym tematem rozmowy Toma Kranjca z Leną Vargą była Fredonia.", "pl",
                   names(Acme="ORG", Toma_Kranjca=("PER", "Tom Kranjc"), Leną_Vargą=("PER", "Lena Varga"),
                         Fredonia="LOC"))
    assert [s for _, s in _speakers(doc)] == ["Acme"]
    # ru "…, передавала X": the outlet after the imperfective relay verb relays it
    doc = make_doc("Ранее Том Кранц разослал письма Лене Варге, передавала Фредонская служба новостей.", "ru",
                   names(Том_Кранц="PER", Лене_Варге=("PER", "Лена Варга"), Фредонская_служба_новостей="ORG"))
    assert [s for _, s in _speakers(doc)] == ["новостей"]
