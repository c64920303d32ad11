"""Event-time normalisation against the publication date, with the precision the text states."""

from __future__ import annotations

import pytest

from storyline.dates.event_time import event_time
from storyline.dates.interval import compatible, parse_time


@pytest.mark.parametrize(
    ("language", "sentence", "published", "when", "text"),
    [
        # a month without a year: the latest such month not after publication
        ("en", "The ministers met in February to settle the matter.", "2021-12-14", "2021-02", "February"),
        ("en", "The ministers met in November to settle the matter.", "2021-03-02", "2020-11", "November"),
        ("ru", "Министры встретились в феврале.", "2021-12", "2021-02", "феврале"),
        # durations back from publication are approximate, at the unit's precision
        ("en", "They last talked 18 months ago.", "2022-10-07", "~2021-04", "18 months ago"),
        ("en", "They talked about a year and a half ago.", "2022-10-07", "~2021-04", "about a year and a half ago"),
        ("ru", "Они разговаривали полтора года назад.", "2022-10-07", "~2021-04", "полтора года назад"),
        ("bg", "Те разговаряха преди година и половина.", "2022-10-07", "~2021-04", "преди година и половина"),
        ("bg", "Срещнаха се преди две години.", "2022-10-07", "~2020", "преди две години"),
        ("en", "The two leaders met three days ago.", "2022-10-07", "~2022-10-04", "three days ago"),
        # absolute expressions need no publication date
        ("ru", "В 2019 году стороны подписали договор.", None, "2019", "2019 году"),
        ("bg", "Срещата беше през февруари 2020 г.", None, "2020-02", "февруари 2020 г"),
        ("en", "They met on 3 May 2019 in Geneva.", None, "2019-05-03", "3 May 2019"),
        ("en", "They met on May 3, 2019 in Geneva.", None, "2019-05-03", "May 3, 2019"),
        ("ru", "Переговоры прошли 12 апреля 2018 года.", None, "2018-04-12", "12 апреля 2018 года"),
        # a day and month take the year from publication
        ("bg", "Писмото е публикувано на 15 март.", "2025-03", "2025-03-15", "15 март"),
        # calendar words
        ("ru", "В прошлом году они встречались дважды.", "2022-10-05", "2021", "В прошлом году"),
        ("bg", "Миналата година двамата се срещнаха.", "2023-01-02", "2022", "Миналата година"),
        ("ru", "Вчера министры провели встречу.", "2024-06-11", "2024-06-10", "Вчера"),
        ("cs", "Loni se ministři sešli dvakrát.", "2022-10-05", "2021", "Loni"),  # one word for "last year"
        # a month with its year told by "this/last/next year" around it takes that year, whatever the tense
        ("cs", "Oba ministři se sešli letos v říjnu.", "2017-05-10", "2017-10", "letos v říjnu"),
        ("cs", "Oba ministři se sešli v říjnu letošního roku.", "2017-05-10", "2017-10", "říjnu letošního roku"),
        ("cs", "Oba ministři se sešli loni v říjnu.", "2017-05-10", "2016-10", "loni v říjnu"),
        ("ru", "Министры встретились в октябре этого года.", "2017-05-10", "2017-10", "октябре этого года"),
        ("ru", "Министры встретятся в марте следующего года.", "2017-05-10", "2018-03", "марте следующего года"),
        ("pl", "Ministrowie spotkali się w październiku tego roku.", "2017-05-10", "2017-10",
         "październiku tego roku"),
        ("bg", "Министрите се срещнаха през октомври миналата година.", "2017-05-10", "2016-10",
         "октомври миналата година"),
        ("en", "The ministers will meet this October.", "2017-05-10", "2017-10", "this October"),
        ("en", "The ministers met in October last year.", "2017-05-10", "2016-10", "October last year"),
        ("en", "The ministers met in October of last year.", "2017-05-10", "2016-10", "October of last year"),
        # a publication date known to the year only is enough for them
        ("ru", "Министры встретились в октябре прошлого года.", "2017", "2016-10", "октябре прошлого года"),
        # one word for the year alone, and a month without one still goes by tense
        ("cs", "Letos se ministři sešli dvakrát.", "2017-05-10", "2017", "Letos"),
        ("cs", "Ministři se sešli v říjnu.", "2017-05-10", "2016-10", "říjnu"),
    ],
)
def test_resolves_against_publication_date(language, sentence, published, when, text):
    found = event_time(sentence, language, published)
    assert found is not None
    assert (found.when, found.text) == (when, text)
    parse_time(found.when)  # always a valid interval string


@pytest.mark.parametrize(
    ("language", "sentence", "published"),
    [
        ("en", "They last talked 18 months ago.", None),
        ("en", "The ministers met in February.", None),
        ("bg", "Писмото е публикувано на 15 март.", None),
        ("ru", "Вчера министры провели встречу.", "2024-06"),  # the day is not known
        ("en", "The ministers met in March.", "2021"),  # a year-only date cannot anchor a month
    ],
)
def test_relative_without_usable_publication_date_stays_unresolved(language, sentence, published):
    found = event_time(sentence, language, published)
    assert found is not None and found.when is None and found.relative


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "He may meet the minister soon."),  # "may" the verb is not May
        ("en", "The company sold 2023 cars."),  # a number, not a year
        ("ru", "Министры встретятся снова."),
        ("xx", "In 2020 they met."),  # no time words for the language
    ],
)
def test_no_time_expression(language, sentence):
    assert event_time(sentence, language, "2022-10-05") is None


def test_approximate_time_is_compatible_with_the_exact_month():
    found = event_time("They talked about a year and a half ago.", "en", "2022-10-07")
    assert compatible(found.when, "2021-03") and compatible(found.when, "2021-05")
    assert not compatible(found.when, "2019")


# -- a day or month without a year: by tense cues, else the nearest --------------------------------

@pytest.mark.parametrize("language,sentence,published,when", [
    ("en", "The two leaders will meet on 3 January.", "2020-12-20", "2021-01-03"),  # future cue: next one
    ("en", "The meeting took place on 3 January.", "2020-12-20", "2020-01-03"),  # past cue: the last one
    ("en", "Talks on 3 January.", "2020-12-20", "2021-01-03"),  # no cue: the nearest
    ("ru", "Трамп и Мэй встретятся 13 июля.", "2018-07-05", "2018-07-13"),  # no cue: nearest, not a year back
    ("ru", "Переговоры состоялись 10 декабря.", "2021-01-05", "2020-12-10"),  # past cue
    ("bg", "Двамата ще се срещнат на 14 юли.", "2019-07-02", "2019-07-14"),
    ("pl", "Spotkanie odbędzie się w lutym.", "2021-12-10", "2022-02"),  # future cue: next February
    # "would" is a conditional or a past future, not a future cue: the nearest July 25
    ("en", "He feared at the time of the call on July 25 how its disclosure would play.", "2019-11-19", "2019-07-25"),
])
def test_year_of_a_date_follows_tense_or_nearest(language, sentence, published, when):
    from storyline.dates.event_time import event_time

    assert event_time(sentence, language, published).when == when


@pytest.mark.parametrize("language, sentence", [
    ("en", "Biden has not spoken to Putin since February 2022."),
    ("ru", "С 2022 года Путин не встречался с Байденом."),
    ("de", "Seit März 2022 gab es kein Treffen."),
])
def test_a_time_after_a_bound_word_is_not_the_event_time(language, sentence):
    from storyline.dates.event_time import event_time

    found = event_time(sentence, language, "2024-05-01")
    assert found is not None and found.when is None and found.kind == "bound"
    # the same time without the bound word is the event's time
    plain = event_time(sentence.replace("since", "in").replace("С 2022", "В 2022").replace("Seit", "Im"), language, "2024-05-01")
    assert plain is not None and plain.when is not None
