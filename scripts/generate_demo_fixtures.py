#!/usr/bin/env python3
"""Write the demo data set of the fictional Kota Sukamaju (Demo) to inovasi_daerah/demo/data/.

The city, its province, agencies, people and innovations are invented; every region name carries
"(Demo)" and the Kemendagri codes 99 / 99.71 are not used by any real region. The innovations mimic a
Pemko's Laboratorium Inovasi: ideas from all five PP 38/2017 initiator types, most of the 2024 cohort
set by one SK on launch day (20 May 2024), trialled, implemented and monitored by Bappeda-Litbang.

Deterministic: a single random.Random(SEED), no network, standard library only, so a re-run writes
byte-identical files.

Usage: python3 scripts/generate_demo_fixtures.py
"""

import datetime as dt
import html
import json
import random
import re
from pathlib import Path

SEED = 20261123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "inovasi_daerah" / "demo" / "data"
AFFAIRS_FILE = ROOT / "inovasi_daerah" / "setup" / "data" / "government_affairs.json"

PROVINCE = "Provinsi Nusa Harapan (Demo)"
CITY = "Kota Sukamaju (Demo)"
EMAIL_DOMAIN = "sukamaju.demo"
MAYOR_TITLE = "Wali Kota Sukamaju"
MAYOR_NAME = "H. Rahmat Hidayat Siregar, S.E., M.Si."
MAYOR_EMAIL = "rahmat.siregar"
RESEARCH_UNIT = "BAPPEDALITBANG"

LATEST_IMPLEMENTATION = dt.date(2026, 11, 15)
LATEST_LEGAL_BASIS = dt.date(2026, 10, 31)
LATEST_TRIAL_END = dt.date(2027, 6, 30)
IID_WINDOW = (dt.date(2024, 1, 1), dt.date(2025, 12, 31))

# The 2024 Lab Inovasi cohort was set by one decree on launch day.
COHORT_LEGAL_BASIS = ("SK Kepala Daerah", "188.45/134/KEP/2024", dt.date(2024, 5, 20))

# ---------------------------------------------------------------------------------------------------
# Agencies: abbreviation, agency_name, agency_type, parent, main affair, related affairs.
# Parents come before their children.
# ---------------------------------------------------------------------------------------------------
KETENTERAMAN = "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat"
PERKIM = "Perumahan Rakyat dan Kawasan Permukiman"
PUPR = "Pekerjaan Umum dan Penataan Ruang"
PPPA = "Pemberdayaan Perempuan dan Pelindungan Anak"
KUKM = "Koperasi, Usaha Kecil, dan Menengah"
ADMINDUK = "Administrasi Kependudukan dan Pencatatan Sipil"
KOMINFO = "Komunikasi dan Informatika"
PPKB = "Pengendalian Penduduk dan Keluarga Berencana"
PMD = "Pemberdayaan Masyarakat dan Desa"
PENUNJANG = "Fungsi Penunjang Lainnya"

# fmt: off
# The data tables below keep one record per line; the formatter would split them.
AGENCIES = [
	("BAPPEDALITBANG", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "OPD", None, "Perencanaan", ["Penelitian dan Pengembangan", "Statistik"]),
	("DISDIK", "Dinas Pendidikan", "OPD", None, "Pendidikan", ["Kepemudaan dan Olahraga", "Perpustakaan"]),
	("DINKES", "Dinas Kesehatan", "OPD", None, "Kesehatan", [PPKB, "Sosial"]),
	("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "OPD", None, PUPR, [PERKIM, "Lingkungan Hidup"]),
	("DISPERKIM", "Dinas Perumahan Rakyat dan Kawasan Permukiman", "OPD", None, PERKIM, [PUPR, "Sosial", "Pertanahan"]),
	("SATPOLPP", "Satuan Polisi Pamong Praja", "OPD", None, KETENTERAMAN, ["Perdagangan", "Perhubungan"]),
	("DINSOS", "Dinas Sosial", "OPD", None, "Sosial", ["Kesehatan", PPPA]),
	("DISNAKER", "Dinas Tenaga Kerja", "OPD", None, "Tenaga Kerja", ["Pendidikan dan Pelatihan", KUKM]),
	("DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "OPD", None, PPPA, ["Sosial", "Kesehatan"]),
	("DKPP", "Dinas Ketahanan Pangan dan Pertanian", "OPD", None, "Pangan", ["Pertanian", "Kesehatan"]),
	("DLH", "Dinas Lingkungan Hidup", "OPD", None, "Lingkungan Hidup", [PUPR, "Kesehatan"]),
	("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "OPD", None, ADMINDUK, [KOMINFO, "Sosial"]),
	("DISHUB", "Dinas Perhubungan", "OPD", None, "Perhubungan", [KETENTERAMAN, PUPR]),
	("DISKOMINFO", "Dinas Komunikasi dan Informatika", "OPD", None, KOMINFO, ["Statistik", "Persandian"]),
	("DISKOPUKM", "Dinas Koperasi, Usaha Kecil, dan Menengah", "OPD", None, KUKM, ["Perdagangan", "Penanaman Modal"]),
	("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "OPD", None, "Penanaman Modal", [KOMINFO, KUKM]),
	("DISPARBUD", "Dinas Pariwisata dan Kebudayaan", "OPD", None, "Pariwisata", ["Kebudayaan", KUKM]),
	("DISDAG", "Dinas Perdagangan", "OPD", None, "Perdagangan", [KUKM, "Perindustrian"]),
	("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "OPD", None, "Keuangan", ["Pertanahan", KOMINFO]),
	("BAPENDA", "Badan Pendapatan Daerah", "OPD", None, "Keuangan", ["Penanaman Modal", KOMINFO]),
	("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "OPD", None, "Kepegawaian", ["Pendidikan dan Pelatihan"]),
	("INSPEKTORAT", "Inspektorat Daerah", "OPD", None, PENUNJANG, ["Keuangan", "Kepegawaian"]),
	("SETDA", "Sekretariat Daerah", "OPD", None, PENUNJANG, ["Kepegawaian", KOMINFO]),
	("DPPKB", "Dinas Pengendalian Penduduk dan Keluarga Berencana", "OPD", None, PPKB, ["Kesehatan", PPPA]),
	("KEC-SMJ-UTARA", "Kecamatan Sukamaju Utara", "Kecamatan", None, PENUNJANG, [PMD, KETENTERAMAN]),
	("KEC-SMJ-SELATAN", "Kecamatan Sukamaju Selatan", "Kecamatan", None, PENUNJANG, [PMD, KETENTERAMAN]),
	("KEC-PASIRJAYA", "Kecamatan Pasirjaya", "Kecamatan", None, PENUNJANG, [PMD, "Sosial"]),
	("KEC-TELUKHARAPAN", "Kecamatan Teluk Harapan", "Kecamatan", None, PENUNJANG, [PMD, "Kelautan dan Perikanan"]),
	("PKM-SUKAMAJU", "Puskesmas Sukamaju", "Puskesmas", "DINKES", "Kesehatan", [PPKB]),
	("PKM-PASIRJAYA", "Puskesmas Pasirjaya", "Puskesmas", "DINKES", "Kesehatan", [PPKB]),
	("PKM-TELUKHARAPAN", "Puskesmas Teluk Harapan", "Puskesmas", "DINKES", "Kesehatan", ["Kelautan dan Perikanan"]),
	("PKM-CEMPAKA", "Puskesmas Cempaka", "Puskesmas", "DINKES", "Kesehatan", [PPPA]),
	("PKM-MEKARSARI", "Puskesmas Mekarsari", "Puskesmas", "DINKES", "Kesehatan", ["Pendidikan"]),
	("RSUD", "RSUD Kota Sukamaju", "BLUD", "DINKES", "Kesehatan", ["Sosial"]),
	("SDN-01-SUKAMAJU", "SD Negeri 01 Sukamaju", "Sekolah", "DISDIK", "Pendidikan", ["Perpustakaan", "Kesehatan"]),
	("SDN-07-PASIRJAYA", "SD Negeri 07 Pasirjaya", "Sekolah", "DISDIK", "Pendidikan", ["Sosial"]),
	("SMPN-02-SUKAMAJU", "SMP Negeri 2 Sukamaju", "Sekolah", "DISDIK", "Pendidikan", ["Lingkungan Hidup"]),
	("SMPN-05-SUKAMAJU", "SMP Negeri 5 Sukamaju", "Sekolah", "DISDIK", "Pendidikan", [PPPA]),
	("UPTD-PPA", "UPTD Perlindungan Perempuan dan Anak", "UPTD", "DP3A", PPPA, ["Sosial"]),
	("UPTD-PSAMPAH", "UPTD Pengelolaan Sampah", "UPTD", "DLH", "Lingkungan Hidup", [PUPR]),
	("UPTD-PARKIR", "UPTD Perparkiran", "UPTD", "DISHUB", "Perhubungan", ["Keuangan"]),
	("UPTD-PASAR", "UPTD Pengelolaan Pasar Rakyat", "UPTD", "DISDAG", "Perdagangan", ["Keuangan"]),
]

# Kelurahan of each kecamatan, used as trial locations in the texts.
KELURAHAN = {
	"KEC-SMJ-UTARA": ["Cempaka", "Mekarsari", "Sidomulyo"],
	"KEC-SMJ-SELATAN": ["Karang Anyar", "Bukit Indah", "Kampung Baru"],
	"KEC-PASIRJAYA": ["Pasir Putih", "Sungai Rengas", "Tanjung Sari"],
	"KEC-TELUKHARAPAN": ["Teluk Permai", "Labuhan Raya", "Air Hitam"],
}
# The kecamatan a puskesmas or school serves.
SERVICE_AREA = {
	"PKM-SUKAMAJU": "KEC-SMJ-SELATAN", "PKM-PASIRJAYA": "KEC-PASIRJAYA", "PKM-TELUKHARAPAN": "KEC-TELUKHARAPAN",
	"PKM-CEMPAKA": "KEC-SMJ-UTARA", "PKM-MEKARSARI": "KEC-SMJ-UTARA", "SDN-01-SUKAMAJU": "KEC-SMJ-SELATAN",
	"SDN-07-PASIRJAYA": "KEC-PASIRJAYA", "SMPN-02-SUKAMAJU": "KEC-SMJ-UTARA", "SMPN-05-SUKAMAJU": "KEC-SMJ-SELATAN",
}

# ---------------------------------------------------------------------------------------------------
# Innovation ideas per agency:
# (title, jenis D/N, bentuk T/P/L, theme, what is renewed, the problem, who it serves[, main affair])
# Bentuk: T = Tata Kelola Pemerintahan Daerah, P = Pelayanan Publik, L = Inovasi Daerah Lainnya.
# Theme: DIG digitalisasi, KMS kemiskinan, INV investasi, PAP prioritas aktual presiden, NT non tematik.
# ---------------------------------------------------------------------------------------------------
IDEAS = {
	"BAPPEDALITBANG": [
		("SIPANDU-RENBANG (Sistem Perencanaan Terpadu Pembangunan Daerah)", "D", "T", "DIG", "aplikasi terpadu yang menghubungkan usulan musrenbang kelurahan, pokok pikiran DPRD, dan rencana kerja perangkat daerah", "usulan musrenbang yang tercatat di berkas terpisah sehingga sulit ditelusuri dari kelurahan sampai APBD", "perencana perangkat daerah, lurah, dan forum musrenbang"),
		("Klinik Inovasi Keliling", "N", "T", "NT", "pendampingan tatap muka terjadwal oleh tim Bappeda-Litbang ke setiap perangkat daerah untuk menyusun dan memperbaiki proposal inovasi", "rendahnya mutu proposal inovasi perangkat daerah dan banyaknya isian IID yang tidak didukung bukti", "operator inovasi dan pimpinan perangkat daerah", "Penelitian dan Pengembangan"),
		("SIMONEV-INOVA (Sistem Monitoring dan Evaluasi Inovasi Daerah)", "D", "T", "DIG", "dasbor pemantauan berkala atas kemajuan dan bukti dukung setiap inovasi daerah", "pemantauan inovasi yang hanya dilakukan menjelang penilaian IID sehingga banyak inovasi vakum tanpa diketahui", "tim inovasi daerah dan perangkat daerah pengampu inovasi", "Penelitian dan Pengembangan"),
		("SAPETA (Satu Peta Perencanaan)", "D", "T", "KMS", "peta digital berbasis sistem informasi geografis yang memadukan lokasi program, kantong kemiskinan, dan usulan pembangunan", "lokasi program perangkat daerah yang saling tumpang tindih dan tidak mengikuti sebaran kemiskinan", "perencana daerah dan pengambil kebijakan"),
		("FORKOT (Forum Riset Kota)", "N", "T", "NT", "forum berkala yang mempertemukan peneliti perguruan tinggi dengan perangkat daerah untuk menyepakati agenda riset kebijakan", "hasil penelitian perguruan tinggi yang jarang dimanfaatkan sebagai dasar kebijakan daerah", "perangkat daerah dan peneliti perguruan tinggi", "Penelitian dan Pengembangan"),
		("MUSRENANDA (Musrenbang Anak dan Pemuda)", "N", "T", "NT", "musyawarah perencanaan khusus bagi forum anak, organisasi pemuda, dan kelompok disabilitas sebelum musrenbang kecamatan", "minimnya suara anak, pemuda, dan kelompok rentan dalam usulan pembangunan", "forum anak, organisasi pemuda, dan kelompok disabilitas"),
		("E-RENJAKIN (Rencana Kerja Berbasis Kinerja Elektronik)", "D", "T", "DIG", "penyusunan rencana kerja perangkat daerah secara daring dengan penautan otomatis indikator kinerja ke sasaran RPJMD", "rencana kerja perangkat daerah yang indikatornya tidak selaras dengan sasaran RPJMD", "perencana dan pimpinan perangkat daerah"),
	],
	"DISDIK": [
		("POLIKEL (Pojok Literasi Kelurahan)", "N", "L", "NT", "pojok baca di kantor kelurahan dan pos ronda yang diisi buku donasi dan dikelola relawan literasi", "rendahnya kemampuan literasi murid sekolah dasar menurut hasil Asesmen Nasional", "murid SD, anak tidak sekolah, dan orang tua"),
		("SIPENDEKAR (Sistem Penerimaan Murid Daring dan Akuntabel)", "D", "P", "DIG", "pendaftaran murid baru SD dan SMP secara daring dengan verifikasi domisili otomatis dari data kependudukan", "antrean panjang dan keluhan kecurangan zonasi pada penerimaan murid baru", "calon murid SD dan SMP beserta orang tua"),
		("GERBANG SEKOLAH (Gerakan Kembali ke Sekolah)", "D", "P", "KMS", "pendataan anak tidak sekolah melalui aplikasi oleh guru dan kader kelurahan disertai bantuan perlengkapan sekolah", "masih adanya anak usia sekolah dari keluarga miskin yang putus sekolah", "anak tidak sekolah usia 7 sampai 18 tahun"),
		("GURU BERBAGI (Komunitas Belajar Guru Sukamaju)", "D", "L", "NT", "komunitas belajar antarguru yang membagikan praktik baik pembelajaran berdiferensiasi melalui kanal video dan pertemuan daring bulanan", "kesenjangan mutu pembelajaran antara sekolah di pusat kota dan di pinggiran", "guru SD dan SMP negeri maupun swasta"),
		("e-Rapor Terintegrasi Dapodik", "D", "T", "DIG", "pengisian rapor secara daring yang terhubung dengan Dapodik sehingga nilai tersimpan aman dan dapat diakses orang tua", "pengisian rapor yang berulang di beberapa aplikasi dan rawan salah data", "guru, wali kelas, dan orang tua murid"),
		("SIDAK PAUD (Sistem Informasi Data Anak Usia Dini)", "D", "T", "PAP", "pendataan anak usia dini yang menghubungkan data PAUD, posyandu, dan kependudukan", "banyaknya anak usia 4 sampai 6 tahun yang belum mengikuti PAUD tanpa data yang jelas", "anak usia dini dan pengelola PAUD"),
		("SERASI (Sekolah Ramah Disabilitas)", "N", "P", "NT", "guru pendamping khusus keliling dan penyesuaian sarana sekolah reguler bagi murid berkebutuhan khusus", "murid berkebutuhan khusus yang ditolak atau putus sekolah karena sekolah belum siap", "murid berkebutuhan khusus dan guru sekolah inklusi"),
		("Beasiswa Sukamaju Cerdas Online", "D", "P", "KMS", "pendaftaran, seleksi, dan penyaluran beasiswa daerah secara daring berbasis data kesejahteraan sosial", "penyaluran beasiswa daerah yang belum tepat sasaran dan prosesnya berbelit", "pelajar dan mahasiswa dari keluarga kurang mampu"),
	],
	"DINKES": [
		("SI-CANTIK (Sistem Cerdas Antrian Klinik)", "D", "P", "DIG", "pendaftaran dan pemanggilan antrean pasien secara daring melalui aplikasi dan WhatsApp", "antrean pasien yang menumpuk sejak pagi di loket pendaftaran puskesmas", "pasien rawat jalan puskesmas"),
		("GERCEP STUNTING (Gerakan Cepat Cegah Stunting)", "N", "L", "PAP", "pendampingan ibu hamil dan baduta berisiko oleh tim pendamping keluarga disertai pemberian makanan tambahan berbahan lokal", "prevalensi stunting kota yang masih di atas target nasional", "ibu hamil, ibu menyusui, dan baduta berisiko stunting"),
		("Ambulans Hebat 119 Sukamaju", "D", "P", "NT", "layanan panggilan gawat darurat 119 terpadu dengan ambulans yang posisinya dilacak secara langsung", "lambatnya penanganan pasien gawat darurat karena ambulans sulit dihubungi", "warga yang mengalami kondisi gawat darurat"),
		("TOSS TBC Kelurahan (Temukan Obati Sampai Sembuh)", "D", "L", "PAP", "penemuan kasus tuberkulosis secara aktif oleh kader kelurahan dengan pengingat minum obat melalui aplikasi hingga pasien sembuh", "rendahnya penemuan kasus dan tingginya angka putus obat tuberkulosis", "terduga dan pasien tuberkulosis beserta keluarganya"),
		("SIGIZI (Sistem Informasi Gizi Terpadu)", "D", "T", "PAP", "pencatatan hasil penimbangan posyandu secara daring yang langsung memberi peringatan atas balita bermasalah gizi", "data penimbangan posyandu yang terlambat dilaporkan sehingga balita gizi kurang terlambat ditangani", "kader posyandu, tenaga gizi, dan balita"),
		("POSKANTOR (Posbindu Kantor)", "N", "L", "NT", "pemeriksaan faktor risiko penyakit tidak menular secara berkala di kantor perangkat daerah dan perusahaan", "meningkatnya hipertensi dan diabetes pada usia produktif yang tidak terdeteksi", "pegawai dan pekerja usia produktif"),
		("DOKSUKA (Dokter Keluarga Sukamaju)", "N", "P", "KMS", "kunjungan rumah terjadwal oleh dokter dan perawat puskesmas bagi lansia dan penyandang penyakit kronis dari keluarga miskin", "lansia dan pasien kronis dari keluarga miskin yang tidak mampu datang ke fasilitas kesehatan", "lansia, penyandang disabilitas, dan pasien penyakit kronis"),
		("SIMPATIK NAKES (Sistem Perizinan Praktik Tenaga Kesehatan)", "D", "P", "DIG", "pengajuan dan penerbitan rekomendasi izin praktik tenaga kesehatan secara daring", "proses rekomendasi izin praktik tenaga kesehatan yang memakan waktu hingga dua minggu", "dokter, bidan, perawat, dan tenaga kesehatan lain"),
		("KASEBEJE (Kampung Sehat Bebas Jentik)", "D", "L", "NT", "gerakan satu rumah satu juru pemantau jentik dengan pelaporan mingguan melalui aplikasi ke puskesmas", "kasus demam berdarah dengue yang meningkat setiap musim hujan", "rumah tangga di kelurahan endemis demam berdarah"),
	],
	"DPUPR": [
		("SIPANDAI (Sistem Pengaduan Jalan dan Drainase Interaktif)", "D", "P", "DIG", "pelaporan kerusakan jalan dan drainase oleh warga melalui aplikasi bertitik koordinat yang langsung diteruskan ke tim reaksi cepat", "laporan kerusakan jalan yang lambat ditindaklanjuti karena lokasinya tidak diketahui secara tepat", "pengguna jalan dan warga sekitar saluran drainase"),
		("TRC TALU (Tim Reaksi Cepat Tambal Lubang)", "N", "P", "NT", "regu perbaikan jalan siaga yang menambal lubang paling lambat tiga hari setelah laporan diterima", "lubang jalan yang dibiarkan berminggu-minggu dan memicu kecelakaan", "pengguna jalan kota"),
		("Klinik PBG Kecamatan", "N", "P", "INV", "pendampingan pengajuan Persetujuan Bangunan Gedung oleh petugas teknis yang berkantor bergiliran di kecamatan", "rendahnya jumlah bangunan yang memiliki PBG karena pemohon kesulitan mengisi SIMBG", "pemilik rumah, pelaku usaha, dan pengembang"),
		("PETARUNG (Peta Tata Ruang Online)", "D", "P", "INV", "portal peta rencana detail tata ruang yang dapat diakses warga untuk mengecek peruntukan lahan sebelum membangun", "banyaknya bangunan yang melanggar peruntukan ruang karena informasi tata ruang sulit diakses", "warga, investor, dan pengembang perumahan"),
		("SURBIKO (Sumur Resapan Biopori Kota)", "N", "L", "NT", "pembangunan sumur resapan dan lubang biopori secara gotong royong di kawasan rawan genangan", "genangan air yang muncul di kawasan permukiman setiap hujan deras", "warga di kawasan rawan genangan"),
		("DRAPIS (Drainase Pintar Berbasis Sensor)", "D", "L", "NT", "sensor ketinggian air di saluran primer yang mengirim peringatan dini banjir kepada petugas dan warga", "banjir lokal yang datang tiba-tiba tanpa peringatan", "warga bantaran sungai dan petugas rumah pompa"),
		("SIJAKON (Sistem Informasi Jasa Konstruksi)", "D", "T", "DIG", "basis data penyedia jasa dan tenaga kerja konstruksi bersertifikat beserta riwayat kinerjanya", "mutu pekerjaan konstruksi yang rendah karena rekam jejak penyedia tidak terdokumentasi", "penyedia jasa konstruksi dan pejabat pengadaan"),
		("PAKAR JALING (Padat Karya Jalan Lingkungan)", "N", "L", "KMS", "perbaikan jalan lingkungan secara padat karya dengan mempekerjakan warga miskin setempat", "jalan lingkungan rusak di permukiman padat sementara banyak warga menganggur", "warga miskin dan penganggur di permukiman padat"),
	],
	"DISPERKIM": [
		("BERKAH (Bedah Rumah Kolaborasi)", "N", "L", "KMS", "perbaikan rumah tidak layak huni dengan dana gabungan APBD, CSR, dan swadaya warga", "masih banyaknya rumah tidak layak huni milik keluarga miskin", "keluarga miskin penghuni rumah tidak layak huni"),
		("SIRUMAH (Sistem Informasi Rumah Tidak Layak Huni)", "D", "T", "KMS", "basis data rumah tidak layak huni berbasis nama, alamat, dan foto yang diperbarui oleh kelurahan", "data rumah tidak layak huni yang berbeda-beda antarinstansi sehingga bantuan tumpang tindih", "keluarga miskin dan petugas kelurahan"),
		("KATAKU (Kampung Tanpa Kumuh)", "N", "L", "NT", "penataan kawasan kumuh berdasarkan rencana yang disusun bersama warga", "kawasan permukiman kumuh di bantaran sungai dan pesisir", "warga permukiman kumuh"),
		("LAJU SURYA (Lampu Jalan Pintar Tenaga Surya)", "D", "L", "NT", "penerangan jalan umum tenaga surya dengan pemantauan kerusakan jarak jauh", "banyaknya lampu jalan padam yang baru diketahui setelah ada keluhan warga", "pengguna jalan dan warga permukiman"),
		("SIPSU (Serah Terima PSU Perumahan Online)", "D", "P", "INV", "serah terima prasarana, sarana, dan utilitas perumahan dari pengembang secara daring", "prasarana perumahan yang terbengkalai karena belum diserahkan pengembang kepada pemerintah kota", "pengembang dan penghuni perumahan"),
		("SANIMAS Plus (Sanitasi Komunal Berbasis Masyarakat)", "N", "L", "PAP", "pembangunan dan pengelolaan instalasi pengolahan air limbah komunal oleh kelompok swadaya masyarakat", "rumah tangga yang masih membuang limbah langsung ke sungai", "rumah tangga tanpa akses sanitasi layak"),
		("RUSUNDIG (Rusunawa Digital)", "D", "P", "DIG", "pendaftaran calon penghuni, pembayaran sewa, dan pengaduan rusunawa secara daring", "antrean calon penghuni rusunawa yang tidak transparan dan tunggakan sewa yang tinggi", "calon dan penghuni rumah susun sederhana sewa"),
		("TAKORA (Taman Kota Ramah Anak)", "N", "L", "NT", "penataan taman kota dengan fasilitas bermain, pojok laktasi, dan akses disabilitas", "minimnya ruang terbuka publik yang aman bagi anak dan keluarga", "anak, keluarga, dan penyandang disabilitas"),
	],
	"SATPOLPP": [
		("SIPATROLI (Sistem Patroli Terpadu Online)", "D", "P", "DIG", "patroli berbasis aplikasi yang merekam rute, temuan, dan tindak lanjut pelanggaran ketertiban secara langsung", "pengawasan ketertiban umum yang tidak terdokumentasi sehingga pelanggaran berulang di lokasi yang sama", "warga dan pelaku usaha di ruang publik"),
		("PENA HUMANIS (Penataan Humanis Pedagang Kaki Lima)", "N", "L", "NT", "penataan pedagang kaki lima melalui dialog, relokasi bertahap, dan pendampingan bersama dinas terkait", "konflik berulang antara petugas dan pedagang kaki lima saat penertiban", "pedagang kaki lima"),
		("LISAKU (Linmas Siaga Kelurahanku)", "N", "L", "NT", "penguatan regu perlindungan masyarakat di setiap kelurahan dengan pelatihan dan jadwal siaga", "lambatnya respons awal terhadap gangguan keamanan dan bencana di lingkungan", "warga kelurahan"),
		("LATRAN24 (Lapor Trantib 24 Jam)", "D", "P", "DIG", "kanal pengaduan gangguan ketenteraman dan ketertiban melalui WhatsApp dan aplikasi yang dipantau 24 jam", "pengaduan gangguan ketertiban yang tidak jelas saluran dan tindak lanjutnya", "warga kota"),
		("SAPA SEKOLAH (Satpol PP Sahabat Sekolah)", "N", "L", "NT", "penyuluhan ketertiban dan pencegahan tawuran di sekolah serta patroli pada jam sekolah", "meningkatnya kenakalan remaja dan pelajar yang berkeliaran pada jam sekolah", "pelajar SMP dan SMA"),
		("PERAKA (Peta Rawan Kebakaran)", "D", "L", "NT", "peta digital lokasi rawan kebakaran, hidran, dan akses jalan untuk mempercepat respons pemadaman", "waktu tanggap kebakaran yang lama di permukiman padat", "warga permukiman padat dan petugas pemadam"),
		("REDKAR (Relawan Pemadam Kebakaran Kampung)", "N", "L", "NT", "pembentukan dan pelatihan relawan pemadam kebakaran di kampung padat dengan alat pemadam sederhana", "kebakaran di gang sempit yang tidak terjangkau mobil pemadam", "warga kampung padat"),
		("SIMADU PERDA (Sosialisasi Mandiri Peraturan Daerah)", "D", "T", "DIG", "aplikasi penyuluhan peraturan daerah dan sanksi administrasinya yang dilengkapi kuis dan notifikasi", "rendahnya pengetahuan warga dan pelaku usaha tentang peraturan daerah yang berlaku", "warga dan pelaku usaha"),
	],
	"DINSOS": [
		("SI-KEMAS (Sistem Kelurahan Mandiri Pemutakhiran Data Sosial)", "D", "T", "KMS", "pemutakhiran data terpadu kesejahteraan sosial secara mandiri oleh operator kelurahan dengan verifikasi berjenjang", "data penerima bantuan sosial yang tidak mutakhir sehingga bantuan salah sasaran", "keluarga miskin dan operator kesejahteraan sosial kelurahan"),
		("JEBOL LANSIA (Jemput Bola Bantuan Lansia)", "N", "P", "KMS", "pengantaran bantuan dan layanan sosial langsung ke rumah lansia terlantar", "lansia terlantar yang tidak mampu datang mengambil bantuan", "lansia terlantar dan penyandang disabilitas berat"),
		("Rumah Singgah Peduli Sukamaju", "N", "L", "KMS", "rumah singgah sementara bagi gelandangan, pengemis, dan orang terlantar disertai penjangkauan dan reunifikasi keluarga", "gelandangan dan pengemis di persimpangan jalan yang tidak tertangani", "gelandangan, pengemis, dan orang terlantar"),
		("DUSIBEN (Dapur Umum Siaga Bencana)", "N", "L", "NT", "dapur umum bergerak yang dapat didirikan dalam enam jam di lokasi bencana", "keterlambatan pemenuhan makanan bagi pengungsi pada hari pertama bencana", "warga terdampak bencana"),
		("LASSATU (Layanan Sosial Satu Pintu)", "D", "P", "KMS", "loket terpadu dengan berkas yang dapat dilacak secara daring untuk semua layanan rekomendasi, rujukan, dan pengaduan sosial", "warga yang harus mendatangi beberapa kantor untuk satu urusan bantuan sosial", "warga miskin dan rentan"),
		("SIPEKA (Sistem Pengaduan Kemiskinan)", "D", "P", "KMS", "pengaduan daring bagi warga miskin yang belum terdaftar bantuan dengan tindak lanjut verifikasi lapangan", "warga miskin yang belum terdata dan tidak tahu cara mengajukan diri", "warga miskin yang belum menerima bantuan"),
		("KASIH DISABILITAS (Kartu Sukamaju Peduli Disabilitas)", "D", "P", "KMS", "kartu layanan digital berkode QR bagi penyandang disabilitas yang memberi prioritas dan keringanan biaya layanan publik", "penyandang disabilitas yang kesulitan mengakses layanan publik", "penyandang disabilitas"),
		("PERISAI ANAK (Pendampingan Rehabilitasi Sosial Anak)", "N", "L", "NT", "pendampingan rehabilitasi sosial bagi anak jalanan dan anak yang berhadapan dengan hukum", "anak jalanan dan anak berhadapan dengan hukum yang kembali ke jalan", "anak jalanan dan anak berhadapan dengan hukum"),
	],
	"DISNAKER": [
		("BKOL (Bursa Kerja Online Sukamaju)", "D", "P", "KMS", "portal lowongan kerja yang mempertemukan pencari kerja dengan perusahaan lokal dan mencatat penempatan", "tingginya pengangguran terbuka sementara lowongan perusahaan lokal sulit terisi", "pencari kerja dan perusahaan lokal"),
		("AK1 Online (Kartu Pencari Kerja Digital)", "D", "P", "DIG", "penerbitan kartu pencari kerja (AK/1) secara daring tanpa datang ke kantor", "antrean pembuatan kartu pencari kerja menjelang musim rekrutmen", "pencari kerja"),
		("PELITA (Pelatihan Kerja Keliling)", "N", "L", "KMS", "pelatihan keterampilan dengan mobil unit pelatihan yang mendatangi kelurahan", "pencari kerja di pinggiran kota yang tidak terjangkau balai latihan kerja", "pencari kerja muda dan perempuan"),
		("MEDIKA (Mediasi Hubungan Industrial Cepat)", "N", "P", "INV", "layanan mediasi perselisihan hubungan industrial dengan jadwal tetap dan target penyelesaian 30 hari", "perselisihan hubungan industrial yang berlarut-larut", "pekerja dan pengusaha"),
		("SIAP KERJA (Sertifikasi Kompetensi Pemuda)", "N", "L", "KMS", "sertifikasi kompetensi bagi lulusan SMK dan peserta pelatihan kerja bersama lembaga sertifikasi profesi", "lulusan SMK yang sulit diterima kerja karena tidak memiliki sertifikat kompetensi", "lulusan SMK dan pencari kerja muda"),
		("WLKP Jemput Bola", "N", "P", "INV", "pendampingan perusahaan kecil untuk melaporkan data ketenagakerjaan secara daring", "banyaknya perusahaan kecil yang belum melaporkan data ketenagakerjaan", "perusahaan kecil dan menengah"),
	],
	"DP3A": [
		("SAPA PEREMPUAN (Sahabat Perempuan dan Anak)", "D", "P", "NT", "layanan pengaduan kekerasan terhadap perempuan dan anak melalui hotline dan WhatsApp yang terhubung ke UPTD PPA", "kasus kekerasan terhadap perempuan dan anak yang tidak dilaporkan karena korban takut", "perempuan dan anak korban kekerasan"),
		("KELANA (Kelurahan Layak Anak)", "N", "L", "NT", "penilaian dan pendampingan kelurahan agar memenuhi indikator kelurahan layak anak", "belum meratanya pemenuhan hak anak di tingkat kelurahan", "anak dan aparat kelurahan"),
		("PUSPAGA Keliling (Pusat Pembelajaran Keluarga)", "N", "P", "PAP", "konseling dan kelas pengasuhan keliling bagi orang tua di kelurahan", "pola asuh yang keliru dan tingginya perkawinan anak", "orang tua dan calon pengantin"),
		("EMPERAN (Ekonomi Perempuan Prakarsa)", "N", "L", "KMS", "pelatihan usaha dan akses permodalan bagi perempuan kepala keluarga", "perempuan kepala keluarga yang tidak memiliki penghasilan tetap", "perempuan kepala keluarga"),
		("FORABES (Forum Anak Bersuara)", "N", "T", "NT", "pelibatan forum anak sebagai pelopor dan pelapor dalam perencanaan dan pengawasan pemenuhan hak anak", "suara anak yang belum didengar dalam kebijakan kota", "anak usia 12 sampai 18 tahun"),
		("SIGA Terpadu (Sistem Informasi Gender dan Anak)", "D", "T", "DIG", "basis data terpilah gender dan anak yang dihimpun dari seluruh perangkat daerah", "perencanaan responsif gender yang tidak didukung data terpilah", "perencana perangkat daerah"),
		("CEKAKAK (Cegah Kawin Anak)", "N", "L", "PAP", "edukasi sebaya dan pendampingan keluarga untuk mencegah perkawinan usia anak", "tingginya dispensasi perkawinan usia anak", "remaja dan orang tua"),
	],
	"DKPP": [
		("P2L Kota (Pekarangan Pangan Lestari)", "N", "L", "PAP", "pemanfaatan pekarangan dan lahan tidur untuk sayuran dan ikan oleh kelompok wanita tani", "ketergantungan rumah tangga pada pasokan sayur dari luar kota", "kelompok wanita tani dan rumah tangga"),
		("SIPANGAN (Sistem Informasi Harga dan Stok Pangan)", "D", "T", "PAP", "pemantauan harga dan stok bahan pokok harian dari pasar dan distributor yang ditampilkan di dasbor publik", "lonjakan harga bahan pokok yang terlambat diantisipasi", "konsumen, pedagang, dan tim pengendali inflasi daerah"),
		("GEPAMUK (Gerakan Pangan Murah Keliling)", "D", "P", "KMS", "penjualan bahan pokok murah dengan mobil keliling yang jadwal dan lokasinya diumumkan melalui aplikasi", "daya beli warga miskin yang turun saat harga pangan naik", "warga miskin dan rentan"),
		("UFHS (Urban Farming Hidroponik Sekolah)", "N", "L", "PAP", "kebun hidroponik di sekolah yang dikelola murid dan guru", "rendahnya konsumsi sayur anak sekolah", "murid dan guru", "Pertanian"),
		("CESIPA (Cegah Sisa Pangan)", "D", "L", "PAP", "aplikasi yang mempertemukan hotel, restoran, dan penyelenggara acara yang memiliki pangan berlebih dengan panti dan warga rawan pangan", "banyaknya makanan layak konsumsi yang terbuang", "panti asuhan dan warga rawan pangan"),
		("KLITADIG (Klinik Tani Digital)", "D", "P", "DIG", "konsultasi budidaya dan hama tanaman secara daring dengan penyuluh pertanian", "petani kota yang sulit bertemu penyuluh pertanian", "petani dan kelompok tani", "Pertanian"),
		("JAMPANGAN (Jaminan Keamanan Pangan Segar)", "N", "P", "PAP", "uji cepat residu pestisida dan bahan berbahaya pada pangan segar di pasar dengan label aman", "beredarnya pangan segar yang mengandung formalin dan residu pestisida", "konsumen dan pedagang pasar"),
	],
	"DLH": [
		("Bank Sampah Digital Kelurahan", "D", "L", "NT", "pencatatan tabungan sampah nasabah bank sampah secara digital yang dapat ditukar dengan token listrik dan pulsa", "volume sampah ke TPA yang terus naik sementara bank sampah tidak tercatat rapi", "nasabah bank sampah dan pengurusnya"),
		("SIPENGAWAS LH (Sistem Pengawasan Lingkungan Hidup)", "D", "T", "DIG", "pelaporan dan pengawasan ketaatan usaha terhadap dokumen lingkungan secara daring", "pelanggaran lingkungan oleh pelaku usaha yang jarang terpantau", "pelaku usaha dan pengawas lingkungan"),
		("SESAMA (Sedekah Sampah Masjid dan Gereja)", "N", "L", "NT", "pengumpulan sampah anorganik melalui rumah ibadah yang hasilnya dipakai untuk kegiatan sosial", "rendahnya partisipasi warga memilah sampah dari rumah", "jemaah rumah ibadah dan warga sekitarnya"),
		("KAMPIS (Kampung Iklim Sukamaju)", "N", "L", "NT", "pendampingan kampung untuk aksi adaptasi dan mitigasi perubahan iklim", "meningkatnya genangan dan suhu udara di kawasan padat", "warga RW dan kelompok peduli lingkungan"),
		("SIDOLING (Sistem Dokumen Lingkungan Online)", "D", "P", "INV", "pengajuan dan penilaian dokumen lingkungan UKL-UPL dan SPPL secara daring", "penilaian dokumen lingkungan yang lama dan menghambat perizinan usaha", "pelaku usaha"),
		("RTH Adopsi (Ruang Terbuka Hijau Adopsi)", "N", "L", "NT", "adopsi taman dan jalur hijau oleh perusahaan dan komunitas untuk dirawat bersama", "taman kota yang kurang terawat karena keterbatasan anggaran", "perusahaan, komunitas, dan pengunjung taman"),
		("MAPOSO (Maggot Pengolah Sampah Organik)", "N", "L", "NT", "budidaya maggot untuk mengolah sampah organik rumah tangga dan pasar", "sampah organik yang mendominasi timbulan sampah kota", "rumah tangga, pasar, dan kelompok budidaya"),
		("PAKU (Pantau Kualitas Udara)", "D", "L", "NT", "sensor kualitas udara berbiaya rendah di titik padat lalu lintas dengan data terbuka bagi warga", "informasi kualitas udara kota yang tidak tersedia bagi warga", "warga dan sekolah di sekitar jalan padat"),
	],
	"DISDUKCAPIL": [
		("Jemput Bola KTP-el Lansia", "N", "P", "NT", "perekaman KTP elektronik di rumah atau panti bagi lansia dan penyandang disabilitas", "lansia dan penyandang disabilitas yang belum memiliki KTP elektronik karena tidak mampu datang", "lansia dan penyandang disabilitas"),
		("SIPADU CAPIL (Sistem Pelayanan Adminduk Terpadu Online)", "D", "P", "DIG", "pengajuan dokumen kependudukan secara daring dengan hasil yang dapat dicetak mandiri di rumah", "antrean panjang di kantor dinas untuk dokumen kependudukan", "seluruh penduduk kota"),
		("TISA LAHIR (Tiga in Satu Kelahiran)", "D", "P", "PAP", "penerbitan akta kelahiran, kartu keluarga, dan kartu identitas anak sekaligus melalui aplikasi yang menghubungkan rumah sakit dan puskesmas bersalin dengan Disdukcapil", "bayi yang belum memiliki akta kelahiran sampai usia sekolah", "bayi baru lahir dan orang tuanya"),
		("AKLADI (Akta Kematian Langsung Jadi)", "D", "P", "NT", "penerbitan akta kematian berdasarkan laporan daring dari pengurus tempat ibadah dan pemakaman", "kematian yang tidak dilaporkan sehingga data penduduk dan bantuan sosial tidak akurat", "keluarga yang berduka"),
		("ADM Kecamatan (Anjungan Dukcapil Mandiri)", "D", "P", "DIG", "mesin anjungan mandiri di kantor kecamatan untuk mencetak dokumen kependudukan", "warga yang harus datang ke kantor dinas di pusat kota untuk mencetak dokumen", "penduduk di kecamatan pinggiran"),
		("IKD Massal (Identitas Kependudukan Digital Massal)", "D", "P", "DIG", "aktivasi identitas kependudukan digital secara massal di sekolah, kampus, dan kantor", "rendahnya aktivasi identitas kependudukan digital", "pelajar, mahasiswa, dan pegawai"),
		("LAMA (Layanan Malam Adminduk)", "N", "P", "NT", "layanan administrasi kependudukan pada malam hari dan akhir pekan", "pekerja yang tidak dapat mengurus dokumen pada jam kerja", "pekerja dan pelaku usaha"),
		("PADAK (Pemanfaatan Data Kependudukan Terintegrasi)", "D", "T", "DIG", "kerja sama dan akses data kependudukan untuk verifikasi layanan di perangkat daerah, bank, dan rumah sakit", "verifikasi identitas di layanan lain yang masih meminta fotokopi dokumen", "perangkat daerah, bank, dan rumah sakit"),
		("KAWAT (Kawin Tercatat Sekaligus)", "D", "P", "NT", "pembaruan kartu keluarga dan KTP elektronik yang diajukan langsung dari KUA dan gereja melalui aplikasi yang terhubung dengan Disdukcapil", "pasangan baru menikah yang terlambat memperbarui data kependudukan", "pasangan pengantin"),
	],
	"DISHUB": [
		("SITERANG (Sistem Informasi Terminal dan Angkutan)", "D", "P", "DIG", "informasi jadwal dan posisi angkutan kota secara langsung di aplikasi dan papan halte", "penumpang yang menunggu angkutan kota tanpa kepastian jadwal", "penumpang angkutan umum"),
		("ZOSS Plus (Zona Selamat Sekolah)", "N", "L", "NT", "penataan marka, rambu, dan petugas penyeberang di depan sekolah", "kecelakaan pelajar di depan sekolah", "pelajar SD dan SMP"),
		("SI-KIR (Uji Berkala Kendaraan Online)", "D", "P", "INV", "pendaftaran uji berkala kendaraan secara daring dengan jadwal dan kartu uji elektronik", "antrean uji kendaraan bermotor dan praktik calo", "pemilik kendaraan angkutan barang dan orang"),
		("ANGSEGAR (Angkutan Sekolah Gratis)", "D", "P", "KMS", "bus sekolah gratis dengan rute ke kawasan pinggiran yang posisinya dapat dipantau orang tua melalui aplikasi", "biaya transportasi sekolah yang memberatkan keluarga miskin", "pelajar dari keluarga kurang mampu"),
		("APIS (ATCS Pantau Simpang)", "D", "L", "NT", "pengaturan lampu lalu lintas adaptif dari ruang kendali berdasarkan kamera simpang", "kemacetan di simpang utama pada jam sibuk", "pengguna jalan"),
		("HARAPAN (Halte Ramah Penyandang Disabilitas)", "N", "L", "NT", "penataan halte dengan ramp, jalur pemandu, dan informasi suara", "fasilitas angkutan umum yang belum dapat diakses penyandang disabilitas", "penyandang disabilitas dan lansia"),
		("KATERLANTAS (Kampung Tertib Lalu Lintas)", "N", "L", "NT", "pembinaan warga dan pelajar tentang tertib berlalu lintas di kampung rawan kecelakaan", "tingginya pelanggaran lalu lintas oleh remaja", "remaja dan warga kampung"),
	],
	"DISKOMINFO": [
		("SATADA (Sukamaju Satu Data)", "D", "T", "DIG", "portal satu data kota yang memuat data sektoral seluruh perangkat daerah dengan standar dan metadata yang sama", "data sektoral perangkat daerah yang tersebar, berbeda, dan sulit dipakai", "perangkat daerah, peneliti, dan masyarakat"),
		("SIPALAWA (Sistem Pengaduan Layanan Warga)", "D", "P", "DIG", "kanal pengaduan tunggal yang menghubungkan SP4N-LAPOR!, media sosial, dan WhatsApp dengan penugasan otomatis ke perangkat daerah", "pengaduan warga yang tersebar di banyak kanal dan tidak terpantau tindak lanjutnya", "warga kota"),
		("SUKAMAJU GO (Super App Sukamaju dalam Genggaman)", "D", "P", "DIG", "satu aplikasi warga yang menghimpun layanan publik daerah dengan akun tunggal", "banyaknya aplikasi layanan daerah yang berdiri sendiri dan membingungkan warga", "warga kota"),
		("WIFIKU (WiFi Publik Kelurahan)", "D", "L", "NT", "akses internet gratis di kantor kelurahan, taman, dan ruang publik", "kesenjangan akses internet bagi warga berpenghasilan rendah", "pelajar dan warga berpenghasilan rendah"),
		("C2S (Command Center Sukamaju)", "D", "T", "DIG", "pusat kendali yang memadukan CCTV, pengaduan, dan data layanan untuk pengambilan keputusan cepat", "informasi kejadian di kota yang terlambat sampai ke pimpinan", "pimpinan daerah dan perangkat daerah"),
		("TTE ASN (Tanda Tangan Elektronik Pegawai)", "D", "T", "DIG", "penggunaan sertifikat elektronik untuk naskah dinas dan dokumen layanan", "dokumen dinas yang tertahan menunggu tanda tangan basah pejabat", "pejabat dan pegawai pemerintah kota"),
		("LIDIWA (Literasi Digital Warga)", "N", "L", "NT", "kelas literasi digital keliling tentang keamanan data, hoaks, dan transaksi daring", "maraknya hoaks dan penipuan daring yang menimpa warga", "lansia, ibu rumah tangga, dan pelajar"),
		("SIPPID (PPID Online Sukamaju)", "D", "P", "DIG", "permohonan dan penyampaian informasi publik secara daring dengan pelacakan status", "permohonan informasi publik yang lambat dijawab", "pemohon informasi publik"),
		("RAKOM (Radio Komunitas Kelurahan)", "N", "L", "NT", "siaran radio komunitas untuk informasi layanan dan kebencanaan", "informasi pemerintah yang tidak sampai ke warga tanpa akses internet", "warga pinggiran dan lansia"),
	],
	"DISKOPUKM": [
		("UMKM Naik Kelas Digital", "D", "L", "KMS", "pendampingan UMKM masuk lokapasar dan menerima pembayaran digital", "UMKM yang pemasarannya masih terbatas di lingkungan sendiri", "pelaku usaha mikro dan kecil"),
		("KLIBIS (Klinik Bisnis UMKM)", "N", "P", "INV", "konsultasi gratis tentang perizinan, keuangan, dan pemasaran bagi UMKM", "UMKM yang tidak memiliki izin dan catatan keuangan", "pelaku usaha mikro dan kecil"),
		("KUSUMA (Kredit Usaha Sukamaju Tanpa Bunga)", "D", "L", "KMS", "pinjaman modal usaha tanpa bunga yang diajukan dan dipantau melalui aplikasi bersama bank daerah", "pelaku usaha mikro yang terjerat rentenir", "pelaku usaha mikro dari keluarga miskin"),
		("SIKOPIN (Sistem Informasi Koperasi Sehat)", "D", "T", "DIG", "pelaporan rapat anggota dan kesehatan koperasi secara daring", "banyaknya koperasi yang tidak aktif tetapi masih tercatat", "pengurus koperasi"),
		("GUMBARA (Galeri UMKM Bandara dan Hotel)", "N", "L", "INV", "etalase produk UMKM di bandara, hotel, dan kantor pemerintah", "produk UMKM yang sulit menjangkau wisatawan", "pelaku UMKM dan wisatawan"),
		("SEHATI (Sertifikat Halal Gratis UMKM)", "N", "P", "INV", "fasilitasi sertifikasi halal gratis melalui pendamping proses produk halal", "UMKM pangan yang belum bersertifikat halal", "UMKM makanan dan minuman"),
		("KOPEDI (Koperasi Pelajar Digital)", "D", "L", "NT", "koperasi sekolah dengan kasir dan simpanan digital sebagai sarana belajar berkoperasi", "rendahnya minat generasi muda terhadap koperasi", "pelajar SMP dan SMA"),
	],
	"DPMPTSP": [
		("MPP Sukamaju (Mal Pelayanan Publik)", "N", "P", "INV", "penyatuan layanan perizinan dan nonperizinan dari instansi pusat, daerah, dan BUMN dalam satu gedung", "pemohon izin yang harus berpindah-pindah kantor", "pelaku usaha dan warga"),
		("SIMPEL IZIN (Sistem Izin Elektronik)", "D", "P", "INV", "perizinan nonberusaha secara daring dengan tanda tangan elektronik dan pelacakan berkas", "perizinan yang memakan waktu karena berkas fisik berpindah dari meja ke meja", "pemohon izin"),
		("OSS JEMPOL (OSS Jemput Bola NIB)", "D", "P", "INV", "pendampingan pengurusan NIB secara daring melalui OSS bagi usaha mikro dan kecil di kelurahan", "usaha mikro dan kecil yang belum memiliki NIB", "usaha mikro dan kecil"),
		("INSPIRA (Investasi Sukamaju Peta Peluang)", "D", "L", "INV", "portal peta peluang investasi dengan profil proyek siap tawar", "minimnya informasi peluang investasi yang siap ditawarkan", "calon investor"),
		("IZIKITA (Izin Kilat Tiga Jam)", "N", "P", "INV", "standar layanan yang menyelesaikan izin tertentu dalam tiga jam", "izin sederhana yang diselesaikan berhari-hari", "pemohon izin"),
		("SKM Online (Survei Kepuasan Masyarakat Digital)", "D", "T", "DIG", "survei kepuasan masyarakat melalui kode QR di setiap loket dengan hasil yang langsung terbaca", "survei kepuasan yang dilakukan manual setahun sekali", "pengguna layanan perizinan"),
		("PANTAS (Pengawasan Berbasis Risiko Terjadwal)", "D", "T", "INV", "jadwal dan pencatatan pengawasan perizinan berbasis risiko secara daring", "pengawasan izin yang tidak terjadwal", "pelaku usaha berisiko menengah dan tinggi"),
		("LAPERLING (Layanan Perizinan Keliling)", "N", "P", "INV", "mobil layanan perizinan yang mendatangi kecamatan dan pasar", "pelaku usaha di pinggiran yang jauh dari kantor perizinan", "pelaku usaha di pinggiran kota"),
	],
	"DISPARBUD": [
		("KALENSU (Kalender Event Sukamaju)", "D", "L", "NT", "aplikasi kalender acara wisata dan budaya dengan tiket daring", "acara wisata yang kurang dikenal wisatawan", "wisatawan dan pelaku wisata"),
		("KAWITA (Kampung Wisata Tematik)", "N", "L", "KMS", "pendampingan kampung agar menjadi destinasi wisata tematik yang dikelola kelompok sadar wisata", "kampung berpotensi wisata yang belum dikelola", "warga kampung dan kelompok sadar wisata"),
		("SERTIWISATA (Sertifikasi CHSE Usaha Wisata)", "N", "P", "INV", "fasilitasi sertifikasi kebersihan, kesehatan, keselamatan, dan kelestarian lingkungan bagi usaha wisata", "usaha wisata yang belum memenuhi standar layanan", "pengelola hotel, restoran, dan destinasi"),
		("SABUSE (Sanggar Budaya Sekolah)", "N", "L", "NT", "pelatihan seni tradisi di sekolah oleh pelaku seni lokal", "berkurangnya minat generasi muda pada seni tradisi", "pelajar dan pelaku seni", "Kebudayaan"),
		("VITAMU (Virtual Tour Museum Kota)", "D", "L", "NT", "tur virtual koleksi museum dan cagar budaya dengan narasi audio", "kunjungan museum yang rendah", "pelajar dan wisatawan", "Kebudayaan"),
		("PEWIDA (Pemandu Wisata Muda)", "N", "L", "KMS", "pelatihan dan sertifikasi pemandu wisata dari kalangan pemuda", "kurangnya pemandu wisata berlisensi", "pemuda dan lulusan SMK pariwisata"),
	],
	"DISDAG": [
		("SIPASAR (Sistem Informasi Pasar Rakyat)", "D", "T", "DIG", "pendataan kios, pedagang, dan retribusi pasar secara digital", "data pedagang dan kios pasar yang tidak mutakhir", "pedagang pasar dan pengelola pasar"),
		("TEKUL (Tera Ulang Keliling)", "N", "P", "NT", "tera ulang alat ukur dan timbangan di pasar dan SPBU dengan unit keliling", "timbangan pedagang yang tidak akurat dan merugikan konsumen", "pedagang dan konsumen"),
		("PARABES (Pasar Rakyat Bersih dan Sehat)", "N", "L", "NT", "penataan zonasi, kebersihan, dan sanitasi pasar rakyat bersama paguyuban pedagang", "pasar rakyat yang kotor dan sepi pembeli", "pedagang dan pembeli pasar"),
		("BEPAON (Belanja Pasar Online)", "D", "L", "INV", "pemesanan belanja pasar rakyat secara daring dengan kurir lokal", "pasar rakyat yang kalah bersaing dengan ritel modern", "pedagang pasar dan konsumen"),
		("GEMA EKSPOR (Gerai Ekspor UMKM)", "N", "L", "INV", "pendampingan dan kurasi produk UMKM untuk pasar ekspor", "produk lokal yang belum memenuhi standar ekspor", "pelaku usaha berorientasi ekspor"),
		("WASBAR (Pengawasan Barang Beredar)", "N", "P", "NT", "pengawasan barang beredar dan perlindungan konsumen bersama asosiasi pedagang", "barang kedaluwarsa dan tanpa label yang dijual di toko", "konsumen"),
	],
	"BPKAD": [
		("TRANUTA (Transaksi Non Tunai Penuh)", "D", "T", "DIG", "pembayaran seluruh belanja daerah melalui transfer dan kartu kredit pemerintah daerah", "pembayaran tunai yang rawan penyimpangan dan lambat dipertanggungjawabkan", "bendahara perangkat daerah dan penyedia"),
		("SIMASET (Sistem Informasi Manajemen Aset)", "D", "T", "DIG", "inventarisasi aset daerah berbasis kode QR dan foto berkoordinat", "aset daerah yang tidak diketahui keberadaan dan kondisinya", "pengurus barang perangkat daerah"),
		("SPOT (SP2D Online Tiga Jam)", "D", "T", "DIG", "penerbitan SP2D secara elektronik dengan standar waktu tiga jam", "pencairan anggaran yang lambat karena berkas fisik", "bendahara dan penyedia barang dan jasa"),
		("KLIKPD (Klinik Akuntansi Perangkat Daerah)", "N", "T", "NT", "pendampingan penyusunan laporan keuangan bagi perangkat daerah", "temuan berulang atas laporan keuangan perangkat daerah", "pejabat penatausahaan keuangan"),
		("SERTADA (Sertifikasi Tanah Aset Daerah)", "N", "T", "NT", "percepatan sertifikasi tanah milik pemerintah kota bersama kantor pertanahan", "tanah aset daerah yang belum bersertifikat dan rawan sengketa", "pengelola aset daerah"),
		("DARA (Dasbor Realisasi APBD)", "D", "T", "DIG", "dasbor realisasi pendapatan dan belanja harian yang dapat dilihat pimpinan dan publik", "realisasi anggaran yang baru diketahui di akhir triwulan", "pimpinan daerah dan masyarakat"),
	],
	"BAPENDA": [
		("BAYARDISA (e-PBB Bayar di Mana Saja)", "D", "P", "INV", "pembayaran PBB melalui bank, minimarket, dompet digital, dan QRIS", "warga yang harus datang ke bank tertentu untuk membayar PBB", "wajib pajak PBB"),
		("SIBEDAS (Sistem BPHTB Daring Terintegrasi)", "D", "P", "INV", "validasi BPHTB secara daring yang terhubung dengan notaris dan kantor pertanahan", "validasi BPHTB yang memerlukan beberapa kali kunjungan", "notaris, PPAT, dan wajib pajak"),
		("TAPBOX (Tapping Box Pajak Restoran)", "D", "T", "DIG", "alat perekam transaksi di restoran dan hotel untuk memantau pajak daerah secara langsung", "pajak restoran dan hotel yang dilaporkan tidak sesuai omzet", "wajib pajak restoran dan hotel"),
		("JEMPAK (Jemput Bola Pajak Kelurahan)", "N", "P", "NT", "petugas pajak yang berkantor di kelurahan pada hari tertentu untuk pelayanan dan pembayaran", "tunggakan PBB yang tinggi di kelurahan pinggiran", "wajib pajak di kelurahan pinggiran"),
		("UBTP (Undian Berhadiah Taat Pajak)", "D", "T", "NT", "undian berhadiah elektronik bagi wajib pajak yang membayar sebelum jatuh tempo, dengan nomor undian otomatis dari bukti bayar", "rendahnya kepatuhan membayar pajak tepat waktu", "wajib pajak daerah"),
		("PUTIK (Pemutakhiran Data Objek Pajak)", "D", "T", "DIG", "pemetaan ulang objek pajak bumi dan bangunan dengan foto udara dan survei lapangan", "data objek PBB yang tidak sesuai kondisi lapangan", "wajib pajak dan petugas pendataan"),
		("SPPT-WA (SPPT Digital via WhatsApp)", "D", "P", "DIG", "penyampaian SPPT PBB dalam bentuk digital melalui WhatsApp dan surel", "SPPT PBB yang tidak sampai ke tangan wajib pajak", "wajib pajak PBB"),
	],
	"BKPSDM": [
		("SIMPEG Mandiri (Sistem Informasi Manajemen Pegawai Mandiri)", "D", "T", "DIG", "pemutakhiran data pegawai secara mandiri dengan verifikasi berjenjang", "data kepegawaian yang tidak mutakhir", "ASN pemerintah kota"),
		("KAPATAS (Kenaikan Pangkat Tanpa Berkas)", "D", "T", "DIG", "pengusulan kenaikan pangkat secara daring tanpa berkas fisik", "usulan kenaikan pangkat yang tertunda karena berkas tidak lengkap", "ASN pemerintah kota"),
		("SUCORPU (Sukamaju Corporate University)", "D", "T", "NT", "pembelajaran terintegrasi ASN melalui platform belajar daring dengan kurikulum sesuai kebutuhan kompetensi", "pengembangan kompetensi ASN yang tidak terencana", "ASN pemerintah kota", "Pendidikan dan Pelatihan"),
		("MANTAP (Manajemen Talenta ASN)", "D", "T", "NT", "pemetaan talenta dan rencana suksesi jabatan berbasis sistem merit", "pengisian jabatan yang belum berbasis talenta", "ASN dan pejabat pembina kepegawaian"),
		("LAPENTA (Layanan Pensiun Tepat Waktu)", "D", "P", "NT", "pengusulan pensiun enam bulan sebelum batas usia melalui notifikasi otomatis dan berkas daring", "SK pensiun yang terlambat sehingga pensiunan tidak menerima hak tepat waktu", "ASN menjelang pensiun"),
		("EKIP (e-Kinerja Terintegrasi Presensi)", "D", "T", "DIG", "pengukuran kinerja harian yang terhubung dengan presensi wajah dan tambahan penghasilan", "penilaian kinerja yang cenderung formalitas", "ASN pemerintah kota"),
		("KLIJAF (Klinik Jabatan Fungsional)", "N", "T", "NT", "pendampingan penyusunan angka kredit dan karier jabatan fungsional", "pejabat fungsional yang terhambat kenaikan jenjangnya", "pejabat fungsional"),
	],
	"INSPEKTORAT": [
		("WISE (Whistleblowing System Sukamaju)", "D", "T", "DIG", "kanal pengaduan pelanggaran yang menjamin kerahasiaan pelapor", "dugaan pelanggaran yang tidak dilaporkan karena pelapor takut", "ASN dan masyarakat"),
		("PROPAN (Probity Audit Pengadaan)", "N", "T", "NT", "pendampingan dan audit bersamaan pada proses pengadaan bernilai besar", "temuan pemeriksaan atas pengadaan barang dan jasa", "pejabat pengadaan"),
		("KLIGRAT (Klinik Gratifikasi)", "D", "T", "NT", "layanan konsultasi dan pelaporan gratifikasi bagi ASN melalui formulir daring dan WhatsApp", "rendahnya pelaporan gratifikasi", "ASN pemerintah kota"),
		("SIPTL (Sistem Pemantauan Tindak Lanjut)", "D", "T", "DIG", "pemantauan tindak lanjut hasil pemeriksaan secara daring", "tindak lanjut rekomendasi pemeriksaan yang berlarut-larut", "perangkat daerah yang diperiksa"),
		("WASDAKEL (Pengawasan Dana Kelurahan)", "N", "T", "NT", "reviu berkala penggunaan dana kelurahan oleh tim inspektorat dan kecamatan", "kesalahan administrasi dalam penggunaan dana kelurahan", "lurah dan bendahara kelurahan"),
		("ZIMEN (Zona Integritas Mentoring)", "N", "T", "NT", "pendampingan unit kerja menuju predikat wilayah bebas dari korupsi", "unit layanan yang belum memenuhi syarat zona integritas", "unit kerja pelayanan"),
	],
	"SETDA": [
		("SIJAKA (Sistem Informasi Jabatan dan Kelembagaan)", "D", "T", "DIG", "analisis jabatan, beban kerja, dan peta proses bisnis secara daring", "struktur organisasi dan beban kerja yang tidak berbasis analisis", "perangkat daerah"),
		("SIPANTAS (Standar Pelayanan Terpadu)", "D", "T", "NT", "penyusunan dan publikasi standar pelayanan seluruh unit layanan beserta maklumat pelayanan melalui portal terpadu", "unit layanan yang belum memiliki standar pelayanan", "unit layanan publik"),
		("SINADIN (Sistem Naskah Dinas Elektronik)", "D", "T", "DIG", "persuratan dan disposisi elektronik", "persuratan yang lambat dan boros kertas", "seluruh perangkat daerah"),
		("RATAKE (Rapat Tanpa Kertas)", "D", "T", "DIG", "rapat pimpinan dengan bahan dan notulen digital serta pemantauan tindak lanjut", "keputusan rapat pimpinan yang tidak terpantau pelaksanaannya", "pimpinan perangkat daerah"),
		("JDIH SUMO (JDIH Sukamaju Mobile)", "D", "P", "DIG", "akses produk hukum daerah melalui aplikasi ponsel", "produk hukum daerah yang sulit dicari warga", "warga, ASN, dan praktisi hukum"),
		("EVAPELA (Evaluasi Pelayanan Publik Mandiri)", "N", "T", "NT", "penilaian mandiri kepatuhan pelayanan publik oleh tim Bagian Organisasi", "nilai kepatuhan pelayanan publik dari Ombudsman yang rendah", "unit layanan publik"),
		("LAPSARI (Layanan Pengadaan Satu Hari)", "D", "T", "INV", "pemrosesan pengadaan langsung dengan katalog elektronik lokal", "pengadaan yang lambat dan jarang melibatkan UMKM lokal", "pejabat pengadaan dan UMKM"),
	],
	"DPPKB": [
		("Kampung KB Berdaya", "N", "L", "PAP", "penguatan kampung keluarga berkualitas dengan rumah data kependudukan dan kegiatan ekonomi keluarga", "kampung KB yang hanya berjalan secara administratif", "keluarga di kampung KB"),
		("TPK Digital (Tim Pendamping Keluarga Digital)", "D", "L", "PAP", "pencatatan pendampingan calon pengantin, ibu hamil, dan baduta secara digital oleh tim pendamping keluarga", "pendampingan keluarga berisiko stunting yang tidak terpantau", "calon pengantin, ibu hamil, dan keluarga baduta"),
		("LAKIMAN (Layanan KB Pria Mandiri)", "N", "P", "NT", "layanan vasektomi dan konseling KB pria", "rendahnya partisipasi pria dalam KB", "pasangan usia subur"),
		("BKR Sekolah (Bina Keluarga Remaja Sekolah)", "N", "L", "PAP", "kelompok bina keluarga remaja di sekolah dengan konseling kesehatan reproduksi", "kehamilan remaja dan perkawinan anak", "remaja dan orang tua"),
		("CATIN SEHAT (Elsimil Calon Pengantin)", "D", "P", "PAP", "pemeriksaan kesehatan dan pengisian aplikasi Elsimil tiga bulan sebelum menikah", "calon pengantin yang belum siap hamil sehat", "calon pengantin"),
		("LANGGENG (Lansia Tangguh Berdaya)", "N", "L", "NT", "kelompok bina keluarga lansia dengan kegiatan kesehatan dan kegiatan produktif", "lansia yang kesepian dan kurang aktif", "lansia dan keluarganya"),
	],
	"KEC-SMJ-UTARA": [
		("KEDAGA (Kecamatan dalam Genggaman)", "D", "P", "DIG", "layanan surat-menyurat kecamatan dan kelurahan secara daring", "warga yang bolak-balik ke kantor kecamatan untuk surat keterangan", "warga kecamatan"),
		("SISKADIG (Siskamling Digital RW)", "D", "L", "NT", "jadwal ronda, laporan kejadian, dan tombol darurat warga dalam satu aplikasi RW", "ronda malam yang tidak aktif dan laporan kejadian yang lambat", "pengurus RW dan warga", KETENTERAMAN),
		("MUSKELIN (Musrenbang Kelurahan Inklusif)", "N", "T", "NT", "musrenbang kelurahan yang menyediakan kuota dan pendamping bagi perempuan, penyandang disabilitas, dan lansia", "musrenbang kelurahan yang didominasi tokoh yang sama", "perempuan, penyandang disabilitas, dan lansia", PMD),
	],
	"KEC-SMJ-SELATAN": [
		("PAPAN (PATEN Plus Antar Dokumen)", "N", "P", "NT", "pengantaran dokumen hasil layanan PATEN ke rumah warga oleh petugas kelurahan", "warga lanjut usia yang kesulitan mengambil dokumen di kantor kecamatan", "warga lanjut usia dan penyandang disabilitas"),
		("LUMESWA (Lurah Menyapa Warga)", "N", "T", "NT", "kunjungan rutin lurah ke setiap RT untuk menampung dan menindaklanjuti keluhan", "keluhan warga yang tidak tersampaikan ke pemerintah kelurahan", "warga RT dan pengurus lingkungan", PMD),
		("KATANA (Kampung Tangguh Bencana)", "N", "L", "NT", "pembentukan forum pengurangan risiko bencana di kelurahan rawan banjir", "kerugian warga akibat banjir tahunan", "warga kelurahan rawan banjir", KETENTERAMAN),
	],
	"KEC-PASIRJAYA": [
		("GERJUBER (Gerakan Jumat Bersih)", "N", "L", "NT", "kerja bakti mingguan ASN kecamatan bersama warga di titik rawan sampah", "titik pembuangan sampah liar di sepanjang jalan dan saluran", "warga dan ASN kecamatan", "Lingkungan Hidup"),
		("POSTERLAS (Posyandu Terintegrasi Layanan Sosial)", "N", "P", "KMS", "posyandu yang sekaligus melayani pendataan bantuan sosial dan administrasi kependudukan", "keluarga miskin yang tidak terdata bantuan karena jarang ke kantor kelurahan", "keluarga miskin dan ibu balita", "Sosial"),
		("PEKASA (Pelayanan Kecamatan Sabtu)", "N", "P", "NT", "pelayanan administrasi kecamatan pada hari Sabtu", "pekerja yang tidak dapat mengurus surat pada hari kerja", "pekerja dan pelaku usaha"),
	],
	"KEC-TELUKHARAPAN": [
		("NESADA (Nelayan Sadar Administrasi)", "N", "P", "KMS", "pendampingan nelayan mengurus kartu nelayan, asuransi, dan bantuan", "nelayan kecil yang tidak menerima bantuan karena dokumennya tidak lengkap", "nelayan kecil dan keluarganya", "Kelautan dan Perikanan"),
		("RONPESKA (Ronda Pesisir Kamtibmas)", "N", "L", "NT", "ronda bersama nelayan dan linmas di kawasan pesisir", "pencurian perahu dan mesin tempel di kawasan pesisir", "nelayan dan warga pesisir", KETENTERAMAN),
		("KEBAS PANTAI (Kelurahan Bebas Sampah Pantai)", "N", "L", "NT", "pengelolaan sampah pantai berbasis kelompok warga", "sampah kiriman yang menumpuk di pantai", "warga pesisir dan pengunjung pantai", "Lingkungan Hidup"),
	],
	"PKM-SUKAMAJU": [
		("PANDAWA (Pelayanan Antar Obat ke Rumah Warga)", "D", "P", "NT", "pengantaran obat rutin ke rumah pasien penyakit kronis yang dipesan dan dijadwalkan melalui WhatsApp", "pasien hipertensi dan diabetes yang putus berobat", "pasien penyakit kronis"),
		("KIHAVI (Kelas Ibu Hamil Virtual)", "D", "P", "PAP", "kelas ibu hamil melalui video dan grup WhatsApp yang dipandu bidan", "rendahnya kehadiran ibu hamil di kelas ibu hamil", "ibu hamil"),
	],
	"PKM-PASIRJAYA": [
		("SENYUM LANSIA (Senam dan Skrining Lansia)", "N", "L", "NT", "senam dan skrining kesehatan lansia setiap pekan di posyandu lansia", "lansia dengan penyakit tidak menular yang tidak terdeteksi", "lansia"),
		("RAKESA (Rapor Kesehatan Anak Sekolah)", "D", "P", "PAP", "penjaringan kesehatan anak sekolah dengan rapor kesehatan digital", "masalah kesehatan anak sekolah yang terlambat ditangani", "murid SD dan SMP"),
	],
	"PKM-TELUKHARAPAN": [
		("PERSEPSI (Perahu Sehat Pesisir)", "N", "P", "NT", "pelayanan kesehatan keliling dengan perahu ke permukiman pesisir dan pulau kecil", "warga pesisir yang jauh dari puskesmas", "warga pesisir dan nelayan"),
		("GITA (Gizi Ikan untuk Balita)", "N", "L", "PAP", "pemberian makanan tambahan berbahan ikan lokal", "balita gizi kurang di permukiman nelayan", "balita dan ibu di kampung nelayan"),
	],
	"PKM-CEMPAKA": [
		("SKIJAR (Skrining Jiwa Remaja)", "D", "P", "NT", "skrining kesehatan jiwa remaja melalui formulir daring dan konseling lanjutan", "masalah kesehatan jiwa remaja yang tidak terdeteksi", "remaja sekolah"),
		("POLAKA (Pojok Laktasi Kantor)", "N", "L", "PAP", "penyediaan ruang laktasi dan konselor ASI di kantor dan pasar", "rendahnya cakupan ASI eksklusif pada ibu bekerja", "ibu bekerja dan ibu menyusui"),
	],
	"PKM-MEKARSARI": [
		("LARIS (Layanan Rujukan Online Terpadu)", "D", "P", "DIG", "rujukan pasien yang terhubung dengan jadwal dan ketersediaan tempat tidur rumah sakit", "pasien rujukan yang ditolak karena rumah sakit penuh", "pasien rujukan"),
		("KARINA (Kader Remaja Anti Anemia)", "N", "L", "PAP", "kader remaja yang memantau minum tablet tambah darah di sekolah", "anemia pada remaja putri", "remaja putri"),
	],
	"RSUD": [
		("PORAJA (Pendaftaran Online Rawat Jalan)", "D", "P", "DIG", "pendaftaran poliklinik secara daring dengan perkiraan waktu layanan", "antrean panjang di poliklinik rumah sakit", "pasien rawat jalan"),
		("REMITRA (Rekam Medis Elektronik Terintegrasi)", "D", "T", "DIG", "rekam medis elektronik yang terhubung antarunit layanan", "rekam medis kertas yang hilang atau terlambat sampai ke poliklinik", "tenaga medis dan pasien"),
		("HOCAPRI (Home Care Pasca Rawat Inap)", "D", "P", "NT", "kunjungan perawat ke rumah pasien setelah rawat inap yang dilanjutkan dengan telekonsultasi", "pasien yang kembali dirawat karena perawatan lanjutan di rumah tidak tepat", "pasien pascarawat inap"),
		("RUBIRA (Ruang Bersalin Ramah Keluarga)", "N", "P", "PAP", "persalinan dengan pendampingan keluarga dan kontak kulit ibu dan bayi", "angka kematian ibu dan bayi di rumah sakit", "ibu bersalin dan bayi baru lahir"),
	],
	"SDN-01-SUKAMAJU": [
		("LIPA LIMA (Literasi Pagi Lima Belas Menit)", "N", "L", "NT", "membaca buku nonpelajaran selama lima belas menit sebelum pelajaran dimulai", "rendahnya minat baca murid", "murid SD"),
		("KAJUS (Kantin Jujur Sehat)", "N", "L", "PAP", "kantin tanpa penjaga dengan menu sehat", "jajanan tidak sehat di sekitar sekolah", "murid SD"),
	],
	"SDN-07-PASIRJAYA": [
		("NUMERASIK (Numerasi Asyik Bermain)", "N", "L", "NT", "pembelajaran numerasi dengan permainan tradisional", "rendahnya kemampuan numerasi murid", "murid SD kelas rendah"),
		("OTASIS (Orang Tua Asuh Siswa)", "N", "L", "KMS", "penggalangan orang tua asuh bagi murid dari keluarga tidak mampu", "murid dari keluarga miskin yang berisiko putus sekolah", "murid dari keluarga kurang mampu"),
	],
	"SMPN-02-SUKAMAJU": [
		("SADIGI (Sekolah Adiwiyata Digital)", "D", "L", "NT", "pengelolaan bank sampah dan kebun sekolah yang dicatat secara digital", "sampah plastik di lingkungan sekolah", "murid dan warga sekolah"),
		("ASWANO (Absensi Wajah dan Notifikasi Orang Tua)", "D", "P", "DIG", "presensi wajah murid dengan notifikasi otomatis kepada orang tua", "murid membolos tanpa diketahui orang tua", "murid dan orang tua"),
	],
	"SMPN-05-SUKAMAJU": [
		("KADIMAN (Kelas Digital Mandiri)", "D", "L", "DIG", "kelas daring untuk remedial dan pengayaan", "murid yang tertinggal pelajaran tidak terlayani", "murid SMP"),
		("KONSEP (Konselor Sebaya Anti Perundungan)", "N", "L", "NT", "pelatihan murid sebagai konselor sebaya untuk mencegah perundungan", "kasus perundungan di sekolah", "murid SMP"),
	],
	"UPTD-PPA": [
		("RUMAKO (Rumah Aman Korban Kekerasan)", "N", "P", "NT", "rumah aman sementara dengan pendampingan psikolog dan pendamping hukum", "korban kekerasan yang tidak memiliki tempat aman", "perempuan dan anak korban kekerasan"),
		("KONSELOR (Konseling Online Psikolog)", "D", "P", "NT", "konseling psikologis daring bagi korban kekerasan", "korban yang enggan datang ke kantor untuk konseling", "perempuan dan anak korban kekerasan"),
	],
	"UPTD-PSAMPAH": [
		("ASTRO (Angkut Sampah Terjadwal Online)", "D", "P", "DIG", "jadwal dan pelacakan armada pengangkut sampah yang dapat dipantau warga", "sampah yang menumpuk karena armada tidak datang sesuai jadwal", "warga dan pengelola TPS"),
		("TPS3R Mandiri Kelurahan", "N", "L", "NT", "tempat pengolahan sampah dengan prinsip kurangi, guna ulang, dan daur ulang yang dikelola kelompok warga", "TPA yang mendekati batas kapasitas", "warga kelurahan"),
	],
	"UPTD-PARKIR": [
		("e-Parkir QRIS", "D", "P", "DIG", "pembayaran retribusi parkir tepi jalan melalui QRIS", "kebocoran retribusi parkir", "pengguna parkir dan juru parkir"),
		("JUPARIS (Juru Parkir Resmi Berseragam)", "D", "T", "NT", "pendataan, pelatihan, seragam, dan kartu identitas berkode QR bagi juru parkir resmi", "juru parkir liar dan pungutan parkir berlebih", "pengguna parkir"),
	],
	"UPTD-PASAR": [
		("REPASE (Retribusi Pasar Elektronik)", "D", "T", "DIG", "pembayaran retribusi pasar dengan kartu dan QRIS", "retribusi pasar yang dipungut tunai dan rawan bocor", "pedagang pasar"),
		("PARAPA (Pasar Ramah Perempuan dan Anak)", "N", "L", "NT", "ruang laktasi, tempat bermain anak, dan toilet bersih di pasar", "pasar yang kurang nyaman bagi ibu dan anak", "pedagang dan pembeli perempuan"),
	],
}

FORMS = {"T": "Tata Kelola Pemerintahan Daerah", "P": "Pelayanan Publik", "L": "Inovasi Daerah Lainnya Sesuai Urusan"}
JENIS = {"D": "Digital", "N": "Non Digital"}
THEMES = {
	"DIG": "Digitalisasi Layanan Pemerintahan",
	"KMS": "Penanggulangan Kemiskinan",
	"INV": "Kemudahan Investasi",
	"PAP": "Prioritas Aktual Presiden",
	"NT": "Non Tematik",
}
STRATEGIC_ISSUES = {
	"DIG": "percepatan transformasi digital dan keterpaduan layanan pemerintahan berbasis elektronik",
	"KMS": "penanggulangan kemiskinan dan penghapusan kemiskinan ekstrem",
	"INV": "kemudahan berusaha dan peningkatan realisasi investasi",
	"PAP": "prioritas nasional, terutama penurunan stunting, ketahanan pangan, dan peningkatan kualitas sumber daya manusia",
	"NT": "peningkatan kualitas pelayanan publik dan tata kelola pemerintahan yang bersih",
}
THEME_SENTENCES = {
	"DIG": "Inovasi ini juga mendukung peningkatan indeks SPBE Kota Sukamaju yang masih berpredikat cukup.",
	"KMS": "Sasarannya diarahkan pada keluarga di desil terbawah data kesejahteraan sosial agar penanggulangan kemiskinan lebih tepat sasaran.",
	"INV": "Inovasi ini memangkas waktu dan biaya berurusan dengan pemerintah sehingga iklim usaha kota makin kompetitif.",
	"PAP": "Inovasi ini sejalan dengan prioritas yang ditetapkan Presiden dan menjadi bagian dari komitmen Kota Sukamaju dalam rapat koordinasi nasional.",
	"NT": "Meskipun tidak terkait tema khusus, inovasi ini penting bagi mutu layanan dan kepercayaan warga kepada pemerintah kota.",
}

# Laws quoted in the "dasar hukum" paragraph, by urusan.
AFFAIR_LAWS = {
	"Perencanaan": "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional",
	"Penelitian dan Pengembangan": "Undang-Undang Nomor 11 Tahun 2019 tentang Sistem Nasional Ilmu Pengetahuan dan Teknologi",
	"Pendidikan": "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
	"Kesehatan": "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
	PUPR: "Undang-Undang Nomor 26 Tahun 2007 tentang Penataan Ruang",
	PERKIM: "Undang-Undang Nomor 1 Tahun 2011 tentang Perumahan dan Kawasan Permukiman",
	KETENTERAMAN: "Peraturan Pemerintah Nomor 16 Tahun 2018 tentang Satuan Polisi Pamong Praja",
	"Sosial": "Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial dan Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin",
	"Tenaga Kerja": "Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan beserta perubahannya",
	PPPA: "Undang-Undang Nomor 35 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak",
	"Pangan": "Undang-Undang Nomor 18 Tahun 2012 tentang Pangan",
	"Pertanian": "Undang-Undang Nomor 22 Tahun 2019 tentang Sistem Budi Daya Pertanian Berkelanjutan",
	"Lingkungan Hidup": "Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup dan Undang-Undang Nomor 18 Tahun 2008 tentang Pengelolaan Sampah",
	ADMINDUK: "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
	"Perhubungan": "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
	KOMINFO: "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
	KUKM: "Undang-Undang Nomor 20 Tahun 2008 tentang Usaha Mikro, Kecil, dan Menengah",
	"Penanaman Modal": "Undang-Undang Nomor 25 Tahun 2007 tentang Penanaman Modal dan Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
	"Pariwisata": "Undang-Undang Nomor 10 Tahun 2009 tentang Kepariwisataan",
	"Kebudayaan": "Undang-Undang Nomor 5 Tahun 2017 tentang Pemajuan Kebudayaan",
	"Perdagangan": "Undang-Undang Nomor 7 Tahun 2014 tentang Perdagangan",
	"Keuangan": "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah",
	"Kepegawaian": "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
	"Pendidikan dan Pelatihan": "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
	PPKB: "Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan dan Pembangunan Keluarga",
	PMD: "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan",
	"Kelautan dan Perikanan": "Undang-Undang Nomor 7 Tahun 2016 tentang Perlindungan dan Pemberdayaan Nelayan, Pembudi Daya Ikan, dan Petambak Garam",
	PENUNJANG: "Peraturan Pemerintah Nomor 12 Tahun 2017 tentang Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Daerah",
}
# Agencies whose own founding rules are quoted instead of the urusan's.
AGENCY_LAWS = {
	"SETDA": "Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi",
	"Kecamatan": "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan",
	"Puskesmas": "Peraturan Menteri Kesehatan Nomor 43 Tahun 2019 tentang Pusat Kesehatan Masyarakat",
}
SPM_LAW = "Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal"

# Partners named in the texts: the public for services and urusan innovations, other offices for governance ones.
PARTNERS = [
	"camat dan lurah", "kader PKK", "perguruan tinggi setempat", "dunia usaha melalui program CSR",
	"organisasi kemasyarakatan", "tokoh agama dan tokoh masyarakat", "pengurus RT dan RW",
	"Forum Komunikasi Pimpinan Daerah", "karang taruna", "media lokal",
]
INTERNAL_PARTNERS = [
	"Diskominfo", "Bappeda-Litbang", "Inspektorat Daerah", "Bagian Organisasi Sekretariat Daerah",
	"perguruan tinggi setempat", "BKPSDM", "BPKAD",
]

# How the texts name an agency after its first mention.
AGENCY_SHORT = {
	"BAPPEDALITBANG": "Bappeda-Litbang", "DPUPR": "Dinas PUPR", "DISPERKIM": "Dinas Perkim", "SATPOLPP": "Satpol PP",
	"DP3A": "DP3A", "DKPP": "DKPP", "DISDUKCAPIL": "Disdukcapil", "DISKOMINFO": "Diskominfo",
	"DISKOPUKM": "Dinas Koperasi dan UKM", "DPMPTSP": "DPMPTSP", "DISPARBUD": "Disparbud", "BPKAD": "BPKAD",
	"BAPENDA": "Bapenda", "BKPSDM": "BKPSDM", "DPPKB": "DPPKB", "UPTD-PPA": "UPTD PPA", "UPTD-PASAR": "UPTD Pasar",
	"INSPEKTORAT": "Inspektorat", "DISNAKER": "Disnaker", "DINSOS": "Dinas Sosial", "DISHUB": "Dishub",
}

# ---------------------------------------------------------------------------------------------------
# Lifecycle distribution (PP 38/2017 states); Diterapkan absorbs any difference to the idea count.
# ---------------------------------------------------------------------------------------------------
STATE_COUNTS = {
	"Draf": 22,
	"Menunggu Izin Atasan": 5,
	"Evaluasi Kelayakan": 12,
	"Revisi": 8,
	"Tidak Layak": 10,
	"Menunggu Penetapan": 6,
	"Ditetapkan": 8,
	"Uji Coba": 22,
	"Diterapkan": 0,
	"Dikembangkan": 18,
	"Vakum": 12,
	"Dihentikan": 7,
}
PROPOSAL_STATES = ["Draf", "Menunggu Izin Atasan", "Evaluasi Kelayakan", "Revisi", "Tidak Layak", "Menunggu Penetapan"]
IMPLEMENTED_STATES = ["Diterapkan", "Dikembangkan", "Vakum", "Dihentikan"]
INCOMPLETE_STATES = ["Draf", "Revisi"]
SUSTAINABILITY = {"Diterapkan": "Aktif", "Dikembangkan": "Dikembangkan", "Vakum": "Vakum", "Dihentikan": "Dihentikan"}

# Initiator mix; Perangkat Daerah absorbs any difference. Kepala Daerah and DPRD only propose to OPDs.
INITIATOR_COUNTS = {"ASN": 84, "Kepala Daerah": 19, "Anggota DPRD": 14, "Masyarakat": 22, "Perangkat Daerah": 0}

# When implemented innovations were set: early (2022-23, own decree), the 2024 cohort's shared decree, or
# late (own decree, implemented 2025-26). Uji Coba and Ditetapkan use the "trial" and "set" ranges.
TIMING = {
	"early": (dt.date(2022, 1, 10), dt.date(2023, 6, 30)),
	"late": (dt.date(2024, 10, 1), dt.date(2026, 2, 27)),
	"trial": (dt.date(2025, 5, 1), dt.date(2026, 9, 30)),
	"set": (dt.date(2026, 4, 1), dt.date(2026, 10, 30)),
}
TIMING_WEIGHTS = {
	"Diterapkan": {"early": 24, "cohort": 42, "late": 34},
	"Dikembangkan": {"early": 45, "cohort": 55, "late": 0},
	"Vakum": {"early": 60, "cohort": 40, "late": 0},
	"Dihentikan": {"early": 60, "cohort": 40, "late": 0},
}

# ---------------------------------------------------------------------------------------------------
# People: names by ethnic group (given names by gender, family names), degrees by agency.
# ---------------------------------------------------------------------------------------------------
NAME_GROUPS = [
	# name, weight, male given, female given, male family, female family, muslim majority
	("Jawa", 28,
		["Agus", "Bambang", "Budi", "Dwi", "Eko", "Hari", "Joko", "Sigit", "Slamet", "Teguh", "Wahyu", "Yudi", "Bayu", "Arif", "Heru"],
		["Sri", "Endang", "Dewi", "Rina", "Wulan", "Ratna", "Tri", "Retno", "Siti", "Kartika", "Puji", "Indah", "Novi", "Ayu"],
		["Setiawan", "Santoso", "Prasetyo", "Nugroho", "Hartono", "Wibowo", "Susilo", "Purnomo", "Kurniawan", "Saputro", "Wicaksono", "Prabowo", "Utomo", "Hidayat"],
		["Rahayu", "Lestari", "Wulandari", "Handayani", "Astuti", "Suryani", "Pertiwi", "Kusumawati", "Rahmawati", "Setyaningsih", "Purwaningsih", "Anggraini"],
		True),
	("Sunda", 12,
		["Asep", "Dadang", "Ujang", "Cecep", "Iwan", "Deden", "Yayan", "Dede", "Ade", "Rudi", "Wawan"],
		["Euis", "Neneng", "Iis", "Lilis", "Nining", "Imas", "Ai", "Yeni", "Rini", "Tati"],
		["Sunarya", "Permana", "Hidayat", "Supriatna", "Kusnadi", "Gunawan", "Suherman", "Rustandi", "Sobandi", "Ruhiyat", "Mulyana", "Saepudin"],
		["Nurhayati", "Komalasari", "Sukmawati", "Maryani", "Sumiati", "Fitriani", "Rosmiati", "Kurniasih", "Nurjanah", "Sulastri"],
		True),
	("Minang", 9,
		["Rizal", "Afrizal", "Zulkifli", "Yusrizal", "Hendri", "Fadli", "Irwan", "Syafrizal", "Deri", "Rahmat"],
		["Yulia", "Rahmi", "Elvira", "Desi", "Fitri", "Zulfa", "Yosi", "Rika", "Silvia", "Nofrida"],
		["Chaniago", "Piliang", "Tanjung", "Koto", "Sikumbang", "Jambak", "Guci", "Malik"],
		["Chaniago", "Piliang", "Tanjung", "Koto", "Sikumbang", "Jambak", "Guci", "Malik"],
		True),
	("Batak", 12,
		["Parlindungan", "Togar", "Horas", "Bonar", "Sahat", "Jonner", "Binsar", "Maruli", "Hotman", "Torang", "Ridwan", "Ahmad"],
		["Rosmawati", "Lasmaria", "Tiurma", "Dameria", "Hotnida", "Romauli", "Rotua", "Nurhalimah", "Mariani", "Erna"],
		["Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sitorus", "Panjaitan", "Hutapea", "Situmorang", "Sinaga", "Pardede", "Manurung", "Tambunan", "Simatupang", "Hasibuan", "Pohan"],
		["Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sitorus", "Panjaitan", "Hutapea", "Situmorang", "Sinaga", "Pardede", "Manurung", "Tambunan", "Simatupang", "Hasibuan", "Pohan"],
		False),
	("Bugis", 8,
		["Syamsuddin", "Basri", "Amiruddin", "Rusdi", "Hasanuddin", "Arfan", "Irfan", "Sudirman", "Jamaluddin", "Muhammad Yusuf"],
		["Hasnawati", "Hasnah", "Nurjannah", "Marlina", "Haslinda", "Nurhidayah", "Sitti Aminah", "Rosdiana"],
		["Tahir", "Latif", "Rauf", "Mappiasse", "Tajuddin", "Syarif", "Mustari", "Baso", "Said"],
		["Tahir", "Latif", "Rauf", "Mappiasse", "Tajuddin", "Syarif", "Mustari", "Baso", "Said"],
		True),
	("Melayu", 10,
		["Syahrial", "Zulkarnain", "Azhar", "Fauzi", "Khairul", "Rizky", "Hamdan", "Firdaus", "Amran"],
		["Nurul", "Faridah", "Zubaidah", "Syarifah", "Aisyah", "Rohani", "Zuraida", "Halimah", "Juwita"],
		["Hamzah", "Ismail", "Yusuf", "Abdullah", "Effendi", "Syahputra", "Anwar", "Rahman", "Zainal"],
		["Hanum", "Ismail", "Yusuf", "Abdullah", "Hamzah", "Rahman", "Zainal", "Safitri"],
		True),
	("Bali", 4,
		["I Made", "I Wayan", "I Ketut", "I Nyoman", "I Gede", "I Putu"],
		["Ni Made", "Ni Luh", "Ni Ketut", "Ni Putu", "Ni Wayan", "Ni Kadek"],
		["Suarjana", "Sudarsana", "Artawan", "Wirawan", "Suardika", "Astawa", "Mahendra"],
		["Ariani", "Sukmawati", "Sriasih", "Widiastuti", "Sumadewi", "Yuliantari", "Suartini"],
		False),
	("Tionghoa", 4,
		["Hendra", "Steven", "Kevin", "Ferry", "Rudy", "William"],
		["Linda", "Yohana", "Lili", "Meiliana", "Susan", "Fransiska", "Vivian"],
		["Wijaya", "Halim", "Tanuwidjaja", "Susanto", "Kurniadi", "Salim", "Setiadi", "Hartanto"],
		["Wijaya", "Halim", "Tanuwidjaja", "Susanto", "Kurniadi", "Salim", "Setiadi", "Hartanto"],
		False),
	("Minahasa", 4,
		["Johny", "Frans", "Stevanus", "Ronald", "Jefry", "Hendrik", "Marthen"],
		["Meiske", "Grace", "Olivia", "Vivi", "Debby", "Jenny", "Lenny"],
		["Lumentut", "Rumondor", "Wenas", "Mandagi", "Pangemanan", "Sondakh", "Tumbelaka", "Kaunang", "Rondonuwu"],
		["Lumentut", "Rumondor", "Wenas", "Mandagi", "Pangemanan", "Sondakh", "Tumbelaka", "Kaunang", "Rondonuwu"],
		False),
	("Maluku", 3,
		["Yohanis", "Melkias", "Fransiskus", "Abdul", "Hasan"],
		["Maria", "Agustina", "Yuliana", "Selfi", "Nurlela"],
		["Pattiasina", "Latuconsina", "Tuhumury", "Sahetapy", "Leiwakabessy", "Tuasikal", "Ohorella"],
		["Pattiasina", "Latuconsina", "Tuhumury", "Sahetapy", "Leiwakabessy", "Tuasikal", "Ohorella"],
		False),
	("Papua", 2,
		["Yosias", "Benny", "Yakob", "Otto", "Markus"],
		["Yohana", "Ester", "Dorkas", "Naomi"],
		["Rumbiak", "Mandowen", "Kaisiepo", "Wanggai", "Ayomi", "Rumainum"],
		["Rumbiak", "Mandowen", "Kaisiepo", "Wanggai", "Ayomi", "Rumainum"],
		False),
	("Aceh", 4,
		["Zulfikar", "Mukhlis", "Fadhil", "Azwar", "Munawar", "Muhammad Nasir"],
		["Rahmah", "Ainun", "Safrida", "Mutia", "Nurjannah", "Cut Meutia"],
		["Ibrahim", "Usman", "Daud", "Hasballah", "Yacob", "Jalil", "Mahmud"],
		["Ibrahim", "Usman", "Daud", "Hasballah", "Yacob", "Jalil", "Mahmud"],
		True),
]

# (prefix, suffix) academic titles by agency or agency type; the first entries are for heads.
DEGREES = {
	"health": [("dr.", "M.Kes."), ("dr.", "M.K.M."), ("dr.", ""), ("", "S.K.M."), ("", "S.Kep., Ns."), ("", "A.Md.Keb."), ("", "S.Farm., Apt."), ("drg.", ""), ("", "S.Gz.")],
	"school": [("", "S.Pd., M.Pd."), ("", "M.Pd."), ("", "S.Pd."), ("", "S.Pd."), ("", "S.Pd.SD"), ("", "S.Kom.")],
	"works": [("Ir.", "M.T."), ("", "S.T., M.T."), ("", "S.T."), ("", "S.T."), ("", "S.T., M.Eng."), ("", "A.Md.T.")],
	"it": [("", "S.Kom., M.T.I."), ("", "S.Kom."), ("", "S.Kom."), ("", "S.T."), ("", "S.I.Kom."), ("", "A.Md.Kom.")],
	"finance": [("", "S.E., M.Ak."), ("", "S.E., M.M."), ("", "S.E."), ("", "S.E., Ak."), ("", "S.Ak."), ("", "A.Md.Ak.")],
	"order": [("", "S.STP., M.Si."), ("", "S.H."), ("", "S.Sos."), ("", "S.H., M.H."), ("", "")],
	"agri": [("Ir.", "M.P."), ("", "S.P."), ("", "S.P., M.Si."), ("", "S.T.P."), ("", "S.Pt.")],
	"environment": [("", "S.T., M.Si."), ("", "S.Si."), ("", "S.T."), ("", "S.Si., M.Si."), ("", "A.Md.")],
	"social": [("Dra.", "M.Si."), ("", "S.Sos., M.Si."), ("", "S.Sos."), ("", "S.Psi."), ("", "S.K.M."), ("", "S.Tr.Sos.")],
	"transport": [("", "S.SiT., M.T."), ("", "S.SiT."), ("", "S.T."), ("", "A.Md.LLAJ"), ("", "")],
	"planning": [("Dr.", "S.E., M.Si."), ("", "S.T., M.T."), ("", "S.Si."), ("", "S.P., M.Si."), ("", "S.E."), ("", "S.Kom."), ("", "S.Stat.")],
	"general": [("Drs.", "M.Si."), ("", "S.Sos., M.A.P."), ("", "S.E."), ("", "S.Sos."), ("", "S.H."), ("", "S.A.P."), ("", "S.IP."), ("", "A.Md.")],
	"kecamatan": [("", "S.STP., M.Si."), ("", "S.STP."), ("", "S.IP."), ("", "S.Sos."), ("", "S.A.P.")],
	"lecturer": [("Dr.", "S.E., M.Si."), ("Prof. Dr.", "M.Sc."), ("Dr.", "S.T., M.T."), ("", "S.Sos., M.A."), ("Dr.", "S.K.M., M.Kes."), ("", "S.Kom., M.Kom.")],
	"citizen": [("", ""), ("", ""), ("", ""), ("", "S.Pd."), ("", "S.E."), ("", "")],
	"dprd": [("", "S.H."), ("", "S.E."), ("", "S.Sos."), ("", "S.Ag., M.Pd.I."), ("", "S.T.")],
}
AGENCY_DEGREES = {
	"DINKES": "health", "RSUD": "health", "Puskesmas": "health", "DISDIK": "school", "Sekolah": "school",
	"DPUPR": "works", "DISPERKIM": "works", "DISKOMINFO": "it", "BPKAD": "finance", "BAPENDA": "finance",
	"INSPEKTORAT": "finance", "SATPOLPP": "order", "DKPP": "agri", "DLH": "environment", "UPTD-PSAMPAH": "environment",
	"DINSOS": "social", "DP3A": "social", "UPTD-PPA": "social", "DPPKB": "social", "DISHUB": "transport",
	"UPTD-PARKIR": "transport", "BAPPEDALITBANG": "planning", "Kecamatan": "kecamatan", "SETDA": "kecamatan",
}
STAFF_PER_AGENCY = {"OPD": 4, "Kecamatan": 3}
STAFF_DEFAULT = 2
EXTRA_STAFF = {RESEARCH_UNIT: 2}
LECTURERS = 6
CITIZENS = 16
DPRD_MEMBERS = 5

# Demo login accounts: operators and heads of these agencies.
USER_AGENCIES = ["DINKES", "DISDIK", "DISDUKCAPIL", "DISKOMINFO", "DPMPTSP", "DLH"]
# fmt: on


# ---------------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------------
def random_date(rng, start, end):
	return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def add_months(day, months):
	month = day.month - 1 + months
	year = day.year + month // 12
	month = month % 12 + 1
	leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
	last = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
	return dt.date(year, month, min(day.day, last))


def workday_before(day):
	"""The same day, or the Friday before when it falls on a weekend (decrees are signed on workdays)."""
	return day - dt.timedelta(days=max(0, day.weekday() - 4))


def workday_after(day):
	"""The same day, or the Monday after when it falls on a weekend."""
	return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def thousands(number):
	return f"{number:,}".replace(",", ".")


def rupiah(amount):
	return "Rp" + thousands(amount)


def word_count(text):
	return len(html.unescape(re.sub(r"<[^>]+>", " ", text or "")).split())


def short_name(title):
	return title.split(" (")[0]


def capitalise(text):
	return text[0].upper() + text[1:]


def weighted_choice(rng, items, weights):
	return rng.choices(items, weights=weights, k=1)[0]


# ---------------------------------------------------------------------------------------------------
# Regions and agencies
# ---------------------------------------------------------------------------------------------------
def make_regions():
	flags = {"is_underdeveloped": 0, "is_border": 0, "is_papua": 0}
	return [
		{
			"region_name": PROVINCE,
			"level": "Provinsi",
			"parent_province": None,
			"kemendagri_code": "99",
			**flags,
		},
		{
			"region_name": CITY,
			"level": "Kota",
			"parent_province": PROVINCE,
			"kemendagri_code": "99.71",
			**flags,
		},
	]


def make_agencies():
	return [
		{
			"abbreviation": abbr,
			"agency_name": name,
			"agency_type": agency_type,
			"parent": parent,
			"is_research_unit": int(abbr == RESEARCH_UNIT),
		}
		for abbr, name, agency_type, parent, _affair, _related in AGENCIES
	]


def agency_info():
	return {
		row[0]: {"name": row[1], "type": row[2], "parent": row[3], "affair": row[4], "related": row[5]}
		for row in AGENCIES
	}


def kelurahan_for(agency, rng):
	area = SERVICE_AREA.get(agency, agency)
	if area in KELURAHAN:
		return rng.sample(KELURAHAN[area], 2)
	everywhere = [kel for names in KELURAHAN.values() for kel in names]
	return rng.sample(everywhere, 2)


# ---------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------
class People:
	"""The pool of named people: ASN staff per agency, lecturers, citizens and DPRD members."""

	def __init__(self, rng):
		self.rng = rng
		self.used_names = set()
		self.given_names = {}
		self.used_nips = set()
		self.staff = {}
		info = agency_info()
		for abbr, row in info.items():
			count = STAFF_PER_AGENCY.get(row["type"], STAFF_DEFAULT) + EXTRA_STAFF.get(abbr, 0)
			degrees = DEGREES[AGENCY_DEGREES.get(abbr) or AGENCY_DEGREES.get(row["type"]) or "general"]
			self.staff[abbr] = [self.asn(abbr, degrees, head=index == 0) for index in range(count)]
		self.lecturers = [self.person(DEGREES["lecturer"][i], born=(1966, 1985)) for i in range(LECTURERS)]
		self.citizens = [
			self.person(rng.choice(DEGREES["citizen"]), born=(1965, 2000)) for _ in range(CITIZENS)
		]
		self.dprd = [self.person(rng.choice(DEGREES["dprd"]), born=(1965, 1988)) for _ in range(DPRD_MEMBERS)]

	def base_name(self, gender):
		"""A new given + family name; a given name is reused at most twice while others are left."""
		rng = self.rng
		attempts = 0
		while True:
			attempts += 1
			group = weighted_choice(rng, NAME_GROUPS, [g[1] for g in NAME_GROUPS])
			given = rng.choice(group[2] if gender == "M" else group[3])
			family = rng.choice(group[4] if gender == "M" else group[5])
			if group[0] == "Bugis" and rng.random() < 0.25:
				given = "Andi " + given
			name = f"{given} {family}"
			crowded = self.given_names.get(given, 0) >= 2 and attempts < 200
			if name not in self.used_names and given != family and not crowded:
				self.used_names.add(name)
				self.given_names[given] = self.given_names.get(given, 0) + 1
				return name, group[6]

	def person(self, degree, born, agency=None):
		rng = self.rng
		gender = rng.choice("MF")
		name, muslim = self.base_name(gender)
		birth = random_date(rng, dt.date(born[0], 1, 1), dt.date(born[1], 12, 31))
		prefix, suffix = degree
		if prefix in ("Drs.", "Dra."):
			prefix = "Drs." if gender == "M" else "Dra."
		haji = ""
		if muslim and birth.year <= 1976 and rng.random() < 0.3:
			haji = "H." if gender == "M" else "Hj."
		full_name = " ".join(part for part in (prefix, haji, name) if part) + (
			f", {suffix}" if suffix else ""
		)
		return {
			"full_name": full_name,
			"base_name": name,
			"gender": gender,
			"birth": birth,
			"nip": None,
			"agency": agency,
		}

	def asn(self, agency, degrees, head):
		rng = self.rng
		degree = degrees[0] if head else rng.choice(degrees[1:])
		person = self.person(degree, born=(1968, 1978) if head else (1972, 1998), agency=agency)
		person["nip"] = self.nip(person)
		return person

	def nip(self, person):
		"""Birth date, TMT CPNS (age 23-33, no later than 2024), gender digit, sequence: 18 digits."""
		rng = self.rng
		birth = person["birth"]
		tmt_year = min(birth.year + rng.randint(23, 33), 2024)
		tmt_month = rng.choice([1, 2, 3, 4, 10, 12])
		gender_digit = "1" if person["gender"] == "M" else "2"
		while True:
			nip = f"{birth:%Y%m%d}{tmt_year}{tmt_month:02d}{gender_digit}{rng.randint(1, 350):03d}"
			if nip not in self.used_nips:
				self.used_nips.add(nip)
				return nip

	def pool(self, agency, info):
		"""Staff who may join a team of this agency: its own non-head staff, then its parent's."""
		own = self.staff[agency][1:]
		parent = info[agency]["parent"]
		return own + (self.staff[parent][1:] if parent else [])


def email_for(name, used):
	local = ".".join(re.sub(r"[^a-z]", "", word.lower()) for word in name.split())
	local = re.sub(r"\.+", ".", local).strip(".")
	candidate, counter = local, 2
	while candidate in used:
		candidate, counter = f"{local}{counter}", counter + 1
	used.add(candidate)
	return f"{candidate}@{EMAIL_DOMAIN}"


def make_users(people):
	used = set()
	users = []

	def add(person, roles, agency):
		users.append(
			{
				"email": email_for(person["base_name"], used),
				"full_name": person["full_name"],
				"roles": roles,
				"agency": agency,
			}
		)

	for abbr in USER_AGENCIES:
		add(people.staff[abbr][1], ["Innovation Operator"], abbr)
		add(people.staff[abbr][0], ["Agency Head"], abbr)
	research = people.staff[RESEARCH_UNIT]
	add(research[2], ["Innovation Verifier"], RESEARCH_UNIT)
	add(research[3], ["Innovation Verifier"], RESEARCH_UNIT)
	for lecturer in people.lecturers[:3]:
		add(lecturer, ["Innovation Reviewer"], None)
	used.add(MAYOR_EMAIL)
	users.append(
		{
			"email": f"{MAYOR_EMAIL}@{EMAIL_DOMAIN}",
			"full_name": MAYOR_NAME,
			"roles": ["Regional Head"],
			"agency": None,
		}
	)
	add(research[1], ["Innovation Manager"], RESEARCH_UNIT)
	add(people.staff["INSPEKTORAT"][1], ["Innovation Viewer"], "INSPEKTORAT")
	return users


# ---------------------------------------------------------------------------------------------------
# Innovations: lifecycle, initiators, team, dates, texts
# ---------------------------------------------------------------------------------------------------
def collect_ideas(info):
	ideas = []
	for abbr in info:
		for entry in IDEAS.get(abbr, []):
			title, jenis, form, theme, what, problem, target = entry[:7]
			affair = entry[7] if len(entry) > 7 else info[abbr]["affair"]
			ideas.append(
				{
					"agency": abbr,
					"title": title,
					"jenis": jenis,
					"form": form,
					"theme": theme,
					"what": what,
					"problem": problem,
					"target": target,
					"affair": affair,
				}
			)
	return ideas


def assign_states(rng, count):
	counts = dict(STATE_COUNTS)
	counts["Diterapkan"] = count - sum(counts.values())
	states = [state for state, n in counts.items() for _ in range(n)]
	rng.shuffle(states)
	return states


def assign_initiators(rng, ideas, info):
	"""ASN for every proposal waiting for the superior's permit; Kepala Daerah and DPRD only for OPDs;
	citizens only for public services and urusan innovations."""
	counts = dict(INITIATOR_COUNTS)
	counts["Perangkat Daerah"] = len(ideas) - sum(counts.values())
	result = [None] * len(ideas)
	for index, idea in enumerate(ideas):
		if idea["state"] == "Menunggu Izin Atasan":
			result[index] = "ASN"
			counts["ASN"] -= 1
	opd_free = [
		i for i, idea in enumerate(ideas) if result[i] is None and info[idea["agency"]]["type"] == "OPD"
	]
	chosen = rng.sample(opd_free, counts["Kepala Daerah"] + counts["Anggota DPRD"])
	for n, index in enumerate(chosen):
		result[index] = "Kepala Daerah" if n < counts["Kepala Daerah"] else "Anggota DPRD"
	# Citizens propose services and urusan innovations, not internal governance ones.
	public_free = [i for i, idea in enumerate(ideas) if result[i] is None and idea["form"] != "T"]
	for index in rng.sample(public_free, counts["Masyarakat"]):
		result[index] = "Masyarakat"
	rest = [kind for kind in ("ASN", "Perangkat Daerah") for _ in range(counts[kind])]
	rng.shuffle(rest)
	free = [i for i in range(len(ideas)) if result[i] is None]
	for index, kind in zip(free, rest, strict=True):
		result[index] = kind
	return result


def make_team(rng, idea, people, info):
	agency = idea["agency"]
	pool = people.pool(agency, info)
	kind = idea["initiator_type"]
	ketua = (
		idea["initiator_person"] if kind in ("ASN", "Masyarakat") else rng.choice(people.staff[agency][1:])
	)
	members = [(ketua, "Ketua")]
	if kind == "Masyarakat":
		others = [c for c in people.citizens if c is not ketua]
		members += [(c, "Anggota") for c in rng.sample(others, rng.randint(0, 2))]
		staff_count = rng.randint(1, 2)
	else:
		staff_count = rng.randint(1, 3)
	candidates = [p for p in pool if p is not ketua]
	members += [(p, "Anggota") for p in rng.sample(candidates, min(staff_count, len(candidates)))]
	if rng.random() < 0.55:
		verifiers = people.staff[RESEARCH_UNIT][2:4]
		if agency == RESEARCH_UNIT or rng.random() < 0.3:
			members.append((rng.choice(people.lecturers), "Pendamping"))
		else:
			members.append((rng.choice(verifiers), "Pendamping"))
	return [
		{"full_name": p["full_name"], "nip": p["nip"], "team_role": role, "agency": p["agency"]}
		for p, role in members[:6]
	]


def initiator_for(rng, idea, people, info):
	kind = idea["initiator_type"]
	if kind == "ASN":
		person = rng.choice(people.staff[idea["agency"]][1:])
		return person, person["full_name"]
	if kind == "Masyarakat":
		person = rng.choice(people.citizens)
		return person, person["full_name"]
	if kind == "Anggota DPRD":
		return None, rng.choice(people.dprd)["full_name"]
	if kind == "Kepala Daerah":
		return None, MAYOR_TITLE
	return None, info[idea["agency"]]["name"]


class LegalNumbers:
	"""Unique decree numbers per year and instrument."""

	def __init__(self, rng):
		self.rng = rng
		self.next = {}

	def make(self, kind, day):
		key = (kind, day.year)
		number = self.next.get(
			key, {"SK Kepala Daerah": 20, "Peraturan Kepala Daerah": 3, "Peraturan Daerah": 1}[kind]
		)
		number += self.rng.randint(1, 9) if kind == "SK Kepala Daerah" else self.rng.randint(1, 3)
		self.next[key] = number
		if kind == "SK Kepala Daerah":
			return f"188.45/{number}/KEP/{day.year}"
		if kind == "Peraturan Kepala Daerah":
			return f"Perwali No. {number} Tahun {day.year}"
		return f"Perda No. {number} Tahun {day.year}"


def legal_kind(rng):
	return weighted_choice(
		rng, ["SK Kepala Daerah", "Peraturan Kepala Daerah", "Peraturan Daerah"], [74, 22, 4]
	)


def assign_timings(rng, ideas):
	"""Spread each implemented state over the timing groups in the proportions of TIMING_WEIGHTS."""
	for state, weights in TIMING_WEIGHTS.items():
		members = [idea for idea in ideas if idea["state"] == state]
		total = sum(weights.values())
		timings = []
		for group, weight in weights.items():
			timings += [group] * round(len(members) * weight / total)
		timings = (timings + [max(weights, key=weights.get)] * len(members))[: len(members)]
		rng.shuffle(timings)
		for idea, timing in zip(members, timings, strict=True):
			idea["timing"] = timing


def make_dates(rng, idea, numbers):
	"""Legal basis, trial and implementation dates that respect the lifecycle order."""
	state = idea["state"]
	months = idea["planned_trial_months"]
	dates = {
		"legal_basis_type": None,
		"legal_basis_number": None,
		"legal_basis_date": None,
		"trial_start_date": None,
		"trial_end_date": None,
		"implementation_date": None,
	}
	if state in PROPOSAL_STATES:
		return dates
	timing = {"Ditetapkan": "set", "Uji Coba": "trial"}.get(state) or idea["timing"]
	while True:
		if timing == "cohort":
			kind, number, legal = COHORT_LEGAL_BASIS
			start = workday_after(random_date(rng, dt.date(2024, 6, 3), dt.date(2024, 7, 15)))
		else:
			kind = legal_kind(rng)
			legal = workday_before(random_date(rng, *TIMING[timing]))
			number = None
			start = workday_after(legal + dt.timedelta(days=rng.randint(7, 45)))
		if state == "Ditetapkan":
			break
		end = add_months(start, months) - dt.timedelta(days=1)
		if state == "Uji Coba":
			if start <= LATEST_IMPLEMENTATION and end <= LATEST_TRIAL_END:
				break
			continue
		implementation = workday_after(end + dt.timedelta(days=rng.randint(1, 45)))
		if implementation <= LATEST_IMPLEMENTATION:
			break
	dates["legal_basis_type"] = kind
	dates["legal_basis_number"] = number or numbers.make(kind, legal)
	dates["legal_basis_date"] = legal.isoformat()
	if state != "Ditetapkan":
		dates["trial_start_date"] = start.isoformat()
		dates["trial_end_date"] = end.isoformat()
	if state in IMPLEMENTED_STATES:
		dates["implementation_date"] = implementation.isoformat()
	return dates


def make_budget(rng, idea, info):
	agency_type = info[idea["agency"]]["type"]
	if rng.random() < 0.15:
		return 0, "Tanpa Anggaran"
	high = 850 if idea["jenis"] == "D" else 400
	amount = min(int(rng.triangular(5, high, 60)) * 1_000_000 + rng.choice([0, 500_000]), 850_000_000)
	if agency_type in ("Puskesmas", "Sekolah", "BLUD") and rng.random() < 0.8:
		return min(amount, 150_000_000), "BOS / BOK / BLUD"
	source = weighted_choice(rng, ["APBD", "APBN", "CSR / Hibah", "Lainnya"], [78, 7, 12, 3])
	return amount, source


def text_context(rng, idea, info, dates):
	abbr = idea["agency"]
	agency = info[abbr]
	governance = idea["form"] == "T"
	short_agency = AGENCY_SHORT.get(abbr, agency["name"])
	kel = kelurahan_for(abbr, rng)
	pool = [p for p in (INTERNAL_PARTNERS if governance else PARTNERS) if p != short_agency]
	partners = rng.sample(pool, 2)
	if governance:
		pilot = f"pada {short_agency} dan {rng.randint(3, 5)} perangkat daerah percontohan"
	elif agency["type"] == "Sekolah":
		grades = ["III", "IV", "V"] if agency["name"].startswith("SD") else ["VII", "VIII"]
		pilot = f"di {agency['name']}, dimulai dari kelas {rng.choice(grades)}"
	elif agency["type"] == "Puskesmas":
		pilot = f"di wilayah kerja {agency['name']}, dimulai dari Kelurahan {kel[0]}"
	else:
		pilot = f"di Kelurahan {kel[0]}"
	legal = dates["legal_basis_date"]
	latest_year = int(legal[:4]) - 1 if legal else 2025
	return {
		"title": idea["title"],
		"short": short_name(idea["title"]),
		"agency": agency["name"],
		"agency_short": short_agency,
		"affair": idea["affair"],
		"what": idea["what"],
		"problem": idea["problem"],
		"target": idea["target"],
		"Target": capitalise(idea["target"]),
		"months": idea["planned_trial_months"] or rng.choice([3, 6]),
		"kel1": kel[0],
		"kel2": kel[1],
		"pilot": pilot,
		"partners": f"{partners[0]} serta {partners[1]}",
		"year": max(2021, latest_year - rng.randint(0, 1)),
		"complaints": rng.randint(4, 30) * 10
		if agency["type"] in ("OPD", "Kecamatan")
		else rng.randint(2, 12) * 5,
		"issue": STRATEGIC_ISSUES[idea["theme"]],
		"budget": rupiah(idea["budget"]),
	}


def design_sections(idea, ctx, basic_affairs, info):
	"""Kemendagri's outline of a rancang bangun, each section a list of candidate sentences."""
	digital = idea["jenis"] == "D"
	governance = idea["form"] == "T"
	abbr = idea["agency"]
	school = info[abbr]["type"] == "Sekolah"
	local_law = AGENCY_LAWS.get(abbr) or AGENCY_LAWS.get(info[abbr]["type"])
	basic = idea["affair"] in basic_affairs
	laws = [
		"Inovasi {short} disusun berdasarkan Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, khususnya Pasal 386 sampai dengan Pasal 390, serta Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah.",
		"Dari sisi urusan {affair}, pelaksanaannya mengacu pada " + AFFAIR_LAWS[idea["affair"]] + ".",
	]
	if local_law:
		laws.append(f"Kelembagaan pelaksananya mengikuti {local_law}.")
	if basic:
		laws.append(f"Karena termasuk pelayanan dasar, target layanannya mengikuti {SPM_LAW}.")
	if digital:
		laws.append(
			"Sebagai inovasi digital, rancangannya mengikuti Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik."
		)
	elif idea["form"] == "P":
		laws.append(
			"Karena menyangkut pelayanan langsung kepada warga, inovasi ini juga berpedoman pada Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik."
		)
	laws.append(
		"Di tingkat daerah, inovasi ini melaksanakan Peraturan Wali Kota Sukamaju Nomor 12 Tahun 2022 tentang Pedoman Pengelolaan Inovasi Daerah."
	)

	problems = [
		"Selama ini {agency} menghadapi {problem}.",
		"Kondisi tersebut paling dirasakan oleh {target} dan pada akhirnya memperlambat layanan kepada warga."
		if governance
		else "Kondisi tersebut paling dirasakan oleh {target}, terutama di kelurahan seperti {kel1} dan {kel2}.",
		"Catatan {agency_short} pada tahun {year} menunjukkan sedikitnya {complaints} "
		+ ("temuan dan keluhan internal" if governance else "pengaduan dan temuan lapangan")
		+ " yang berkaitan dengan persoalan ini.",
		"Proses yang masih bertumpu pada berkas kertas dan tatap muka membuat waktu layanan panjang, data sulit direkap, dan pimpinan tidak dapat memantau kinerja secara langsung."
		if digital
		else "Cara yang ada masih seragam untuk semua murid, padahal murid yang paling tertinggal justru paling sulit mengikuti."
		if school
		else "Pendekatan yang ada masih menunggu orang datang ke kantor, padahal pihak yang paling membutuhkan justru paling sulit menjangkau layanan.",
		"Tanpa perubahan cara kerja, persoalan ini akan terus berulang setiap tahun dan membebani anggaran daerah.",
	]
	issues = [
		"Persoalan tersebut berkaitan langsung dengan isu strategis daerah dalam RPJMD Kota Sukamaju, yaitu {issue}.",
		"Urusan {affair} termasuk urusan wajib pelayanan dasar, sehingga capaian Standar Pelayanan Minimal menjadi ukuran kinerja yang dipantau langsung oleh Wali Kota."
		if basic
		else "Urusan {affair} menjadi salah satu penentu capaian indikator kinerja utama {agency_short} dalam rencana strategis perangkat daerah.",
		THEME_SENTENCES[idea["theme"]],
		"Evaluasi SAKIP dan reformasi birokrasi juga mencatat persoalan ini sebagai area perbaikan."
		if governance
		else "Forum konsultasi publik dan musrenbang juga mencatat persoalan ini sebagai salah satu keluhan utama warga.",
	]
	methods = [
		"Pembaharuan yang ditawarkan {short} adalah {what}.",
		"Sebelumnya pekerjaan ini dijalankan secara manual; melalui {short}, permohonan, verifikasi, dan tindak lanjut tercatat dalam satu sistem yang dapat diakses petugas maupun "
		+ ("pimpinan." if governance else "warga.")
		if digital
		else "Sebelumnya kegiatan ini berjalan sebatas rutinitas sekolah; melalui {short}, guru aktif mendampingi murid bersama orang tua dan komite sekolah."
		if school
		else "Sebelumnya layanan ini berjalan sebatas rutinitas kantor; melalui {short}, petugas aktif menjemput persoalan dan bekerja bersama "
		+ ("unit kerja terkait." if governance else "warga serta mitra di lapangan."),
		"Pokok perubahannya meliputi penyederhanaan prosedur, pembagian peran yang jelas antarpetugas, dan standar waktu layanan yang diumumkan secara terbuka.",
		"Pelaksanaannya melibatkan {partners}, sehingga beban kerja tidak hanya ditanggung {agency_short}.",
	]
	advantages = [
		"Keunggulan {short} terletak pada kemudahan akses bagi {target} serta data yang tercatat rapi sehingga dapat dipakai untuk evaluasi.",
		"Kebaruannya, pendekatan ini belum pernah diterapkan di Kota Sukamaju dan merupakan modifikasi praktik baik daerah lain yang disesuaikan dengan kondisi setempat.",
		"Inovasi ini dapat dijalankan tanpa tambahan anggaran karena memanfaatkan sumber daya yang sudah tersedia."
		if not idea["budget"]
		else "Kebutuhan anggarannya sekitar {budget}, relatif kecil dibandingkan manfaatnya sehingga mudah direplikasi perangkat daerah lain."
		if idea["budget"] < 100_000_000
		else "Kebutuhan anggarannya sekitar {budget} yang dialokasikan bertahap sesuai kemampuan keuangan daerah.",
		"Inovasi ini memenuhi lima kriteria PP 38 Tahun 2017: mengandung pembaharuan, bermanfaat, tidak membebani masyarakat, berada dalam kewenangan daerah, dan dapat direplikasi.",
	]
	if abbr == "DISKOMINFO":
		build = "Aplikasi dikembangkan oleh tim pengembang Diskominfo sendiri, lalu diikuti pelatihan operator dan sosialisasi kepada pengguna."
	elif digital:
		build = "Pengembangan aplikasi dikerjakan tim internal bersama Diskominfo, lalu diikuti pelatihan operator dan sosialisasi kepada pengguna."
	else:
		build = "Petugas dan kader pelaksana dilatih lebih dahulu, lalu jadwal kegiatan diumumkan melalui kelurahan dan media sosial pemerintah kota."
	monitor = "Kepala Bappeda-Litbang dan Sekretaris Daerah" if abbr == RESEARCH_UNIT else "Bappeda-Litbang"
	stages = [
		"Tahap pertama adalah pembentukan tim dan penyusunan rancangan bersama {partners}.",
		build,
		"Uji coba dilaksanakan selama {months} bulan {pilot} sebelum diperluas.",
		"Selama uji coba, tim mengumpulkan umpan balik dari {target} dan melaporkan kemajuan bulanan kepada "
		+ monitor
		+ " sebagai bahan monitoring dan evaluasi.",
		"Setelah dinilai berhasil, inovasi ditetapkan sebagai kebijakan daerah dan dilaporkan dalam Indeks Inovasi Daerah.",
	]
	return [
		("Dasar hukum", laws),
		("Permasalahan", problems),
		("Isu strategis", issues),
		("Metode pembaharuan", methods),
		("Keunggulan dan kebaruan", advantages),
		("Tahapan inovasi", stages),
	]


def render_design(sections, ctx):
	return "".join(
		f"<p><strong>{heading}.</strong> " + " ".join(s.format(**ctx) for s in sentences) + "</p>"
		for heading, sentences in sections
		if sentences
	)


def make_design(rng, idea, ctx, basic_affairs, info, long):
	sections = design_sections(idea, ctx, basic_affairs, info)
	if long:
		# Everything, then drop a few sentences while staying above 320 words.
		chosen = [(heading, list(sentences)) for heading, sentences in sections]
		for _ in range(rng.randint(0, 4)):
			heading, sentences = rng.choice(chosen)
			if len(sentences) > 2:
				dropped = sentences.pop(rng.randrange(1, len(sentences)))
				if word_count(render_design(chosen, ctx)) < 320:
					sentences.append(dropped)
		return render_design(chosen, ctx)
	# A short draft: some sections, one or two sentences each, 80 to 250 words.
	# Permasalahan and metode pembaharuan are the heart of any draft; the rest is optional.
	optional = [0, 2, 4, 5]
	picked = sorted([1, 3, *rng.sample(optional, rng.randint(1, 4))])
	chosen = [(sections[i][0], sections[i][1][: rng.randint(1, 2)]) for i in picked]
	text = render_design(chosen, ctx)
	while word_count(text) > 250:
		removable = [
			i
			for i, (heading, _) in enumerate(chosen)
			if heading not in ("Permasalahan", "Metode pembaharuan")
		]
		chosen.pop(rng.choice(removable))
		text = render_design(chosen, ctx)
	index = 0
	while word_count(text) < 80:
		heading, sentences = chosen[index % len(chosen)]
		source = dict(sections)[heading]
		if len(sentences) < len(source):
			sentences.append(source[len(sentences)])
		index += 1
		text = render_design(chosen, ctx)
	return text


def make_summary(rng, ctx, jenis):
	options = [
		"{short} adalah inovasi {agency} berupa {what}. Inovasi ini ditujukan bagi {target}.",
		"Melalui {short}, {agency} menghadirkan {what} untuk mengatasi {problem}.",
		f"Inovasi {jenis.lower()} {{agency}} ini menjawab {{problem}} dengan {{what}}.",
	]
	return rng.choice(options).format(**ctx)


def make_objective(rng, ctx):
	first = rng.choice(
		[
			"Mengatasi {problem} melalui {what}.",
			"Menyediakan {what} agar {target} terlayani lebih baik.",
		]
	)
	second = rng.choice(
		[
			"",
			" Meningkatkan kemudahan, kecepatan, dan keterjangkauan layanan bagi {target}.",
			" Memperkuat kinerja {agency_short} dalam urusan {affair}.",
		]
	)
	return (first + second).format(**ctx)


def make_benefit(rng, ctx, digital):
	first = rng.choice(
		[
			"{Target} memperoleh layanan yang lebih cepat, pasti, dan mudah dijangkau.",
			"Berkurangnya {problem}, sehingga {target} memperoleh layanan yang lebih baik.",
		]
	)
	second = rng.choice(
		[
			" {agency_short} memperoleh data yang lebih akurat untuk perencanaan dan evaluasi."
			if digital
			else " Hubungan petugas dengan penerima layanan menjadi lebih dekat dan saling percaya.",
			" Waktu dan biaya yang dikeluarkan penerima layanan berkurang.",
			"",
		]
	)
	return (first + second).format(**ctx)


def make_expected_result(rng, ctx, digital):
	before = rng.randint(5, 14)
	metrics = [
		f"waktu penyelesaian layanan turun dari {before} hari menjadi {rng.randint(1, max(1, before // 3))} hari",
		f"pengaduan terkait persoalan ini turun sedikitnya {rng.choice([20, 25, 30, 40, 50])} persen",
		f"nilai survei kepuasan atas layanan ini mencapai minimal {rng.randint(82, 92)}",
	]
	if digital:
		metrics.append(
			f"sedikitnya {thousands(rng.randint(5, 60) * 100)} pengguna terdaftar dan aktif memakai layanan"
		)
		metrics.append(f"{rng.choice([60, 70, 75, 80, 90])} persen permohonan diproses secara daring")
	else:
		metrics.append(f"layanan menjangkau sedikitnya {thousands(rng.randint(3, 40) * 50)} penerima manfaat")
		metrics.append(f"kegiatan berjalan rutin di {rng.randint(4, 12)} kelurahan")
	chosen = rng.sample(metrics, rng.randint(1, 3))
	listed = (
		", ".join(chosen[:-1])
		+ (", dan " if len(chosen) > 2 else " dan " if len(chosen) == 2 else "")
		+ chosen[-1]
	)
	return f"Dalam {ctx['months']} bulan, {listed}."


def make_innovations(rng, people):
	info = agency_info()
	affairs = json.loads(AFFAIRS_FILE.read_text(encoding="utf-8"))
	affair_names = {a["affair_name"] for a in affairs}
	basic_affairs = {a["affair_name"] for a in affairs if a["is_basic_service"]}
	ideas = collect_ideas(info)
	for idea in ideas:
		assert idea["affair"] in affair_names, idea["affair"]
	for idea, state in zip(ideas, assign_states(rng, len(ideas)), strict=True):
		idea["state"] = state
	for idea, kind in zip(ideas, assign_initiators(rng, ideas, info), strict=True):
		idea["initiator_type"] = kind

	post_proposal = [i for i, idea in enumerate(ideas) if idea["state"] not in PROPOSAL_STATES]
	long_designs = set(rng.sample(post_proposal, round(len(post_proposal) * 0.7)))
	incomplete = [i for i, idea in enumerate(ideas) if idea["state"] in INCOMPLETE_STATES]
	missing_parts = {
		i: rng.sample(["design", "benefit", "planned_trial_months"], rng.randint(1, 2))
		for i in rng.sample(incomplete, len(incomplete) // 2)
	}

	assign_timings(rng, ideas)
	numbers = LegalNumbers(rng)
	innovations = []
	for index, idea in enumerate(ideas):
		agency = idea["agency"]
		idea["planned_trial_months"] = weighted_choice(rng, [3, 4, 6, 9, 12], [30, 10, 35, 10, 15])
		idea["budget"], budget_source = make_budget(rng, idea, info)
		person, initiator_name = initiator_for(rng, idea, people, info)
		idea["initiator_person"] = person
		dates = make_dates(rng, idea, numbers)
		ctx = text_context(rng, idea, info, dates)
		digital = idea["jenis"] == "D"
		related = [a for a in info[agency]["related"] if a != idea["affair"]]
		other_affairs = rng.sample(related, min(len(related), rng.randint(0, 2)))
		state = idea["state"]
		if state in IMPLEMENTED_STATES:
			is_public = int(
				rng.random()
				< {"Diterapkan": 0.92, "Dikembangkan": 0.95, "Vakum": 0.5, "Dihentikan": 0.15}[state]
			)
		elif state == "Uji Coba":
			is_public = int(rng.random() < 0.3)
		else:
			is_public = 0
		record = {
			"title": idea["title"],
			"agency": agency,
			"initiator_type": idea["initiator_type"],
			"initiator_name": initiator_name,
			"innovation_form": FORMS[idea["form"]],
			"innovation_type": JENIS[idea["jenis"]],
			"theme": THEMES[idea["theme"]],
			"main_affair": idea["affair"],
			"other_affairs": other_affairs,
			"summary": make_summary(rng, ctx, JENIS[idea["jenis"]]),
			"design": make_design(rng, idea, ctx, basic_affairs, info, long=index in long_designs),
			"objective": make_objective(rng, ctx),
			"benefit": make_benefit(rng, ctx, digital),
			"expected_result": make_expected_result(rng, ctx, digital),
			"planned_trial_months": idea["planned_trial_months"],
			"budget": idea["budget"],
			"budget_source": budget_source,
			"workflow_state": state,
			"trial_start_date": dates["trial_start_date"],
			"trial_end_date": dates["trial_end_date"],
			"implementation_date": dates["implementation_date"],
			"legal_basis_type": dates["legal_basis_type"],
			"legal_basis_number": dates["legal_basis_number"],
			"legal_basis_date": dates["legal_basis_date"],
			"sustainability_status": SUSTAINABILITY.get(state),
			"is_public": is_public,
			"team": make_team(rng, idea, people, info),
		}
		for field in missing_parts.get(index, []):
			record[field] = None
		record.update(public_fields(idea, info[agency]["name"], agency, bool(is_public)))
		innovations.append(record)
	return innovations


def public_fields(idea, agency_name, abbreviation, is_public):
	"""The showcase's fields (no random draws, so the rest of the data stays as it was)."""
	problem = idea["problem"]
	fields = {"problem": f"{problem[0].upper()}{problem[1:]}."}
	if is_public:
		fields["replication_guide"] = (
			f"Pelajari dasar hukum dan alur kerja {idea['title'].split(' (')[0]}, bentuk tim pelaksana di "
			f"perangkat daerah Anda, lalu ajukan studi tiru kepada {agency_name}."
		)
		fields["public_contact"] = f"inovasi.{abbreviation.lower()}@sukamaju.demo"
	return fields


# Citizens' ideas sent through the portal, and what the innovation team did with them (demo.py triages
# them as the demo verifier): (title, problem, idea, where or for whom, triage, agency or duplicate, reply).
PUBLIC_IDEAS = [
	(
		"Antrean puskesmas lewat WhatsApp",
		"Warga harus datang sebelum subuh ke puskesmas hanya untuk mengambil nomor antrean.",
		"Pasien mendaftar antrean puskesmas lewat WhatsApp dan datang sesuai jam yang diberikan.",
		"Pasien puskesmas, terutama lansia",
		"Baru",
		None,
		None,
	),
	(
		"Lampu jalan mati dilaporkan dengan foto",
		"Banyak lampu penerangan jalan mati berminggu-minggu karena tidak ada yang melapor.",
		"Warga memotret lampu yang mati lalu mengirim lokasi lewat aplikasi, petugas memperbaiki dalam tiga hari.",
		"Jalan lingkungan di semua kelurahan",
		"Baru",
		None,
		None,
	),
	(
		"Bank sampah di setiap RW",
		"Sampah plastik menumpuk di selokan dan membuat banjir saat hujan.",
		"Setiap RW punya bank sampah: warga menabung sampah plastik dan hasilnya untuk iuran kebersihan.",
		"Warga Kelurahan Sukamaju",
		"Diterima",
		"DLH",
		"Terima kasih. Usulan Anda diteruskan ke Dinas Lingkungan Hidup untuk disiapkan sebagai inovasi.",
	),
	(
		"Perpustakaan keliling ke sekolah pinggiran",
		"Sekolah dasar di pinggiran kota tidak punya perpustakaan yang layak.",
		"Mobil perpustakaan datang bergiliran ke sekolah pinggiran setiap minggu dan meminjamkan buku.",
		"Siswa SD di pinggiran kota",
		"Diterima",
		"DISDIK",
		None,
	),
	(
		"Parkir gratis di pusat kota",
		"Biaya parkir di pusat kota memberatkan pedagang kecil.",
		"Semua parkir di pusat kota digratiskan untuk semua kendaraan.",
		"Pedagang dan pengunjung pusat kota",
		"Ditolak",
		None,
		"Terima kasih. Parkir adalah retribusi yang diatur Perda, sehingga tidak dapat dihapus melalui inovasi. "
		"Kami meneruskan keluhan pedagang kepada Dinas Perhubungan.",
	),
	(
		"Antre ambil nomor puskesmas dari rumah",
		"Antrean di puskesmas sangat panjang sejak pagi.",
		"Nomor antrean puskesmas bisa diambil dari rumah memakai HP atau WhatsApp.",
		"Puskesmas di kecamatan",
		"Duplikat",
		"Antrean puskesmas lewat WhatsApp",
		None,
	),
]


def make_public_ideas():
	fields = ("title", "problem", "idea", "location", "triage", "target", "reply")
	people = [
		("Rina Marlina", "rina.marlina@example.com", ""),
		("Agus Salim", "", "081234560001"),
		("Dewi Lestari", "dewi.lestari@example.com", "081234560002"),
		("Yusuf Hamdani", "yusuf.hamdani@example.com", ""),
		("Siti Rahayu", "", "081234560003"),
		("Bambang Irawan", "bambang.irawan@example.com", ""),
	]
	return [
		{
			**dict(zip(fields, idea, strict=True)),
			"full_name": name,
			"contact_email": email,
			"contact_phone": phone,
			"consent": 1,
		}
		for idea, (name, email, phone) in zip(PUBLIC_IDEAS, people, strict=True)
	]


# ---------------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------------
def write_json(name, data):
	path = OUT_DIR / name
	with path.open("w", encoding="utf-8", newline="\n") as handle:
		json.dump(data, handle, indent=1, ensure_ascii=False)
		handle.write("\n")
	return path


def main():
	rng = random.Random(SEED)
	people = People(rng)
	OUT_DIR.mkdir(parents=True, exist_ok=True)
	outputs = {
		"regions.json": make_regions(),
		"agencies.json": make_agencies(),
		"innovations.json": make_innovations(rng, people),
		"users.json": make_users(people),
		"public_ideas.json": make_public_ideas(),
	}
	for name, data in outputs.items():
		path = write_json(name, data)
		print(f"{path.relative_to(ROOT)}: {len(data)} records")


if __name__ == "__main__":
	main()
