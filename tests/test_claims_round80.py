"""Round 80 (issue 5): the audit's remaining speaker and source items. A meeting that is the setting of a saying
("Това обяви X след среща с Y") is told by the outlet reporting that saying after it ("…, съобщи Z"): Z is the
claim's speaker (round 7 made such a meeting the text's own, no speaker, and dropped the outlet with the saying);
bg "предупреждават от X" (they warn, from X) names its speaker as "заявиха от X" does. Invented names."""

from __future__ import annotations

from test_claims_round79 import _claims

_E = {"Иван Петров": "PER", "Марко Зенов": "PER", "Зеноград": "LOC", "Зенко": "ORG", "Zenco.bg": "MISC"}


# -- 1. the meeting of a saying, told by an outlet after it -------------------------------------------------------------

def test_an_outlet_reporting_a_saying_after_a_meeting_tells_the_meeting():
    assert _claims("Това обяви премиерът Иван Петров след среща с колегата си Марко Зенов в Зеноград, съобщи Zenco.bg.",
                   "bg", **_E) == [("meet", "asserts", ["Иван Петров", "Марко Зенов"], "Zenco.bg")]


def test_an_agency_relaying_a_quote_said_after_a_meeting_tells_the_meeting():
    assert _claims("„Ще постигнем напредък“, каза пред репортери Иван Петров след среща с премиера Марко Зенов в"
                   " Зеноград, предаде Зенко.", "bg", **_E) == [
        ("meet", "asserts", ["Иван Петров", "Марко Зенов"], "Зенко")]


def test_the_same_meeting_told_again_in_a_glued_sentence_is_one_claim():
    got = _claims("Това обяви премиерът Иван Петров след среща с колегата си Марко Зенов в Зеноград, съобщи Zenco.bg."
                  " „Парламентът прие закона“, коментира Петров по време на съвместна пресконференция с Зенов.", "bg",
                  **_E, Петров="PER", Зенов="PER")
    assert [c for c in got if c[0] == "meet"] == [("meet", "asserts", ["Иван Петров", "Марко Зенов"], "Zenco.bg")]


def test_guard_a_meeting_of_a_saying_with_no_outlet_has_no_speaker():
    # guard: round 7's reading stands when no outlet reports the saying
    assert _claims("Това обяви премиерът Иван Петров след среща с колегата си Марко Зенов в Зеноград.", "bg", **_E) == [
        ("meet", "asserts", ["Иван Петров", "Марко Зенов"], None)]



def test_guard_an_outlet_that_only_quotes_the_speaker_does_not_tell_the_meeting():
    # guard: "цитиран от Z" (quoted by) relays the speaker's words, not where he spoke (dev: Varadkar, Belfast
    # Telegraph): the meeting stays the text's own
    assert _claims("За това предупреди премиерът Иван Петров след срещата си с Марко Зенов, цитиран от Зенко.", "bg",
                   **_E) == [("meet", "asserts", ["Иван Петров", "Марко Зенов"], None)]

# -- 2. bg "предупреждават от X": the plural "warn" of a body's spokespeople ------------------------------------------

def test_bg_they_warn_from_a_company_gives_the_company_as_speaker():
    assert _claims("Остава рискът от прекъсване на полетите, освен ако не е налице договореност между Марония и Борелия"
                   " преди септември, предупреждават от „Зенко“.", "bg", Марония="LOC", Борелия="LOC", Зенко="ORG") == [
        ("negotiate", "asserts", ["Борелия", "Марония"], "Зенко")]


def test_guard_bg_singular_warns_is_still_no_speech_verb():
    # guard: round 79's wrong change came from the singular "предупреждава" ("X warns that Y may reject any trade
    # deal", read as a denial of talks said by X); only the plural of "they warn from X" joins the speech verbs
    got = _claims("Министърът Иван Петров предупреждава, че Марония може да отхвърли всяко търговско споразумение с"
                  " Борелия.", "bg", Марония="LOC", Борелия="LOC", **{"Иван Петров": "PER"})
    assert all(speaker is None for _, _, _, speaker in got)
