"""Round 92 (issue 5): speakers and sources, the audits' leftovers — coordinated titles before a name are all
the name's, and a pronoun after a speaker met by their title follows that speaker."""
from tests.test_claims_round59 import _claims

_TEXT = ("Заместник министър-председателят и министър на външните работи Мария Стоянова прие днес Иван Петров, "
         "министър на Зенко. „Преговорите с Марония навлязоха във втора фаза“, заяви Стоянова. "
         "„Доволни сме“, заяви от своя страна Иван Петров. "
         "„Предстои решение по преговорите между Марония и Зенко“, припомни българският вицепремиер. "
         "Тя допълни, че преговорите между Марония и Зенко са трудни.")
_NAMES = dict(Мария_Стоянова="PER", Стоянова="PER", Иван_Петров="PER", Марония="LOC", Зенко="LOC")


def test_the_short_title_of_coordinated_titles_names_their_holder():
    # "вицепремиер" is the short form of "заместник министър-председател", the first of two coordinated titles
    claims = _claims(_TEXT, "bg", **_NAMES)
    spoken = [c for c in claims if "Зенко" in c[2] and "Марония" in c[2]]
    assert spoken and all(c[3] in ("Мария Стоянова", "Стоянова") for c in spoken), claims


def test_she_after_the_title_follows_its_holder_not_the_name_before():
    claims = _claims(_TEXT, "bg", **_NAMES)
    assert claims[-1][3] in ("Мария Стоянова", "Стоянова"), claims


def test_guard_a_conjunction_between_a_name_and_a_title_parts_them():
    # guard: "Петров и министърът Стоянова" — the title after "и" is Стоянова's alone
    claims = _claims("Иван Петров и министърът Мария Стоянова се срещнаха с Марония.", "bg", **_NAMES)
    assert claims and all(c[3] is None for c in claims), claims


def test_a_person_before_an_according_phrase_is_the_subject_of_the_naming_verb():
    # "Duda podle televize TVN 24 označil …": the person speaks, the outlet relays
    text = ("Maronský prezident Jan Novák podle televize Zenko News označil podpis dohody mezi Acme a Borelií "
            "za důležitý krok.")
    claims = _claims(text, "cs", Jan_Novák="PER", Zenko_News="ORG", Acme="ORG", Borelií="LOC")
    assert claims and claims[0][3] == "Jan Novák", claims


def test_guard_an_unnamed_group_before_an_according_phrase_leaves_the_outlet():
    # guard: "Představitelé Maronie podle Zenko News varovali …": no named person before the phrase
    text = "Představitelé Maronie podle Zenko News varovali Borelii, že jednání s Acme může poškodit vztahy."
    claims = _claims(text, "cs", Maronie="LOC", Zenko_News="ORG", Borelii="LOC", Acme="ORG")
    assert all(c[3] != "Maronie" for c in claims), claims
