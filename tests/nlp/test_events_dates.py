"""Calendar precision of the TIMEX3 values that date events (dateline.nlp.events_dates)."""

from __future__ import annotations

import pytest

from dateline.nlp.events_dates import precision_of


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2026-02-24", "day"),
        ("2026-02-24TMO", "day"),
        ("2026-W08-WE", "week"),
        ("2026-02", "month"),
        ("1998-10-XX", "month"),  # a day of October 1998, which day unknown
        ("1997-WXX", "year"),
        ("2019-QX", "year"),
        ("2025-WI", "season"),
        ("2026-Q1", "quarter"),
        ("2026", "year"),
        ("199", "decade"),
        ("PRESENT_REF", None),
        ("XXXX-XX-XX", None),
        ("P4Y", None),
    ],
)
def test_precision_of_a_value(value: str, precision: str | None) -> None:
    assert precision_of(value) == precision
