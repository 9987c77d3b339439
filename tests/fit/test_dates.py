"""Dates on résumés in the languages and styles CVs use: month names in English, German, French,
Spanish and Italian, open ends ("heute", "à ce jour"), "since" before a dash, and month names
never read inside a word."""

from __future__ import annotations

import pytest

from poise.fit.dates import date_range

TODAY = 2026 * 12 + 10


def _read(text: str) -> tuple[str, str | None, bool] | None:
    found = date_range(text, TODAY)
    if found is None:
        return None
    start, end, current, _hit = found
    return start.iso(), end.iso() if end else None, current


@pytest.mark.parametrize(("text", "expected"), [
    ("févr. 2016 – juil. 2021", ("2016-02", "2021-07", False)),
    ("Okt 2012 – Dez 2015", ("2012-10", "2015-12", False)),
    ("Juni 2019 bis jetzt", ("2019-06", None, True)),
    ("marzo 2014 – actualidad", ("2014-03", None, True)),
    ("de 2008 à 2011", ("2008", "2011", False)),
    ("Sep'16 – Feb'20", ("2016-09", "2020-02", False)),
    ("Jul'2009 – Till date", ("2009-07", None, True)),
    ("Nov’2012 – Jan’2015", ("2012-11", "2015-01", False)),
    ("depuis septembre 2020", ("2020-09", None, True)),
    ("mrt 2016 – heden", ("2016-03", None, True)),
    ("januari 2012 tot december 2015", ("2012-01", "2015-12", False)),
    ("sinds mei 2019", ("2019-05", None, True)),
    ("março 2014 – atual", ("2014-03", None, True)),
])
def test_ranges_in_the_styles_cvs_use(text: str, expected: tuple[str, str | None, bool]) -> None:
    assert _read(text) == expected


def test_since_before_a_dash_that_starts_the_title() -> None:
    assert _read("Since 2021 — Head of Estates, Wrekin Council") == ("2021", None, True)
    assert _read("from 2015 – 2019 Head of Estates") == ("2015", "2019", False)


def test_a_month_name_inside_a_word_is_no_month() -> None:
    assert _read("Dubai 2019 – 2021") == ("2019", "2021", False)
    assert _read("Bhujan 2016 – 2018") == ("2016", "2018", False)
