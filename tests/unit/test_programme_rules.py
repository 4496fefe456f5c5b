"""Unit tests for the programme rules: monitoring periods, staleness, replication levels."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inovasi_daerah.programme import rules


@pytest.mark.parametrize(
	("cadence", "number", "label"),
	[("Triwulan", 1, "2026-T1"), ("Triwulan", 4, "2026-T4"), ("Semester", 2, "2026-S2")],
)
def test_period_labels(cadence, number, label):
	assert rules.period_label(cadence, 2026, number) == label


@pytest.mark.parametrize(("cadence", "number"), [("Triwulan", 0), ("Triwulan", 5), ("Semester", 3)])
def test_period_outside_the_cadence_is_refused(cadence, number):
	with pytest.raises(ValueError):
		rules.period_label(cadence, 2026, number)


@pytest.mark.parametrize(
	("start", "end", "months"),
	[
		(date(2025, 3, 31), date(2025, 9, 30), 5),  # 30 Sept is before the 31st: not yet six months
		(date(2025, 3, 31), date(2025, 10, 1), 6),
		(date(2025, 1, 15), date(2025, 1, 14), 0),
		(date(2024, 2, 29), date(2025, 2, 28), 11),
		(date(2025, 6, 1), date(2025, 1, 1), 0),
	],
)
def test_whole_months(start, end, months):
	assert rules.whole_months_between(start, end) == months


def test_staleness_thresholds():
	last = date(2025, 3, 1)
	assert rules.staleness(last, date(2025, 8, 31), 6, 9) == rules.FRESH
	assert rules.staleness(last, date(2025, 9, 1), 6, 9) == rules.WARN
	assert rules.staleness(last, date(2025, 12, 1), 6, 9) == rules.VAKUM


@given(st.dates(), st.integers(min_value=0, max_value=800), st.integers(1, 24), st.integers(1, 24))
def test_staleness_never_goes_back_as_time_passes(last, days, warn, extra):
	order = [rules.FRESH, rules.WARN, rules.VAKUM]
	vakum = warn + extra
	earlier = rules.staleness(
		last, date.fromordinal(min(last.toordinal() + days, date.max.toordinal())), warn, vakum
	)
	later = rules.staleness(
		last, date.fromordinal(min(last.toordinal() + days + 31, date.max.toordinal())), warn, vakum
	)
	assert order.index(later) >= order.index(earlier)


def test_region_names_are_compared_loosely():
	assert rules.distinct_regions(["Kabupaten Sleman", " kabupaten  sleman ", "Kota Medan", "", None]) == 2


@pytest.mark.parametrize(("count", "level"), [(0, 0), (1, 1), (2, 2), (3, 3), (7, 3)])
def test_replication_level(count, level):
	assert rules.replication_level(count) == level
