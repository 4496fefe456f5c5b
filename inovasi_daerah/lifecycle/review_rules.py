"""Stage-review arithmetic and gate pass rules, with no Frappe import."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

MAX_SCORE = Decimal(100)
CENT = Decimal("0.01")


def weighted_total(rows: Iterable[tuple[object, object]]) -> Decimal:
	"""Σ weight × score / Σ weight over (weight, score) pairs, on the 0-100 scale, rounded to 2 decimals."""
	pairs = [(Decimal(str(weight or 0)), Decimal(str(score or 0))) for weight, score in rows]
	total_weight = sum((weight for weight, _ in pairs), Decimal(0))
	if not total_weight:
		return Decimal(0).quantize(CENT)
	total = sum((weight * score for weight, score in pairs), Decimal(0)) / total_weight
	return total.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class GateResult:
	"""Whether a gate's pass rule holds for the submitted reviews of one innovation."""

	review_count: int
	average: Decimal
	min_reviews: int
	min_average: Decimal

	@property
	def enough_reviews(self) -> bool:
		return self.review_count >= self.min_reviews

	@property
	def passed(self) -> bool:
		return self.enough_reviews and self.average >= self.min_average

	@property
	def failed(self) -> bool:
		"""Enough reviews are in and their average is below the minimum."""
		return self.enough_reviews and not self.passed


def gate_result(totals: Iterable[object], min_reviews: int, min_average: object) -> GateResult:
	"""Apply a gate's rule (minimum submitted reviews, minimum average) to the reviews' weighted totals."""
	scores = [Decimal(str(total)) for total in totals]
	average = (sum(scores, Decimal(0)) / len(scores)).quantize(CENT, ROUND_HALF_UP) if scores else Decimal(0)
	return GateResult(len(scores), average, int(min_reviews), Decimal(str(min_average)))
