"""The demo region's programme records, made deterministically from its innovations: one Lab Inovasi
cohort whose funnel follows the seeds' pattern (about 200 ideas, 150 designed and verified, 150 launched,
120 delivering with monitoring), a year of quarterly monev up to today with a few stale innovations, inward
replications, Klinik Inovasi consultations (a few follow-ups overdue) and awards. Safe to run twice."""

import random
from datetime import date, timedelta

import frappe
from frappe.utils import getdate, nowdate

from inovasi_daerah.demo import history as demo_history
from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.programme import staleness
from inovasi_daerah.programme.lab import STAGES, actual_field, planned_field

LAB_NAME = "Laboratorium Inovasi Kota Sukamaju 2025"
LAUNCHED_STATES = ("Uji Coba", "Diterapkan", "Dikembangkan", "Vakum", "Dihentikan")
REPORTING_STATES = ("Diterapkan", "Dikembangkan")
STALE_COUNT = 6
FACILITATORS = ("sri.astuti@sukamaju.demo", "romauli.simatupang@sukamaju.demo")
TOPICS = (
	"Penyusunan rancang bangun inovasi",
	"Pengisian indikator IID dan data dukung",
	"Penyusunan SOP layanan baru",
	"Strategi sosialisasi kepada masyarakat",
	"Pengukuran kemanfaatan dan penerima manfaat",
	"Replikasi dari daerah lain",
)
STEPS = ("Identifikasi masalah dan akar masalah", "Rancang alur layanan baru", "Uji coba terbatas")


def load_programme(region: str) -> dict:
	rng = random.Random(20250601)
	innovations = frappe.get_all(
		"Innovation",
		filters={"region": region},
		fields=["name", "title", "agency", "workflow_state", "trial_start_date", "implementation_date"],
		order_by="name",
	)
	counts = {"Innovation Lab": load_lab(region, innovations, rng)}
	counts["Monitoring Report"] = load_monitoring(innovations, rng)
	counts["Replication"] = load_inward_replications(innovations)
	counts["Innovation Consultation"] = load_consultations(region, innovations, rng)
	counts["Award"] = load_awards(region, innovations)
	# Its own generator, so the records above stay as they were before the history existed.
	counts["Innovation State Change"] = demo_history.load_state_history(innovations, random.Random(20261124))
	staleness.run_daily(commit=False)  # the stale innovations are warned, as the scheduler would
	return counts


def load_lab(region: str, innovations: list, rng) -> int:
	if frappe.db.exists("Innovation Lab", {"lab_name": LAB_NAME}):
		return 0
	agencies = frappe.get_all("Agency", filters={"region": region, "agency_type": "OPD"}, pluck="name")
	lab = frappe.get_doc(
		{
			"doctype": "Innovation Lab",
			"lab_name": LAB_NAME,
			"region": region,
			"year": 2025,
			"coaching_institution": "LAN RI (Pusat Inovasi Administrasi Negara)",
			"participants": [{"agency": agency, "commitment_date": "2025-01-20"} for agency in agencies],
			**{planned_field(stage): date(2025, 1 + 2 * index, 10) for index, stage in enumerate(STAGES)},
			**{actual_field(stage): date(2025, 1 + 2 * index, 14) for index, stage in enumerate(STAGES[:5])},
		}
	).insert(ignore_permissions=True)
	# The cohort's history: it reached Display stage by stage (the rule holds for every later move).
	frappe.db.set_value("Innovation Lab", lab.name, "current_stage", "Display")
	for row in innovations:
		values = {"innovation_lab": lab.name}
		if row.workflow_state in LAUNCHED_STATES:
			values["launch_date"] = row.trial_start_date or row.implementation_date or "2025-07-14"
		frappe.db.set_value("Innovation", row.name, values, update_modified=False)
		if row.workflow_state in meanings.states(feasible=True):
			for index, step in enumerate(STEPS):
				frappe.get_doc(
					{
						"doctype": "Action Plan Step",
						"parent": row.name,
						"parenttype": "Innovation",
						"parentfield": "action_plan",
						"idx": index + 1,
						"step": step,
						"due_date": date(2025, 3 + 2 * index, 28),
						"status": "Selesai"
						if row.workflow_state != "Ditetapkan" or index == 0
						else "Berjalan",
					}
				).db_insert()
	return 1


def recent_quarters(today: date, count: int) -> list[tuple[int, int, date]]:
	"""The last `count` complete quarters before today: (year, quarter, its last day), oldest first."""
	year, quarter = today.year, (today.month - 1) // 3  # the quarter before the current one
	quarters = []
	for _ in range(count):
		if quarter == 0:
			year, quarter = year - 1, 4
		end = date(year, 3 * quarter, 1) + timedelta(days=31)
		quarters.append((year, quarter, end.replace(day=1) - timedelta(days=1)))
		quarter -= 1
	return list(reversed(quarters))


def load_monitoring(innovations: list, rng) -> int:
	today = getdate(nowdate())
	quarters = recent_quarters(today, 4)
	reporting = [row for row in innovations if row.workflow_state in REPORTING_STATES]
	stale = {row.name for row in rng.sample(reporting, min(STALE_COUNT, len(reporting)))}
	inserted = 0
	for row in reporting:
		for index, (year, quarter, end) in enumerate(quarters):
			if row.name in stale and index > 1:
				break  # these stopped reporting two quarters ago: warned, not yet Vakum
			if frappe.db.exists(
				"Monitoring Report", {"innovation": row.name, "year": year, "period_number": quarter}
			):
				continue
			progress = min(100, 55 + 10 * index + rng.randint(0, 10))
			hindered = rng.random() < 0.2
			frappe.get_doc(
				{
					"doctype": "Monitoring Report",
					"innovation": row.name,
					"year": year,
					"period_number": quarter,
					"report_date": min(end + timedelta(days=10), today),
					"progress": progress,
					"status": "Terkendala" if hindered else "Sesuai Rencana",
					"obstacles": [{"obstacle_category": rng.choice(["Pembiayaan", "SDM", "Koordinasi"])}]
					if hindered
					else [],
					"beneficiary_basis": "Jumlah penerima manfaat",
					"beneficiary_value": rng.randint(150, 3000),
					"follow_up": "Lanjutkan sesuai rencana aksi"
					if not hindered
					else "Koordinasi dengan Bappeda",
					"acknowledged": 1 if index < len(quarters) - 1 else 0,
				}
			).insert(ignore_permissions=True)
			inserted += 1
	return inserted


def load_inward_replications(innovations: list) -> int:
	sources = (
		("Kabupaten Banyuwangi", "Dinas Kependudukan dan Pencatatan Sipil"),
		("Kota Makassar", "Dinas Kesehatan"),
		("Kabupaten Kulon Progo", "Bappeda"),
	)
	implemented = [row for row in innovations if row.workflow_state == "Diterapkan"][:3]
	inserted = 0
	for row, (region, agency) in zip(implemented, sources, strict=False):
		if frappe.db.exists(
			"Replication", {"innovation": row.name, "direction": "Replikasi dari Daerah Lain"}
		):
			continue
		frappe.get_doc(
			{
				"doctype": "Replication",
				"innovation": row.name,
				"direction": "Replikasi dari Daerah Lain",
				"counterpart_region": region,
				"counterpart_agency": agency,
				"replication_date": "2025-02-17",
				"agreement_type": "PKS",
				"agreement_number": f"PKS/{row.name}/REPLIKASI",
			}
		).insert(ignore_permissions=True)
		inserted += 1
	return inserted


def load_consultations(region: str, innovations: list, rng) -> int:
	if frappe.db.exists("Innovation Consultation", {"agency": ("like", f"% - {region}")}):
		return 0
	today = getdate(nowdate())
	inserted = 0
	for index in range(24):
		row = innovations[(index * 9) % len(innovations)]
		consulted = today - timedelta(days=20 + 12 * index)
		overdue = index in (1, 4, 7)
		frappe.get_doc(
			{
				"doctype": "Innovation Consultation",
				"agency": row.agency,
				"innovation": row.name,
				"consultation_date": consulted,
				"facilitator": FACILITATORS[index % 2],
				"topic": TOPICS[index % len(TOPICS)],
				"advice": "Lengkapi data dukung dan sesuaikan dengan rancang bangun.",
				"follow_up": "Kirim draf perbaikan ke Klinik Inovasi",
				"follow_up_due": consulted + timedelta(days=14),
				"follow_up_done": 0 if overdue else 1,
			}
		).insert(ignore_permissions=True)
		inserted += 1
	return inserted


def load_awards(region: str, innovations: list) -> int:
	if frappe.db.exists("Award", {"region": region}):
		return 0
	implemented = [row for row in innovations if row.workflow_state in REPORTING_STATES]
	top = implemented[0]
	leader = frappe.db.get_value(
		"Innovation Team Member",
		{"parent": top.name, "team_role": "Ketua"},
		["full_name", "nip"],
		as_dict=True,
	)
	agencies = []
	for row in implemented:
		if row.agency not in agencies:
			agencies.append(row.agency)
	awards = [
		{
			"award_type": "IGA",
			"award_name": "Innovative Government Award 2025",
			"year": 2025,
			"rank": "Sangat Inovatif",
			"recipient_type": "Pemerintah Daerah",
		},
		{
			"award_type": "KIPP Top 99",
			"award_name": "Kompetisi Inovasi Pelayanan Publik 2025",
			"year": 2025,
			"rank": "Top 99",
			"recipient_type": "Inovasi",
			"innovation": top.name,
		},
		*(
			{
				"award_type": "Insentif Daerah",
				"award_name": "Studi Tiru Tiga OPD Terbaik",
				"year": 2025,
				"rank": f"Peringkat {rank}",
				"recipient_type": "Perangkat Daerah",
				"agency": agency,
			}
			for rank, agency in enumerate(agencies[:3], start=1)
		),
	]
	if leader and leader.nip:
		awards.append(
			{
				"award_type": "Penghargaan Daerah",
				"award_name": "Inovator Terbaik Kota Sukamaju",
				"year": 2025,
				"rank": "Terbaik I",
				"recipient_type": "Inovator",
				"innovation": top.name,
				"innovator_nip": leader.nip,
				"innovator_name": leader.full_name,
			}
		)
	for values in awards:
		frappe.get_doc({"doctype": "Award", "region": region, **values}).insert(ignore_permissions=True)
	return len(awards)
