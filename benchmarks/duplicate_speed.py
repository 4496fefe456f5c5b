"""How fast the duplicate lookup answers over 200,000 innovations of one region (issue 10: p95 < 100 ms).

    <bench>/env/bin/python benchmarks/duplicate_speed.py --bench ~/frappe-bench --site dev16.localhost

It writes --records synthetic innovation texts (title and summary built from an Indonesian vocabulary of
services, problems, channels and places, seeded) into the similarity tables, all in one benchmark region
(the worst case: a lookup reads one region), through the same signature and index code the app uses.
Then it times --lookups calls of `similar_index.similar` (what Desk and the portal call): half are
paraphrases of stored records (other word order, affixed forms, synonyms), half are new texts. It prints
p50 / p95 / p99 and the maximum, p95 against the 100 ms target as a ratio, how often a paraphrase's
source is in the top five, and the lookup against its own SQL alone (stemming and scoring excluded). The benchmark rows
are deleted at the end (--keep keeps them for a second run).
"""

import argparse
import os
import random
import statistics
import sys
import time

REGION = "Benchmark Duplikat (Bench)"
SERVICES = [
	("antrean", "pasien puskesmas"),
	("pendaftaran", "pasien rumah sakit"),
	("perizinan", "pelaku usaha mikro"),
	("pengaduan", "warga kelurahan"),
	("pembayaran pajak", "wajib pajak daerah"),
	("perekaman KTP", "penduduk desa terpencil"),
	("akta kelahiran", "orang tua bayi"),
	("bantuan sosial", "keluarga miskin"),
	("beasiswa", "siswa sekolah dasar"),
	("imunisasi", "balita posyandu"),
	("pemeriksaan kehamilan", "ibu hamil"),
	("pengangkutan sampah", "warga perumahan"),
	("air bersih", "warga pesisir"),
	("penyuluhan pertanian", "kelompok tani"),
	("pemasaran produk", "UMKM desa"),
	("pelatihan kerja", "pencari kerja muda"),
	("layanan perpustakaan", "pelajar"),
	("pengendalian banjir", "warga bantaran sungai"),
	("pemadam kebakaran", "warga permukiman padat"),
	("izin mendirikan bangunan", "pemilik rumah"),
	("retribusi pasar", "pedagang pasar"),
	("pencegahan stunting", "keluarga berisiko"),
	("penanganan gizi buruk", "anak balita"),
	("pelayanan lansia", "lanjut usia"),
	("rehabilitasi rumah", "keluarga berpenghasilan rendah"),
	("transportasi sekolah", "siswa pinggiran"),
	("parkir", "pengunjung pusat kota"),
	("penerangan jalan", "pengguna jalan"),
	("sertifikasi halal", "produsen makanan rumahan"),
	("pengelolaan keuangan desa", "aparatur desa"),
]
CHANNELS = [
	"aplikasi daring",
	"WhatsApp",
	"layanan jemput bola",
	"mobil keliling",
	"kios mandiri",
	"pesan singkat",
	"portal web",
	"kader kelurahan",
	"loket terpadu",
	"kode QR",
	"sistem informasi terintegrasi",
	"relawan desa",
]
PROBLEMS = [
	"antrean panjang sejak pagi",
	"berkas harus dibawa bolak-balik",
	"data tidak akurat dan tersebar",
	"biaya perjalanan yang mahal",
	"lokasi kantor yang jauh",
	"informasi yang tidak sampai",
	"proses yang memakan waktu berminggu-minggu",
	"pengawasan yang lemah",
	"petugas yang kurang",
	"laporan yang tidak ditindaklanjuti",
]
PLACES = [
	"kecamatan utara",
	"kecamatan selatan",
	"kelurahan pesisir",
	"desa pegunungan",
	"pusat kota",
	"kawasan industri",
	"pulau kecil",
	"perbatasan",
]
VERBS = [("mempercepat", "percepatan"), ("mempermudah", "kemudahan"), ("meningkatkan", "peningkatan")]


# Innovations carry a brand name (SIPANDU, LAPSARI, SI-CANTIK): made of syllables, rare across a region.
SYLLABLES = [
	"si",
	"pa",
	"ndu",
	"la",
	"sa",
	"ri",
	"can",
	"tik",
	"ma",
	"ju",
	"ber",
	"kah",
	"te",
	"pat",
	"ra",
	"mah",
]


def brand(rng: random.Random) -> str:
	return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).upper()


def make_text(rng: random.Random) -> tuple[str, str, tuple]:
	name = brand(rng)
	service, target = rng.choice(SERVICES)
	channel = rng.choice(CHANNELS)
	problem = rng.choice(PROBLEMS)
	place = rng.choice(PLACES)
	verb = rng.choice(VERBS)[0]
	number = rng.randint(1, 999)
	title = f"{name} ({service.title()} {channel} {place.title()} {number})"
	summary = (
		f"Inovasi ini {verb} {service} bagi {target} di {place} melalui {channel}, untuk mengatasi {problem}."
	)
	return title, summary, (service, target, channel, problem, place, name)


def paraphrase(rng: random.Random, parts: tuple) -> str:
	service, target, channel, problem, place, name = parts
	noun = rng.choice(VERBS)[1]
	return f"{noun.title()} {service} lewat {channel} untuk {target} di {place} karena {problem} ({name})"


def percentile(values: list[float], share: float) -> float:
	ordered = sorted(values)
	return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--bench", default=os.path.expanduser("~/frappe-bench"))
	parser.add_argument("--site", required=True)
	parser.add_argument("--records", type=int, default=200_000)
	parser.add_argument("--lookups", type=int, default=400)
	parser.add_argument("--seed", type=int, default=10)
	parser.add_argument(
		"--keep", action="store_true", help="keep the rows, and reuse rows kept by an earlier run"
	)
	args = parser.parse_args()
	sites = os.path.join(args.bench, "sites")
	os.chdir(sites)
	sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
	import frappe

	frappe.init(site=args.site, sites_path=sites)
	frappe.connect()
	from inovasi_daerah.public_portal import similar_index, text

	similar_index.create_tables()
	rng = random.Random(args.seed)
	stored = frappe.db.sql(f"select count(*) from `{similar_index.DOC_TABLE}` where `region` = %s", REGION)[
		0
	][0]
	sources = {}
	started = time.perf_counter()
	if not (args.keep and stored == args.records):
		frappe.db.sql(f"delete from `{similar_index.DOC_TABLE}` where `region` = %s", REGION)
		frappe.db.sql(f"delete from `{similar_index.TOKEN_TABLE}` where `region` = %s", REGION)
		batch = []
		for number in range(args.records):
			title, summary, parts = make_text(rng)
			name = f"BENCH-{number:07d}"
			sources[name] = parts
			batch.append(("Innovation", name, REGION, title, text.signature(title, summary)))
			if len(batch) == 5_000:
				similar_index.index_many(batch)
				frappe.db.commit()
				batch = []
		similar_index.index_many(batch)
		frappe.db.commit()
	else:
		for number in range(args.records):
			sources[f"BENCH-{number:07d}"] = make_text(rng)[2]
	loaded = time.perf_counter() - started
	tokens = frappe.db.sql(f"select count(*) from `{similar_index.TOKEN_TABLE}` where `region` = %s", REGION)[
		0
	][0]
	print(
		f"site {args.site} ({frappe.db.db_type}), region of {args.records:,} records, {tokens:,} token rows"
	)
	print(
		"rows kept from an earlier run (--keep)"
		if args.keep and stored == args.records
		else f"loaded in {loaded:.1f} s"
	)

	queries = []
	names = list(sources)
	for number in range(args.lookups):
		if number % 2 == 0:
			source = rng.choice(names)
			queries.append((source, paraphrase(rng, sources[source])))
		else:
			queries.append((None, " ".join(make_text(rng)[:2])))
	similar_index.similar(REGION, queries[0][1])  # warm the stemmer's cache and the connection
	timings, sql_timings, found = [], [], 0
	for source, query in queries:
		started = time.perf_counter()
		hits = similar_index.similar(REGION, query, limit=5)
		timings.append((time.perf_counter() - started) * 1000)
		if source and source in {hit.name for hit in hits}:
			found += 1
		# The lookup's SQL alone (posting counts and candidate queries), without stemming and scoring.
		tokens = text.index_tokens(text.signature(query))
		started = time.perf_counter()
		rare, common = similar_index.rarest(similar_index.token_postings(REGION, tokens))
		if rare:
			similar_index.candidate_records(REGION, rare)
		if common:
			similar_index.candidate_records(REGION, common, per_stem=similar_index.COMMON_SAMPLE)
		sql_timings.append((time.perf_counter() - started) * 1000)
	p95 = percentile(timings, 0.95)
	print(f"lookups: {len(timings)} (half paraphrases of stored records, half new texts)")
	print(
		f"lookup ms: p50 {percentile(timings, 0.5):.1f}  p95 {p95:.1f}  p99 {percentile(timings, 0.99):.1f}"
		f"  max {max(timings):.1f}  mean {statistics.mean(timings):.1f}"
	)
	print(f"p95 / 100 ms target: {p95 / 100:.2f}")
	print(
		f"its SQL alone ms: p50 {percentile(sql_timings, 0.5):.1f}  p95 {percentile(sql_timings, 0.95):.1f}"
		f"; lookup p95 / SQL p95: {p95 / max(percentile(sql_timings, 0.95), 0.001):.2f}"
	)
	print(f"paraphrase's source in the top five: {found} of {len(timings) // 2}")
	if not args.keep:
		frappe.db.sql(f"delete from `{similar_index.DOC_TABLE}` where `region` = %s", REGION)
		frappe.db.sql(f"delete from `{similar_index.TOKEN_TABLE}` where `region` = %s", REGION)
		frappe.db.commit()
	frappe.destroy()


if __name__ == "__main__":
	main()
