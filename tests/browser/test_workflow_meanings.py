"""An administrator extends the lifecycle in the Workflow form, without code, and every rule follows.

The Administrator adds the state "Uji Coba Lanjutan" (an extended trial): a row in the Workflow form's states
table, where choosing the phase "Uji Coba" fills in its usual meanings, and a step into it from "Uji Coba".
The verifier moves a published demo innovation into it with the action Desk now offers. It stays counted as
on trial in the number card and the target report, shows at the stage "Uji Coba" on the showcase, and its
operator writes its monitoring report. (Runs after the other browser tests: it changes the demo's workflow.)
"""

from datetime import date

from playwright.sync_api import expect

from tests.browser import desk

ADMIN_PASSWORD = "admin"  # scripts/test creates the lane's site with it
VERIFIER = desk.demo_user("Innovation Verifier")
MANAGER = desk.demo_user("Innovation Manager")
NEW_STATE = "Uji Coba Lanjutan"
EXTEND = "Perpanjang Uji Coba"


def published_trial_innovation(page) -> dict:
	"""A published demo innovation on trial of an agency with a demo operator (read as the manager reads
	the list), with its agency's abbreviation."""
	rows = page.evaluate(
		"""() => frappe.xcall("frappe.client.get_list", {
			doctype: "Innovation", filters: {workflow_state: "Uji Coba", is_public: 1},
			fields: ["name", "title", "agency"], limit_page_length: 0, order_by: "name asc"})"""
	)
	operators = {u.get("agency") for u in desk.DEMO_USERS if "Innovation Operator" in u["roles"]}
	found = [dict(row, abbreviation=row["agency"].split(" - ")[0]) for row in rows]
	found = [row for row in found if row["abbreviation"] in operators]
	assert found, "the demo has published innovations on trial of an agency with an operator"
	return found[0]


def trial_figures(page, agency: str) -> tuple[int, int]:
	"""The "in trial" number card of the agency, and its "In Trial" column in the target report."""
	card = page.evaluate(
		"(agency) => frappe.xcall('inovasi_daerah.api.reports.innovations_in_trial', {filters: {agency}})",
		agency,
	)
	report = page.evaluate(
		"""(agency) => frappe.xcall("frappe.desk.query_report.run", {
			report_name: "Innovation Target Attainment", filters: {year: new Date().getFullYear(), agency}})""",
		agency,
	)
	row = next(r for r in report["result"] if isinstance(r, dict) and r.get("agency") == agency)
	return card["value"], row["trial"]


def test_an_administrator_adds_a_trial_state_and_every_rule_follows(person, console):
	manager = person(MANAGER)
	innovation = published_trial_innovation(manager)
	before = trial_figures(manager, innovation["agency"])

	# The Administrator creates the state and the action (the masters the Link fields offer) and adds them.
	admin = person("Administrator", password=ADMIN_PASSWORD)
	admin.evaluate(
		"""([state, action]) => Promise.all([
			frappe.xcall("frappe.client.insert", {doc: {doctype: "Workflow State", workflow_state_name: state}}),
			frappe.xcall("frappe.client.insert", {doc: {doctype: "Workflow Action Master", workflow_action_name: action}}),
		])""",
		[NEW_STATE, EXTEND],
	)
	desk.open_form(admin, "Workflow", "Innovation Lifecycle")
	desk.add_table_row(
		admin,
		"states",
		# Roles are searched and shown by their Indonesian names.
		{"state": NEW_STATE, "allow_edit": "Operator Inovasi", "inovasi_phase": "Uji Coba"},
	)
	# Choosing the phase fills in what a trial state usually means (the form asks the server for it).
	admin.wait_for_function(
		f"() => cur_frm.doc.states.find((r) => r.state === {NEW_STATE!r} && r.inovasi_public_stage)",
		timeout=desk.SLOW,
	)
	row = admin.evaluate(f"() => cur_frm.doc.states.find((r) => r.state === {NEW_STATE!r})")
	assert (row["inovasi_monitored"], row["inovasi_counts_toward_target"], row["inovasi_public_stage"]) == (
		1,
		1,
		"Uji Coba",
	)
	desk.add_table_row(
		admin,
		"transitions",
		{"state": "Uji Coba", "action": EXTEND, "next_state": NEW_STATE, "allowed": "Verifikator Inovasi"},
	)
	desk.save(admin)
	assert not admin.locator(".modal.show .msgprint").count(), "the workflow was saved"
	assert admin.evaluate(f"() => cur_frm.doc.states.some((r) => r.state === {NEW_STATE!r} && r.name)")

	# The verifier finds the new step on the innovation and takes it.
	verifier = person(VERIFIER)
	desk.open_form(verifier, "Innovation", innovation["name"])
	assert EXTEND in desk.action_labels(verifier)
	desk.workflow_action(verifier, EXTEND)
	desk.wait_for_state(verifier, NEW_STATE)

	# Still on trial in the card and the target report, for the manager.
	assert trial_figures(manager, innovation["agency"]) == before

	# The showcase shows it at the stage "Uji Coba".
	guest = person(None)
	guest.goto(f"/inovasi/{innovation['name']}")
	expect(guest.locator("body")).to_contain_text(innovation["title"])
	expect(guest.locator("body")).to_contain_text("Uji Coba")
	guest.goto("/inovasi?stage=Uji+Coba")
	expect(guest.locator("body")).to_contain_text(innovation["title"])

	# Its monitoring stays open: the agency's operator writes the quarter's report.
	operator = person(desk.demo_user("Innovation Operator", agency=innovation["abbreviation"]))
	desk.open_form(operator, "Monitoring Report")
	today = date.today()
	for fieldname, value in {
		"innovation": innovation["name"],
		"year": str(today.year),
		"period_number": str((today.month - 1) // 3 + 1),
		"report_date": today.strftime("%d-%m-%Y"),
		"progress": "60",
		"status": "Sesuai Rencana",
	}.items():
		desk.type_into(operator, fieldname, value)
	desk.save(operator)
	assert not operator.locator(".modal.show .msgprint").count(), operator.locator(".modal.show").inner_text()
	assert desk.form_value(operator, "innovation") == innovation["name"]
