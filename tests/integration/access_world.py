"""Two regions with two agencies each, a user of every role in each, and a record of every DocType of the
app in every agency and region, each carrying markers that must never reach a user outside its scope.

Used by the generated isolation and integrity tests. Everything is committed (REST runs on its own
connections) and removed by `tear_down`.
"""

import itertools

import frappe

from inovasi_daerah.access import roles
from inovasi_daerah.access.model import MODULES, SCOPES, child_parents
from tests.integration.helpers import complete_proposal, make_user

REGIONS = {"A": "Kota Akses RA", "B": "Kota Akses RB"}
AGENCIES = {"A1": "A", "A2": "A", "B1": "B", "B2": "B"}
ROLE_KEYS = {
	"operator": roles.OPERATOR,
	"agency-head": roles.AGENCY_HEAD,
	"verifier": roles.VERIFIER,
	"reviewer": roles.REVIEWER,
	"regional-head": roles.REGIONAL_HEAD,
	"manager": roles.MANAGER,
	"viewer": roles.VIEWER,
}
PERIOD_YEAR = 2026
# Known before the site is connected (pytest parametrisation); the isolation test checks it holds every
# DocType of the app's module.
# Singles (the settings) have one record and no list, create or link paths; tests/integration/test_programme.py
# checks who may change them.
SINGLES = ("Inovasi Daerah Settings",)
APP_DOCTYPES_FOR_PARAMETRIZE = [doctype for doctype in SCOPES if doctype not in SINGLES]
INNOVATION_DEPENDANTS = (
	"Monitoring Report",
	"Replication",
	"Award",
	"Innovation Consultation",
	"Innovation Indicator",
	"IID Submission",
	"Stage Review",
)
SEQUENCE = itertools.count(100)


def abbreviation(agency_key: str) -> str:
	return f"AKS{agency_key}"


def agency_name(agency_key: str) -> str:
	return f"{abbreviation(agency_key)} - {REGIONS[AGENCIES[agency_key]]}"


def email(role_key: str, region_key: str) -> str:
	return f"{role_key}-{region_key.lower()}@akses.test"


def nip(agency_key: str) -> str:
	return "19800101200" + {"A1": "1011001", "A2": "1012002", "B1": "1021003", "B2": "1022004"}[agency_key]


class Record(frappe._dict):
	"""A test record: doctype, name, and the agency / region it belongs to."""


def build():
	frappe.set_user("Administrator")
	frappe.db.rollback()
	world = frappe._dict(records=[], tokens={}, created=[])
	period = frappe.db.get_value("Assessment Period", {"year": PERIOD_YEAR})
	world.period = period
	world.sid_indicator = frappe.db.get_value(
		"IID Indicator", {"period": period, "aspect": "SID"}, "name", order_by="number asc"
	)
	world.spd_indicator = frappe.db.get_value(
		"IID Indicator", {"period": period, "aspect": "SPD"}, "name", order_by="number asc"
	)
	for key, region in REGIONS.items():
		frappe.get_doc({"doctype": "Region", "region_name": region, "level": "Kota"}).insert()
		world.records.append(Record(doctype="Region", name=region, agency=None, region=key))
	for key, region_key in AGENCIES.items():
		name = (
			frappe.get_doc(
				{
					"doctype": "Agency",
					"agency_name": f"Dinas Rahasia {key}",
					"abbreviation": abbreviation(key),
					"region": REGIONS[region_key],
					"agency_type": "OPD",
				}
			)
			.insert()
			.name
		)
		world.records.append(Record(doctype="Agency", name=name, agency=key, region=region_key))
	for region_key in REGIONS:
		for role_key, role in ROLE_KEYS.items():
			user = email(role_key, region_key)
			world.tokens[(role_key, region_key)] = make_user(user, [role], api=True)
	link_people()
	for key, region in REGIONS.items():
		lab = frappe.get_doc(
			{
				"doctype": "Innovation Lab",
				"lab_name": f"Lab daerah R{key}",
				"region": region,
				"year": PERIOD_YEAR,
				"coaching_institution": "LAN RI",
				"participants": [
					{"agency": agency_name(agency), "commitment_date": "2026-01-10"}
					for agency, agency_region in AGENCIES.items()
					if agency_region == key
				],
			}
		).insert()
		world.setdefault("labs", {})[key] = lab.name
		world.records.append(Record(doctype="Innovation Lab", name=lab.name, agency=None, region=key))
	for key, region_key in AGENCIES.items():
		add_agency_records(world, key, region_key)
	for key, region in REGIONS.items():
		value = frappe.get_doc(
			{
				"doctype": "Region Indicator Value",
				"region": region,
				"indicator": world.spd_indicator,
				"level": "1",
				"verifier_note": f"Catatan daerah R{key}",
				"evidence": [{"link": f"https://bukti.test/R{key}", "evidence_year": PERIOD_YEAR}],
			}
		).insert()
		world.records.append(
			Record(doctype="Region Indicator Value", name=value.name, agency=None, region=key)
		)
		idea = frappe.get_doc({"doctype": "Public Idea", **idea_values(f"daerah R{key}")}).insert()
		# Entered by the Administrator here, who reaches every region: the idea is placed in its region.
		frappe.db.set_value("Public Idea", idea.name, "region", region)
		world.records.append(Record(doctype="Public Idea", name=idea.name, agency=None, region=key))
	frappe.db.commit()
	return world


def idea_values(marker: str) -> dict:
	return {
		"title": f"Ide {marker}",
		"problem": f"Masalah {marker}",
		"idea": f"Usulan {marker}",
		"location": f"Kelurahan {marker}",
		"full_name": f"Warga {marker}",
		"contact_email": "warga@example.com",
		"consent": 1,
	}


def link_people():
	for key, region_key in AGENCIES.items():
		if key.endswith("1"):
			agency = frappe.get_doc("Agency", agency_name(key))
			agency.head = email("agency-head", region_key)
			agency.append("staff", {"user": email("operator", region_key)})
			agency.save()
	for key, region in REGIONS.items():
		doc = frappe.get_doc("Region", region)
		for role_key, role in ROLE_KEYS.items():
			if role in roles.REGION_WIDE:
				doc.append("members", {"user": email(role_key, key)})
		doc.save()


def add_agency_records(world, key: str, region_key: str):
	agency = agency_name(key)
	marker = f"Rahasia{key}"

	def add(doc):
		world.records.append(Record(doctype=doc.doctype, name=doc.name, agency=key, region=region_key))
		return doc

	add(
		frappe.get_doc(
			{"doctype": "Agency Innovation Target", "agency": agency, "year": PERIOD_YEAR, "target_count": 6}
		).insert()
	)
	innovation = add(
		frappe.get_doc(
			complete_proposal(
				agency=agency,
				title=f"Inovasi {marker}",
				summary=f"Ringkasan {marker}",
				innovation_lab=world.labs[region_key],
				action_plan=[
					{
						"step": f"Langkah {marker}",
						"responsible": email("operator", region_key),
						"due_date": "2026-05-01",
					}
				],
				team=[{"full_name": f"Anggota {marker}", "nip": nip(key), "team_role": "Ketua"}],
			)
		).insert()
	)
	row = add(
		frappe.get_doc(
			{
				"doctype": "Innovation Indicator",
				"innovation": innovation.name,
				"indicator": world.sid_indicator,
				"level": "2",
			}
		).insert()
	)
	evidence = private_file(f"bukti-{marker}.pdf", "Innovation Indicator", row.name)
	row.append(
		"evidence",
		{"attachment": evidence.file_url, "evidence_year": PERIOD_YEAR, "description": f"Bukti {marker}"},
	)
	row.save()
	submission = frappe.db.get_value("IID Submission", {"innovation": innovation.name})
	world.records.append(Record(doctype="IID Submission", name=submission, agency=key, region=region_key))
	add(
		frappe.get_doc(
			{
				"doctype": "Stage Review",
				"innovation": innovation.name,
				"gate": "Kelayakan",
				"reviewer": email("reviewer", region_key),
				"comments": f"<p>Catatan review {marker}</p>",
			}
		).insert()
	)
	add_programme_records(world, add, innovation.name, key, region_key)
	innovation.add_comment("Comment", f"Komentar {marker}")
	private_file(f"lampiran-{marker}.pdf", "Innovation", innovation.name)
	photo = private_file(f"foto-{marker}.png", "Innovation", innovation.name)
	innovation.reload()
	innovation.append("photos", {"photo": photo.file_url, "caption": f"Foto {marker}"})
	innovation.save()


def add_programme_records(world, add, innovation: str, key: str, region_key: str):
	marker = f"Rahasia{key}"
	# Monitoring needs an implemented innovation; the world's innovation goes back to Draf afterwards.
	frappe.db.set_value("Innovation", innovation, "workflow_state", "Diterapkan")
	add(
		frappe.get_doc(
			{
				"doctype": "Monitoring Report",
				"innovation": innovation,
				"year": PERIOD_YEAR,
				"period_number": 1,
				"report_date": "2026-03-31",
				"progress": 40,
				"status": "Terkendala",
				"obstacles": [{"obstacle_category": "Pembiayaan"}],
				"obstacle_notes": f"Kendala {marker}",
				"follow_up": f"Tindak lanjut {marker}",
			}
		).insert()
	)
	frappe.db.set_value("Innovation", innovation, "workflow_state", "Draf")
	change = frappe.get_doc(
		{
			"doctype": "Innovation State Change",
			"innovation": innovation,
			"from_state": "Draf",
			"to_state": "Evaluasi Kelayakan",
			"changed_on": "2026-01-15 10:00:00",
			"days_in_from_state": 3,
		}
	)
	change.flags.system_write = True  # as lifecycle/history.py writes it
	add(change.insert(ignore_permissions=True))
	add(
		frappe.get_doc(
			{
				"doctype": "Replication",
				"innovation": innovation,
				"direction": "Direplikasi Daerah Lain",
				"counterpart_region": f"Kabupaten Mitra {marker}",
				"replication_date": "2026-02-01",
				"agreement_number": f"PKS {marker}",
			}
		).insert()
	)
	add(
		frappe.get_doc(
			{
				"doctype": "Innovation Consultation",
				"agency": agency_name(key),
				"innovation": innovation,
				"consultation_date": "2026-02-10",
				"facilitator": email("verifier", region_key),
				"topic": f"Konsultasi {marker}",
				"advice": f"Saran {marker}",
			}
		).insert()
	)
	add(
		frappe.get_doc(
			{
				"doctype": "Award",
				"award_type": "Penghargaan Daerah",
				"year": PERIOD_YEAR,
				"recipient_type": "Inovator",
				"region": REGIONS[region_key],
				"innovation": innovation,
				"innovator_nip": nip(key),
				"innovator_name": f"Inovator {marker}",
			}
		).insert()
	)


# The first bytes of the evidence the world attaches (evidence is documents and pictures, checked by content).
SIGNATURES = {"pdf": b"%PDF-1.4\n", "png": b"\x89PNG\r\n\x1a\n"}


def private_file(file_name: str, doctype: str, name: str | None):
	"""A private PDF or PNG attached to a record, its name in its bytes."""
	return frappe.get_doc(
		{
			"doctype": "File",
			"file_name": file_name,
			"content": SIGNATURES[file_name.rsplit(".", 1)[-1]] + f"isi {file_name}\n".encode(),
			"is_private": 1,
			"attached_to_doctype": doctype,
			"attached_to_name": name,
		}
	).insert()


def tear_down(world):
	frappe.db.rollback()
	frappe.set_user("Administrator")
	for doctype, name in reversed(world.created):
		if frappe.db.exists(doctype, name):
			if (
				frappe.get_meta(doctype).is_submittable
				and frappe.db.get_value(doctype, name, "docstatus") == 1
			):
				frappe.get_doc(doctype, name).cancel()
			for dependant in INNOVATION_DEPENDANTS:
				if doctype == "Innovation":
					for other in frappe.get_all(
						dependant, filters={"innovation": name}, fields=["name", "docstatus"]
					):
						if other.docstatus == 1:
							frappe.get_doc(dependant, other.name).cancel()
						frappe.delete_doc(dependant, other.name, force=True)
			frappe.db.delete("Workflow Action", {"reference_name": name})
			frappe.delete_doc(doctype, name, force=True)
	innovations = [r.name for r in world.records if r.doctype == "Innovation"]
	for review in frappe.get_all(
		"Stage Review", filters={"innovation": ("in", innovations)}, fields=["name", "docstatus"]
	):
		if review.docstatus == 1:
			frappe.get_doc("Stage Review", review.name).cancel()
		frappe.delete_doc("Stage Review", review.name, force=True)
	frappe.db.delete("Workflow Action", {"reference_name": ("in", innovations)})
	for doctype in (
		"Monitoring Report",
		"Replication",
		"Innovation Consultation",
		"Award",
		"Innovation Indicator",
		"IID Submission",
		"Region Indicator Value",
		"Agency Innovation Target",
		"Public Idea",
	):
		for record in [r for r in world.records if r.doctype == doctype]:
			frappe.delete_doc(doctype, record.name, force=True, ignore_missing=True)
	for name in frappe.get_all("File", filters={"file_name": ("like", "%Rahasia%")}, pluck="name"):
		frappe.delete_doc("File", name, force=True)
	for name in innovations:
		frappe.db.delete("Comment", {"reference_name": name})
		frappe.delete_doc("Innovation", name, force=True)
	frappe.db.delete("ToDo", {"allocated_to": ("like", "%@akses.test")})
	for record in [r for r in world.records if r.doctype == "Innovation Lab"]:
		frappe.delete_doc("Innovation Lab", record.name, force=True, ignore_missing=True)
	for key in AGENCIES:
		frappe.delete_doc("Agency", agency_name(key), force=True, ignore_missing=True)
	for region in REGIONS.values():
		frappe.delete_doc("Region", region, force=True, ignore_missing=True)
	for user in frappe.get_all("User", filters={"name": ("like", "%@akses.test")}, pluck="name"):
		frappe.delete_doc("User", user, force=True)
	frappe.db.commit()


def visible_to(record, role: str, region_key: str) -> bool:
	"""Ground truth of the access model for the world's users (agency-bound ones work in agency X1)."""
	if role in roles.AGENCY_BOUND:
		if record.agency:
			return record.agency == f"{region_key}1"
		return record.region == region_key
	return record.region == region_key


def foreign_tokens(world, role: str, region_key: str) -> list[str]:
	"""Strings of the records outside a user's scope: names, markers, people's names and NIPs."""
	tokens = set()
	for record in world.records:
		if visible_to(record, role, region_key):
			continue
		tokens.add(record.name)
		if record.agency:
			tokens.update({f"Rahasia{record.agency}", nip(record.agency), abbreviation(record.agency)})
		else:
			tokens.add(f"daerah R{record.region}")
	return sorted(tokens)


def app_doctypes() -> list[str]:
	"""Every DocType of the app's module, found in the database (a new DocType is covered by itself)."""
	return frappe.get_all(
		"DocType",
		filters={"module": ("in", MODULES), "istable": 0, "issingle": 0},
		pluck="name",
		order_by="name",
	)


def app_child_doctypes() -> list[str]:
	return frappe.get_all(
		"DocType", filters={"module": ("in", MODULES), "istable": 1}, pluck="name", order_by="name"
	)


def payloads(world):
	"""A valid create payload per DocType, made unique by a sequence number; every DocType must have one."""
	a1 = agency_name("A1")
	innovation = next(r.name for r in world.records if r.doctype == "Innovation" and r.agency == "A1")
	sid = frappe.get_all(
		"IID Indicator", filters={"period": world.period, "aspect": "SID"}, pluck="name", order_by="number"
	)
	spd = frappe.get_all(
		"IID Indicator", filters={"period": world.period, "aspect": "SPD"}, pluck="name", order_by="number"
	)
	return {
		"Region": lambda n: {"region_name": f"Kota Integritas {n}", "level": "Kota"},
		"Agency": lambda n: {
			"agency_name": f"Dinas Integritas {n}",
			"abbreviation": f"INT{n}",
			"region": REGIONS["A"],
			"agency_type": "OPD",
		},
		"Agency Innovation Target": lambda n: {"agency": a1, "year": 2030 + n % 60, "target_count": 3},
		"Innovation": lambda n: {
			**{
				k: v
				for k, v in complete_proposal(agency=a1, title=f"Integritas {n}").items()
				if k != "doctype"
			}
		},
		"Innovation Indicator": lambda n: {**free_indicator(world, innovation, sid, n), "level": "1"},
		"IID Submission": lambda n: {"innovation": new_innovation(world, n), "period": world.period},
		"Stage Review": lambda n: {
			"innovation": new_innovation(world, n),
			"gate": "Kelayakan",
			"reviewer": email("reviewer", "A"),
		},
		"Region Indicator Value": lambda n: {
			"region": REGIONS["A"],
			"indicator": spd[1 + n % (len(spd) - 1)],
			"level": "1",
		},
		"Government Affair": lambda n: {
			"affair_name": f"Urusan Integritas {n}",
			"affair_group": "Pilihan",
			"sequence": 900 + n,
		},
		"Assessment Period": lambda n: {
			"year": 2040 + n % 60,
			"implementation_window_start": "2039-01-01",
			"implementation_window_end": "2040-12-31",
			"divisor_floor": 12,
			"max_total": 250,
		},
		"IID Indicator": lambda n: {
			"period": world.period,
			"aspect": "SID",
			"number": 90 + n,
			"indicator_name": f"Indikator {n}",
			"weight": 1,
		},
		"Monitoring Report": lambda n: {
			"innovation": new_innovation(world, n, state="Diterapkan"),
			"year": PERIOD_YEAR,
			"period_number": 1,
			"report_date": "2026-03-31",
			"progress": 50,
			"status": "Sesuai Rencana",
		},
		"Replication": lambda n: {
			"innovation": innovation,
			"direction": "Direplikasi Daerah Lain",
			"counterpart_region": f"Kabupaten Integritas {n}",
			"replication_date": "2026-02-01",
		},
		"Innovation Consultation": lambda n: {
			"agency": a1,
			"consultation_date": "2026-02-10",
			"facilitator": email("verifier", "A"),
			"topic": f"Topik {n}",
			"advice": "Saran",
		},
		"Award": lambda n: {
			"award_type": "IGA",
			"year": PERIOD_YEAR,
			"recipient_type": "Perangkat Daerah",
			"region": REGIONS["A"],
			"agency": a1,
		},
		"Innovation State Change": lambda n: {
			"innovation": innovation,
			"from_state": "Draf",
			"to_state": "Ditetapkan",
			"changed_on": "2026-01-01 00:00:00",
			"days_in_from_state": n,
		},
		"Obstacle Category": lambda n: {"category_name": f"Kendala Integritas {n}"},
		"Public Idea": lambda n: idea_values(f"Integritas {n}"),
		"Innovation Lab": lambda n: {
			"lab_name": f"Lab Integritas {n}",
			"region": REGIONS["A"],
			"year": PERIOD_YEAR,
		},
		"Review Criteria Set": lambda n: {
			"criteria_set_name": f"Set Integritas {n}",
			"gate": "Lab Inovasi: Design",
			"min_reviews": 1,
			"min_average": 60,
			"criteria": [{"criterion": "Kejelasan", "weight": 100}],
		},
	}


def free_indicator(world, innovation: str, indicators: list[str], n: int) -> dict:
	"""An innovation and an SID indicator it has no row for yet (a second row would be refused as a
	duplicate); a new innovation once the world's one holds them all."""
	used = set(frappe.get_all("Innovation Indicator", filters={"innovation": innovation}, pluck="indicator"))
	free = [indicator for indicator in indicators[1:] if indicator not in used]
	if not free:
		return {"innovation": new_innovation(world, n), "indicator": indicators[1]}
	return {"innovation": innovation, "indicator": free[n % len(free)]}


def new_innovation(world, n, state=None):
	doc = frappe.get_doc(complete_proposal(agency=agency_name("A1"), title=f"Integritas baru {n}")).insert()
	if state:
		frappe.db.set_value("Innovation", doc.name, "workflow_state", state)
	frappe.db.commit()
	world.created.append(("Innovation", doc.name))
	return doc.name


__all__ = ["SCOPES", "child_parents"]
