from datetime import date

import pytest

from inovasi_daerah.lifecycle.proposal import (
	dates_in_order,
	is_valid_nip,
	missing_proposal_fields,
	normalise_nip,
	plain_text,
	word_count,
)

COMPLETE = {
	"innovation_form": "Pelayanan Publik",
	"design": "<p>Rancang bangun</p>",
	"objective": "Tujuan",
	"benefit": "Manfaat",
	"planned_trial_months": 6,
}


def test_complete_proposal_misses_nothing():
	assert missing_proposal_fields(COMPLETE) == []


@pytest.mark.parametrize(
	("field", "empty"),
	[
		("innovation_form", None),
		("design", "<p>&nbsp;</p>"),
		("objective", "  "),
		("benefit", ""),
		("planned_trial_months", 0),
	],
)
def test_each_empty_part_is_reported(field, empty):
	assert missing_proposal_fields({**COMPLETE, field: empty}) == [field]


def test_missing_parts_come_in_form_order():
	assert missing_proposal_fields({}) == [
		"innovation_form",
		"design",
		"objective",
		"benefit",
		"planned_trial_months",
	]


def test_budget_is_not_part_of_completeness():
	assert missing_proposal_fields({**COMPLETE, "budget": None}) == []


def test_plain_text_and_word_count_ignore_markup():
	html = "<p>Satu&nbsp;dua</p><ul><li>tiga</li></ul>"
	assert plain_text(html) == "Satu dua tiga"
	assert word_count(html) == 3
	assert word_count(None) == 0


@pytest.mark.parametrize(
	("typed", "valid"),
	[
		("198503122010011005", True),
		("19850312 201001 1 005", True),
		("19850312201001100", False),
		("1985031220100110055", False),
		("19850312201001100x", False),
	],
)
def test_nip(typed, valid):
	assert is_valid_nip(normalise_nip(typed)) is valid


@pytest.mark.parametrize(
	("dates", "ok"),
	[
		((date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)), True),
		((date(2025, 1, 1), None, date(2025, 3, 1)), True),
		((date(2025, 1, 1), date(2025, 1, 1), date(2025, 1, 1)), True),
		((date(2025, 2, 1), date(2025, 1, 1), None), False),
		((None, date(2025, 3, 1), date(2025, 2, 1)), False),
		((date(2025, 3, 1), None, date(2025, 2, 1)), False),
	],
)
def test_dates_in_order(dates, ok):
	assert dates_in_order(*dates) is ok
