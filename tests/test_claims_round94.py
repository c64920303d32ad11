"""Round 94 (issue 5): the document's established parties and a continued claim as fallbacks. An unnamed group before
the relation word in its clause is the relation's own side (`implied.unnamed_group_before`): no name from another
sentence is filled in; a continued claim whose relation word's topic differs from the earlier claim's ("the deal on the
exit", then "an agreement on free trade") gives its parties but not its time (`_Extraction._other_topic`).
Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims


def test_an_unnamed_group_before_the_relation_word_is_its_own_side():
    text = ("Иван Петров се срещна с Мария Стоянова в Марония. В Зенкия за първи път всички ръководители на "
            "маронските и зенкийските служби проведоха среща за тероризма.")
    assert _claims(text, "bg", Иван_Петров="PER", Мария_Стоянова="PER", Марония="LOC", Зенкия="LOC") == [
        ("meet", "asserts", ["Иван Петров", "Мария Стоянова"], None)]
    text = "John Doe met Richard Roe in Maronia on Monday. In Zencia, the heads of the services held a meeting on terrorism."
    assert _claims(text, John_Doe="PER", Richard_Roe="PER", Maronia="LOC", Zencia="LOC") == [
        ("meet", "asserts", ["John Doe", "Richard Roe"], None)]


def test_a_group_that_is_an_owner_is_no_side():
    # guard: the people own the topic ("the rights of the citizens"), they are not the talks' subject
    text = ("Иван Петров и Мария Стоянова започнаха преговори в понеделник. Иван Петров заяви, че правата на "
            "гражданите няма да подлежат на преговори.")
    assert _claims(text, "bg", Иван_Петров="PER", Мария_Стоянова="PER") == [
        ("negotiate", "asserts", ["Иван Петров", "Мария Стоянова"], None),
        ("negotiate", "asserts", ["Иван Петров", "Мария Стоянова"], "Иван Петров")]


def _when(text, language, **entities):
    from storyline.claims import extract_claims
    from test_claims import make_doc
    from test_claims_round9 import names
    doc = make_doc(text, language, names(**entities))
    return [(c.relation, c.when) for c in extract_claims(doc)]


def test_a_continued_claim_on_another_topic_takes_no_time():
    text = ("Přestože má Marónie opustit Zenkijskou unii až koncem března 2019, dohoda o jejím odchodu musí být "
            "vyjednána už letos v říjnu. Zvažuje se také možnost přechodného období, které by trvalo do konce roku 2020 "
            "a během nějž by byla sepsána dohoda o volném obchodu.")
    assert _when(text, "cs", Marónie="LOC", Zenkijskou_unii="ORG") == [("negotiate", "2019-03"), ("negotiate", None)]
    # guard: the same topic continues the earlier claim's time
    text = ("Přestože má Marónie opustit Zenkijskou unii až koncem března 2019, dohoda o jejím odchodu musí být "
            "vyjednána už letos v říjnu. Dohoda o odchodu bude podepsána v Bruselu.")
    found = _when(text, "cs", Marónie="LOC", Zenkijskou_unii="ORG")
    assert found[0] == ("negotiate", "2019-03") and all(w == "2019-03" for _, w in found)
