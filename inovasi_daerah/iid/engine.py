"""Indeks Inovasi Daerah (IID) scoring engine: the Kemendagri formula on Decimals, with no Frappe import.

Skor Total = SPD + Σ innovation scores / MAX(divisor floor, n) + Skor Jumlah Inovasi, and
IID = Skor Total / Skor Total Maksimum × 100 (PPT Sosialisasi IID 2023; 2026 parameters per the
BSKDN letter 400.10.11/1887/BSKDN of 29 April 2026 as cited by local apps; see domain/iid.md §2.3-2.6).
The divisor floor, basic-service minimum, count weight and cap, maximum and predicate cut-offs change
per assessment period, so they arrive as `Rules`; `RULES_2026` holds the 2026 values.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Number = Decimal | int | float | str

LEVELS = (1, 2, 3)
NOT_ASSESSABLE = "Tidak Dapat Dinilai"
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def _decimal(value: Number, name: str) -> Decimal:
	"""Return `value` as a finite Decimal, converted with `Decimal(str(value))`."""
	if value is None or isinstance(value, bool):
		raise ValueError(f"{name} must be a number, got {value!r}")
	try:
		number = value if isinstance(value, Decimal) else Decimal(str(value))
	except InvalidOperation:
		raise ValueError(f"{name} must be a number, got {value!r}") from None
	if not number.is_finite():
		raise ValueError(f"{name} must be a finite number, got {value!r}")
	return number


def _non_negative(value: Number, name: str) -> Decimal:
	"""Return `value` as a Decimal that is zero or more."""
	number = _decimal(value, name)
	if number < 0:
		raise ValueError(f"{name} must not be negative, got {value!r}")
	return number


def _whole(value: Number, name: str) -> int:
	"""Return `value` as a whole number that is zero or more."""
	number = _non_negative(value, name)
	if number != number.to_integral_value():
		raise ValueError(f"{name} must be a whole number, got {value!r}")
	return int(number)


def _round(value: Decimal) -> Decimal:
	"""Round a figure half-up to 2 decimals, as the IID app reports it."""
	return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Rules:
	"""Scoring parameters of one assessment period; predicates are (lower bound, name), kept highest first."""

	divisor_floor: int
	min_basic_services: int
	count_weight: Decimal
	count_cap: int
	max_total: Decimal
	predicates: Sequence[tuple[Decimal, str]]

	def __post_init__(self):
		set_field = object.__setattr__
		set_field(self, "divisor_floor", _whole(self.divisor_floor, "divisor_floor"))
		set_field(self, "min_basic_services", _whole(self.min_basic_services, "min_basic_services"))
		set_field(self, "count_weight", _non_negative(self.count_weight, "count_weight"))
		set_field(self, "count_cap", _whole(self.count_cap, "count_cap"))
		set_field(self, "max_total", _decimal(self.max_total, "max_total"))
		if self.divisor_floor < 1:
			raise ValueError(f"divisor_floor must be at least 1, got {self.divisor_floor}")
		if self.max_total <= 0:
			raise ValueError(f"max_total must be more than 0, got {self.max_total}")
		bands = [
			(_non_negative(bound, "predicate lower bound"), str(name)) for bound, name in self.predicates
		]
		set_field(self, "predicates", tuple(sorted(bands, key=lambda band: band[0], reverse=True)))


PREDICATES_2026 = [
	(Decimal("65.01"), "Sangat Inovatif"),
	(Decimal("40.01"), "Inovatif"),
	(Decimal("0.01"), "Kurang Inovatif"),
]

RULES_2026 = Rules(
	divisor_floor=12,
	min_basic_services=5,
	count_weight=Decimal("0.38"),
	count_cap=200,
	max_total=250,
	predicates=PREDICATES_2026,
)


@dataclass(frozen=True)
class RegionIndex:
	"""A region's IID result; every Decimal is rounded half-up to 2 decimals."""

	innovation_count: int
	divisor: int
	empty_seats: int
	spd_score: Decimal
	average_maturity: Decimal
	count_score: Decimal
	sid_score: Decimal
	total_score: Decimal
	index: Decimal
	predicate: str
	basic_services_missing: int


def indicator_score(weight: Number, level: Number | None) -> Decimal:
	"""Score of one indicator row: weight × chosen level (1-3), or 0 when no level is chosen."""
	weight = _non_negative(weight, "weight")
	if level is None or (isinstance(level, str) and not level.strip()):
		return Decimal(0)
	try:
		number = _decimal(level, "level")
	except ValueError:
		number = None
	if number not in LEVELS:
		raise ValueError(f"level must be 1, 2 or 3 (or empty), got {level!r}")
	return weight * int(number)


def predicate_for(rules: Rules, index: Number) -> str:
	"""Predicate of an index once rounded to 2 decimals; an index of 0 is always "Tidak Dapat Dinilai"."""
	index = _round(_non_negative(index, "index"))
	if index == 0:
		return NOT_ASSESSABLE
	for lower_bound, name in rules.predicates:
		if lower_bound <= index:
			return name
	return NOT_ASSESSABLE


def region_index(
	rules: Rules,
	spd_score: Number,
	innovation_scores: Iterable[Number],
	basic_services_covered: Number,
) -> RegionIndex:
	"""A region's IID: (SPD + Σ scores / MAX(floor, n) + count score) / max_total × 100."""
	scores = [_non_negative(score, f"innovation score #{n}") for n, score in enumerate(innovation_scores, 1)]
	return region_index_from_totals(
		rules, spd_score, sum(scores, Decimal(0)), len(scores), basic_services_covered
	)


def region_index_from_totals(
	rules: Rules,
	spd_score: Number,
	score_sum: Number,
	count: Number,
	basic_services_covered: Number,
) -> RegionIndex:
	"""The same index from the sum and count of the counted scores: what SQL aggregates hand over."""
	spd = _non_negative(spd_score, "spd_score")
	total_scores = _non_negative(score_sum, "score_sum")
	count = _whole(count, "count")
	covered = _whole(basic_services_covered, "basic_services_covered")
	divisor = max(rules.divisor_floor, count)
	average = total_scores / divisor
	if covered >= rules.min_basic_services:
		count_score = rules.count_weight * min(count, rules.count_cap)
	else:
		count_score = Decimal(0)
	total = spd + average + count_score
	index = _round(total * HUNDRED / rules.max_total)
	return RegionIndex(
		innovation_count=count,
		divisor=divisor,
		empty_seats=divisor - count,
		spd_score=_round(spd),
		average_maturity=_round(average),
		count_score=_round(count_score),
		sid_score=_round(average + count_score),
		total_score=_round(total),
		index=index,
		predicate=predicate_for(rules, index),
		basic_services_missing=max(0, rules.min_basic_services - covered),
	)


def marginal_gain(
	rules: Rules,
	spd_score: Number,
	innovation_scores: Iterable[Number],
	basic_services_covered: Number,
	new_score: Number,
) -> Decimal:
	"""Index points that one more innovation scoring `new_score` adds (reported index after minus before).

	The gain can be negative: once the count has reached the divisor floor, the new innovation joins the
	divisor, so a score below the current average pulls the average down, and that loss can exceed the
	count score it earns (none past the cap or without basic-service coverage). Below the floor it is
	never negative. The new innovation is assumed not to change the basic-service coverage.
	"""
	scores = [_non_negative(score, f"innovation score #{n}") for n, score in enumerate(innovation_scores, 1)]
	return marginal_gain_from_totals(
		rules, spd_score, sum(scores, Decimal(0)), len(scores), basic_services_covered, new_score
	)


def marginal_gain_from_totals(
	rules: Rules,
	spd_score: Number,
	score_sum: Number,
	count: Number,
	basic_services_covered: Number,
	new_score: Number,
) -> Decimal:
	"""`marginal_gain` from the sum and count of the counted scores."""
	before = region_index_from_totals(rules, spd_score, score_sum, count, basic_services_covered)
	after = region_index_from_totals(
		rules,
		spd_score,
		_non_negative(score_sum, "score_sum") + _non_negative(new_score, "new_score"),
		_whole(count, "count") + 1,
		basic_services_covered,
	)
	return _round(after.index - before.index)


def maximum_scores(
	spd_weights: Iterable[Number], sid_weights: Iterable[Number], rules: Rules
) -> tuple[Decimal, Decimal, Decimal, Decimal]:
	"""(spd_max, sid_indicator_max, count_max, total_max): Σ weight × 3 per aspect, count weight × cap, sum."""
	top = max(LEVELS)
	spd_max = sum((indicator_score(weight, top) for weight in spd_weights), Decimal(0))
	sid_max = sum((indicator_score(weight, top) for weight in sid_weights), Decimal(0))
	count_max = rules.count_weight * rules.count_cap
	return spd_max, sid_max, count_max, spd_max + sid_max + count_max
