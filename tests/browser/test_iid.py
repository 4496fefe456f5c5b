"""The yearly IID data: an operator records an indicator choice with its evidence, the verifier accepts it,
and the IID dialog of the innovation shows the region's claimed and verified index."""

import re

from playwright.sync_api import expect

from tests.browser import desk

OPERATOR = desk.demo_user("Innovation Operator", agency="DINKES")
VERIFIER = desk.demo_user("Innovation Verifier")

# What the operator may pick, read through the operator's own API: an innovation of theirs with an open
# IID submission, and an SID indicator of its period that it has no row for, with no measurement basis
# to choose and a level the user sets (not computed from replications).
FIND_CHOICE = """async () => {
	const list = (doctype, args) => frappe.xcall("frappe.client.get_list", { doctype, limit_page_length: 0, ...args });
	const submissions = await list("IID Submission", {
		fields: ["innovation", "period"],
		filters: { workflow_state: ["in", ["Draf", "Revisi"]] },
	});
	for (const submission of submissions) {
		const taken = new Set((await list("Innovation Indicator", {
			fields: ["indicator"], filters: { innovation: submission.innovation },
		})).map((row) => row.indicator));
		const indicators = await list("IID Indicator", {
			fields: ["name", "indicator_name"],
			filters: { period: submission.period, aspect: "SID", level_source: ["in", ["", null]] },
		});
		for (const indicator of indicators) {
			if (taken.has(indicator.name)) continue;
			const full = await frappe.xcall("frappe.client.get", { doctype: "IID Indicator", name: indicator.name });
			if (!(full.measurement_bases || []).length) return { ...submission, indicator: indicator.name, indicator_name: indicator.indicator_name };
		}
	}
	return null;
}"""


def projection_index(page, basis: str) -> float:
	"""Open IID ▸ Proyeksi IID on the innovation form, choose the period and basis, read the index."""
	page.locator('.page-head:visible .inner-group-button[data-label="IID"] > button').click()
	page.locator(
		'.page-head:visible .inner-group-button[data-label="IID"] .dropdown-item', has_text="Proyeksi IID"
	).click()
	desk.dialog_field(page, "period", page.evaluate("() => window.__iid_period"))
	page.locator('.modal.show [data-fieldname="basis"] select').select_option(basis)
	desk.dialog_primary(page)
	result = page.locator(".modal.show .iid-projection").first
	expect(result).to_be_visible(timeout=desk.SLOW)
	text = result.inner_text()
	desk.close_dialog(page)
	match = re.search(r"Indeks:\s*([\d.,]+)", text)
	assert match, text[:300]
	return float(match.group(1).replace(",", "."))


def test_an_indicator_choice_is_recorded_verified_and_counted(person):
	operator = person(OPERATOR)
	desk.open_form(operator, "Innovation Indicator")
	choice = operator.evaluate(FIND_CHOICE)
	assert choice, "the demo has an open IID submission of the operator's agency and a free indicator"

	# The operator records the choice with a link to its evidence.
	desk.type_into(operator, "innovation", choice["innovation"])
	desk.type_into(operator, "indicator", choice["indicator"])
	desk.type_into(operator, "level", "3")
	desk.add_table_row(
		operator,
		"evidence",
		{
			"link": "https://sukamaju.example.go.id/sk/2026-12.pdf",
			"evidence_year": "2026",
			"description": "SK Kepala Dinas",
		},
	)
	desk.save(operator)
	name = desk.form_name(operator)
	assert desk.form_value(operator, "verification_status") == "Menunggu"
	assert desk.form_value(operator, "claimed_score") > 0
	assert not desk.form_value(operator, "verified_score")

	# The verifier accepts it; the stamp and the verified score are the system's.
	verifier = person(VERIFIER)
	desk.open_form(verifier, "Innovation Indicator", name)
	desk.type_into(verifier, "verification_status", "Diterima")
	desk.save(verifier)
	assert desk.form_value(verifier, "verified_by") == VERIFIER
	assert desk.form_value(verifier, "verified_score") == desk.form_value(verifier, "claimed_score")

	# The innovation's IID dialog shows the region's index on both bases.
	desk.open_form(verifier, "Innovation", choice["innovation"])
	verifier.evaluate("(period) => { window.__iid_period = period; }", choice["period"])
	claimed = projection_index(verifier, "claimed")
	verified = projection_index(verifier, "verified")
	assert 0 < verified <= claimed <= 100, (claimed, verified)
