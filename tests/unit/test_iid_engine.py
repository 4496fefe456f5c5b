"""Unit tests for the IID scoring engine: official figures, boundaries, a worked example and properties."""

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inovasi_daerah.iid.engine import (
	NOT_ASSESSABLE,
	PREDICATES_2026,
	RULES_2026,
	RegionIndex,
	Rules,
	indicator_score,
	marginal_gain,
	maximum_scores,
	predicate_for,
	region_index,
)

SPD_WEIGHTS_2026 = {
	"1": 1,
	"2a": 1,
	"2b": 1,
	"3": 1,
	"4": 1,
	"5a": "0.75",
	"5b": "0.75",
	"6": "1.5",
	"7": "1.5",
	"8": "1.5",
	"9": 1,
	"10a": "0.75",
	"10b": "0.75",
	"11a": "0.75",
	"11b": "0.75",
	"12": 2,
	"13a": 1,
	"13b": 1,
	"14": 1,
	"15": 1,
}

SID_WEIGHTS_2026 = {
	"16": 3,
	"17": 2,
	"18": 2,
	"19": 2,
	"20": 1,
	"21": 2,
	"22": 1,
	"23": 1,
	"24": 1,
	"25": 1,
	"26": 1,
	"27": 1,
	"28": 2,
	"29": 1,
	"30": 2,
	"31": 3,
	"32": 2,
	"33": 3,
	"34": 2,
	"35": 4,
}

PREDICATE_NAMES = {name for _, name in PREDICATES_2026} | {NOT_ASSESSABLE}

spd_scores = st.decimals(min_value=0, max_value=63, places=3)
innovation_scores = st.decimals(min_value=0, max_value=111, places=2)


def score_lists(min_size=0):
	"""Innovation score lists up to 300 long; the length is drawn first so counts past the cap of 200 are common."""
	return st.integers(min_value=min_size, max_value=300).flatmap(
		lambda n: st.lists(innovation_scores, min_size=n, max_size=n)
	)


coverages = st.integers(min_value=0, max_value=6)
examples = settings(max_examples=200, deadline=None)


def hand_index(spd, scores, covered):
	"""The 2026 IID by hand in exact fractions, rounded half-up to 2 decimals."""
	n = len(scores)
	count_score = Fraction("0.38") * min(n, 200) if covered >= 5 else Fraction(0)
	total = Fraction(spd) + sum(map(Fraction, scores), Fraction(0)) / max(12, n) + count_score
	return Decimal(math.floor(total / 250 * 100 * 100 + Fraction(1, 2))) / 100


def test_catalogue_2026_matches_official_maxima():
	assert len(SPD_WEIGHTS_2026) == 20
	assert len(SID_WEIGHTS_2026) == 20
	assert sum(Decimal(str(weight)) for weight in SPD_WEIGHTS_2026.values()) == 21
	assert sum(Decimal(str(weight)) for weight in SID_WEIGHTS_2026.values()) == 37

	spd_max, sid_max, count_max, total_max = maximum_scores(
		SPD_WEIGHTS_2026.values(), SID_WEIGHTS_2026.values(), RULES_2026
	)

	assert (spd_max, sid_max, count_max, total_max) == (63, 111, 76, 250)
	assert total_max == RULES_2026.max_total
	shares = [(part / total_max * 100).quantize(Decimal("0.01")) for part in (spd_max, sid_max, count_max)]
	assert shares == [Decimal("25.20"), Decimal("44.40"), Decimal("30.40")]


def test_rules_2026_values():
	assert RULES_2026.divisor_floor == 12
	assert RULES_2026.min_basic_services == 5
	assert RULES_2026.count_weight == Decimal("0.38")
	assert RULES_2026.count_cap == 200
	assert RULES_2026.max_total == 250
	assert list(RULES_2026.predicates) == PREDICATES_2026


@pytest.mark.parametrize(
	("weight", "level", "expected"),
	[
		(2, 1, Decimal("2")),
		(2, 2, Decimal("4")),
		(2, 3, Decimal("6")),
		("0.75", 3, Decimal("2.25")),
		(Decimal("1.5"), "2", Decimal("3.0")),
		(4, None, Decimal("0")),
		(4, "", Decimal("0")),
		(4, "  ", Decimal("0")),
	],
)
def test_indicator_score(weight, level, expected):
	assert indicator_score(weight, level) == expected


@pytest.mark.parametrize("level", [0, 4, -1, "2.5", 2.5, "tiga", True])
def test_indicator_score_rejects_levels_outside_one_to_three(level):
	with pytest.raises(ValueError, match="level must be 1, 2 or 3"):
		indicator_score(1, level)


def test_indicator_score_rejects_negative_weight():
	with pytest.raises(ValueError, match="weight must not be negative"):
		indicator_score("-0.5", 1)


@pytest.mark.parametrize(
	("count", "divisor", "empty_seats"),
	[(0, 12, 12), (3, 12, 9), (11, 12, 1), (12, 12, 0), (15, 15, 0)],
)
def test_divisor_floor(count, divisor, empty_seats):
	result = region_index(RULES_2026, 0, [60] * count, 5)

	assert (result.innovation_count, result.divisor, result.empty_seats) == (count, divisor, empty_seats)
	assert result.average_maturity == (Decimal(60 * count) / divisor).quantize(Decimal("0.01"))


@pytest.mark.parametrize(
	("covered", "count", "count_score", "missing"),
	[
		(4, 10, Decimal("0"), 1),
		(0, 10, Decimal("0"), 5),
		(5, 10, Decimal("3.80"), 0),
		(6, 10, Decimal("3.80"), 0),
		(5, 199, Decimal("75.62"), 0),
		(5, 200, Decimal("76.00"), 0),
		(5, 260, Decimal("76.00"), 0),
		(4, 260, Decimal("0"), 1),
	],
)
def test_count_score_needs_basic_services_and_is_capped(covered, count, count_score, missing):
	result = region_index(RULES_2026, 0, [0] * count, covered)

	assert result.count_score == count_score
	assert result.basic_services_missing == missing


@pytest.mark.parametrize(
	("spd_score", "index", "predicate"),
	[
		("162.525", "65.01", "Sangat Inovatif"),
		("162.5", "65.00", "Inovatif"),
		("100.025", "40.01", "Inovatif"),
		("100", "40.00", "Kurang Inovatif"),
		("0.025", "0.01", "Kurang Inovatif"),
		("0.0125", "0.01", "Kurang Inovatif"),
		("0.01", "0.00", "Tidak Dapat Dinilai"),
		("0", "0.00", "Tidak Dapat Dinilai"),
	],
)
def test_predicate_boundaries(spd_score, index, predicate):
	result = region_index(RULES_2026, spd_score, [], 0)

	assert result.index == Decimal(index)
	assert str(result.index) == index
	assert result.predicate == predicate


def test_boundary_reached_by_a_realistic_region():
	# 105 innovations at 24 and 95 at 23: 2520 + 2185 = 4705; 4705 / 200 = 23.525.
	# 63 + 23.525 + 0.38 × 200 = 162.525; 162.525 / 250 × 100 = 65.01.
	result = region_index(RULES_2026, 63, [24] * 105 + [23] * 95, 5)

	assert result.average_maturity == Decimal("23.53")
	assert result.total_score == Decimal("162.53")
	assert result.index == Decimal("65.01")
	assert result.predicate == "Sangat Inovatif"


def test_zero_is_not_assessable_whatever_the_bands_say():
	rules = Rules(12, 5, Decimal("0.38"), 200, 250, [(Decimal(0), "Kurang Inovatif")])

	assert region_index(rules, 0, [], 6).predicate == NOT_ASSESSABLE
	assert region_index(rules, 1, [], 6).predicate == "Kurang Inovatif"


def test_predicates_are_kept_highest_first():
	rules = Rules(12, 5, "0.38", 200, 250, list(reversed(PREDICATES_2026)))

	assert list(rules.predicates) == PREDICATES_2026
	assert predicate_for(rules, "65.005") == "Sangat Inovatif"
	assert predicate_for(rules, "65.004") == "Inovatif"


@pytest.mark.parametrize(("count", "covered"), [(200, 6), (200, 5), (250, 5)])
def test_perfect_region(count, covered):
	result = region_index(RULES_2026, 63, [111] * count, covered)

	assert result.sid_score == Decimal("187.00")
	assert result.total_score == Decimal("250.00")
	assert result.index == Decimal("100.00")
	assert result.predicate == "Sangat Inovatif"


def test_worked_example():
	# SPD 42.75; five innovations 80 + 95.5 + 60 + 103 + 71 = 409.5, divided by MAX(12, 5) = 12 → 34.125.
	# Five of six basic-service affairs covered, so the count scores 0.38 × 5 = 1.90.
	# SID = 34.125 + 1.90 = 36.025; total = 42.75 + 36.025 = 78.775; IID = 78.775 / 250 × 100 = 31.51.
	# Half-up rounding reports 34.125 as 34.13 and 36.025 as 36.03 (half-even would give 34.12 and 36.02).
	result = region_index(RULES_2026, "42.75", [80, "95.5", 60, 103, Decimal(71)], 5)

	assert result == RegionIndex(
		innovation_count=5,
		divisor=12,
		empty_seats=7,
		spd_score=Decimal("42.75"),
		average_maturity=Decimal("34.13"),
		count_score=Decimal("1.90"),
		sid_score=Decimal("36.03"),
		total_score=Decimal("78.78"),
		index=Decimal("31.51"),
		predicate="Kurang Inovatif",
		basic_services_missing=0,
	)


def test_index_comes_from_the_unrounded_total():
	# 12.5137 / 250 × 100 = 5.00548 → 5.01; the reported total 12.51 would give 5.004 → 5.00.
	result = region_index(RULES_2026, "12.5137", [], 0)

	assert result.total_score == Decimal("12.51")
	assert result.index == Decimal("5.01")


def test_inputs_accept_int_str_float_and_decimal():
	as_ints = region_index(RULES_2026, 40, [100, 90], 5)

	assert region_index(RULES_2026, "40", ["100", "90.0"], "5") == as_ints
	assert region_index(RULES_2026, 40.0, [100.0, 90.0], 5.0) == as_ints
	assert region_index(RULES_2026, Decimal(40), (score for score in [Decimal(100), 90]), 5) == as_ints


@pytest.mark.parametrize(
	("spd_score", "scores", "covered", "message"),
	[
		(-1, [], 5, "spd_score must not be negative"),
		(0, [10, "-0.5"], 5, "innovation score #2 must not be negative"),
		(0, [None], 5, "innovation score #1 must be a number"),
		(0, [], -1, "basic_services_covered must not be negative"),
		(0, [], "4.5", "basic_services_covered must be a whole number"),
		("NaN", [], 5, "spd_score must be a finite number"),
		("lima", [], 5, "spd_score must be a number"),
	],
)
def test_region_index_rejects_invalid_inputs(spd_score, scores, covered, message):
	with pytest.raises(ValueError, match=message):
		region_index(RULES_2026, spd_score, scores, covered)


@pytest.mark.parametrize(
	("changes", "message"),
	[
		({"divisor_floor": 0}, "divisor_floor must be at least 1"),
		({"max_total": 0}, "max_total must be more than 0"),
		({"count_weight": "-0.38"}, "count_weight must not be negative"),
		({"count_cap": "200.5"}, "count_cap must be a whole number"),
	],
)
def test_rules_reject_invalid_parameters(changes, message):
	parameters = {
		"divisor_floor": 12,
		"min_basic_services": 5,
		"count_weight": "0.38",
		"count_cap": 200,
		"max_total": 250,
		"predicates": PREDICATES_2026,
	}
	with pytest.raises(ValueError, match=message):
		Rules(**(parameters | changes))


def test_marginal_gain_below_the_floor():
	# Before: (300 / 12 + 0.38 × 3) = 26.14 → 10.456 → 10.46.
	# After: (350 / 12 + 0.38 × 4) = 30.6867 → 12.2747 → 12.27; gain 12.27 - 10.46 = 1.81.
	assert marginal_gain(RULES_2026, 0, [100] * 3, 5, 50) == Decimal("1.81")


def test_marginal_gain_can_be_negative_at_the_floor():
	# Before: 1200 / 12 + 0.38 × 12 = 104.56 → 41.824 → 41.82.
	# After: 1200 / 13 + 0.38 × 13 = 97.2477 → 38.899 → 38.90; gain 38.90 - 41.82 = -2.92.
	assert marginal_gain(RULES_2026, 0, [100] * 12, 5, 0) == Decimal("-2.92")


@examples
@given(spd_scores, score_lists(), coverages)
def test_index_stays_between_0_and_100(spd, scores, covered):
	result = region_index(RULES_2026, spd, scores, covered)

	assert 0 <= result.index <= 100
	assert result.predicate in PREDICATE_NAMES
	assert result.predicate == predicate_for(RULES_2026, result.index)


@examples
@given(spd_scores, score_lists(min_size=1), coverages, st.data())
def test_raising_one_score_never_lowers_the_index(spd, scores, covered, data):
	position = data.draw(st.integers(min_value=0, max_value=len(scores) - 1))
	raised = data.draw(st.decimals(min_value=scores[position], max_value=111, places=2))
	higher = [*scores[:position], raised, *scores[position + 1 :]]

	before = region_index(RULES_2026, spd, scores, covered)
	after = region_index(RULES_2026, spd, higher, covered)

	assert after.index >= before.index


@examples
@given(spd_scores, score_lists(), coverages)
def test_index_matches_the_hand_formula(spd, scores, covered):
	assert region_index(RULES_2026, spd, scores, covered).index == hand_index(spd, scores, covered)


@examples
@given(spd_scores, score_lists(), coverages, innovation_scores)
def test_marginal_gain_is_the_difference_of_two_indices(spd, scores, covered, new_score):
	gain = marginal_gain(RULES_2026, spd, scores, covered, new_score)
	before = region_index(RULES_2026, spd, scores, covered)
	after = region_index(RULES_2026, spd, [*scores, new_score], covered)

	assert gain == after.index - before.index
	if gain < 0:
		assert len(scores) >= RULES_2026.divisor_floor
		assert new_score < sum(scores) / len(scores)


@given(
	spd=st.decimals(min_value=0, max_value=100, places=2),
	scores=st.lists(st.decimals(min_value=0, max_value=300, places=2), max_size=40),
	covered=st.integers(min_value=0, max_value=10),
	new_score=st.decimals(min_value=0, max_value=300, places=2),
)
def test_totals_give_the_same_index_and_gain_as_the_scores(spd, scores, covered, new_score):
	"""Reports hand over SQL sums and counts; they must yield what the list of scores yields."""
	from inovasi_daerah.iid.engine import marginal_gain_from_totals, region_index_from_totals

	total = sum(scores, Decimal(0))
	assert region_index_from_totals(RULES_2026, spd, total, len(scores), covered) == region_index(
		RULES_2026, spd, scores, covered
	)
	assert marginal_gain_from_totals(
		RULES_2026, spd, total, len(scores), covered, new_score
	) == marginal_gain(RULES_2026, spd, scores, covered, new_score)
