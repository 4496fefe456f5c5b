"""Verification of IID indicator rows (an innovation's SID rows and a region's SPD values), one set of rules."""

import frappe
from frappe import _
from frappe.utils import cint, now_datetime

from inovasi_daerah.access.roles import VERIFIER
from inovasi_daerah.iid.engine import indicator_score
from inovasi_daerah.iid.rules import allowed_evidence_years, years_outside

PENDING, ACCEPTED, REJECTED = "Menunggu", "Diterima", "Ditolak"
# Changing any of these after a verification sends the row back to Menunggu: the choice, and what the
# choice is about (the indicator and its period, the innovation or region it is recorded for).
CLAIM_FIELDS = ("level", "measurement_basis", "indicator", "period", "innovation", "region")


def apply(doc):
	"""Flag evidence outside the allowed years, guard the verification status, and compute the row's scores."""
	flag_evidence_years(doc)
	before = doc.get_doc_before_save()
	if before and before.verification_status != PENDING and claim_changed(doc, before):
		reset(doc)
	elif doc.verification_status != (before.verification_status if before else PENDING):
		record_verification(doc)
	claimed = indicator_score(doc.weight or 0, doc.level or None) if has_evidence(doc) else 0
	doc.claimed_score = float(claimed)
	doc.verified_score = float(claimed) if doc.verification_status == ACCEPTED else 0


def has_evidence(doc) -> bool:
	return any(row.attachment or row.link for row in doc.evidence)


def evidence_signature(doc) -> list[tuple]:
	return [(row.attachment or "", row.link or "", cint(row.evidence_year)) for row in doc.evidence]


def claim_changed(doc, before) -> bool:
	return any(str(doc.get(f) or "") != str(before.get(f) or "") for f in CLAIM_FIELDS) or evidence_signature(
		doc
	) != evidence_signature(before)


def reset(doc):
	doc.verification_status = PENDING
	doc.verified_by = None
	doc.verified_on = None


def record_verification(doc):
	if doc.verification_status in (ACCEPTED, REJECTED):
		if VERIFIER not in frappe.get_roles() and frappe.session.user != "Administrator":
			frappe.throw(
				_("Only an Innovation Verifier can set the verification status to {0}.").format(
					frappe.bold(_(doc.verification_status))
				),
				frappe.PermissionError,
				title=_("Not Allowed"),
			)
		if doc.verification_status == REJECTED and not doc.verifier_note:
			frappe.throw(
				_("Say why the evidence is rejected in the verifier's note."), title=_("Missing Note")
			)
		doc.verified_by = frappe.session.user
		doc.verified_on = now_datetime()
	else:
		reset(doc)


def flag_evidence_years(doc):
	period_year, spec = frappe.db.get_value("Assessment Period", doc.period, ["year", "evidence_years"])
	outside = years_outside(
		[cint(row.evidence_year) for row in doc.evidence], allowed_evidence_years(period_year, spec)
	)
	doc.evidence_outside_years = int(bool(outside))
	if outside:
		frappe.msgprint(
			_("Evidence from {0} is outside the years {1} allows ({2}).").format(
				", ".join(map(str, outside)), doc.period, spec
			),
			indicator="orange",
			alert=True,
		)
