"""Programme rules that need no database: monitoring periods, staleness, replication levels."""

import re
from collections.abc import Iterable
from datetime import date

# Reports per year for each monitoring cadence (Inovasi Daerah Settings), and the period letter.
CADENCES = {"Triwulan": (4, "T"), "Semester": (2, "S")}
FRESH, WARN, VAKUM = "fresh", "warn", "vakum"
# The IID indicator "Replikasi" has three levels: replicated by 1, 2, 3 or more distinct regions.
MAX_REPLICATION_LEVEL = 3


def periods_per_year(cadence: str) -> int:
	return CADENCES[cadence][0]


def period_label(cadence: str, year: int, number: int) -> str:
	"""'2026-T2' for the second quarter, '2026-S1' for the first half-year."""
	count, letter = CADENCES[cadence]
	if not 1 <= number <= count:
		raise ValueError(f"period {number} outside 1..{count} for {cadence}")
	return f"{year}-{letter}{number}"


def whole_months_between(start: date, end: date) -> int:
	"""Complete calendar months from start to end (0 when end is before start)."""
	months = (end.year - start.year) * 12 + end.month - start.month
	if end.day < start.day:
		months -= 1
	return max(months, 0)


def staleness(last_activity: date, today: date, warn_months: int, vakum_months: int) -> str:
	"""FRESH, WARN or VAKUM for an implemented innovation whose last monitoring was `last_activity`."""
	months = whole_months_between(last_activity, today)
	if months >= vakum_months:
		return VAKUM
	if months >= warn_months:
		return WARN
	return FRESH


def region_key(name: str) -> str:
	"""'Kab.  Sleman' and 'kab. sleman' are one region."""
	return re.sub(r"\s+", " ", name or "").strip().casefold()


def distinct_regions(names: Iterable[str]) -> int:
	return len({region_key(name) for name in names if region_key(name)})


def replication_level(count: int) -> int:
	return min(max(count, 0), MAX_REPLICATION_LEVEL)
