"""Round 64 (issue 5): parties on real text, after audit 61. A side the sentence names without a name (the
representatives of the unions, "the bloc" after "between") is not filled with the speaker; a collective subject's
place after its verb owns no one; a relation noun that is one more item of a list of names takes none of them; the
object of the clause's own verb after a relation noun and its partner is no party; a pronoun in a relative clause
is not its subject; a conditional clause with a subject of its own ("if the country …") takes no name of the main
clause; an adjective and a place noun (a compass point, an academy) between a place preposition and a name keep it
a place. Invented names."""

from __future__ import annotations

from test_claims_round59 import _claims
from test_claims_round9 import names


def test_an_unnamed_side_of_talks_is_not_the_speaker():
    assert _claims("– Strajk to wynik 6 miesięcy bezowocnych rozmów pomiędzy Acme i przedstawicielami związków – "
                   "wyjaśnił Jan Kowal.", "pl", Acme="ORG", Jan_Kowal="PER") == []
    assert _claims('"The strike is the result of six months of talks between Acme and representatives of the unions," '
                   'said Tom Hale.', Acme="ORG", Tom_Hale="PER") == []
    assert _claims("«Забастовка — результат шести месяцев переговоров между Акме и представителями профсоюзов», — "
                   "сказал Иван Петров.", "ru", Акме="ORG", Иван_Петров="PER") == []
    # a common noun after "between": the other side is named, only not resolved
    assert _claims("Премиерът Иван Петров заяви, че сделка между Марония и Съюза ще бъде постигната.", "bg",
                   Иван_Петров="PER", Марония="LOC") == []
    assert _claims("Tom Hale said that a deal between Maronia and the bloc will be reached.",
                   Tom_Hale="PER", Maronia="LOC") == []
    # guard: representatives of a named body are that body
    assert _claims('"The strike is the result of six months of talks between Acme and representatives of Zenco," '
                   'said Tom Hale.', Acme="ORG", Zenco="ORG", Tom_Hale="PER") == [
        ("contact", "asserts", ["Acme", "Zenco"], "Tom Hale")]


def test_a_collective_subject_place_after_its_verb_is_no_party():
    assert _claims("Przywódcy unijni rozmawiali w Marsylii m.in. o handlu w kontekście decyzji Maronii dotyczącej ceł.",
                   "pl", Marsylii="LOC", Maronii="LOC") == []
    assert _claims("Evropští lídři jednali v Marseille mimo jiné o obchodu v souvislosti s rozhodnutím Maronie o clech.",
                   "cs", Marseille="LOC", Maronie="LOC") == []


def test_a_relation_noun_listed_after_names_takes_none_of_them():
    assert _claims("Сред факторите тя очерта изборите във Франция, Марония, Боревия, преговорите за съставяне на "
                   "правителство в Марония.", "bg", Франция="LOC", Марония="LOC", Боревия="LOC") == []
    assert _claims("Среди факторов она назвала выборы во Франции, Маронии, Боревии, переговоры о формировании "
                   "правительства в Маронии.", "ru", Франции="LOC", Маронии="LOC", Боревии="LOC") == []
    assert _claims("Among the factors she named the elections in France, Maronia, Borevia, the talks on forming a "
                   "government in Maronia.", France="LOC", Maronia="LOC", Borevia="LOC") == []


def test_the_object_of_the_clause_verb_after_a_meeting_is_no_party():
    assert _claims("Podczas spotkania z sekretarzem generalnym Acme Janem Kowalskim prezydent Maronii skrytykował "
                   "Borevię, że płaci miliardy.", "pl", Acme="ORG", Janem_Kowalskim="PER", Maronii="LOC",
                   Borevię="LOC") == []
    assert _claims("Во время встречи с генеральным секретарем Акме Иваном Петровым президент Маронии раскритиковал "
                   "Боревию.", "ru", Акме="ORG", Иваном_Петровым="PER", Маронии="LOC", Боревию="LOC") == []
    # the meeting's owner in the base form right after the noun, the subject before it
    assert _claims("Novák při ranním dvoustranném setkání Dvořáka překvapil tvrdou kritikou Borevie.", "cs",
                   Novák="PER", Dvořáka="PER", Borevie="LOC") == [("meet", "asserts", ["Novák", "Dvořáka"], None)]


def test_a_pronoun_in_a_relative_clause_is_not_its_subject():
    # "the family, which visited her": the family (no name) visited, "her" is the one visited
    assert _claims("Мария Иванова е в затвора. Семейството, което я посети в Зенбург, е щастливо.", "bg",
                   Мария_Иванова="PER", Зенбург="LOC") == []


def test_a_conditional_clause_with_its_own_subject_takes_no_main_clause_name():
    assert _claims("Acme hrozí odchodem z Maronie, pokud se země nedohodne s Borevií.", "cs",
                   Acme="ORG", Maronie="LOC", Borevií="LOC") == []
    assert _claims("Acme grozi wyjściem z Maronii, jeśli kraj nie porozumie się z Borevią.", "pl",
                   Acme="ORG", Maronii="LOC", Borevią="LOC") == []
    assert _claims("Акме заплаши да напусне Марония, ако страната не постигне споразумение с Боревия.", "bg",
                   Акме="ORG", Марония="LOC", Боревия="LOC") == []
    # guard: with no subject of its own, the main clause's subject is the side (round 51)
    assert _claims("Acme hrozí odchodem z Maronie, pokud nebude dohoda s Borevií.", "cs",
                   Acme="ORG", Maronie="LOC", Borevií="LOC") == [("negotiate", "asserts", ["Acme", "Borevií"], None)]


def test_an_adjective_and_a_place_noun_keep_a_name_a_place():
    assert _claims("Иван Петров заяви това след среща с Мария Иванова във военната академия Зенко.", "bg",
                   Иван_Петров="PER", Мария_Иванова="PER", Зенко="ORG") == [
        ("meet", "asserts", ["Иван Петров", "Мария Иванова"], None)]
    assert _claims("Przemawiając w Zenbury na północnym wschodzie Maronii, Jan Kowal przedstawił plan na dalsze "
                   "negocjacje.", "pl", Zenbury="LOC", Maronii="LOC", Jan_Kowal="PER") == []
    assert _claims("Выступая в Зенбери на северо-востоке Маронии, Иван Петров представил план дальнейших переговоров.",
                   "ru", Зенбери="LOC", Маронии="LOC", Иван_Петров="PER") == []


def test_we_elsewhere_in_the_clause_is_no_side_of_a_pair_after_between():
    # the first name of the pair was not recognised: the speaker's "we" is not the missing side
    assert _claims('"Коли ми отримали цю інформацію, ми зверталися у посольства, і нам наголосили про співробітництво '
                   'між компаніями "Акме" та "Зенко", - повідомив Іван Петренко.', "uk", Зенко="ORG",
                   Іван_Петренко="PER") == []
    assert _claims('"When we got the news, we called the embassies and were told about the cooperation between the '
                   'companies Acme and Zenco," said Tom Hale.', Zenco="ORG", Tom_Hale="PER") == []
    assert _claims("– Kiedy otrzymaliśmy tę informację, zwróciliśmy się do ambasad i poinformowano nas o współpracy "
                   "między firmami Acme i Zenco – powiedział Jan Kowal.", "pl", Zenco="ORG", Jan_Kowal="PER") == []
    # guard: "between us and X" names the speaker inside the pair
    assert _claims('"There is close cooperation between us and Zenco," said Tom Hale.', Zenco="ORG", Tom_Hale="PER") == [
        ("cooperate", "asserts", ["Tom Hale", "Zenco"], "Tom Hale")]


def test_a_quote_opening_a_sentence_takes_no_name_of_the_sentence_before():
    assert _claims("Janez Novak je to povedal v Zenburgu. Marona ne bo nikoli priznala priključitve polotoka Boreja "
                   "Zenlandiji. »Sodelujemo z Zenlandijo, kar pa ne pomeni, da se z njo strinjamo o vsem,« je dejal "
                   "Janez Novak.", "sl", Janez_Novak="PER", Zenburgu="LOC", Marona="LOC", Boreja="LOC",
                   Zenlandiji=("LOC", "Zenlandija"), Zenlandijo=("LOC", "Zenlandija")) == [
        ("cooperate", "asserts", ["Janez Novak", "Zenlandijo"], "Janez Novak")]


def test_ceo_is_a_role_whose_organisation_is_no_party():
    # the visitor, a CEO, is not named: her company is the role's owner, not the visitor
    assert _claims("Z kilkudniową wizytą do Maronii przybyła CEO Acme.", "pl", Maronii="LOC", Acme="ORG") == []
    assert _claims("Na několikadenní návštěvu do Maronie přijel CEO Acme.", "cs", Maronie="LOC", Acme="ORG") == []
    assert _claims("Zu einem mehrtägigen Besuch in Maronia ist der CEO von Acme eingetroffen.", "de",
                   Maronia="LOC", Acme="ORG") == []
    # guard: the CEO named after the role is the visitor
    assert _claims("Z kilkudniową wizytą do Maronii przybyła CEO Acme Anna Nowak.", "pl", Maronii="LOC", Acme="ORG",
                   Anna_Nowak="PER") == [("visit", "asserts", ["Anna Nowak", "Maronii"], None)]


def test_they_for_unnamed_people_is_no_side_of_the_document():
    # "congratulated his colleagues that they had reached an agreement": the colleagues, unnamed, agreed
    assert _claims("Переговоры о выходе Маронии из Зенсоюза идут уже год. Иван Петров поздравил коллег с тем, что "
                   "они, кажется, наконец-то пришли к соглашению по поводу выхода Маронии.", "ru",
                   Маронии=("LOC", "Марония"), Зенсоюза=("ORG", "Зенсоюз"), Иван_Петров="PER") == [
        ("negotiate", "asserts", ["Маронии", "Зенсоюза"], None)]
    assert _claims("The talks on Maronia's exit from the Zenunion have lasted a year. The minister congratulated his "
                   "colleagues that they had finally reached an agreement on the exit.", Maronia="LOC",
                   Zenunion="ORG") == [("negotiate", "asserts", ["Maronia", "Zenunion"], None)]
    assert _claims("Negocjacje w sprawie wyjścia Maronii z Zenunii trwają od roku. Minister pogratulował kolegom, że "
                   "oni wreszcie osiągnęli porozumienie w sprawie wyjścia.", "pl", Maronii=("LOC", "Maronia"),
                   Zenunii=("ORG", "Zenunia")) == [("negotiate", "asserts", ["Maronii", "Zenunii"], None)]
    assert _claims("Преговорите за излизането на Марония от Зенсъюза продължават година. Министърът поздрави "
                   "колегите си, че те най-накрая постигнаха споразумение за излизането.", "bg", Марония="LOC",
                   Зенсъюза=("ORG", "Зенсъюз")) == [("negotiate", "asserts", ["Марония", "Зенсъюза"], None)]


def test_a_noun_of_action_is_what_a_request_asks_for():
    # "demands that Maronia remain": a noun of action the adjective endings also match, owned by the name
    assert _claims("Sněmovna Zenparl už přijala dodatky, ve kterých požaduje setrvání Maronie v celní unii s Borevií.",
                   "cs", Zenparl="ORG", Maronie=("LOC", "Maronia"), Borevií=("LOC", "Borevia")) == []
    assert _claims("Zenparl požaduje setrvání Maronie v unii.", "cs", Zenparl="ORG", Maronie=("LOC", "Maronia")) == []
    assert _claims("Зенпарл требует прекращение Маронией поставок.", "ru", Зенпарл="ORG",
                   Маронией=("LOC", "Марония")) == []
    assert _claims("Zenparl zahteva ostajanje Maronije v carinski uniji.", "sl", Zenparl="ORG",
                   Maronije=("LOC", "Maronija")) == []


def test_a_name_after_an_infinitive_holds_no_role_before_it():
    # "the prime minister will persuade the Maronians": the Maronians are the verb's object, not the prime minister
    assert _claims("Premier Anna Nowak rozpoczęła objazd kraju. Według zapowiedzi premier będzie przekonywać "
                   "Maronijczyków, że plan jest dobry. W ciągu dnia premier odwiedzi także farmerów w pobliżu Zenburga.",
                   "pl", Anna_Nowak="PER", Maronijczyków=("PER", "Maronijczycy"), Zenburga=("LOC", "Zenburg")) == [
        ("visit", "asserts", ["Anna Nowak", "Zenburga"], None)]
    assert _claims("Премьер Анна Новак начала поездку по стране. По словам источников, премьер будет убеждать "
                   "маронийцев, что план хороший. В течение дня премьер посетит также фермеров около Зенбурга.", "ru",
                   Анна_Новак="PER", маронийцев=("PER", "маронийцы"), Зенбурга=("LOC", "Зенбург")) == [
        ("visit", "asserts", ["Анна Новак", "Зенбурга"], None)]
    assert _claims("Прем'єр Анна Новак почала поїздку країною. За словами джерел, прем'єр буде переконувати маронійців, "
                   "що план добрий. Протягом дня прем'єр відвідає також фермерів біля Зенбурга.", "uk",
                   Анна_Новак="PER", маронійців=("PER", "маронійці"), Зенбурга=("LOC", "Зенбург")) == [
        ("visit", "asserts", ["Анна Новак", "Зенбурга"], None)]
