"""Bulk-load a national data set into a site and print how long each DocType took.

    <bench>/env/bin/python benchmarks/national_data.py --bench ~/frappe-bench --site nat16.localhost [--scale 1.0]

At scale 1.0 it loads what DESIGN.md plans for (five years of a national deployment): 500 regions (38
provinces), 15,000 agencies, 200,000 innovations with 20 SID indicator rows each (4,000,000), their IID
submissions, team members, lifecycle history (Innovation State Change), evidence, the regions' SPD values,
a year of monev, replications and awards. `--scale` multiplies the counts (at least 2 regions; always 30
agencies a region). Rows go in as multi-row INSERTs through frappe.db.sql (frappe.db.bulk_insert builds
them with pypika, several times slower per row), committed in batches: no document is built, so no hook
runs, and the script stores what the hooks would have (scores, eligibility, copies, next editions).

It reuses the catalogue installed with the app: the newest Assessment Period (IID 2026) and its
indicators, the Government Affairs, Obstacle Categories and workflow states. An innovation is assessed
once: in the period after the year it was implemented (the IID window is the two years before the
period), or, never implemented, in the period of the year it was proposed. So the script copies the
installed period with its indicators to IID 2023-2025 (a few hundred rows), dates shifted by whole years.
Monev: the 2026 quarters (or halves) of the site's cadence, filed after each closes; a share of the
running one's reports filed early.

Everything is drawn from one seeded generator, so two runs against the same catalogue load the same rows,
on MariaDB and SQLite alike. Dates run from 2022-01-01 to the day before min(2026-11-30, today): a
monitoring report cannot be dated in the future. It refuses a site that already holds innovations (never
pollute a real site) unless `--force`, and always refuses one that holds its "Bench" regions. At the end
it runs ANALYZE and a sanity check (row counts, score sums, the app's own eligibility recomputed for a
sample) and exits non-zero when a check fails; `--check-only` runs just the check on a loaded site.
"""

import argparse
import bisect
import heapq
import itertools
import math
import os
import random
import sys
import time
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

SEED = 20_261_124
FIRST_YEAR, LAST_YEAR = 2022, 2026
LATEST_END = date(2026, 11, 30)
FULL_REGIONS, FULL_PROVINCES, FULL_INNOVATIONS = 500, 38, 200_000
# Awards per year at scale 1 (2023-2026): ~3,000 in all.
AWARDS_PER_YEAR = {"IGA": 60, "KIPP": 99, "Insentif Daerah": 250, "Penghargaan Daerah": 350}
TARGET_PER_AGENCY = 6  # "1 OPD 6 Inovasi"
ADMIN = "Administrator"
COMMIT_EVERY = 50_000  # rows per transaction
SQLITE_MAX_VARIABLES = 32_766

STANDARD = ("name", "creation", "modified", "owner", "modified_by", "docstatus", "idx")
CHILD = ("parent", "parenttype", "parentfield")

# Lifecycle states (inovasi_daerah/lifecycle/workflows/innovation_lifecycle.json).
DRAF, MIA, EVAL, REVISI, TL = "Draf", "Menunggu Izin Atasan", "Evaluasi Kelayakan", "Revisi", "Tidak Layak"
MP, DITETAPKAN, UJI, DITERAPKAN = "Menunggu Penetapan", "Ditetapkan", "Uji Coba", "Diterapkan"
DIKEMBANGKAN, VAKUM, DIHENTIKAN = "Dikembangkan", "Vakum", "Dihentikan"
STATES = (DRAF, MIA, EVAL, REVISI, TL, MP, DITETAPKAN, UJI, DITERAPKAN, DIKEMBANGKAN, VAKUM, DIHENTIKAN)
# Where an innovation created in each year ends up (before the clock cuts late ones short): old cohorts
# are mostly implemented, the current one mostly proposals.
FINAL_STATE_WEIGHTS = {
	2022: (2, 1, 1, 2, 7, 1, 2, 4, 38, 14, 16, 12),
	2023: (3, 1, 1, 2, 7, 1, 3, 5, 40, 13, 13, 11),
	2024: (4, 1, 2, 3, 7, 2, 4, 8, 42, 10, 10, 7),
	2025: (6, 2, 4, 4, 7, 4, 7, 14, 38, 5, 5, 4),
	2026: (22, 6, 14, 8, 5, 7, 8, 14, 12, 1, 1, 2),
}
SUSTAINABILITY = {DITERAPKAN: "Aktif", DIKEMBANGKAN: "Dikembangkan", VAKUM: "Vakum", DIHENTIKAN: "Dihentikan"}
ACTIVE = (DITERAPKAN, DIKEMBANGKAN)
MONITORED = (DITERAPKAN, DIKEMBANGKAN, VAKUM)
# How likely an SID indicator gets a level, by the innovation's state: implemented ones claim most.
FILL_BY_STATE = {
	DRAF: 0.12,
	TL: 0.12,
	MIA: 0.3,
	EVAL: 0.3,
	REVISI: 0.3,
	MP: 0.3,
	DITETAPKAN: 0.55,
	UJI: 0.55,
	DITERAPKAN: 0.8,
	DIKEMBANGKAN: 0.8,
	VAKUM: 0.8,
	DIHENTIKAN: 0.7,
}

# IID Submission states (inovasi_daerah/lifecycle/workflows/iid_submission.json) by period and readiness.
SUBMISSION_STATES = (
	"Draf",
	"Diajukan",
	"Revisi",
	"Diverifikasi",
	"Disahkan Kepala OPD",
	"Siap Kirim",
	"Terkirim",
)
SUBMISSION_WEIGHTS = {
	("past", True): (0, 3, 3, 4, 4, 4, 82),
	("past", False): (60, 15, 5, 10, 0, 0, 10),
	("current", True): (5, 9, 8, 10, 8, 10, 50),
	("current", False): (75, 15, 5, 5, 0, 0, 0),
}
VERIFIED_SUBMISSIONS = ("Diverifikasi", "Disahkan Kepala OPD", "Siap Kirim", "Terkirim")

# 30 agencies a region: 22 top-level OPDs and two groups (health, education) with 4 units each.
# abbreviation|name|type|affairs its innovations mostly serve|how innovative|parent abbreviation
AGENCY_TABLE = """
SETDA|Sekretariat Daerah|OPD|Fungsi Penunjang Lainnya|1.0|
BAPPEDA|Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah|OPD|Perencanaan; Penelitian dan Pengembangan|1.4|
DINKES|Dinas Kesehatan|OPD|Kesehatan|1.6|
RSUD|Rumah Sakit Umum Daerah|BLUD|Kesehatan|1.0|DINKES
PKM-KOTA|Puskesmas Kota|Puskesmas|Kesehatan|0.8|DINKES
PKM-UTARA|Puskesmas Utara|Puskesmas|Kesehatan|0.6|DINKES
PKM-SELATAN|Puskesmas Selatan|Puskesmas|Kesehatan|0.6|DINKES
DISDIK|Dinas Pendidikan|OPD|Pendidikan|1.4|
SEKOLAH-1|Sekolah Negeri 1|Sekolah|Pendidikan|0.5|DISDIK
SEKOLAH-2|Sekolah Negeri 2|Sekolah|Pendidikan|0.4|DISDIK
SEKOLAH-3|Sekolah Negeri 3|Sekolah|Pendidikan|0.4|DISDIK
UPTD-PAUD|UPTD Pendidikan Anak Usia Dini|UPTD|Pendidikan|0.4|DISDIK
DPUPR|Dinas Pekerjaan Umum dan Penataan Ruang|OPD|Pekerjaan Umum dan Penataan Ruang|0.9|
DINSOS|Dinas Sosial|OPD|Sosial|1.0|
DISDUKCAPIL|Dinas Kependudukan dan Pencatatan Sipil|OPD|Administrasi Kependudukan dan Pencatatan Sipil|1.5|
DPMPTSP|Dinas Penanaman Modal dan PTSP|OPD|Penanaman Modal|1.3|
DISKOMINFO|Dinas Komunikasi dan Informatika|OPD|Komunikasi dan Informatika; Statistik; Persandian|1.5|
DISHUB|Dinas Perhubungan|OPD|Perhubungan|0.7|
DLH|Dinas Lingkungan Hidup|OPD|Lingkungan Hidup|0.8|
DISNAKER|Dinas Tenaga Kerja dan Transmigrasi|OPD|Tenaga Kerja; Transmigrasi|0.6|
DKUKMP|Dinas Koperasi, UKM dan Perdagangan|OPD|Koperasi, Usaha Kecil, dan Menengah; Perdagangan; Perindustrian|0.9|
DISTAN|Dinas Pertanian dan Ketahanan Pangan|OPD|Pertanian; Pangan|0.9|
DISPARBUD|Dinas Pariwisata dan Kebudayaan|OPD|Pariwisata; Kebudayaan|0.7|
DPKP|Dinas Perumahan dan Kawasan Permukiman|OPD|Perumahan Rakyat dan Kawasan Permukiman|0.6|
SATPOLPP|Satuan Polisi Pamong Praja|OPD|Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat|0.5|
BPBD|Badan Penanggulangan Bencana Daerah|OPD|Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat|0.5|
BKPSDM|Badan Kepegawaian dan Pengembangan SDM|OPD|Kepegawaian; Pendidikan dan Pelatihan|0.8|
BPKAD|Badan Pengelolaan Keuangan dan Aset Daerah|OPD|Keuangan|0.8|
BAPENDA|Badan Pendapatan Daerah|OPD|Keuangan|0.9|
DP3AP2KB|Dinas Pemberdayaan Perempuan, Perlindungan Anak dan KB|OPD|Pemberdayaan Perempuan dan Pelindungan Anak; Pengendalian Penduduk dan Keluarga Berencana|0.8|
"""
AGENCIES = tuple(
	(abbr, name, kind, tuple(affairs.split("; ")), float(weight), parent or None)
	for abbr, name, kind, affairs, weight, parent in (
		line.split("|") for line in AGENCY_TABLE.strip().splitlines()
	)
)
RESEARCH_UNIT = "BAPPEDA"  # one coordinating research unit per region (Agency.validate_single_research_unit)

INITIATORS = (
	("ASN", 55),
	("Perangkat Daerah", 25),
	("Kepala Daerah", 8),
	("Masyarakat", 8),
	("Anggota DPRD", 4),
)
FORMS = (
	("Pelayanan Publik", 55),
	("Tata Kelola Pemerintahan Daerah", 35),
	("Inovasi Daerah Lainnya Sesuai Urusan", 10),
)
THEMES = (
	("Non Tematik", 35),
	("Digitalisasi Layanan Pemerintahan", 30),
	("Penanggulangan Kemiskinan", 15),
	("Kemudahan Investasi", 10),
	("Prioritas Aktual Presiden", 10),
)
BUDGET_SOURCES = (
	"APBD",
	"APBD",
	"APBD",
	"APBN",
	"APBDes",
	"BOS / BOK / BLUD",
	"CSR / Hibah",
	"Tanpa Anggaran",
)
BENEFICIARY_BASES = (
	"Jumlah penerima manfaat",
	"Cakupan unit penerima manfaat",
	"Efisiensi belanja",
	"Peningkatan pendapatan",
	"Jumlah produk yang dihasilkan",
	"Tren kinerja positif",
)
BENEFICIARY_SCALE = (2000, 60, 150_000_000, 250_000_000, 12, 25)
TITLE_HEADS = (
	"Sistem Informasi",
	"Layanan",
	"Gerakan",
	"Aplikasi",
	"Pojok",
	"Klinik",
	"Gerai",
	"Sahabat",
	"Rumah",
)
TITLE_TAILS = ("Terpadu", "Keliling", "Bersama", "Digital", "Desa", "Cepat", "Ramah Anak", "Warga", "Mandiri")
SYLLABLES = ("SI", "PA", "DU", "KA", "TA", "MAS", "RI", "NA", "GO", "LA", "KU", "BE", "SA", "TU", "RA", "PE")
FIRST_NAMES = (
	("Agus", "Budi", "Dedi", "Eko", "Hendra", "Joko", "Rudi", "Slamet", "Teguh", "Wahyu", "Yusuf", "Arif"),
	("Ani", "Dewi", "Fitri", "Indah", "Lestari", "Maya", "Nur", "Ratna", "Sari", "Siti", "Wulan", "Yuni"),
)
LAST_NAMES = (
	"Santoso",
	"Wijaya",
	"Saputra",
	"Hidayat",
	"Pratama",
	"Kurniawan",
	"Siregar",
	"Nasution",
	"Lubis",
	"Harahap",
	"Setiawan",
	"Rahmawati",
	"Purnamasari",
	"Hasibuan",
	"Simanjuntak",
	"Tanjung",
	"Putri",
	"Utami",
	"Manurung",
	"Gultom",
)
DESIGN_SENTENCES = (
	"Inovasi ini disusun berdasarkan Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah dan Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah.",
	"Permasalahan utama yang dihadapi adalah proses layanan yang masih manual sehingga waktu penyelesaian panjang dan data sulit direkap.",
	"Catatan perangkat daerah menunjukkan keluhan masyarakat yang berulang setiap tahun terkait kejelasan prosedur dan biaya layanan.",
	"Isu strategis yang dijawab tercantum dalam RPJMD, yaitu peningkatan kualitas pelayanan publik dan percepatan transformasi digital.",
	"Metode pembaharuan yang ditawarkan adalah penyederhanaan alur kerja, pembagian peran yang jelas, dan pencatatan setiap permohonan dalam satu sistem.",
	"Keunggulan inovasi ini terletak pada keterpaduan data antar perangkat daerah sehingga pimpinan dapat memantau kinerja secara langsung.",
	"Tahapan inovasi meliputi identifikasi masalah, perancangan, uji coba terbatas, evaluasi, penerapan, dan replikasi ke unit lain.",
	"Tujuan inovasi adalah mempercepat layanan, menurunkan biaya yang ditanggung masyarakat, dan meningkatkan kepuasan pengguna layanan.",
	"Manfaat yang diperoleh berupa waktu layanan yang lebih singkat, data yang akurat, serta akuntabilitas yang lebih baik bagi pemerintah daerah.",
	"Hasil yang diharapkan adalah meningkatnya indeks kepuasan masyarakat dan bertambahnya jumlah penerima manfaat pada setiap triwulan.",
	"Pelaksanaan inovasi melibatkan aparatur sipil negara, tokoh masyarakat, perguruan tinggi, dan pelaku usaha sebagai mitra kerja.",
	"Keberlanjutan dijaga melalui penganggaran dalam APBD, penetapan standar operasional prosedur, dan pelatihan petugas secara berkala.",
	"Risiko yang mungkin muncul dikelola dengan pendampingan teknis, sosialisasi yang luas, dan evaluasi bulanan oleh tim inovasi.",
	"Data dukung berupa dokumentasi kegiatan, laporan capaian, dan testimoni penerima manfaat disimpan untuk keperluan penilaian.",
)
VERIFIER_NOTES = (
	"Data dukung tidak sesuai parameter yang dipilih.",
	"Dokumen tidak terbaca atau tautan tidak dapat dibuka.",
	"Bukti berasal dari luar tahun yang diperbolehkan.",
	"Belum ada tanda tangan pejabat berwenang.",
)
REVISION_NOTES = (
	"Lengkapi rancang bangun dan perjelas indikator keberhasilan.",
	"Rencana anggaran belum sesuai dengan tahapan uji coba.",
	"Perjelas kebaruan dibandingkan layanan yang sudah ada.",
)
FOLLOW_UPS = (
	"Lanjutkan sesuai rencana aksi",
	"Koordinasi dengan Bappeda",
	"Usulkan tambahan anggaran",
	"Pelatihan petugas",
)
COUNTERPART_AGENCIES = (
	"Dinas Kesehatan",
	"Dinas Kependudukan dan Pencatatan Sipil",
	"Bappeda",
	"Dinas Sosial",
)


def stamp(moment: datetime) -> str:
	"""The text Frappe itself stores for a Datetime (SQLite keeps it as text, MariaDB parses it)."""
	return moment.isoformat(" ", "microseconds")


def standard(name: str, created: str, modified: str | None = None, idx: int = 0) -> tuple:
	"""The STANDARD columns of a row written by the Administrator."""
	return (name, created, modified or created, ADMIN, ADMIN, 0, idx)


def pick(rng, weighted):
	"""One value of ((value, weight), ...)."""
	return rng.choices([value for value, _w in weighted], [w for _v, w in weighted])[0]


def add_months(day: date, months: int) -> date:
	month = day.month - 1 + months
	year, month = day.year + month // 12, month % 12 + 1
	last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
	return date(year, month, min(day.day, last))


def whole_years(day: date, years: int) -> date:
	try:
		return day.replace(year=day.year + years)
	except ValueError:  # 29 February
		return day.replace(year=day.year + years, day=28)


class Names:
	"""Unique 10-hex names like Frappe's hash autoname (a counter through an odd multiplier modulo 2**40 is
	a bijection, so names never collide, unlike 1.2 million random 40-bit draws would)."""

	MASK = (1 << 40) - 1

	def __init__(self, rng):
		self.counter = rng.getrandbits(40)

	def next(self) -> str:
		self.counter += 1
		return f"{(self.counter * 0x9E3779B97F4A7C15) & self.MASK:010x}"


class People:
	"""Civil servants: an 18-digit NIP (birth date, appointment month, sex, number) unique per person."""

	SPAN = 7000 * 999  # (birth day within 1965-1984, number 1-999) pairs: 7 million people
	MULTIPLIER = 1_000_003  # coprime with SPAN, so the scramble below is a bijection

	def __init__(self, rng):
		assert math.gcd(self.MULTIPLIER, self.SPAN) == 1
		self.offset = rng.randrange(self.SPAN)
		self.count = 0

	def new(self) -> int:
		self.count += 1
		return self.count

	def nip(self, person: int) -> str:
		scrambled = (person * self.MULTIPLIER + self.offset) % self.SPAN
		day, number = divmod(scrambled, 999)
		born = date(1965, 1, 1) + timedelta(days=day)
		sex = 1 + (day + number) % 2
		return f"{born:%Y%m%d}{born.year + 22 + number % 9}{1 + number % 12:02d}{sex}{number + 1:03d}"

	def name(self, person: int) -> str:
		scrambled = (person * self.MULTIPLIER + self.offset) % self.SPAN
		day, number = divmod(scrambled, 999)
		first = FIRST_NAMES[(day + number) % 2]
		return f"{first[(person * 7) % len(first)]} {LAST_NAMES[(person * 13 + day) % len(LAST_NAMES)]}"


class Writer:
	"""Buffers rows per DocType and writes each buffer as one multi-row INSERT; commits every batch."""

	def __init__(self, frappe, chunk: int):
		self.frappe = frappe
		self.db = frappe.db
		self.sqlite = frappe.db.db_type == "sqlite"
		self.chunk = chunk
		self.columns, self.buffers, self.sql = {}, {}, {}
		self.rows, self.seconds = Counter(), Counter()
		self.uncommitted = 0

	def register(self, doctype: str, fields: tuple, child: bool = False):
		columns = STANDARD + tuple(fields) + (CHILD if child else ())
		self.columns[doctype] = columns
		self.buffers[doctype] = []
		size = self.chunk
		if self.sqlite:  # one statement may bind at most SQLITE_MAX_VARIABLE_NUMBER values
			size = min(size, SQLITE_MAX_VARIABLES // len(columns))
		one = "(" + ",".join(["%s"] * len(columns)) + ")"
		head = f"INSERT INTO `tab{doctype}` ({', '.join(f'`{c}`' for c in columns)}) VALUES "
		self.sql[doctype] = (size, head, one, head + ",".join([one] * size))

	def add(self, doctype: str, row: tuple):
		buffer = self.buffers[doctype]
		buffer.append(row)
		if len(buffer) >= self.sql[doctype][0]:
			self.flush(doctype)

	def flush(self, doctype: str):
		buffer = self.buffers[doctype]
		if not buffer:
			return
		size, head, one, full = self.sql[doctype]
		query = full if len(buffer) == size else head + ",".join([one] * len(buffer))
		started = time.perf_counter()
		self.db.sql(query, list(itertools.chain.from_iterable(buffer)))
		self.uncommitted += len(buffer)
		if self.uncommitted >= COMMIT_EVERY:
			self.db.commit()
			self.uncommitted = 0
		self.seconds[doctype] += time.perf_counter() - started
		self.rows[doctype] += len(buffer)
		buffer.clear()

	def flush_all(self):
		for doctype in self.buffers:
			self.flush(doctype)
		started = time.perf_counter()
		self.db.commit()
		self.uncommitted = 0
		self.seconds["(commit)"] += time.perf_counter() - started

	def insert_dicts(self, doctype: str, rows: list[dict]):
		"""Copies of existing rows (catalogue periods): columns as they come."""
		if not rows:
			return
		columns = list(rows[0])
		started = time.perf_counter()
		query = f"INSERT INTO `tab{doctype}` ({', '.join(f'`{c}`' for c in columns)}) VALUES "
		query += ",".join(["(" + ",".join(["%s"] * len(columns)) + ")"] * len(rows))
		self.db.sql(query, [row[c] for row in rows for c in columns])
		self.seconds[doctype] += time.perf_counter() - started
		self.rows[doctype] += len(rows)


class Loader:
	def __init__(self, frappe, args):
		self.frappe = frappe
		self.args = args
		self.scale = args.scale
		self.rng = random.Random(args.seed)
		self.names = Names(self.rng)
		self.people = People(self.rng)
		self.writer = Writer(frappe, args.chunk)
		self.end = min(LATEST_END, frappe.utils.getdate(frappe.utils.today()))
		self.end_dt = datetime.combine(self.end, datetime.min.time())  # every moment is before this day
		self.last_day = self.end - timedelta(days=1)
		self.region_count = max(2, round(FULL_REGIONS * self.scale))
		self.province_count = max(1, min(self.region_count - 1, round(FULL_PROVINCES * self.scale)))
		self.innovation_count = max(10, round(FULL_INNOVATIONS * self.scale))
		self.series = {}
		self.deferred_monitoring, self.deferred_replications = [], []
		self.implemented = []  # for awards: (name, agency index, implementation date, ketua person)
		self.edition_links = []  # (previous, next)
		self.pending_editions = []  # heap: (created, sequence, origin)
		self.edition_sequence = itertools.count()
		# The app's own rules, so the loaded figures are the ones its hooks would store.
		from inovasi_daerah.iid.rules import eligibility_problems
		from inovasi_daerah.programme import rules

		self.eligibility_problems = eligibility_problems
		self.programme_rules = rules

	# ------------------------------------------------------------------ catalogue and guards

	def guard(self):
		db = self.frappe.db
		existing = db.count("Innovation")
		if existing and not self.args.force:
			sys.exit(
				f"{self.args.site} already holds {existing} innovations: refusing to load a benchmark data set "
				"into it (pass --force to load anyway)."
			)
		if db.exists("Region", {"region_name": ("like", "% Bench %")}):
			sys.exit(
				f"{self.args.site} already holds the benchmark regions: drop and recreate the site first."
			)

	def load_catalogue(self):
		frappe = self.frappe
		getdate = frappe.utils.getdate
		template = frappe.get_all("Assessment Period", fields=["*"], order_by="year desc", limit=1)
		if not template:
			sys.exit("No Assessment Period on the site: install the app (it seeds IID 2026) first.")
		self.template = template[0]
		self.ensure_periods()
		self.periods = {}
		for period in frappe.get_all(
			"Assessment Period", fields=["*"], filters={"year": ("in", self.years())}
		):
			indicators = frappe.get_all(
				"IID Indicator",
				filters={"period": period.name},
				fields=[
					"name",
					"aspect",
					"number",
					"sub_letter",
					"weight",
					"is_mandatory",
					"level_source",
					"indicator_name",
				],
				order_by="number asc, sub_letter asc, name asc",
			)
			bases = defaultdict(list)
			for parent, code in frappe.db.sql(
				"select parent, code from `tabIID Measurement Basis` where parenttype='IID Indicator' order by idx"
			):
				bases[parent].append(code)
			sid = [
				(
					row.name,
					float(row.weight),
					bool(row.is_mandatory),
					row.level_source,
					tuple(bases[row.name]),
				)
				for row in indicators
				if row.aspect == "SID"
			]
			# missing_mandatory lists "number. name" in number order (iid.submissions.missing_mandatory)
			mandatory = {
				row.name: f"{row.number}. {row.indicator_name}"
				for row in sorted(indicators, key=lambda row: row.number)
				if row.aspect == "SID" and row.is_mandatory
			}
			self.periods[period.year] = frappe._dict(
				name=period.name,
				year=period.year,
				sid=sid,
				spd=[(row.name, float(row.weight)) for row in indicators if row.aspect == "SPD"],
				mandatory=mandatory,
				window=(
					getdate(period.implementation_window_start),
					getdate(period.implementation_window_end),
				),
				reporting_start=getdate(period.reporting_window_start or date(period.year, 6, 1)),
				min_design_words=period.min_design_words or 0,
				evidence_years=sorted(self.allowed_years(period.year, period.evidence_years)),
			)
		# A fixed order: the same seed must draw the same rows on every site and database.
		affairs = frappe.get_all("Government Affair", fields=["name", "is_basic_service"], order_by="name")
		self.affairs = [row.name for row in affairs]
		self.basic = {row.name for row in affairs if row.is_basic_service}
		self.obstacles = frappe.get_all("Obstacle Category", pluck="name", order_by="name")
		self.affair_set = set(self.affairs)
		settings = frappe.get_cached_doc("Inovasi Daerah Settings")
		self.cadence = settings.monitoring_cadence or "Triwulan"
		self.warn_months = settings.stale_warning_months or 6
		self.vakum_months = settings.stale_vakum_months or 9
		self.monev_calendar = self.monev_periods()
		missing_states = set(STATES) - set(frappe.get_all("Workflow State", pluck="name"))
		if missing_states:
			sys.exit(f"Workflow states missing on the site: {sorted(missing_states)}")

	def years(self):
		return list(range(self.template.year - 3, self.template.year + 1))

	@staticmethod
	def allowed_years(year, spec):
		from inovasi_daerah.iid.rules import allowed_evidence_years

		return allowed_evidence_years(year, spec)

	def ensure_periods(self):
		"""Copy the installed period, its predicates and indicators to the three years before it (if missing)."""
		frappe, template = self.frappe, self.template
		predicates = frappe.db.sql(
			"select * from `tabIID Predicate Band` where parent=%s and parenttype='Assessment Period'",
			(template.name,),
			as_dict=True,
		)
		indicators = frappe.db.sql(
			"select * from `tabIID Indicator` where period=%s", (template.name,), as_dict=True
		)
		names = {row.name for row in indicators}
		bases = [
			row
			for row in frappe.db.sql(
				"select * from `tabIID Measurement Basis` where parenttype='IID Indicator'", as_dict=True
			)
			if row.parent in names
		]
		now = stamp(datetime.now())
		for year in self.years()[:-1]:
			if frappe.db.exists("Assessment Period", {"year": year}):
				continue
			shift = year - template.year
			name = template.name.replace(str(template.year), str(year))
			period = dict(template, name=name, year=year, creation=now, modified=now)
			for field in (
				"reporting_window_start",
				"reporting_window_end",
				"implementation_window_start",
				"implementation_window_end",
			):
				if period.get(field):
					period[field] = whole_years(period[field], shift)
			self.writer.insert_dicts("Assessment Period", [period])
			self.writer.insert_dicts(
				"IID Predicate Band",
				[
					dict(row, name=self.names.next(), parent=name, creation=now, modified=now)
					for row in predicates
				],
			)
			renamed = {row.name: row.name.replace(template.name, name, 1) for row in indicators}
			self.writer.insert_dicts(
				"IID Indicator",
				[
					dict(row, name=renamed[row.name], period=name, creation=now, modified=now)
					for row in indicators
				],
			)
			self.writer.insert_dicts(
				"IID Measurement Basis",
				[
					dict(row, name=self.names.next(), parent=renamed[row.parent], creation=now, modified=now)
					for row in bases
				],
			)
		frappe.db.commit()

	def read_series(self, prefix: str) -> int:
		if prefix not in self.series:
			current = self.frappe.db.sql("select current from `tabSeries` where name=%s", (prefix,))
			self.series[prefix] = int(current[0][0] or 0) if current else 0
		return self.series[prefix]

	def next_in_series(self, prefix: str, digits: int = 5) -> str:
		self.read_series(prefix)
		self.series[prefix] += 1
		return f"{prefix}{self.series[prefix]:0{digits}d}"

	def store_series(self):
		for prefix, current in self.series.items():
			if self.frappe.db.sql("select 1 from `tabSeries` where name=%s", (prefix,)):
				self.frappe.db.sql("update `tabSeries` set current=%s where name=%s", (current, prefix))
			else:
				self.frappe.db.sql(
					"insert into `tabSeries` (name, current) values (%s, %s)", (prefix, current)
				)

	# ------------------------------------------------------------------ regions and agencies

	def load_regions(self):
		rng, writer = self.rng, self.writer
		writer.register(
			"Region",
			(
				"region_name level parent_province kemendagri_code is_demo is_underdeveloped is_border "
				"is_papua"
			).split(),
		)
		created = stamp(datetime(FIRST_YEAR - 1, 12, 1, 8))
		provinces = []
		papua_from = self.province_count - max(1, round(6 * self.province_count / FULL_PROVINCES)) + 1
		for number in range(1, self.province_count + 1):
			name = f"Provinsi Bench {number:02d}"
			papua = int(number >= papua_from and self.province_count > 1)
			provinces.append((name, number, papua, rng.lognormvariate(0, 0.6)))
			writer.add(
				"Region",
				(
					*standard(name, created),
					name,
					"Provinsi",
					None,
					f"{number:02d}",
					0,
					0,
					0,
					papua,
				),
			)
		self.regions = [name for name, *_rest in provinces]
		self.region_weight = [rng.lognormvariate(0, 0.7) for _ in provinces]
		counters = Counter()
		codes = Counter()
		for _ in range(self.region_count - self.province_count):
			province, number, papua, _w = rng.choices(provinces, [p[3] for p in provinces])[0]
			level = "Kota" if rng.random() < 0.2 else "Kabupaten"
			counters[level] += 1
			codes[number] += 1
			name = f"{level} Bench {counters[level]:04d}"
			code = f"{number:02d}.{codes[number] + (70 if level == 'Kota' else 0):02d}"
			writer.add(
				"Region",
				(
					*standard(name, created),
					name,
					level,
					province,
					code,
					0,
					int(rng.random() < 0.12),
					int(rng.random() < 0.08),
					papua,
				),
			)
			self.regions.append(name)
			# Innovation output differs a lot between regions (a few produce hundreds a year).
			self.region_weight.append(rng.lognormvariate(0, 0.7))
		writer.flush("Region")

	def load_agencies(self):
		"""30 agencies a region as a two-level tree; lft/rgt numbered as Frappe's nested set would."""
		rng, writer = self.rng, self.writer
		writer.register(
			"Agency",
			(
				"agency_name abbreviation region agency_type parent_agency head is_research_unit is_group "
				"lft rgt old_parent"
			).split(),
		)
		counter = int(self.frappe.db.sql("select coalesce(max(rgt), 0) from `tabAgency`")[0][0] or 0) + 1
		created = stamp(datetime(FIRST_YEAR - 1, 12, 1, 9))
		children = defaultdict(list)
		for spec in AGENCIES:
			if spec[5]:
				children[spec[5]].append(spec)
		self.agencies = []  # (name, region index, agency name, affairs)
		self.research_unit = {}
		weights = []
		for region_index, region in enumerate(self.regions):
			for spec in AGENCIES:
				if spec[5]:
					continue
				kids = children.get(spec[0], ())
				lft = counter
				counter += 1
				rows = []
				for kid in kids:
					rows.append((kid, counter, counter + 1, f"{spec[0]} - {region}"))
					counter += 2
				rgt = counter
				counter += 1
				for agency_spec, left, right, parent in [(spec, lft, rgt, None), *rows]:
					abbreviation, agency_name, agency_type, affairs, weight, _parent = agency_spec
					name = f"{abbreviation} - {region}"
					research = int(abbreviation == RESEARCH_UNIT)
					writer.add(
						"Agency",
						(
							*standard(name, created),
							agency_name,
							abbreviation,
							region,
							agency_type,
							parent,
							None,
							research,
							int(bool(kids) and parent is None),
							left,
							right,
							parent,
						),
					)
					if research:
						self.research_unit[region_index] = len(self.agencies)
					self.agencies.append((name, region_index, agency_name, affairs))
					weights.append(self.region_weight[region_index] * weight * rng.lognormvariate(0, 0.5))
		self.agency_cumulative = list(itertools.accumulate(weights))
		self.person_pool = defaultdict(list)  # agency index -> people who worked on its innovations
		writer.flush("Agency")

	def load_targets(self):
		writer = self.writer
		writer.register("Agency Innovation Target", ("agency", "region", "year", "target_count"))
		for year in range(FIRST_YEAR, LAST_YEAR + 1):
			created = stamp(datetime(year, 1, 15, 9))
			for name, region_index, _agency_name, _affairs in self.agencies:
				writer.add(
					"Agency Innovation Target",
					(
						*standard(f"{name}-{year}", created),
						name,
						self.regions[region_index],
						year,
						TARGET_PER_AGENCY,
					),
				)
		writer.flush("Agency Innovation Target")

	# ------------------------------------------------------------------ region (SPD) values

	def register_indicator_tables(self):
		self.writer.register(
			"Indicator Evidence", ("attachment", "link", "evidence_year", "description"), child=True
		)
		self.writer.register(
			"Region Indicator Value",
			(
				"region indicator period weight level evidence_outside_years verification_status "
				"verifier_note verified_by verified_on claimed_score verified_score"
			).split(),
		)

	def load_region_values(self):
		rng, writer = self.rng, self.writer
		for year, period in sorted(self.periods.items()):
			current = year == LAST_YEAR
			for region in self.regions:
				created = datetime.combine(period.reporting_start, datetime.min.time()) + timedelta(
					days=rng.uniform(0, 40), hours=8
				)
				created = min(created, self.end_dt - timedelta(hours=1))
				for indicator, weight in period.spd:
					name = f"{region}-{indicator}"
					level = rng.choice("123") if rng.random() < 0.85 else None
					evidence = level is not None and rng.random() < 0.95
					outside = 0
					if evidence:
						evidence_year = rng.choice(period.evidence_years)
						writer.add(
							"Indicator Evidence",
							(
								*standard(self.names.next(), stamp(created), idx=1),
								None,
								f"https://data.bench.invalid/spd/{year}/{self.names.counter:x}.pdf",
								evidence_year,
								"Data dukung SPD",
								name,
								"Region Indicator Value",
								"evidence",
							),
						)
					claimed = weight * int(level) if evidence else 0.0
					status = rng.choices(
						("Diterima", "Ditolak", "Menunggu"), (60, 5, 35) if current else (90, 5, 5)
					)[0]
					if not claimed and status == "Diterima":
						status = "Menunggu"
					verified_on = (
						stamp(
							min(
								created + timedelta(days=rng.uniform(5, 60)),
								self.end_dt - timedelta(minutes=1),
							)
						)
						if status != "Menunggu"
						else None
					)
					writer.add(
						"Region Indicator Value",
						(
							*standard(name, stamp(created), verified_on or stamp(created)),
							region,
							indicator,
							period.name,
							weight,
							level,
							outside,
							status,
							rng.choice(VERIFIER_NOTES) if status == "Ditolak" else None,
							ADMIN if verified_on else None,
							verified_on,
							claimed,
							claimed if status == "Diterima" else 0.0,
						),
					)
		writer.flush("Region Indicator Value")

	# ------------------------------------------------------------------ innovations

	def register_innovation_tables(self):
		writer = self.writer
		writer.register(
			"Innovation",
			(
				"title agency region workflow_state sustainability_status is_public feasibility_gate "
				"trial_gate review_round revision_note initiator_type initiator_name innovation_form "
				"innovation_type theme main_affair summary design objective benefit expected_result "
				"planned_trial_months budget budget_source launch_date trial_start_date trial_end_date "
				"implementation_date last_monitored_on monitoring_warned_on replication_count "
				"development_note previous_edition legal_basis_type legal_basis_number legal_basis_date"
			).split(),
		)
		writer.register(
			"Innovation Team Member", ("full_name", "nip", "team_role", "user", "agency"), child=True
		)
		writer.register(
			"Innovation State Change",
			(
				"innovation innovation_title from_state to_state changed_on changed_by days_in_from_state"
			).split(),
		)
		writer.register(
			"Innovation Indicator",
			(
				"innovation innovation_title agency region indicator period weight level measurement_basis "
				"evidence_outside_years verification_status verifier_note verified_by verified_on "
				"claimed_score verified_score"
			).split(),
		)
		writer.register(
			"IID Submission",
			(
				"innovation innovation_title agency region period workflow_state revision_note "
				"claimed_score verified_score is_eligible basic_service_affair missing_mandatory "
				"eligibility_notes"
			).split(),
		)

	def design_pool(self):
		"""Rancang bangun texts: most above the 300-word minimum, some short (not eligible)."""
		from inovasi_daerah.lifecycle.proposal import word_count

		rng = self.rng
		pool = []
		for words_wanted in [rng.randint(310, 420) for _ in range(48)] + [
			rng.randint(90, 280) for _ in range(12)
		]:
			paragraphs, words = [], 0
			while words < words_wanted:
				sentences = rng.sample(DESIGN_SENTENCES, 4)
				paragraphs.append("<p>" + " ".join(sentences) + "</p>")
				words += sum(len(s.split()) for s in sentences)
			text = "".join(paragraphs)
			pool.append((text, word_count(text)))
		self.long_designs = [entry for entry in pool if entry[1] >= 300]
		self.short_designs = [entry for entry in pool if entry[1] < 300]

	def year_quotas(self) -> dict[int, int]:
		"""Innovations created per year: +15.8% a year (DESIGN.md), the current year only up to the end date."""
		weights = {}
		for year in range(FIRST_YEAR, LAST_YEAR + 1):
			start, stop = date(year, 1, 1), min(date(year + 1, 1, 1), self.end)
			weights[year] = 1.158 ** (year - FIRST_YEAR) * max(0, (stop - start).days) / 365
		total = sum(weights.values())
		quotas = {year: int(self.innovation_count * w / total) for year, w in weights.items()}
		for year in sorted(weights, key=lambda y: -(self.innovation_count * weights[y] / total % 1))[
			: self.innovation_count - sum(quotas.values())
		]:
			quotas[year] += 1
		return quotas

	def random_moment(self, year: int) -> datetime:
		rng = self.rng
		start = date(year, 1, 1)
		days = (min(date(year + 1, 1, 1), self.end) - start).days
		while True:
			day = start + timedelta(days=rng.randrange(days))
			if day.weekday() < 5 or rng.random() < 0.15:  # office days mostly
				break
		return datetime.combine(day, datetime.min.time()) + timedelta(
			seconds=rng.uniform(7.5 * 3600, 16.5 * 3600)
		)

	def load_innovations(self):
		"""Innovations in creation order, year by year. A developed innovation's next edition (created when it
		entered Dikembangkan, as programme/editions.py does) takes the slot of a random later innovation of
		that year, so each year keeps its count; editions beyond a year's slots move the excess on."""
		self.design_pool()
		heap = self.pending_editions
		excess = 0
		for year, quota in sorted(self.year_quotas().items()):
			base = sorted(self.random_moment(year) for _ in range(max(0, quota - excess)))
			excess = max(0, excess - quota)
			position, left, dropped = 0, len(base), set()
			while position < len(base) or (heap and heap[0][0].year == year):
				if position in dropped:
					position += 1
					continue
				if (
					heap
					and heap[0][0].year == year
					and (position >= len(base) or heap[0][0] <= base[position])
				):
					created, _sequence, origin = heapq.heappop(heap)
					if left:
						while (slot := self.rng.randrange(position, len(base))) in dropped:
							pass
						dropped.add(slot)
						left -= 1
					elif year == LAST_YEAR:
						continue  # no slot left at the end of the data set: this one is never developed further
					else:
						excess += 1
					self.innovation(created, origin)
				else:
					self.innovation(base[position], None)
					position += 1
					left -= 1
			print(
				f"  innovations created in {year}: {self.series.get(f'INOV-{year}-', 0):,} "
				f"({time.perf_counter() - self.started:.0f} s)",
				flush=True,
			)

	def lifecycle_path(self, target: str, asn: bool) -> list[str]:
		"""The states an innovation passes after Draf to reach `target`, with the workflow's loops."""
		rng = self.rng
		if target == DRAF:
			return []
		if target == MIA and not asn:
			target = EVAL
		path, loops = [], 0
		while True:
			if asn:
				path.append(MIA)
				if target == MIA:
					return path
				if loops < 2 and rng.random() < 0.06:  # Kembalikan
					path.append(REVISI)
					loops += 1
					if target == REVISI:
						return path
					continue
			path.append(EVAL)
			if target == EVAL:
				return path
			if target == REVISI or (loops < 2 and rng.random() < 0.12):  # Minta Revisi
				path.append(REVISI)
				loops += 1
				if target == REVISI:
					return path
				continue
			if target == TL:
				path.append(TL)
				return path
			path.append(MP)
			if target == MP:
				return path
			if loops < 2 and rng.random() < 0.04:  # Kembalikan by the regional head
				path.append(REVISI)
				loops += 1
				continue
			break
		path.append(DITETAPKAN)
		if target == DITETAPKAN:
			return path
		path.append(UJI)
		if target == UJI:
			return path
		if target == DIHENTIKAN and rng.random() < 0.4:
			path.append(DIHENTIKAN)
			return path
		path.append(DITERAPKAN)
		if target == DITERAPKAN:
			if rng.random() < 0.08:
				path += [VAKUM, DITERAPKAN]  # Aktifkan Kembali
			return path
		if target == DIKEMBANGKAN:
			path.append(DIKEMBANGKAN)
			return path
		if target == VAKUM:
			if rng.random() < 0.2:
				path.append(DIKEMBANGKAN)
			path.append(VAKUM)
			return path
		roll = rng.random()
		path += (
			[DIHENTIKAN]
			if roll < 0.55
			else [DIKEMBANGKAN, DIHENTIKAN]
			if roll < 0.75
			else [VAKUM, DIHENTIKAN]
		)
		return path

	def days_in(self, state: str, following: str, trial_months: int) -> float:
		rng = self.rng
		if state == UJI:
			return trial_months * 30.4 * rng.uniform(0.8, 1.3)
		if following == DIHENTIKAN:
			return rng.uniform(60, 400)
		if state == DITERAPKAN:
			return rng.uniform(200, 700) if following == DIKEMBANGKAN else rng.uniform(150, 700)
		if state == DIKEMBANGKAN:
			return rng.uniform(150, 500)
		if state == VAKUM:
			return rng.uniform(60, 300)
		median = {DRAF: 14, MIA: 5, EVAL: 25, REVISI: 15, MP: 14, DITETAPKAN: 20}[state]
		return min(120.0, rng.lognormvariate(math.log(median), 0.6))

	def timeline(self, created: datetime, path: list[str], trial_months: int) -> list[tuple[str, datetime]]:
		"""(state, entered) from Draf on, cut where the clock reaches the end date."""
		moments = [(DRAF, created)]
		for state in path:
			previous, entered = moments[-1]
			moment = entered + timedelta(days=self.days_in(previous, state, trial_months))
			moment = moment.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(
				seconds=self.rng.uniform(8 * 3600, 16 * 3600)
			)
			if moment <= entered:
				moment = entered + timedelta(hours=self.rng.uniform(1, 6))
			if moment >= self.end_dt:
				break
			moments.append((state, moment))
		return moments

	def choose_agency(self) -> int:
		return bisect.bisect_left(self.agency_cumulative, self.rng.random() * self.agency_cumulative[-1])

	def new_team(self, agency_index: int) -> list[tuple[int, str, int]]:
		"""(person, role, agency index): a Ketua, 1-3 Anggota, sometimes a Pendamping from the research unit."""
		rng = self.rng
		pool = self.person_pool[agency_index]
		team, chosen = [], set()
		roles = ["Ketua"] + ["Anggota"] * rng.choices((1, 2, 3), (45, 40, 15))[0]
		for role in roles:
			if pool and rng.random() < 0.35:
				person = rng.choice(pool)
				if person in chosen:
					person = self.people.new()
					pool.append(person)
			else:
				person = self.people.new()
				pool.append(person)
			chosen.add(person)
			team.append((person, role, agency_index))
		if rng.random() < 0.4:
			unit = self.research_unit[self.agencies[agency_index][1]]
			unit_pool = self.person_pool[unit]
			person = rng.choice(unit_pool) if unit_pool and rng.random() < 0.6 else None
			if person is None or person in chosen:
				person = self.people.new()
				unit_pool.append(person)
			team.append((person, "Pendamping", unit))
		return team

	def new_proposal(self, agency_index: int) -> dict:
		rng = self.rng
		_name, _region, agency_name, affairs = self.agencies[agency_index]
		main_affair = rng.choice(affairs) if rng.random() < 0.8 else rng.choice(self.affairs)
		if main_affair not in self.affair_set:
			main_affair = rng.choice(self.affairs)  # the site renamed or removed this affair
		acronym = "".join(rng.sample(SYLLABLES, rng.randint(2, 3)))
		title = f"{acronym} ({rng.choice(TITLE_HEADS)} {main_affair} {rng.choice(TITLE_TAILS)})"
		team = self.new_team(agency_index)
		initiator = pick(rng, INITIATORS)
		initiator_name = {
			"ASN": self.people.name(team[0][0]),
			"Perangkat Daerah": agency_name,
			"Kepala Daerah": f"Kepala Daerah {self.regions[self.agencies[agency_index][1]]}",
			"Masyarakat": f"Komunitas {rng.choice(LAST_NAMES)}",
			"Anggota DPRD": f"{rng.choice(FIRST_NAMES[0])} {rng.choice(LAST_NAMES)}, Anggota DPRD",
		}[initiator]
		return {
			"agency": agency_index,
			"title": title,
			"main_affair": main_affair,
			"initiator_type": initiator,
			"initiator_name": initiator_name,
			"innovation_form": pick(rng, FORMS),
			"innovation_type": "Digital" if rng.random() < 0.6 else "Non Digital",
			"theme": pick(rng, THEMES),
			"summary": f"{title} memperbaiki layanan {main_affair.lower()} di {agency_name}.",
			"design": rng.choice(self.long_designs) if rng.random() < 0.9 else rng.choice(self.short_designs),
			"planned_trial_months": rng.choice((3, 3, 6, 6, 6, 9, 12)),
			"budget": round(rng.lognormvariate(math.log(150_000_000), 1.0), -3),
			"budget_source": rng.choice(BUDGET_SOURCES),
			"team": team,
		}

	def innovation(self, created: datetime, origin: dict | None):
		rng = self.rng
		proposal = (
			dict(origin, previous_edition=origin["name"])
			if origin
			else self.new_proposal(self.choose_agency())
		)
		agency_index = proposal["agency"]
		agency, region_index, _agency_name, _affairs = self.agencies[agency_index]
		region = self.regions[region_index]
		title = proposal["title"]
		name = self.next_in_series(f"INOV-{created.year}-")
		target = rng.choices(STATES, FINAL_STATE_WEIGHTS[min(max(created.year, FIRST_YEAR), LAST_YEAR)])[0]
		asn = proposal["initiator_type"] == "ASN"
		moments = self.timeline(created, self.lifecycle_path(target, asn), proposal["planned_trial_months"])
		state = moments[-1][0]
		entered = {}
		revisions = 0
		for step, moment in moments:
			entered.setdefault(step, moment)
			revisions += step == REVISI
		dates = self.lifecycle_dates(moments)
		implemented = dates["implementation"]

		# Draf proposals are often incomplete; anything submitted satisfied PP 38/2017.
		design, design_words = proposal["design"]
		objective = "Mempercepat layanan dan menurunkan biaya bagi masyarakat."
		benefit = "Waktu layanan lebih singkat dan data lebih akurat."
		if state == DRAF and len(moments) == 1 and rng.random() < 0.5:
			design, design_words = (None, 0) if rng.random() < 0.5 else rng.choice(self.short_designs)
			objective = benefit = None if rng.random() < 0.5 else objective

		replication_count = self.replications(name, title, agency, region_index, implemented, created)
		last_monitored, warned = self.monitoring(name, title, agency, region, moments, implemented)
		if DIKEMBANGKAN in entered and proposal is not None:
			heapq.heappush(
				self.pending_editions,
				(
					entered[DIKEMBANGKAN] + timedelta(seconds=1),
					next(self.edition_sequence),
					{**proposal, "name": name, "design": (design, design_words)},
				),
			)
		if origin:
			self.edition_links.append((origin["name"], name))
		if implemented:
			self.implemented.append((name, agency_index, implemented, proposal["team"][0][0]))

		sustainability = None
		for step, _moment in moments:
			sustainability = SUSTAINABILITY.get(step, sustainability)
		feasibility = ""
		if state == TL:
			feasibility = "Tidak Lulus"
		elif any(
			step in (MP, DITETAPKAN, UJI, DITERAPKAN, DIKEMBANGKAN, VAKUM, DIHENTIKAN) for step, _m in moments
		):
			feasibility = "Lulus"
		elif state == EVAL and rng.random() < 0.3:
			feasibility = rng.choice(("Lulus", "Tidak Lulus"))
		trial_gate = "Lulus" if implemented else "Tidak Lulus" if state == DIHENTIKAN else ""
		changed_on = moments[-1][1]
		legal = entered.get(DITETAPKAN)
		self.writer.add(
			"Innovation",
			(
				*standard(name, stamp(created), stamp(max(changed_on, created))),
				title,
				agency,
				region,
				state,
				sustainability,
				int(implemented is not None and rng.random() < 0.7),
				feasibility or None,
				trial_gate or None,
				1 + revisions,
				rng.choice(REVISION_NOTES) if REVISI in entered or TL in entered else None,
				proposal["initiator_type"],
				proposal["initiator_name"],
				proposal["innovation_form"],
				proposal["innovation_type"],
				proposal["theme"],
				proposal["main_affair"],
				proposal["summary"],
				design,
				objective,
				benefit,
				"Indeks kepuasan masyarakat naik dan penerima manfaat bertambah tiap triwulan.",
				proposal["planned_trial_months"],
				proposal["budget"],
				proposal["budget_source"],
				dates["trial_start"],
				dates["trial_start"],
				dates["trial_end"],
				implemented,
				last_monitored,
				warned,
				replication_count,
				"Perluasan cakupan layanan ke seluruh kecamatan." if DIKEMBANGKAN in entered else None,
				proposal.get("previous_edition"),
				"SK Kepala Daerah" if legal else None,
				f"188.45/{self.series[f'INOV-{created.year}-']}/KEP/{legal.year}" if legal else None,
				legal.date() if legal else None,
			),
		)
		for idx, (person, role, member_agency) in enumerate(proposal["team"], 1):
			self.writer.add(
				"Innovation Team Member",
				(
					*standard(self.names.next(), stamp(created), idx=idx),
					self.people.name(person),
					self.people.nip(person),
					role,
					None,
					self.agencies[member_agency][0],
					name,
					"Innovation",
					"team",
				),
			)
		for (from_state, left), (to_state, moment) in itertools.pairwise(moments):
			self.writer.add(
				"Innovation State Change",
				(
					*standard(self.names.next(), stamp(moment)),
					name,
					title,
					from_state,
					to_state,
					stamp(moment),
					ADMIN,
					round((moment - left).total_seconds() / 86400, 6),
				),
			)
		self.assessment(
			name,
			title,
			agency,
			region,
			created,
			state,
			implemented,
			design_words,
			proposal,
			replication_count,
		)

	def lifecycle_dates(self, moments) -> dict:
		"""Trial start/end and implementation (first entry into Diterapkan) from the timeline."""
		trial_start = trial_end = implementation = None
		for (step, moment), following in itertools.zip_longest(moments, moments[1:]):
			if step == UJI and trial_start is None:
				trial_start = moment.date()
				if following:
					trial_end = following[1].date()
			if step == DITERAPKAN and implementation is None:
				implementation = moment.date()
		return {"trial_start": trial_start, "trial_end": trial_end, "implementation": implementation}

	# ------------------------------------------------------------------ IID indicators and submission

	def assessment(
		self, name, title, agency, region, created, state, implemented, design_words, proposal, replications
	):
		"""The innovation's 20 SID rows, their evidence, and its IID submission, scored as the app would."""
		replication_level = self.programme_rules.replication_level
		rng, writer = self.rng, self.writer
		# Reported in the period after the year it was implemented (inside that period's window), a
		# proposal in the period of the year it was proposed.
		year = implemented.year + 1 if implemented else created.year
		year = min(max(year, min(self.periods)), LAST_YEAR)
		period = self.periods[year]
		ready = implemented is not None and implemented.year == year - 1
		sub_state = rng.choices(
			SUBMISSION_STATES, SUBMISSION_WEIGHTS[("current" if year == LAST_YEAR else "past", ready)]
		)[0]
		verified_phase = sub_state in VERIFIED_SUBMISSIONS
		opened = datetime.combine(period.reporting_start, datetime.min.time()) - timedelta(
			days=rng.uniform(0, 60)
		)
		opened = max(opened, created + timedelta(hours=rng.uniform(2, 72)))
		opened = min(opened, self.end_dt - timedelta(minutes=5))
		opened_at = stamp(opened)
		fill = FILL_BY_STATE[state]
		level_weights = (25, 40, 35) if implemented else (40, 40, 20)
		claimed_total = verified_total = 0.0
		missing = []
		last_touch = opened
		for position, (indicator, weight, mandatory, level_source, bases) in enumerate(period.sid):
			row = f"{name}-{indicator}"
			if level_source == "Replikasi":  # the system's level, from the replications
				level = str(replication_level(replications)) if replications else None
			elif rng.random() < (min(0.98, fill + 0.18) if mandatory else fill):
				level = rng.choices("123", level_weights)[0]
			else:
				level = None
			evidence_rows = 0
			outside = 0
			if level and rng.random() < (0.97 if mandatory else 0.92):
				evidence_rows = 1 if rng.random() < 0.8 else 2
				for number in range(1, evidence_rows + 1):
					evidence_year = rng.choice(period.evidence_years)
					if rng.random() < 0.03:
						evidence_year = period.evidence_years[0] - 1  # flagged: outside the allowed years
						outside = 1
					writer.add(
						"Indicator Evidence",
						(
							*standard(self.names.next(), opened_at, idx=number),
							None,
							f"https://data.bench.invalid/{name}/{position + 1}-{number}.pdf",
							evidence_year,
							None,
							row,
							"Innovation Indicator",
							"evidence",
						),
					)
			claimed = weight * int(level) if evidence_rows else 0.0
			status = "Menunggu"
			if claimed and verified_phase:
				status = "Diterima" if rng.random() < (0.96 if mandatory else 0.88) else "Ditolak"
			elif claimed and sub_state == "Revisi":
				status = rng.choices(("Ditolak", "Diterima", "Menunggu"), (30, 50, 20))[0]
			elif not claimed and verified_phase and rng.random() < 0.3:
				status = "Ditolak"
			verified_on = None
			if status != "Menunggu":
				moment = min(opened + timedelta(days=rng.uniform(3, 75)), self.end_dt - timedelta(minutes=1))
				verified_on = stamp(moment)
				last_touch = max(last_touch, moment)
			verified = claimed if status == "Diterima" else 0.0
			claimed_total += claimed
			verified_total += verified
			if mandatory and status != "Diterima":
				missing.append(indicator)
			writer.add(
				"Innovation Indicator",
				(
					*standard(row, opened_at, verified_on or opened_at),
					name,
					title,
					agency,
					region,
					indicator,
					period.name,
					weight,
					level,
					rng.choice(bases) if bases and level else None,
					outside,
					status,
					rng.choice(VERIFIER_NOTES) if status == "Ditolak" else None,
					ADMIN if verified_on else None,
					verified_on,
					claimed,
					verified,
				),
			)
		missing_labels = [label for indicator, label in period.mandatory.items() if indicator in missing]
		problems = self.eligibility_problems(
			implemented, period.window, design_words, period.min_design_words, missing_labels
		)
		main_affair = proposal["main_affair"]
		writer.add(
			"IID Submission",
			(
				*standard(f"{name}-{period.name}", opened_at, stamp(last_touch)),
				name,
				title,
				agency,
				region,
				period.name,
				sub_state,
				rng.choice(VERIFIER_NOTES) if sub_state == "Revisi" else None,
				claimed_total,
				verified_total,
				int(not problems),
				main_affair if main_affair in self.basic else None,
				", ".join(missing_labels),
				"; ".join(self.problem_texts[p] for p in problems),
			),
		)

	# ------------------------------------------------------------------ replications, monev, awards

	def replications(self, name, title, agency, region_index, implemented, created) -> int:
		"""Outward replications (a few per cent of implemented innovations) and a few inward ones; returns the
		number of distinct regions that replicated it (what Innovation.replication_count stores)."""
		rng = self.rng
		outward = set()
		if implemented and rng.random() < 0.05 and len(self.regions) > 1:
			wanted = min(rng.choices((1, 2, 3, 4), (60, 25, 10, 5))[0], len(self.regions) - 1)
			others = []
			while len(others) < wanted:
				other = rng.randrange(len(self.regions))
				if other != region_index and other not in others:
					others.append(other)
			if rng.random() < 0.08:
				others.append(others[0])  # a second agreement with the same region counts once
			start = implemented + timedelta(days=60)
			for other in others:
				if start >= self.last_day:
					break
				when = start + timedelta(days=rng.randrange(min(640, (self.last_day - start).days) + 1))
				self.deferred_replications.append(
					(when, name, title, agency, region_index, "Direplikasi Daerah Lain", other)
				)
				outward.add(other)
		if rng.random() < 0.015 and len(self.regions) > 1:
			other = (region_index + 1 + rng.randrange(len(self.regions) - 1)) % len(self.regions)
			when = min(created.date() + timedelta(days=rng.randrange(60)), self.last_day)
			self.deferred_replications.append(
				(when, name, title, agency, region_index, "Replikasi dari Daerah Lain", other)
			)
		return len(outward)

	def monev_periods(self) -> list[tuple[int, date, date, date]]:
		"""(number, period end, first and last report day) of the monev year: reports come after the
		period closes, or, for the period still running, early ones filed before the end date."""
		count = self.programme_rules.periods_per_year(self.cadence)
		periods = []
		for number in range(1, count + 1):
			month = 12 // count * number
			end = (date(LAST_YEAR, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
			first, last = end + timedelta(days=3), end + timedelta(days=25)
			if last > self.last_day:
				first, last = (
					max(end - timedelta(days=60), date(LAST_YEAR, month - 12 // count + 1, 1)),
					self.last_day,
				)
			if first <= last:
				periods.append((number, end, first, last))
		return periods

	def monitoring(self, name, title, agency, region, moments, implemented):
		"""A year of monitoring reports for an innovation that is implemented (or went Vakum after it);
		returns (last_monitored_on, monitoring_warned_on)."""
		rules = self.programme_rules
		state = moments[-1][0]
		if state not in MONITORED or not implemented:
			return None, None
		rng = self.rng

		def state_on(day):
			current = DRAF
			for step, moment in moments:
				if moment.date() > day:
					break
				current = step
			return current

		candidates = []  # (day, period number) the innovation could report on: implemented and active then
		for number, end, first, last in self.monev_calendar:
			day = first + timedelta(days=rng.randrange((last - first).days + 1))
			if implemented <= end and day > implemented and state_on(day) in ACTIVE:
				candidates.append((day, number, last == self.last_day and end > self.last_day))
		stale_after = rng.choice((1, 2)) if rng.random() < 0.06 else None
		reports = []
		for day, number, running in candidates:
			if stale_after is not None and len(reports) >= stale_after:
				break
			if running and rng.random() < 0.55:
				continue  # most file the running period's report after it closes
			if rng.random() < 0.04:
				continue
			reports.append((day, number))
		if state in ACTIVE and candidates:
			since = reports[-1][0] if reports else implemented
			if rules.whole_months_between(since, self.end) >= self.vakum_months:
				# The daily check would have made it Vakum by now: it reported in the last period it could.
				reports = sorted({*reports, candidates[-1][:2]})
		progress = rng.uniform(35, 75)
		basis = rng.randrange(len(BENEFICIARY_BASES))
		value = BENEFICIARY_SCALE[basis] * rng.lognormvariate(0, 0.6)
		vakum_at = dict(moments).get(VAKUM)
		for index, (day, number) in enumerate(reports):
			progress = min(100.0, progress + rng.uniform(3, 12))
			value *= rng.uniform(0.97, 1.2)
			status = rng.choices(("Sesuai Rencana", "Terkendala", "Berhenti"), (72, 22, 6))[0]
			if state == VAKUM and index == len(reports) - 1 and vakum_at and vakum_at.date() > day:
				status = rng.choice(("Terkendala", "Terkendala", "Berhenti"))
			obstacles = ()
			if status != "Sesuai Rencana" and self.obstacles:
				obstacles = tuple(rng.sample(self.obstacles, min(len(self.obstacles), rng.choice((1, 1, 2)))))
			filed = datetime.combine(day, datetime.min.time()) + timedelta(
				seconds=rng.uniform(8 * 3600, 16 * 3600)
			)
			old_enough = (self.end - day).days > 45
			acknowledged = rng.random() < (0.9 if old_enough else 0.3)
			acknowledged_on = min(
				filed + timedelta(days=rng.uniform(1, 20)), self.end_dt - timedelta(minutes=1)
			)
			self.deferred_monitoring.append(
				(
					filed,
					name,
					title,
					agency,
					region,
					number,
					round(progress, 1),
					status,
					BENEFICIARY_BASES[basis],
					round(value, 2),
					obstacles,
					acknowledged_on if acknowledged else None,
				)
			)
		last = reports[-1][0] if reports else None
		warned = None
		if state in ACTIVE:
			# Warned once by the daily check when the newest report (or the implementation) got this old.
			since = last or implemented
			if rules.whole_months_between(since, self.end) >= self.warn_months:
				warned = min(add_months(since, self.warn_months), self.last_day)
		return last, warned

	def load_deferred(self):
		"""Monitoring reports, replications and awards, named in the order they were created."""
		period_label = self.programme_rules.period_label
		writer, rng = self.writer, self.rng
		writer.register(
			"Monitoring Report",
			(
				"innovation innovation_title agency region year period_number period report_date progress "
				"status obstacle_notes beneficiary_basis beneficiary_value follow_up acknowledged "
				"acknowledged_by acknowledged_on"
			).split(),
		)
		writer.register("Monitoring Obstacle", ("obstacle_category",), child=True)
		self.deferred_monitoring.sort(key=lambda r: (r[0], r[1]))
		for (
			filed,
			innovation,
			title,
			agency,
			region,
			number,
			progress,
			status,
			basis,
			value,
			obstacles,
			ack,
		) in self.deferred_monitoring:
			name = self.next_in_series(f"MON-{filed.year}-")
			writer.add(
				"Monitoring Report",
				(
					*standard(name, stamp(filed), stamp(ack or filed)),
					innovation,
					title,
					agency,
					region,
					LAST_YEAR,
					number,
					period_label(self.cadence, LAST_YEAR, number),
					filed.date(),
					progress,
					status,
					"Kendala dilaporkan ke tim inovasi." if obstacles else None,
					basis,
					value,
					rng.choice(FOLLOW_UPS),
					int(ack is not None),
					ADMIN if ack else None,
					stamp(ack) if ack else None,
				),
			)
			for idx, category in enumerate(obstacles, 1):
				writer.add(
					"Monitoring Obstacle",
					(
						*standard(self.names.next(), stamp(filed), idx=idx),
						category,
						name,
						"Monitoring Report",
						"obstacles",
					),
				)
		self.deferred_monitoring = []

		writer.register(
			"Replication",
			(
				"innovation innovation_title agency region direction counterpart_region counterpart_agency "
				"replication_date agreement_type agreement_number"
			).split(),
		)
		self.deferred_replications.sort(key=lambda r: (r[0], r[1], r[6]))
		for when, innovation, title, agency, region_index, direction, other in self.deferred_replications:
			created = datetime.combine(when, datetime.min.time()) + timedelta(hours=10)
			name = self.next_in_series(f"REP-{created.year}-")
			kind = rng.choice(("PKS", "MoU", "Surat Replikasi"))
			writer.add(
				"Replication",
				(
					*standard(name, stamp(created)),
					innovation,
					title,
					agency,
					self.regions[region_index],
					direction,
					self.regions[other],
					rng.choice(COUNTERPART_AGENCIES),
					when,
					kind,
					f"{kind}/{name}",
				),
			)
		self.deferred_replications = []
		self.load_awards()
		writer.flush_all()

	def load_awards(self):
		"""IGA for regions, KIPP for innovations, incentives for agencies, regional awards for innovators."""
		rng, writer = self.rng, self.writer
		writer.register(
			"Award",
			(
				"award_type award_name year rank recipient_type region agency innovation innovator_nip "
				"innovator_name"
			).split(),
		)
		awards = []
		for year in range(LAST_YEAR - 3, LAST_YEAR + 1):
			cutoff = date(year, 6, 30)
			eligible = [row for row in self.implemented if row[2] <= cutoff]
			if not eligible:
				continue
			span = (
				(date(year, 11, 1), date(year, 12, 15))
				if year < LAST_YEAR
				else (date(year, 8, 1), self.last_day)
			)

			count = max(1, round(AWARDS_PER_YEAR["IGA"] * self.scale))
			for position, region_index in enumerate(
				rng.sample(range(len(self.regions)), min(count, len(self.regions))), 1
			):
				awards.append(
					(
						self.moment_between(*span),
						"IGA",
						f"Innovative Government Award {year}",
						year,
						"Sangat Inovatif" if position <= count // 2 else "Inovatif",
						"Pemerintah Daerah",
						region_index,
						None,
						None,
						None,
					)
				)
			count = min(len(eligible), max(1, round(AWARDS_PER_YEAR["KIPP"] * self.scale)))
			for position, row in enumerate(rng.sample(eligible, count), 1):
				kind = "KIPP Top 45" if position <= round(count * 45 / 99) else "KIPP Top 99"
				awards.append(
					(
						self.moment_between(*span),
						kind,
						f"Kompetisi Inovasi Pelayanan Publik {year}",
						year,
						kind.replace("KIPP ", ""),
						"Inovasi",
						None,
						row[1],
						row[0],
						None,
					)
				)
			agencies = sorted({row[1] for row in eligible})
			count = min(len(agencies), max(1, round(AWARDS_PER_YEAR["Insentif Daerah"] * self.scale)))
			for agency_index in rng.sample(agencies, count):
				awards.append(
					(
						self.moment_between(*span),
						"Insentif Daerah",
						f"Insentif OPD Inovatif {year}",
						year,
						f"Peringkat {rng.randint(1, 3)}",
						"Perangkat Daerah",
						None,
						agency_index,
						None,
						None,
					)
				)
			count = min(len(eligible), max(1, round(AWARDS_PER_YEAR["Penghargaan Daerah"] * self.scale)))
			for row in rng.sample(eligible, count):
				awards.append(
					(
						self.moment_between(*span),
						"Penghargaan Daerah",
						f"Inovator Terbaik {year}",
						year,
						"Terbaik I",
						"Inovator",
						None,
						row[1],
						row[0],
						row[3],
					)
				)
		awards.sort(key=lambda a: a[0])
		for (
			created,
			kind,
			award_name,
			year,
			rank,
			recipient,
			region_index,
			agency_index,
			innovation,
			person,
		) in awards:
			if agency_index is not None:
				region_index = self.agencies[agency_index][1]
			writer.add(
				"Award",
				(
					*standard(self.next_in_series(f"AWD-{created.year}-"), stamp(created)),
					kind,
					award_name,
					year,
					rank,
					recipient,
					self.regions[region_index],
					self.agencies[agency_index][0] if agency_index is not None else None,
					innovation,
					self.people.nip(person) if person else None,
					self.people.name(person) if person else None,
				),
			)
		self.implemented = []

	def moment_between(self, first: date, last: date) -> datetime:
		day = first + timedelta(days=self.rng.randrange((last - first).days + 1))
		return datetime.combine(day, datetime.min.time()) + timedelta(hours=self.rng.uniform(8, 16))

	def link_editions(self):
		"""Innovation.next_edition of the developed innovations (their edition was created after them)."""
		started = time.perf_counter()
		for batch in _batched(self.edition_links, 500):
			cases = " ".join(["when %s then %s"] * len(batch))
			values = [v for pair in batch for v in pair] + [previous for previous, _next in batch]
			self.frappe.db.sql(
				f"update `tabInnovation` set next_edition = case name {cases} end "
				f"where name in ({', '.join(['%s'] * len(batch))})",
				values,
			)
		self.frappe.db.commit()
		self.writer.seconds["(next_edition links)"] += time.perf_counter() - started

	# ------------------------------------------------------------------ run, analyze, check

	def run(self):
		frappe = self.frappe
		from inovasi_daerah.iid.submissions import PROBLEM_MESSAGES

		self.problem_texts = {key: frappe._(text) for key, text in PROBLEM_MESSAGES.items()}
		if self.args.check_only:
			self.load_catalogue()
			self.before = dict.fromkeys(CHECKED, 0)
			return self.sanity_check()
		self.guard()
		started = self.started = time.perf_counter()
		self.load_catalogue()
		self.before = {doctype: frappe.db.count(doctype) for doctype in CHECKED}
		print(
			f"Loading into {self.args.site} ({frappe.db.db_type}, Frappe {frappe.__version__}), seed {self.args.seed}, "
			f"scale {self.scale}: {self.region_count} regions ({self.province_count} provinces), "
			f"{self.region_count * len(AGENCIES)} agencies, {self.innovation_count} innovations created "
			f"{FIRST_YEAR}-01-01..{self.last_day} x {len(self.periods[LAST_YEAR].sid)} SID indicator rows, "
			f"periods {', '.join(p.name for _y, p in sorted(self.periods.items()))}, monev {LAST_YEAR} ({self.cadence})",
			flush=True,
		)
		if frappe.db.db_type == "sqlite":
			frappe.db.sql("PRAGMA cache_size = -262144")  # 256 MB of page cache for this connection's load
		self.load_regions()
		self.load_agencies()
		self.load_targets()
		self.register_indicator_tables()
		self.load_region_values()
		self.register_innovation_tables()
		self.load_innovations()
		self.writer.flush_all()
		self.load_deferred()
		self.link_editions()
		self.store_series()
		frappe.db.commit()
		loaded = time.perf_counter() - started
		analyze = self.analyze()
		self.print_table(loaded, analyze)
		return self.sanity_check()

	def analyze(self) -> float:
		started = time.perf_counter()
		if self.frappe.db.db_type == "sqlite":
			self.frappe.db.sql("ANALYZE")
		else:
			for doctype in self.writer.columns:
				self.frappe.db.sql(f"ANALYZE TABLE `tab{doctype}`")
		self.frappe.db.commit()
		return time.perf_counter() - started

	def print_table(self, loaded: float, analyze: float):
		writer = self.writer
		inserting = sum(writer.seconds.values())
		print(f"\n{'DocType':<28}{'rows':>12}{'insert s':>11}{'rows/s':>11}")
		for doctype, rows in writer.rows.items():
			seconds = writer.seconds[doctype]
			print(f"{doctype:<28}{rows:>12,}{seconds:>11.1f}{rows / seconds if seconds else 0:>11,.0f}")
		for label in ("(commit)", "(next_edition links)"):
			print(f"{label:<28}{'':>12}{writer.seconds[label]:>11.1f}")
		print(f"{'all rows':<28}{sum(writer.rows.values()):>12,}{inserting:>11.1f}")
		print(f"{'generating (Python)':<28}{'':>12}{loaded - inserting:>11.1f}")
		print(f"{'ANALYZE':<28}{'':>12}{analyze:>11.1f}")
		print(
			f"{'total load time':<28}{'':>12}{loaded + analyze:>11.1f}   ({(loaded + analyze) / 60:.1f} min)",
			flush=True,
		)

	def sanity_check(self) -> bool:
		db = self.frappe.db
		results = []

		def check(label, ok, detail=""):
			results.append(ok)
			print(f"  {'ok  ' if ok else 'FAIL'} {label}{': ' + str(detail) if detail else ''}")

		print("\nSanity check")
		started = time.perf_counter()
		requested = {
			"Region": self.region_count,
			"Agency": self.region_count * len(AGENCIES),
			"Agency Innovation Target": self.region_count * len(AGENCIES) * (LAST_YEAR - FIRST_YEAR + 1),
			"Innovation": self.innovation_count,
			"Innovation Indicator": self.innovation_count * len(self.periods[LAST_YEAR].sid),
			"IID Submission": self.innovation_count,
			"Region Indicator Value": self.region_count * sum(len(p.spd) for p in self.periods.values()),
		}
		for doctype in CHECKED:
			added = db.count(doctype) - self.before[doctype]
			if (
				self.args.check_only
			):  # no load in this run: the counts fixed by the scale, the others as they are
				if doctype in requested:
					check(
						f"{doctype} rows = {requested[doctype]:,}", added == requested[doctype], f"{added:,}"
					)
				else:
					print(f"       {doctype} rows: {added:,}")
				continue
			wanted = requested.get(doctype, self.writer.rows[doctype])
			check(
				f"{doctype} rows added = {wanted:,}",
				added == wanted == self.writer.rows[doctype],
				f"{added:,}",
			)
		for column in ("claimed_score", "verified_score"):
			rows = db.sql(f"select coalesce(sum({column}), 0) from `tabInnovation Indicator`")[0][0]
			subs = db.sql(f"select coalesce(sum({column}), 0) from `tabIID Submission`")[0][0]
			check(
				f"sum of indicator {column} = sum of submission {column}",
				abs(float(rows) - float(subs)) < 1e-6,
				f"{float(rows):,.2f} / {float(subs):,.2f}",
			)
		# One pass over both tables (a join to the grouped rows makes MariaDB 10.11 compare every pair).
		mismatched = db.sql(
			"""select count(*) from (
				select innovation, period from (
					select innovation, period, 1 row_n, 0 sub_n, claimed_score claimed, verified_score verified
					from `tabInnovation Indicator`
					union all
					select innovation, period, 0, 1, -claimed_score, -verified_score from `tabIID Submission`
				) u group by innovation, period
				having sum(sub_n) != 1 or sum(row_n) = 0 or abs(sum(claimed)) > 0.000001
					or abs(sum(verified)) > 0.000001
			) x"""
		)[0][0]
		check("each submission's scores = the sums of its rows", mismatched == 0, mismatched)
		wrong_region = db.sql(
			"select count(*) from `tabInnovation` i join `tabAgency` a on a.name = i.agency where a.region != i.region"
		)[0][0]
		check("innovation.region = its agency's region", wrong_region == 0, wrong_region)
		wrong_rows = db.sql(
			"""select count(*) from `tabInnovation Indicator` r join `tabInnovation` i on i.name = r.innovation
			where r.agency != i.agency or r.region != i.region"""
		)[0][0]
		check("indicator rows carry their innovation's agency and region", wrong_rows == 0, wrong_rows)
		bad_tree = db.sql(
			"""select count(*) from `tabAgency` c left join `tabAgency` p on p.name = c.parent_agency
			where c.lft >= c.rgt or (c.parent_agency is not null and (p.name is null or c.lft <= p.lft
				or c.rgt >= p.rgt or p.region != c.region))"""
		)[0][0]
		duplicate_bounds = db.sql(
			"select count(*) - count(distinct lft) + count(*) - count(distinct rgt) from `tabAgency`"
		)[0][0]
		check(
			"agency lft/rgt nest children inside parents, unique bounds",
			bad_tree == 0 == duplicate_bounds,
			f"{bad_tree}, {duplicate_bounds}",
		)
		stale_links = db.sql(
			"""select count(*) from `tabInnovation` i left join (
				select innovation, max(report_date) newest from `tabMonitoring Report` group by innovation) m
			on m.innovation = i.name where coalesce(i.last_monitored_on, '1900-01-01') != coalesce(m.newest, '1900-01-01')"""
		)[0][0]
		check("innovation.last_monitored_on = its newest monitoring report", stale_links == 0, stale_links)
		check("state changes = innovations that left Draf, path consistent", *self.check_history())
		check(*self.check_with_app_code())
		print(f"  ({time.perf_counter() - started:.1f} s)")
		return all(results)

	def check_history(self):
		db = self.frappe.db
		wrong_current = db.sql(
			"""select count(*) from `tabInnovation` i join (
				select innovation, to_state, row_number() over (partition by innovation order by changed_on desc) position
				from `tabInnovation State Change`) c on c.innovation = i.name and c.position = 1
			where c.to_state != i.workflow_state"""
		)[0][0]
		first_not_draf = db.sql(
			"""select count(*) from (select from_state, row_number() over (partition by innovation order by changed_on) position
				from `tabInnovation State Change`) c where c.position = 1 and c.from_state != 'Draf'"""
		)[0][0]
		before_creation = db.sql(
			"""select count(*) from `tabInnovation State Change` c join `tabInnovation` i on i.name = c.innovation
			where c.changed_on < i.creation"""
		)[0][0]
		return (
			wrong_current + first_not_draf + before_creation == 0,
			f"{wrong_current}, {first_not_draf}, {before_creation}",
		)

	def check_with_app_code(self):
		"""The app's own computation (iid.submissions, programme.replication) on a sample equals what was loaded."""
		from inovasi_daerah.iid.submissions import submission_figures
		from inovasi_daerah.programme.replication import replication_count

		frappe = self.frappe
		names = frappe.db.sql("select name from `tabIID Submission` order by name", pluck=True)
		names = random.Random(1).sample(names, min(self.args.check_sample, len(names)))
		sample = frappe.get_all(
			"IID Submission",
			filters={"name": ("in", names)},
			fields=[
				"innovation",
				"period",
				"claimed_score",
				"verified_score",
				"is_eligible",
				"basic_service_affair",
				"missing_mandatory",
				"eligibility_notes",
			],
		)
		wrong = []
		started = time.perf_counter()
		for row in sample:
			figures = submission_figures(row.innovation, row.period)
			stored = {key: row[key] for key in figures}
			figures["basic_service_affair"] = figures["basic_service_affair"] or None
			if {k: (round(float(v), 6) if isinstance(v, float) else v) for k, v in figures.items()} != {
				k: (round(float(v), 6) if isinstance(v, float) else v) for k, v in stored.items()
			}:
				wrong.append((row.innovation, figures, stored))
		replicated = frappe.get_all(
			"Innovation",
			filters={"replication_count": (">", 0)},
			fields=["name", "replication_count"],
			limit=100,
		)
		per_call = (time.perf_counter() - started) / max(1, len(sample)) * 1000
		wrong += [row.name for row in replicated if replication_count(row.name) != row.replication_count]
		eligible = frappe.db.count("IID Submission", {"is_eligible": 1})
		return (
			f"the app's submission_figures ({per_call:.0f} ms a call) and replication_count agree on "
			f"{len(sample)} + {len(replicated)} samples ({eligible:,} eligible submissions in all)",
			not wrong,
			wrong[:2] if wrong else "",
		)


CHECKED = (
	"Region",
	"Agency",
	"Agency Innovation Target",
	"Region Indicator Value",
	"Innovation",
	"Innovation Team Member",
	"Innovation State Change",
	"Innovation Indicator",
	"Indicator Evidence",
	"IID Submission",
	"Monitoring Report",
	"Monitoring Obstacle",
	"Replication",
	"Award",
)


def _batched(items, size):
	for start in range(0, len(items), size):
		yield items[start : start + size]


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--bench", required=True, help="bench directory (its sites/ holds the site)")
	parser.add_argument("--site", required=True)
	parser.add_argument("--scale", type=float, default=1.0, help="multiplies every count (default 1.0)")
	parser.add_argument("--seed", type=int, default=SEED)
	parser.add_argument("--chunk", type=int, default=2000, help="rows per INSERT statement")
	parser.add_argument("--force", action="store_true", help="load even if the site already has innovations")
	parser.add_argument(
		"--check-only", action="store_true", help="load nothing: run the sanity check on a loaded site"
	)
	parser.add_argument(
		"--check-sample",
		type=int,
		default=100,
		help="submissions the sanity check recomputes with the app's own code (default 100)",
	)
	args = parser.parse_args()
	if args.scale <= 0:
		parser.error("--scale must be positive")
	os.chdir(os.path.join(os.path.expanduser(args.bench), "sites"))
	import frappe
	import frappe.utils

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	try:
		ok = Loader(frappe, args).run()
	finally:
		frappe.destroy()
	sys.exit(0 if ok else 1)


if __name__ == "__main__":
	main()
