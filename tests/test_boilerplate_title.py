"""Picking the headline of a flattened page: constructed pages, one per kind of look-alike block
that sits above an article (a standfirst, a section label, a breadcrumb, a list of teasers)."""

from __future__ import annotations

import pytest

from storyline.clean.boilerplate import remove_boilerplate

BODY = [
    "The city council voted on Tuesday to expand the tram network to the northern suburbs, a project that has "
    "been debated for more than a decade and was twice postponed for lack of money.",
    "Supporters said the new line would cut commuting times in half and reduce traffic on the main roads, while "
    "opponents warned that the cost had already doubled since the first estimate was published.",
    "The mayor, who had campaigned on the issue, said construction would begin next spring and that the first "
    "trams could run within three years if the national government kept its promise of support.",
    "Local businesses along the planned route said they were worried about disruption during the works but "
    "welcomed the long-term plan, which they expect to bring more customers to the northern districts.",
    "The council will publish the detailed timetable of the works in January, after a final round of "
    "consultations with residents of the streets that the new line will cross.",
]
MENU = ["Home", "News", "Business", "Sport", "Culture", "Opinion", "Search", "Subscribe"]
FOOTER = ["Share this article", "Facebook", "Twitter", "Email", "© 2024 City Daily. All rights reserved."]
HEADLINE = "Council approves northern tram extension after decade of debate"


def page(*parts: list[str] | str) -> str:
    lines: list[str] = []
    for part in parts:
        lines += [part] if isinstance(part, str) else list(part)
    return "\n".join(lines)


def test_section_label_that_starts_the_headline_is_not_taken_for_it():
    # "Weekend Reading" is the section; the headline repeats it as its first part. A breadcrumb
    # ends with the headline; a block that merely begins it is not the headline
    headline = "Weekend Reading / Trams to the north"
    r = remove_boilerplate(page(MENU, "Weekend Reading", "Most read", headline, "By Anna Smith",
                                "12 March 2024, 09:41", BODY, FOOTER))
    assert r.title == headline


def test_headline_at_the_end_of_a_breadcrumb_is_taken_bare():
    r = remove_boilerplate(page(MENU, f"Home / News / {HEADLINE}", HEADLINE, "By Anna Smith",
                                "12 March 2024, 09:41", BODY, FOOTER))
    assert r.title == HEADLINE


@pytest.mark.parametrize("position", ["above", "below"])
def test_teasers_of_other_articles_near_the_headline_are_not_the_headline(position):
    teasers = [
        "Most read",
        "Police close the ring road for a weekend of repairs",
        "Five restaurants that opened in the old market this year",
        "Heat wave expected to last until the end of next week",
        "Hospital strike called off after an agreement on overtime pay",
    ]
    article = [HEADLINE, "By Anna Smith", "12 March 2024, 09:41"]
    parts = (MENU, teasers, article) if position == "above" else (MENU, article, teasers)
    r = remove_boilerplate(page(*parts, BODY, FOOTER))
    assert r.title == HEADLINE
