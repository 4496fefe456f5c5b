"""The programme records around an innovation (issue 8, first part): monitoring reports and their
acknowledgement, the daily staleness check (warning, then Vakum), replications feeding the IID indicator
Replikasi, consultations and their overdue follow-up, awards, and the settings. Every refusal is checked
to have written nothing."""

import frappe
import pytest
from frappe.utils import add_days, add_months, getdate, now_datetime, today

from inovasi_daerah.programme import staleness
from tests.integration.helpers import complete_proposal, queued_recipients, rest
from tests.integration.workflow_helpers import build_world, email, tear_down

PROGRAMME_DOCTYPES = ("Monitoring Report", "Replication", "Innovation Consultation", "Award")
LAB_NAMES = ("Lab Inovasi Uji", "Lab Corong", "Lab Lokakarya")


@pytest.fixture(scope="module")
def world():
	built = build_world()
	yield built
	frappe.db.rollback()
	frappe.set_user("Administrator")
	innovations = frappe.get_all(
		"Innovation", filters={"agency": ("in", [built.dinkes, built.disdik])}, pluck="name"
	)
	for doctype in PROGRAMME_DOCTYPES:
		for name in frappe.get_all(
			doctype, filters={"agency": ("in", [built.dinkes, built.disdik])}, pluck="name"
		):
			frappe.delete_doc(doctype, name, force=True)
	for name in frappe.get_all(
		"Innovation Indicator", filters={"innovation": ("in", innovations)}, pluck="name"
	):
		frappe.delete_doc("Innovation Indicator", name, force=True)
	for name in frappe.get_all("IID Submission", filters={"innovation": ("in", innovations)}, pluck="name"):
		frappe.delete_doc("IID Submission", name, force=True)
	for name in frappe.get_all(
		"Innovation",
		filters={"innovation_lab": ("is", "set"), "agency": ("in", [built.dinkes, built.disdik])},
		pluck="name",
	):
		frappe.db.set_value("Innovation", name, "innovation_lab", None)
	for name in frappe.get_all("Innovation Lab", filters={"lab_name": ("in", LAB_NAMES)}, pluck="name"):
		frappe.delete_doc("Innovation Lab", name, force=True)
	frappe.db.delete("ToDo", {"allocated_to": ("like", "wf-%")})
	frappe.db.commit()
	tear_down(built)


def implemented(world, title, implemented_on="2025-06-01", agency=None):
	doc = frappe.get_doc(complete_proposal(agency=agency or world.dinkes, title=title)).insert()
	frappe.db.set_value(
		"Innovation", doc.name, {"workflow_state": "Diterapkan", "implementation_date": implemented_on}
	)
	return doc.name


def report(innovation, **values):
	return frappe.get_doc(
		{
			"doctype": "Monitoring Report",
			"innovation": innovation,
			"year": 2026,
			"period_number": 1,
			"report_date": "2026-03-31",
			"progress": 60,
			"status": "Sesuai Rencana",
			**values,
		}
	)


def refused(action, text, doctype):
	before = frappe.db.count(doctype)
	with pytest.raises(frappe.ValidationError) as error:
		action()
	assert text in str(error.value), str(error.value)
	frappe.clear_last_message()
	assert frappe.db.count(doctype) == before


# ------------------------------------------------------------------ monitoring


def test_obstacle_categories_are_seeded():
	assert {"Pembiayaan", "SDM", "Regulasi", "Koordinasi", "Lainnya"} <= set(
		frappe.get_all("Obstacle Category", pluck="name")
	)


def test_a_report_names_its_period_and_dates_the_innovation(world):
	name = implemented(world, "Monev dasar")
	doc = report(name, period_number=2, report_date="2026-06-30").insert()
	assert doc.period == "2026-T2"
	assert (doc.agency, doc.region) == (world.dinkes, frappe.db.get_value("Agency", world.dinkes, "region"))
	assert str(frappe.db.get_value("Innovation", name, "last_monitored_on")) == "2026-06-30"


def test_report_rules_refuse_and_write_nothing(world):
	name = implemented(world, "Monev aturan")
	report(name).insert()
	refused(
		report(name, report_date="2026-04-02").insert, "already has a monitoring report", "Monitoring Report"
	)
	refused(report(name, period_number=5).insert, "period number is 1 to 4", "Monitoring Report")
	refused(
		report(name, period_number=2, report_date=add_days(today(), 3)).insert,
		"cannot be in the future",
		"Monitoring Report",
	)
	draft = frappe.get_doc(complete_proposal(agency=world.dinkes, title="Monev draf")).insert().name
	refused(report(draft).insert, "Only innovations on trial or implemented", "Monitoring Report")


def test_the_cadence_setting_decides_the_periods(world):
	settings = frappe.get_single("Inovasi Daerah Settings")
	settings.monitoring_cadence = "Semester"
	settings.save()
	try:
		name = implemented(world, "Monev semester")
		assert report(name, period_number=2).insert().period == "2026-S2"
		refused(report(name, period_number=3).insert, "period number is 1 to 2", "Monitoring Report")
	finally:
		settings.monitoring_cadence = "Triwulan"
		settings.save()


def test_only_a_verifier_acknowledges_and_a_change_withdraws_it(world):
	name = implemented(world, "Monev diakui")
	doc = report(name).insert()
	frappe.db.commit()
	path = f"/api/resource/Monitoring Report/{doc.name}"
	forged = {
		"acknowledged": 1,
		"acknowledged_by": email("operator"),
		"acknowledged_on": "2026-01-01 00:00:00",
	}
	response = rest("PUT", path, world.tokens["operator"], json={"progress": 70, **forged})
	assert response.status_code == 200, response.text
	stored = frappe.db.get_value(
		"Monitoring Report", doc.name, ["progress", "acknowledged", "acknowledged_by"]
	)
	assert stored == (70, 0, None)
	response = rest("PUT", path, world.tokens["verifier"], json={"acknowledged": 1})
	assert response.status_code == 200, response.text
	stored = frappe.db.get_value(
		"Monitoring Report", doc.name, ["acknowledged", "acknowledged_by", "acknowledged_on"], as_dict=True
	)
	assert (stored.acknowledged, stored.acknowledged_by) == (1, email("verifier")) and stored.acknowledged_on
	response = rest("PUT", path, world.tokens["operator"], json={"progress": 80})
	assert response.status_code == 200, response.text
	assert frappe.db.get_value("Monitoring Report", doc.name, ["acknowledged", "acknowledged_by"]) == (
		0,
		None,
	)


def test_another_agencys_operator_cannot_report(world):
	name = implemented(world, "Monev agensi lain")
	frappe.db.commit()
	before = frappe.db.count("Monitoring Report")
	body = {
		k: v
		for k, v in report(name).as_dict().items()
		if k in ("innovation", "year", "period_number", "report_date", "progress", "status")
	}
	response = rest("POST", "/api/resource/Monitoring Report", world.tokens["other-operator"], json=body)
	assert response.status_code == 403, response.text
	assert frappe.db.count("Monitoring Report") == before


# ------------------------------------------------------------------ staleness


def test_a_stale_innovation_is_warned_once_then_becomes_vakum(world):
	name = implemented(world, "Monev basi", implemented_on="2025-01-15")
	report(name, year=2025, period_number=1, report_date="2025-03-15").insert()
	frappe.db.commit()
	settings = frappe.get_single("Inovasi Daerah Settings")
	last = getdate("2025-03-15")

	warn_day = add_months(last, settings.stale_warning_months)
	started = now_datetime()
	staleness.run_daily(add_days(warn_day, -1))
	assert not frappe.db.get_value("Innovation", name, "monitoring_warned_on")

	assert not queued_recipients("Innovation", name, since=started)
	staleness.run_daily(warn_day)
	assert str(frappe.db.get_value("Innovation", name, "monitoring_warned_on")) == str(warn_day)
	warned = queued_recipients("Innovation", name, since=started)
	assert {email("verifier"), email("verifier2")} <= set(warned)
	staleness.run_daily(add_days(warn_day, 1))
	assert len(queued_recipients("Innovation", name, since=started)) == len(warned)

	vakum_day = add_months(last, settings.stale_vakum_months)
	staleness.run_daily(vakum_day)
	state = frappe.db.get_value("Innovation", name, ["workflow_state", "sustainability_status"])
	assert state == ("Vakum", "Vakum")
	comments = frappe.get_all(
		"Comment", filters={"reference_name": name, "comment_type": "Info"}, pluck="content"
	)
	assert any("Vakum" in c for c in comments)


def test_a_fresh_report_ends_the_warning(world):
	name = implemented(world, "Monev pulih", implemented_on="2025-01-15")
	frappe.db.set_value("Innovation", name, "monitoring_warned_on", "2025-08-01")
	report(name, year=2026, period_number=1, report_date="2026-03-31").insert()
	assert not frappe.db.get_value("Innovation", name, "monitoring_warned_on")


# ------------------------------------------------------------------ replication


def test_replications_count_distinct_regions_and_set_the_replikasi_level(world):
	name = implemented(world, "Direplikasi")
	period = frappe.db.get_value("Assessment Period", {"year": 2026})
	replikasi = frappe.db.get_value("IID Indicator", {"period": period, "level_source": "Replikasi"})
	assert replikasi, "the shipped catalogue computes the level of Replikasi"

	def replicate(region, direction="Direplikasi Daerah Lain"):
		return frappe.get_doc(
			{
				"doctype": "Replication",
				"innovation": name,
				"direction": direction,
				"counterpart_region": region,
				"replication_date": "2026-02-01",
			}
		).insert()

	row = frappe.get_doc(
		{"doctype": "Innovation Indicator", "innovation": name, "indicator": replikasi, "level": "3"}
	)
	refused(row.insert, "record a replication first", "Innovation Indicator")
	replicate("Kabupaten Sleman")
	row = frappe.get_doc(
		{"doctype": "Innovation Indicator", "innovation": name, "indicator": replikasi, "level": "3"}
	).insert()
	assert row.level == "1"  # computed, whatever was sent
	replicate("kabupaten  sleman")
	replicate("Kota Medan", direction="Replikasi dari Daerah Lain")
	assert frappe.db.get_value("Innovation", name, "replication_count") == 1
	replicate("Kota Bandung")
	assert frappe.db.get_value("Innovation", name, "replication_count") == 2
	assert frappe.db.get_value("Innovation Indicator", row.name, "level") == "2"
	own = frappe.db.get_value("Innovation", name, "region")
	refused(lambda: replicate(own), "must be another region", "Replication")


# ------------------------------------------------------------------ consultations and awards


def consultation(world, **values):
	return frappe.get_doc(
		{
			"doctype": "Innovation Consultation",
			"agency": world.dinkes,
			"consultation_date": "2026-05-01",
			"facilitator": email("verifier"),
			"topic": "Penyusunan rancang bangun",
			"advice": "Lengkapi analisis masalah",
			**values,
		}
	)


def test_consultation_rules(world):
	other = frappe.get_doc(complete_proposal(agency=world.disdik, title="Konsultasi lain")).insert().name
	refused(consultation(world, innovation=other).insert, "belongs to", "Innovation Consultation")
	refused(
		consultation(world, follow_up="Kirim draf", follow_up_due="2026-04-01").insert,
		"due before the consultation",
		"Innovation Consultation",
	)
	refused(
		consultation(world, follow_up_due="2026-06-01").insert,
		"what the follow-up is",
		"Innovation Consultation",
	)


def test_an_overdue_follow_up_reminds_the_facilitator(world):
	from inovasi_daerah.programme.consultations import remind_overdue_follow_ups

	due = consultation(world, follow_up="Kirim draf", follow_up_due=add_days(today(), -1)).insert()
	done = consultation(
		world, topic="Sudah selesai", follow_up="Kirim", follow_up_due=add_days(today(), -1), follow_up_done=1
	).insert()
	frappe.db.commit()
	started = now_datetime()
	remind_overdue_follow_ups()
	assert queued_recipients("Innovation Consultation", due.name, since=started) == [email("verifier")]
	assert not queued_recipients("Innovation Consultation", done.name, since=started)
	remind_overdue_follow_ups()  # once only
	assert queued_recipients("Innovation Consultation", due.name, since=started) == [email("verifier")]


def award(world, **values):
	return frappe.get_doc(
		{
			"doctype": "Award",
			"award_type": "Penghargaan Daerah",
			"year": 2026,
			"recipient_type": "Perangkat Daerah",
			"region": frappe.db.get_value("Agency", world.dinkes, "region"),
			"agency": world.dinkes,
			**values,
		}
	)


def test_award_rules(world):
	name = implemented(world, "Berprestasi")
	refused(award(world, recipient_type="Inovasi").insert, "needs", "Award")
	refused(
		award(world, recipient_type="Inovator", innovation=name, innovator_name="Sari").insert,
		"needs",
		"Award",
	)
	refused(
		award(
			world, recipient_type="Inovator", innovation=name, innovator_name="Sari", innovator_nip="123"
		).insert,
		"18 digits",
		"Award",
	)
	doc = award(
		world,
		recipient_type="Inovator",
		innovation=name,
		agency=None,
		innovator_name="Sari",
		innovator_nip="19850312 201001 1 005",
	).insert()
	assert (doc.agency, doc.innovator_nip) == (world.dinkes, "198503122010011005")
	region_award = award(world, recipient_type="Pemerintah Daerah", award_type="IGA").insert()
	assert region_award.agency is None


# ------------------------------------------------------------------ settings


def test_only_managers_change_the_settings(world):
	path = "/api/resource/Inovasi Daerah Settings/Inovasi Daerah Settings"
	before = frappe.db.get_single_value("Inovasi Daerah Settings", "stale_vakum_months")
	for who in ("operator", "verifier"):
		response = rest("PUT", path, world.tokens[who], json={"stale_vakum_months": 2})
		assert response.status_code == 403, (who, response.text)
	response = rest("PUT", path, world.tokens["manager"], json={"stale_warning_months": 12})
	assert response.status_code == 417
	assert frappe.db.get_single_value("Inovasi Daerah Settings", "stale_vakum_months") == before


# ------------------------------------------------------------------ Lab Inovasi cohorts and action plans


def lab(world, **values):
	return frappe.get_doc(
		{
			"doctype": "Innovation Lab",
			"lab_name": "Lab Inovasi Uji",
			"region": frappe.db.get_value("Agency", world.dinkes, "region"),
			"year": 2026,
			"coaching_institution": "LAN RI",
			"participants": [{"agency": world.dinkes, "commitment_date": "2026-01-10"}],
			**values,
		}
	)


def test_a_cohort_moves_one_closed_stage_at_a_time(world):
	doc = lab(world).insert()
	doc.current_stage = "Design"
	refused(doc.save, "one stage at a time", "Innovation Lab")
	doc.reload()
	doc.current_stage = "Diagnose"
	refused(doc.save, "actual date of Drum-up", "Innovation Lab")
	doc.reload()
	doc.actual_drum_up = add_days(today(), 2)
	refused(doc.save, "cannot be in the future", "Innovation Lab")
	doc.reload()
	doc.actual_drum_up, doc.current_stage = "2026-02-01", "Diagnose"
	doc.save()
	assert frappe.db.get_value("Innovation Lab", doc.name, "current_stage") == "Diagnose"


def test_a_cohort_takes_agencies_and_innovations_of_its_region_only(world):
	from tests.integration.helpers import make_agency, make_region

	make_region("Kota Lab Lain")
	foreign = make_agency("LABX", region="Kota Lab Lain")
	refused(lab(world, participants=[{"agency": foreign}]).insert, "is not an agency of", "Innovation Lab")
	other_lab = lab(world, region="Kota Lab Lain", participants=[]).insert()
	doc = frappe.get_doc(
		complete_proposal(agency=world.dinkes, title="Lab salah", innovation_lab=other_lab.name)
	)
	refused(doc.insert, "belongs to", "Innovation")


def test_the_funnel_counts_the_cohort_and_launch_dates_the_verified(world):
	cohort = lab(world, lab_name="Lab Corong").insert()
	step = [{"step": "Rancang alur", "due_date": "2026-03-01"}]
	names = [
		frappe.get_doc(
			complete_proposal(
				agency=world.dinkes,
				title=f"Ide {i}",
				innovation_lab=cohort.name,
				action_plan=step if i < 3 else [],
			)
		)
		.insert()
		.name
		for i in range(4)
	]
	other = frappe.get_doc(
		complete_proposal(agency=world.disdik, title="Ide dinas lain", innovation_lab=cohort.name)
	).insert()
	frappe.db.set_value("Innovation", names[0], "workflow_state", "Ditetapkan")
	frappe.db.set_value("Innovation", names[1], "workflow_state", "Diterapkan")
	report(names[1]).insert()
	refused(lambda: api_launch(cohort.name), "Deliver stage", "Innovation Lab")
	frappe.db.set_value(
		"Innovation Lab", cohort.name, {"current_stage": "Deliver", "actual_design": "2026-03-01"}
	)
	assert api_launch(cohort.name, "2026-04-01") == 2
	assert api_launch(cohort.name, "2026-04-02") == 0  # launched once
	assert str(frappe.db.get_value("Innovation", names[0], "launch_date")) == "2026-04-01"
	assert not frappe.db.get_value("Innovation", names[2], "launch_date")

	from inovasi_daerah.programme.lab import funnel

	result = funnel(cohort.name)
	assert result["total"] == {"ideas": 5, "designed": 3, "verified": 2, "launched": 2, "monitored": 1}
	assert result["by_agency"][world.dinkes]["ideas"] == 4
	assert result["by_agency"][other.agency]["ideas"] == 1
	frappe.db.commit()

	def funnel_as(who):
		return rest(
			"GET",
			"/api/method/inovasi_daerah.api.programme.lab_funnel",
			world.tokens[who],
			query_string={"lab": cohort.name},
		)

	response = funnel_as("verifier")
	assert response.status_code == 200, response.text
	assert response.json["message"]["total"] == result["total"]
	# A cohort lists every participating agency and its head: the Bappeda / BRIDA team's record, not an
	# agency's, so agency-bound users do not read it.
	assert funnel_as("operator").status_code == 403


def api_launch(name, launch_date=None):
	from inovasi_daerah.api import launch_lab

	return launch_lab(name, launch_date)


def test_overdue_action_plan_steps_show_and_are_assigned_once(world):
	from inovasi_daerah.programme.action_plan import remind_overdue_steps

	steps = [
		{"step": "Susun SOP", "responsible": email("operator"), "due_date": add_days(today(), -3)},
		{
			"step": "Uji aplikasi",
			"responsible": email("operator"),
			"due_date": add_days(today(), -3),
			"status": "Selesai",
		},
		{"step": "Sosialisasi", "responsible": email("operator"), "due_date": add_days(today(), 5)},
	]
	name = (
		frappe.get_doc(complete_proposal(agency=world.dinkes, title="Rencana aksi", action_plan=steps))
		.insert()
		.name
	)
	doc = frappe.get_doc("Innovation", name)
	doc.run_method("onload")
	assert doc.get_onload().get("overdue_steps") == ["Susun SOP"]
	frappe.db.commit()
	remind_overdue_steps()
	remind_overdue_steps()
	todos = frappe.get_all(
		"ToDo",
		filters={"reference_type": "Innovation", "reference_name": name, "status": "Open"},
		fields=["allocated_to", "description"],
	)
	assert [t.allocated_to for t in todos] == [email("operator")]
	assert "Susun SOP" in todos[0].description


def test_workshop_ideas_come_in_through_data_import(world, tmp_path):
	"""A Diagnose workshop's ideas, typed into Frappe's import template, land in the cohort in one go."""
	cohort = lab(world, lab_name="Lab Lokakarya").insert()
	rows = ["Innovation Title,Agency,Initiator Type,Lab Inovasi Cohort"]
	rows += [f"Ide lokakarya {i},{world.dinkes},Perangkat Daerah,{cohort.name}" for i in range(25)]
	file = frappe.get_doc(
		{"doctype": "File", "file_name": "ide-lokakarya.csv", "content": "\n".join(rows), "is_private": 1}
	).insert()
	data_import = frappe.get_doc(
		{
			"doctype": "Data Import",
			"reference_doctype": "Innovation",
			"import_type": "Insert New Records",
			"import_file": file.file_url,
		}
	).insert()
	frappe.db.commit()
	data_import.start_import()
	frappe.db.commit()  # as the background job ends
	assert frappe.db.get_value("Data Import", data_import.name, "status") == "Success", frappe.get_all(
		"Data Import Log",
		filters={"data_import": data_import.name, "success": 0},
		fields=["messages", "exception"],
		limit=2,
	)
	assert frappe.db.count("Innovation", {"innovation_lab": cohort.name}) == 25
	from inovasi_daerah.programme.lab import funnel

	assert funnel(cohort.name)["total"]["ideas"] == 25


# ------------------------------------------------------------------ innovator history and next editions

NIP_SARI = "198503122010011005"
NIP_BUDI = "199001012015031002"


def test_innovator_history_lists_innovations_roles_stages_and_awards(world):
	first = frappe.get_doc(
		complete_proposal(
			agency=world.dinkes,
			title="Inovasi Sari satu",
			team=[{"full_name": "Sari Wulandari", "nip": NIP_SARI, "team_role": "Ketua"}],
		)
	).insert()
	frappe.db.set_value("Innovation", first.name, "workflow_state", "Diterapkan")
	frappe.get_doc(
		complete_proposal(
			agency=world.disdik,
			title="Inovasi Budi",
			team=[{"full_name": "Budi Santoso", "nip": NIP_BUDI, "team_role": "Ketua"}],
		)
	).insert()
	award(
		world,
		recipient_type="Inovator",
		innovation=first.name,
		innovator_name="Sari Wulandari",
		innovator_nip=NIP_SARI,
	).insert()
	frappe.db.commit()
	own = rest(
		"GET",
		"/api/method/inovasi_daerah.api.programme.innovator_history",
		world.tokens["operator"],
		query_string={"nip": "19850312 201001 1 005"},
	)
	assert own.status_code == 200, own.text
	history = own.json["message"]
	assert history["full_name"] == "Sari Wulandari"
	assert [(r["title"], r["role"], r["stage"]) for r in history["innovations"]] == [
		("Inovasi Sari satu", "Ketua", "Diterapkan")
	]
	assert [a["award_type"] for a in history["awards"]] == ["Penghargaan Daerah"]
	# Budi works in another agency: the operator of WFKES gets no answer about him, not even his name.
	foreign = rest(
		"GET",
		"/api/method/inovasi_daerah.api.programme.innovator_history",
		world.tokens["operator"],
		query_string={"nip": NIP_BUDI},
	)
	assert foreign.status_code == 404, foreign.text
	assert "Budi" not in foreign.text and "Inovasi Budi" not in foreign.text
	assert (
		rest(
			"GET",
			"/api/method/inovasi_daerah.api.programme.innovator_history",
			world.tokens["verifier"],
			query_string={"nip": NIP_BUDI},
		).status_code
		== 200
	)
	report = rest(
		"POST",
		"/api/method/frappe.desk.query_report.run",
		world.tokens["operator"],
		json={"report_name": "Innovator History", "filters": {"nip": NIP_SARI}},
	)
	assert report.status_code == 200, report.text
	assert [row["title"] for row in report.json["message"]["result"]] == ["Inovasi Sari satu"]


def test_kembangkan_asks_what_was_developed_and_links_both_editions(world):
	from tests.integration.workflow_helpers import act

	name = (
		frappe.get_doc(
			complete_proposal(
				agency=world.dinkes,
				title="Edisi pertama",
				implementation_date="2025-05-01",
				legal_basis_type="SK Kepala Daerah",
				legal_basis_number="SK 9/2025",
				legal_basis_date="2025-04-01",
			)
		)
		.insert()
		.name
	)
	frappe.db.set_value("Innovation", name, "workflow_state", "Diterapkan")
	frappe.db.commit()
	response = act(world, "verifier", name, "Kembangkan")
	assert response.status_code == 417 and "What Was Developed" in response.text
	assert frappe.db.get_value("Innovation", name, "workflow_state") == "Diterapkan"
	assert not frappe.db.exists("Innovation", {"previous_edition": name})
	response = act(
		world, "verifier", name, "Kembangkan", development_note="Layanan diperluas ke 12 kecamatan"
	)
	assert response.status_code == 200, response.text
	old = frappe.db.get_value(
		"Innovation", name, ["workflow_state", "next_edition", "development_note"], as_dict=True
	)
	assert old.workflow_state == "Dikembangkan" and old.development_note.startswith("Layanan diperluas")
	new = frappe.get_doc("Innovation", old.next_edition)
	assert (new.previous_edition, new.workflow_state, new.title) == (name, "Draf", "Edisi pertama")
	assert not (new.implementation_date or new.legal_basis_number or new.development_note)
