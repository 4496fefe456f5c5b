"""How well the duplicate detector tells the same idea from a different one, on a labelled set of pairs.

Run from the repository root (no Frappe, no site: only PySastrawi and rapidfuzz):

    python3 benchmarks/duplicate_quality.py [--threshold T] [--pairs PATH]

Each row of benchmarks/duplicate_pairs.tsv is two innovation ideas (title and short description, in
Indonesian) and a label a careful verifier would give them: `dup` (the same idea, so the second should be
flagged against the first) or `diff`. The `kind` column says how the pair was built: `paraphrase` and
`same_idea` are duplicates (reworded; or the same innovation told from another angle, e.g. a citizen's
complaint against the agency's title and summary), `shared_words` and `unrelated` are not (different ideas
sharing many words; clearly different ideas).

Every pair is scored as the app scores a lookup in which side A is typed and side B is stored:
`similarity(sig_a, sig_b, weights={stem: idf(postings[stem], total) for stem in sig_a.split()})` with
`sig_x = signature(title_x, text_x)` from inovasi_daerah/public_portal/text.py. The app takes postings from its
token table; here the corpus for idf is the pair set itself (all sides of all pairs, 242 texts), so
`postings[stem]` is how many of those texts contain the stem and `total` is their number. A pair is called
a duplicate when the score is at least the threshold (text.DUPLICATE_THRESHOLD when the module defines it,
else 60; --threshold overrides). The script prints the confusion counts, precision, recall and F1 of "is a
duplicate" at that threshold, the accuracy per kind, the same figures over thresholds 10..90, and the
pairs it gets most wrong.

How text.DUPLICATE_THRESHOLD was chosen: the lookup only shows suggestions to a person, who decides, so
a wrong suggestion costs a glance and a missed one costs a duplicate; but a list that is mostly wrong
teaches people to ignore it. So the rule is: among the thresholds of the sweep (steps of 5), the one with
the best F1 whose precision is at least PRECISION_FLOOR (0.75). The script prints that choice. The best
F1 at any cut is printed too; on this set it is reached by flagging nearly everything, so it is no guide.

The figures are in-sample: the pairs were written by one author, the normalisation rules and the score
were revised while looking at this same set, the idf corpus is the set itself, and the threshold was chosen
on it, so they flatter the detector. Read them as a regression check and a way to see the failures, not as
an estimate of quality on real submissions.
"""

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inovasi_daerah.public_portal import text

DEFAULT_THRESHOLD = 60.0
PAIRS = ROOT / "benchmarks" / "duplicate_pairs.tsv"
COLUMNS = ["label", "kind", "title_a", "text_a", "title_b", "text_b"]
LABELS = ("dup", "diff")
SWEEP = range(10, 91, 5)
# The threshold is the best-F1 one of the sweep among those with at least this precision (see above).
PRECISION_FLOOR = 0.75
WORST = 10


@dataclass
class Pair:
	line: int
	label: str
	kind: str
	title_a: str
	text_a: str
	title_b: str
	text_b: str
	score: float = 0.0

	@property
	def is_dup(self) -> bool:
		return self.label == "dup"


def read_pairs(path: Path) -> list[Pair]:
	with path.open(encoding="utf-8", newline="") as handle:
		reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
		header = next(reader)
		if header != COLUMNS:
			sys.exit(f"{path}: header must be {COLUMNS}, got {header}")
		pairs = []
		for line, row in enumerate(reader, start=2):
			if not row:
				continue
			if len(row) != len(COLUMNS):
				sys.exit(f"{path}:{line}: expected {len(COLUMNS)} cells, got {len(row)}")
			if row[0] not in LABELS:
				sys.exit(f"{path}:{line}: label must be one of {LABELS}, got {row[0]!r}")
			pairs.append(Pair(line, *row))
	return pairs


def document_frequencies(signatures: list[str]) -> Counter:
	"""How many of the texts contain each stem: the postings the app's token table would hold."""
	postings = Counter()
	for signature in signatures:
		postings.update(set(signature.split()))
	return postings


def score(pairs: list[Pair]) -> int:
	"""Score every pair as the app does when side A is typed and side B is stored, the stems of A weighted
	by their idf over the corpus of all sides of all pairs. Returns the size of that corpus."""
	sides = [
		(text.signature(pair.title_a, pair.text_a), text.signature(pair.title_b, pair.text_b))
		for pair in pairs
	]
	postings = document_frequencies([signature for side in sides for signature in side])
	total = 2 * len(sides)
	for pair, (query, stored) in zip(pairs, sides, strict=True):
		weights = {stem: text.idf(postings[stem], total) for stem in query.split()}
		pair.score = text.similarity(query, stored, weights=weights)
	return total


def confusion(pairs: list[Pair], threshold: float) -> tuple[int, int, int, int]:
	tp = fp = fn = tn = 0
	for pair in pairs:
		flagged = pair.score >= threshold
		if pair.is_dup:
			tp, fn = (tp + 1, fn) if flagged else (tp, fn + 1)
		else:
			fp, tn = (fp + 1, tn) if flagged else (fp, tn + 1)
	return tp, fp, fn, tn


def rates(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
	precision = tp / (tp + fp) if tp + fp else 0.0
	recall = tp / (tp + fn) if tp + fn else 0.0
	f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
	return precision, recall, f1


def margin(pair: Pair, threshold: float) -> float:
	"""How far the score is on the wrong side of the threshold (negative: on the right side; a `diff` pair
	scoring exactly the threshold is flagged, so wrong at 0)."""
	return threshold - pair.score if pair.is_dup else pair.score - threshold


def report(pairs: list[Pair], threshold: float, source: str, corpus: int):
	print(f"Pairs: {len(pairs)}", end="")
	by_label = Counter(pair.label for pair in pairs)
	print(" (" + ", ".join(f"{label} {by_label[label]}" for label in LABELS) + ")")
	by_kind = Counter((pair.label, pair.kind) for pair in pairs)
	for (label, kind), count in sorted(by_kind.items()):
		print(f"  {label:<4} {kind:<14} {count:>4}")
	print(
		f"Weights: idf of each stem of side A over the pair set itself ({corpus} texts: both sides of every"
		" pair); side A is the query, side B the stored record"
	)

	tp, fp, fn, tn = confusion(pairs, threshold)
	precision, recall, f1 = rates(tp, fp, fn)
	print(f"\nThreshold {threshold:g} ({source}); a pair is flagged when score >= threshold")
	print(f"  TP {tp}  FP {fp}  FN {fn}  TN {tn}")
	print(
		f"  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  accuracy {(tp + tn) / len(pairs):.3f}"
	)

	print("\nPer kind (correct / pairs; score min / median / max)")
	for kind in dict.fromkeys(pair.kind for pair in pairs):
		members = [pair for pair in pairs if pair.kind == kind]
		correct = sum((pair.score >= threshold) == pair.is_dup for pair in members)
		scores = sorted(pair.score for pair in members)
		print(
			f"  {kind:<14} {members[0].label:<4} {correct:>3}/{len(members):<3} {correct / len(members):6.1%}"
			f"   {scores[0]:5.1f} / {median(scores):5.1f} / {scores[-1]:5.1f}"
		)

	print("\nSweep")
	print(
		f"  {'threshold':>9}  {'TP':>3} {'FP':>3} {'FN':>3} {'TN':>3}  {'precision':>9} {'recall':>6} {'F1':>5}"
	)
	best = floored = None
	for candidate in SWEEP:
		tp, fp, fn, tn = confusion(pairs, candidate)
		precision, recall, f1 = rates(tp, fp, fn)
		if best is None or f1 > best[1]:
			best = (candidate, f1, precision, recall)
		if precision >= PRECISION_FLOOR and (floored is None or f1 > floored[1]):
			floored = (candidate, f1, precision, recall)
		marker = "  <- chosen" if candidate == threshold else ""
		print(
			f"  {candidate:>9}  {tp:>3} {fp:>3} {fn:>3} {tn:>3}  {precision:>9.3f} {recall:>6.3f} {f1:>5.3f}{marker}"
		)
	print(
		f"  best F1 in the sweep: {best[1]:.3f} at {best[0]} (precision {best[2]:.3f}, recall {best[3]:.3f})"
	)
	if floored:
		print(
			f"  best F1 in the sweep with precision >= {PRECISION_FLOOR}: {floored[1]:.3f} at {floored[0]}"
			f" (precision {floored[2]:.3f}, recall {floored[3]:.3f})  <- the rule for DUPLICATE_THRESHOLD"
		)
	else:
		print(f"  no threshold in the sweep reaches precision {PRECISION_FLOOR}")

	# The same search with every observed score as the cut, to show whether a step of 5 hides a better one.
	cuts = sorted({pair.score for pair in pairs})
	fine = max(
		((cut, *rates(*confusion(pairs, cut)[:3])) for cut in cuts),
		key=lambda row: (row[3], -abs(row[0] - threshold)),
	)
	print(
		f"  best F1 at any cut: {fine[3]:.3f} at score >= {fine[0]:g} "
		f"(precision {fine[1]:.3f}, recall {fine[2]:.3f})"
	)

	worst = sorted(pairs, key=lambda pair: margin(pair, threshold), reverse=True)[:WORST]
	print(
		f"\n{WORST} worst-classified pairs at {threshold:g} (margin: how far the score is on the wrong side)"
	)
	for pair in worst:
		verdict = "right" if (pair.score >= threshold) == pair.is_dup else "WRONG"
		print(
			f"  line {pair.line:>3}  {pair.label:<4} {pair.kind:<12}  score {pair.score:5.1f}"
			f"  margin {margin(pair, threshold):+5.1f}  {verdict}"
		)
		print(f"      A: {pair.title_a}: {pair.text_a}")
		print(f"      B: {pair.title_b}: {pair.text_b}")
		print(f"      sig A: {text.signature(pair.title_a, pair.text_a)}")
		print(f"      sig B: {text.signature(pair.title_b, pair.text_b)}")


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--threshold", type=float, help="flag a pair when its score is at least this")
	parser.add_argument("--pairs", type=Path, default=PAIRS, help="labelled pairs (TSV)")
	args = parser.parse_args()
	module_threshold = getattr(text, "DUPLICATE_THRESHOLD", None)
	if args.threshold is not None:
		threshold, source = args.threshold, "--threshold"
	elif module_threshold is not None:
		threshold, source = float(module_threshold), "text.DUPLICATE_THRESHOLD"
	else:
		threshold, source = DEFAULT_THRESHOLD, "default; text.DUPLICATE_THRESHOLD is not defined"
	pairs = read_pairs(args.pairs)
	corpus = score(pairs)
	report(pairs, threshold, source, corpus)


if __name__ == "__main__":
	main()
