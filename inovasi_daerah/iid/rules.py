"""IID evidence and eligibility rules of an assessment period, with no Frappe import."""

import re
from datetime import date

_OFFSET = re.compile(r"T\s*-\s*(\d+)", re.IGNORECASE)


def allowed_evidence_years(period_year: int, spec: str | None) -> set[int]:
	"""Years evidence may come from, given offsets like "T-0, T-1, T-2" from the period year."""
	offsets = {int(match) for match in _OFFSET.findall(spec or "")} or {0}
	return {period_year - offset for offset in offsets}


def years_outside(evidence_years, allowed: set[int]) -> list[int]:
	"""Evidence years (ignoring empty ones) that the period does not allow."""
	return sorted({year for year in evidence_years if year and year not in allowed})


def eligibility_problems(
	implementation_date: date | None,
	window: tuple[date, date],
	design_words: int,
	min_design_words: int,
	missing_mandatory: list[str],
	counted: bool = True,
) -> list[str]:
	"""Reasons an innovation does not count for the verified index: its lifecycle state does not count it
	(a rejected proposal), date window, design length, mandatory rows."""
	problems = []
	start, end = window
	if not counted:
		problems.append("not_counted")
	if not implementation_date:
		problems.append("no_implementation_date")
	elif not start <= implementation_date <= end:
		problems.append("implementation_outside_window")
	if design_words < min_design_words:
		problems.append("design_too_short")
	if missing_mandatory:
		problems.append("mandatory_missing")
	return problems
