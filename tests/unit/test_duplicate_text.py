"""The duplicate detector's text rules (inovasi_daerah/public_portal/text.py): no Frappe, no site."""

from itertools import pairwise

import pytest

from inovasi_daerah.public_portal import text

# Two ways of telling one idea, and a different idea; none of them is a pair of the benchmark's set.
QUERY = (
	"Urus akta kelahiran lewat HP",
	"Orang tua bisa mengurus akta kelahiran anak secara online tanpa datang ke kantor Dukcapil.",
)
PARAPHRASE = (
	"Layanan Akta Kelahiran Daring",
	"Pengurusan akta kelahiran bayi dilakukan dari ponsel sehingga orang tua tidak perlu ke kantor "
	"Disdukcapil.",
)
UNRELATED = (
	"Festival Kuliner Tahunan",
	"Pedagang makanan tradisional berjualan di alun-alun setiap akhir pekan untuk menarik wisatawan.",
)


def weights_over(corpus: list[str], query: str) -> dict[str, float]:
	"""idf weights of the query's stems over a list of signatures, as the app computes them."""
	return {
		stem: text.idf(sum(stem in set(sig.split()) for sig in corpus), len(corpus)) for stem in query.split()
	}


def test_affixed_forms_reduce_to_one_stem():
	assert text.stems("pelayanan melayani layanan dilayani") == ["layan"] * 4
	assert text.stems("pendaftaran mendaftar didaftarkan") == ["daftar"] * 3


def test_stopwords_punctuation_and_html_go():
	assert text.words("<p>Halo, <b>Dunia</b>!</p>") == ["halo", "dunia"]
	assert text.stems("Saya ingin agar ada <i>sampah</i> yang, tolong, diangkut!!") == ["sampah", "angkut"]
	assert text.stems("Jalan RT 05 di tahun 2024") == ["jalan", "rt", "tahun"]
	assert text.signature("", None, "Bank Sampah") == "bank sampah"


def test_stopwords_are_checked_on_the_surface_word_not_the_stem():
	# Each stem is on the stopword list; each word is not, and means something here.
	assert text.stems("peringatan pengantaran kinerja persetujuan pemohon peserta") == [
		"ingat",
		"antar",
		"kerja",
		"tuju",
		"mohon",
		"serta",
	]
	# Clitics do not let a stopword through.
	assert text.stems("sebaiknya baiknya") == []


def test_content_words_from_sastrawis_list_are_kept():
	assert text.stems("mata air untuk ibu hamil dan orang kurang mampu") == [
		"mata",
		"air",
		"ibu",
		"hamil",
		"orang",
		"kurang",
		"mampu",
	]
	assert text.KEPT_WORDS.isdisjoint(text._stopwords())


@pytest.mark.parametrize(
	("spellings", "canonical"),
	[
		(["WA", "WhatsApp", "whatsapp"], ["whatsapp"]),
		(["HP", "handphone", "ponsel", "telepon genggam"], ["ponsel"]),
		(["online", "daring", "dalam jaringan"], ["daring"]),
		(["KK", "kartu keluarga"], ["kartu", "keluarga"]),
		(["e-KTP", "KTP-el", "eKTP", "KTP elektronik"], ["ktp"]),
		(["UMKM", "UKM", "usaha mikro"], ["usaha", "mikro"]),
		(["lansia", "lanjut usia"], ["lansia"]),
		(["gratis", "cuma-cuma", "tanpa biaya", "tanpa dipungut biaya"], ["gratis"]),
		(["siswa", "pelajar", "murid"], ["siswa"]),
		(["damkar", "pemadam kebakaran"], ["padam", "bakar"]),
		(["bumil", "ibu hamil"], ["ibu", "hamil"]),
		(["non tunai", "nontunai"], ["nontunai"]),
	],
)
def test_synonyms_and_acronyms_meet(spellings, canonical):
	for spelling in spellings:
		assert text.stems(spelling) == canonical, spelling


def test_acronyms_in_a_sentence():
	assert text.stems("Konsultasi hama lewat grup WA") == ["konsultasi", "hama", "grup", "whatsapp"]
	assert text.signature("Cetak KK sendiri") == text.signature("Cetak Kartu Keluarga sendiri")


def test_stem_exceptions_undo_harmful_conflations():
	assert text.stems("relawan") == ["relawan"] != text.stems("rawan")
	assert text.stems("meninggal") != text.stems("tinggal")
	assert text.stems("berdesakan") != text.stems("desa")
	assert text.stems("pemupukan memupuk pupuk") == ["pupuk"] * 3
	assert text.stems("berbasis") == ["basis"]


def test_index_tokens_are_distinct_and_capped():
	assert text.index_tokens("antre puskesmas antre daring") == ["antre", "puskesmas", "daring"]
	assert len(text.index_tokens(" ".join(f"kata{i}" for i in range(100)))) == text.MAX_TOKENS


def test_similarity_bounds():
	sig = text.signature(*QUERY)
	assert text.similarity(sig, sig) == 100.0
	assert text.similarity("", sig) == text.similarity(sig, "") == 0.0
	assert 0.0 <= text.similarity(sig, text.signature(*PARAPHRASE)) <= 100.0
	assert isinstance(text.DUPLICATE_THRESHOLD, float)


def test_a_paraphrase_is_a_duplicate_and_an_unrelated_idea_is_not():
	query, paraphrase, unrelated = (text.signature(*t) for t in (QUERY, PARAPHRASE, UNRELATED))
	weights = weights_over([query, paraphrase, unrelated], query)
	for w in (None, weights):
		assert text.similarity(query, paraphrase, w) >= text.DUPLICATE_THRESHOLD
		assert text.similarity(query, unrelated, w) < text.DUPLICATE_THRESHOLD
		assert text.similarity(query, unrelated, w) == 0.0


def test_missing_weights_weigh_one():
	query, candidate = "antre daring puskesmas pasien", "antre puskesmas pagi"
	unweighted = text.similarity(query, candidate)
	assert text.similarity(query, candidate, {}) == unweighted
	assert text.similarity(query, candidate, dict.fromkeys(query.split(), 1.0)) == unweighted
	assert text.similarity(query, candidate, {"pasien": 1.0}) == unweighted


def test_a_shared_rare_stem_counts_more_than_a_shared_common_one():
	query = "samsat antre daring"
	shares_rare = "samsat loket pagi"
	shares_common = "daring loket pagi"
	assert text.similarity(query, shares_rare) == text.similarity(query, shares_common)
	weights = {"samsat": text.idf(2, 100), "antre": text.idf(20, 100), "daring": text.idf(60, 100)}
	assert text.similarity(query, shares_rare, weights) > text.similarity(query, shares_common, weights)
	# Against the unweighted score: weighting raises the rare match and lowers the common one.
	assert text.similarity(query, shares_rare, weights) > text.similarity(query, shares_rare)
	assert text.similarity(query, shares_common, weights) < text.similarity(query, shares_common)


def test_idf_is_decreasing_and_never_negative():
	total = 200
	values = [text.idf(postings, total) for postings in range(total + 1)]
	assert all(a > b for a, b in pairwise(values) if a > text.MIN_IDF)
	assert all(a >= b for a, b in pairwise(values))
	assert min(values) >= text.MIN_IDF > 0
	assert values[0] > values[1] > values[100] > values[-1]
	# Counts beyond the total (a capped or stale count) and an empty index stay in range.
	assert text.idf(total + 5, total) == text.idf(total, total) >= text.MIN_IDF
	assert text.idf(0, 0) >= text.MIN_IDF
