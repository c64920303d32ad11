"""The event-time format: what overlaps, what does not, what is rejected."""

import pytest

from storyline.dates.interval import InvalidTime, compatible, describe_time, parse_time


def test_about_a_month_overlaps_a_neighbouring_range():
    assert compatible("~2021-04", "2021-03/2021-05")
    assert compatible("~2021-04", "2021-06")  # "about April" may be off by a month or two


def test_different_years_are_not_compatible():
    assert not compatible("2021", "2024")
    assert not compatible("2022-10", "2022-12")


def test_year_contains_its_months_and_unknown_matches_anything():
    assert compatible("2022", "2022-10-15")
    assert compatible(None, "2024")


def test_interval_bounds_follow_precision():
    feb = parse_time("2024-02")
    assert (feb.start.isoformat(), feb.end.isoformat()) == ("2024-02-01", "2024-02-29")
    assert parse_time("2021").precision == "year"


@pytest.mark.parametrize("bad", ["2021-13", "21-04", "2021-02-30", "2021-05/2021-03", "soon"])
def test_invalid_times_are_rejected(bad):
    with pytest.raises(InvalidTime):
        parse_time(bad)


def test_description_reads_well():
    assert describe_time("~2021-04") == "about Apr 2021"
    assert describe_time("2021-03/2021-05") == "Mar 2021–May 2021"
    assert describe_time(None) == "unknown"
