"""PP 38/2017 proposal rules that need no Frappe: what a complete proposal holds, word counts, NIP format."""

import html
import itertools
import re
from collections.abc import Mapping

# PP 38/2017: a proposal states its form, design and main changes, objective, benefit and trial period.
# The budget is required only "where needed", so it is not part of completeness.
PROPOSAL_FIELDS = ("innovation_form", "design", "objective", "benefit", "planned_trial_months")

_TAG = re.compile(r"<[^>]+>")
_NIP = re.compile(r"\d{18}")


def plain_text(value: str | None) -> str:
	"""Text of a Text Editor value without HTML tags or entities."""
	return " ".join(html.unescape(_TAG.sub(" ", value or "")).split())


def word_count(value: str | None) -> int:
	"""Number of words in a (possibly HTML) text."""
	return len(plain_text(value).split())


def is_filled(value) -> bool:
	if isinstance(value, str):
		return bool(plain_text(value))
	if isinstance(value, int | float):
		return value > 0
	return value is not None


def missing_proposal_fields(values: Mapping) -> list[str]:
	"""Fieldnames of the PP 38 proposal parts that are still empty, in form order."""
	return [field for field in PROPOSAL_FIELDS if not is_filled(values.get(field))]


def normalise_nip(nip: str | None) -> str:
	"""NIP as typed by people ("19850312 201001 1 005") reduced to its digits' string."""
	return "".join((nip or "").split())


def is_valid_nip(nip: str) -> bool:
	return bool(_NIP.fullmatch(nip))


def dates_in_order(*dates) -> bool:
	"""True when the given (already parsed) dates that are set never go backwards."""
	present = [d for d in dates if d]
	return all(earlier <= later for earlier, later in itertools.pairwise(present))
