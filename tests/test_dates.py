import datetime as dt

import pytest
from pydantic import ValidationError

from kzref.model.dates import FuzzyDate, parse_bounds, validate_with_edtf

D = dt.date


@pytest.mark.parametrize(
    ("edtf", "lower", "upper", "precision"),
    [
        ("2004", D(2004, 1, 1), D(2004, 12, 31), "year"),
        ("2004-02", D(2004, 2, 1), D(2004, 2, 29), "month"),
        ("2005-02-08", D(2005, 2, 8), D(2005, 2, 8), "day"),
        ("2004-21", D(2004, 3, 1), D(2004, 5, 31), "season"),
        ("2006-24", D(2006, 12, 1), D(2007, 2, 28), "season"),
        ("199X", D(1990, 1, 1), D(1999, 12, 31), "decade"),
        ("2004-03-28/2004-04-01", D(2004, 3, 28), D(2004, 4, 1), "interval"),
        ("2004-21/2004-22", D(2004, 3, 1), D(2004, 8, 31), "interval"),
        ("../2004", D.min, D(2004, 12, 31), "interval"),
        ("2006-10-12?", D(2006, 10, 12), D(2006, 10, 12), "day"),
        ("[2005-05-12,2005-05-13]", D(2005, 5, 12), D(2005, 5, 13), "set"),
    ],
)
def test_bounds_never_invent_precision(edtf: str, lower: D, upper: D, precision: str) -> None:
    assert parse_bounds(edtf) == (lower, upper, precision)
    if not edtf.startswith(".."):
        validate_with_edtf(edtf)  # the edtf package agrees the string is EDTF


@pytest.mark.parametrize("bad", ["2004-13", "2004-02-30", "spring 2004", "2005/2004", "20041"])
def test_bad_dates_are_rejected(bad: str) -> None:
    with pytest.raises(ValidationError):
        FuzzyDate(edtf=bad, text="x")


def test_qualifier_keeps_the_whole_period() -> None:
    mid = FuzzyDate(edtf="2002", text="mid-2002", qualifier="mid")
    assert (mid.lower, mid.upper) == (D(2002, 1, 1), D(2002, 12, 31))
    assert not mid.is_exact
    assert str(mid) == "mid-2002"


def test_exactness_and_overlap() -> None:
    day = FuzzyDate(edtf="2006-11-17", text="17 November 2006")
    year = FuzzyDate(edtf="2006", text="2006")
    assert day.is_exact and not year.is_exact
    assert year.overlaps(D(2006, 11, 1), D(2006, 11, 30))
    assert not day.overlaps(D(2007, 1, 1), None)
    assert day.overlaps(None, None)


def test_edtf_package_rejects_what_it_does_not_know() -> None:
    with pytest.raises(ValueError, match="not valid EDTF"):
        validate_with_edtf("2004-99")


def test_the_last_day_of_a_month_agrees_with_the_calendar_module() -> None:
    """kzref.model.dates counts month ends itself (calendar loads locale on Python 3.13)."""
    import calendar
    import datetime as dt

    from kzref.model.dates import _last_day

    for year in (*range(1, 30), *range(1582, 2101), *range(9990, 9999)):
        for month in range(1, 13):
            assert _last_day(year, month) == dt.date(
                year, month, calendar.monthrange(year, month)[1]
            )
