"""Indonesian text as the duplicate detector sees it: normalised, without stopwords, stemmed.

Pure Python (PySastrawi and rapidfuzz, pinned in pyproject.toml), so the rules are unit-tested without
Frappe and the quality benchmark (benchmarks/duplicate_quality.py) scores exactly what the app scores.

A text becomes a signature in four steps:

1. `words`: lower-case ASCII words; accents folded, HTML tags and punctuation dropped.
2. `CANONICAL`: a short map of synonyms and abbreviations (`hp` and `handphone` to `ponsel`, `kk` to
   `kartu keluarga`, `tanpa biaya` to `gratis`...), so that two ways of saying the same thing meet, and
   two-letter acronyms that matter survive the length rule.
3. Stopwords are dropped on the surface word (a clitic -nya/-lah/-kah/-pun stripped first), never on the
   stem: `peringatan` stems to `ingat` and `pemohon` to `mohon`, which are stopwords, but they are content.
4. Sastrawi stems what is left; `STEM_EXCEPTIONS` corrects the stems it gets wrong in a harmful way
   (`relawan` is not `rawan`, `pemadam` is not `madam`).

`similarity` compares a query signature with a stored one, each stem weighted by its rarity (`idf`).
"""

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import cache

from rapidfuzz import fuzz, process

# Words every innovation text carries, which say nothing about which idea this is.
DOMAIN_STOPWORDS = frozenset(
	{
		"inovasi",
		"program",
		"kegiatan",
		"usulan",
		"usul",
		"ide",
		"gagasan",
		"agar",
		"bisa",
		"dapat",
		"kami",
		"kita",
		"warga",
		"masyarakat",
		"kota",
		"kabupaten",
		"daerah",
		"pemerintah",
		"pemerintahan",
		"pemda",
		"pemkab",
		"pemkot",
		"pemprov",
		"melalui",
		"via",
		"secara",
		"supaya",
		"mohon",
		"tolong",
	}
)
# Informal spellings and abbreviations of function words, common in citizens' submissions.
INFORMAL_STOPWORDS = frozenset(
	{
		"aja",
		"alangkah",
		"banget",
		"bgt",
		"biar",
		"bikin",
		"blm",
		"dg",
		"dgn",
		"dikasih",
		"dll",
		"dr",
		"dsb",
		"ga",
		"gak",
		"gk",
		"jd",
		"kalo",
		"klo",
		"krn",
		"mesti",
		"mestinya",
		"ngga",
		"nggak",
		"pengen",
		"pingin",
		"sdh",
		"sih",
		"sm",
		"tdk",
		"tp",
		"udah",
		"utk",
		"yg",
	}
)
# Words on Sastrawi's stopword list that tell ideas apart here ("mata air", "ibu hamil", "orang tua",
# "kurang mampu", "nelayan kecil", "peringatan dini", "tepat sasaran", "antar jemput", "jam kerja").
KEPT_WORDS = frozenset(
	{
		"antar",
		"baru",
		"datang",
		"dini",
		"ibu",
		"jauh",
		"kecil",
		"kerja",
		"kurang",
		"mampu",
		"mata",
		"mendatangi",
		"orang",
		"tempat",
		"tepat",
	}
)

# Synonyms and abbreviations, as runs of surface words, to one canonical spelling (surface words too,
# stemmed afterwards like any other word). Only general, common equivalences belong here: wording that is
# the same thing to any reader of Indonesian public-service texts, not the vocabulary of particular ideas.
_CANONICAL_SPELLINGS = {
	"daring": ("online", "daring", "dalam jaringan"),
	"ponsel": ("hp", "handphone", "smartphone", "ponsel", "telepon genggam", "telepon seluler"),
	"whatsapp": ("wa", "whatsapp", "whats app"),
	"sms": ("sms", "pesan singkat"),
	"situs": ("website", "situs", "situs web", "laman"),
	"media sosial": ("medsos", "media sosial"),
	"kartu keluarga": ("kk", "kartu keluarga"),
	"ktp": ("ktp", "ektp", "e ktp", "ktp el", "ktp elektronik"),
	"dukcapil": ("dukcapil", "disdukcapil"),
	"usaha mikro": ("umkm", "ukm", "usaha mikro", "usaha mikro kecil menengah"),
	"lansia": ("lansia", "lanjut usia"),
	"gratis": ("gratis", "cuma cuma", "tanpa biaya", "bebas biaya", "tanpa dipungut biaya", "tanpa bayar"),
	"siswa": ("siswa", "pelajar", "murid", "peserta didik"),
	"pemadam kebakaran": ("damkar", "pemadam kebakaran"),
	"ibu hamil": ("bumil", "ibu hamil"),
	"bantuan sosial": ("bansos", "bantuan sosial"),
	"nontunai": ("nontunai", "non tunai", "cashless"),
	"tanda tangan": ("ttd", "tanda tangan"),
	"tanda tangan elektronik": ("tte", "tanda tangan elektronik"),
	"fasilitas kesehatan": ("faskes", "fasilitas kesehatan"),
}
CANONICAL: dict[tuple[str, ...], tuple[str, ...]] = {
	tuple(spelling.split()): tuple(canonical.split())
	for canonical, spellings in _CANONICAL_SPELLINGS.items()
	for spelling in spellings
}
_LONGEST_SPELLING = max(len(spelling) for spelling in CANONICAL)

# Surface word -> stem, where Sastrawi conflates a word with an unrelated one or cuts it wrongly.
STEM_EXCEPTIONS = {
	"relawan": "relawan",
	"sukarelawan": "relawan",
	"berdesakan": "desak",
	"meninggal": "meninggal",
	"pemupukan": "pupuk",
	"berbasis": "basis",
	"pemadam": "padam",
	"pemesanan": "pesan",
	"memesan": "pesan",
	"memetakan": "peta",
	"pemetaan": "peta",
	"menikah": "nikah",
	"mengenali": "kenal",
	"kerusakan": "rusak",
	"gerakan": "gerak",
	"perawat": "rawat",
	"perawatan": "rawat",
	"peternakan": "ternak",
	"kesetaraan": "setara",
	"perbankan": "bank",
	"pengunjung": "kunjung",
	"mengunjungi": "kunjung",
	"anggaran": "anggaran",
	"penduduk": "penduduk",
	"kependudukan": "penduduk",
}

TOKEN = re.compile(r"[a-z0-9]+")
CLITIC = re.compile(r"(?:nya|lah|kah|pun)$")
# Words shorter than this are dropped unless they are all letters and at least SHORT_WORD_LENGTH long
# (acronyms such as "rt", "sd", "kb", "qr"); numbers are dropped.
MIN_TOKEN_LENGTH = 3
SHORT_WORD_LENGTH = 2
# Stems kept per text for the token table; a long description adds little beyond its first words.
MAX_TOKENS = 60
# The smallest weight `idf` gives, so that a stem found everywhere still counts a little.
MIN_IDF = 0.1
# How much a stem only the candidate has counts against it, relative to a query stem it lacks.
CANDIDATE_EXTRA = 0.1
# A query stem missing from the candidate matches a candidate stem at least this alike (rapidfuzz ratio),
# both at least SPELLING_MIN_LENGTH long (short stems that alike are different words: "desa"/"desak").
SPELLING_SIMILARITY = 85.0
SPELLING_MIN_LENGTH = 6


@cache
def _stemmer():
	from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

	return StemmerFactory().create_stemmer()


@cache
def _stopwords() -> frozenset[str]:
	from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

	sastrawi = frozenset(StopWordRemoverFactory().get_stop_words())
	return (sastrawi - KEPT_WORDS) | DOMAIN_STOPWORDS | INFORMAL_STOPWORDS


@cache
def stem(word: str) -> str:
	if word in STEM_EXCEPTIONS:
		return STEM_EXCEPTIONS[word]
	return _stemmer().stem(word)


def words(text: str | None) -> list[str]:
	"""Lower-case ASCII words of a text: accents folded, punctuation and HTML tags dropped."""
	if not text:
		return []
	text = re.sub(r"<[^>]*>", " ", str(text))
	text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
	return TOKEN.findall(text)


def canonical_words(word_list: list[str]) -> list[str]:
	"""The words with every spelling in CANONICAL replaced by its canonical form (longest match first)."""
	out = []
	i = 0
	while i < len(word_list):
		for length in range(min(_LONGEST_SPELLING, len(word_list) - i), 0, -1):
			replacement = CANONICAL.get(tuple(word_list[i : i + length]))
			if replacement:
				out.extend(replacement)
				i += length
				break
		else:
			out.append(word_list[i])
			i += 1
	return out


def _is_stopword(word: str, stopwords: frozenset[str]) -> bool:
	if word in stopwords:
		return True
	bare = CLITIC.sub("", word)
	return bare != word and bare in stopwords


def _long_enough(word: str) -> bool:
	if word.isdigit():
		return False
	return len(word) >= MIN_TOKEN_LENGTH or (len(word) >= SHORT_WORD_LENGTH and word.isalpha())


def stems(text: str | None) -> list[str]:
	"""The meaningful stems of a text, in order (repeats kept): stopwords, numbers and stray letters removed."""
	stopwords = _stopwords()
	kept = []
	for word in canonical_words(words(text)):
		if _is_stopword(word, stopwords) or not _long_enough(word):
			continue
		root = stem(word)
		if _long_enough(root):
			kept.append(root)
	return kept


def signature(*texts: str | None) -> str:
	"""The normalised text stored for re-ranking: stems joined by spaces."""
	return " ".join(stems(" ".join(t for t in texts if t)))


def index_tokens(signature_text: str) -> list[str]:
	"""The distinct stems of a signature that go into the token table."""
	seen = dict.fromkeys(signature_text.split())
	return list(seen)[:MAX_TOKENS]


def idf(postings: int, total: int) -> float:
	"""The weight of a stem found in `postings` of `total` records: smoothed inverse document frequency
	(the BM25 form, ln(1 + (N - n + 0.5) / (n + 0.5))), never below MIN_IDF. Decreases as the stem gets
	commoner; a stem no record has yet (postings 0) weighs the most."""
	total = max(int(total), 0)
	postings = min(max(int(postings), 0), total)
	return max(MIN_IDF, math.log(1.0 + (total - postings + 0.5) / (postings + 0.5)))


def similarity(
	query_signature: str, candidate_signature: str, weights: Mapping[str, float] | None = None
) -> float:
	"""How far the candidate covers the query's idea, 0 to 100 (directional: query -> candidate).

	Each distinct stem of the query weighs `weights[stem]` (normally its `idf`; 1.0 when missing or when
	`weights` is None) times 1 + ln(repeats), so the rare words and the words the query repeats (its
	title's, as a rule) carry it. The score is a Tversky index: the shared weight over itself plus the
	weight of the query's stems the candidate lacks plus CANDIDATE_EXTRA times the weight of the
	candidate's stems the query lacks (each at the query's mean weight, their own being unknown here).
	So a query found whole in a longer record scores high but not 100 (a one-stem query found in a record
	of 16 stems scores 40, the longer the record the lower), and a record lacking the query's rare words
	scores low.

	A query stem absent from the candidate may still match a long candidate stem spelt almost the same
	(SPELLING_SIMILARITY; "sertifikat"/"sertifikasi", "traktor"/"tractor"), for that share of its weight.
	"""
	if not query_signature or not candidate_signature:
		return 0.0
	query = Counter(query_signature.split())
	candidate = set(candidate_signature.split())
	weights = weights or {}
	weighed = {token: weights.get(token, 1.0) * (1.0 + math.log(n)) for token, n in query.items()}
	total = sum(weighed.values())
	if total <= 0:
		return 0.0
	shared = missing = 0.0
	matched = set()
	spellings = None
	for token, weight in weighed.items():
		if token in candidate:
			shared += weight
			matched.add(token)
			continue
		if len(token) >= SPELLING_MIN_LENGTH:
			if spellings is None:
				spellings = [c for c in candidate if len(c) >= SPELLING_MIN_LENGTH and c not in query]
			near = process.extractOne(token, spellings, scorer=fuzz.ratio, score_cutoff=SPELLING_SIMILARITY)
			if near:
				share = near[1] / 100.0
				shared += weight * share
				missing += weight * (1.0 - share)
				matched.add(near[0])
				continue
		missing += weight
	extra = len(candidate - matched - query.keys()) * total / len(weighed)
	return round(100.0 * shared / (shared + missing + CANDIDATE_EXTRA * extra), 1)


# "Is a duplicate" at or above this score (with idf weights). Chosen with benchmarks/duplicate_quality.py
# as the best-F1 threshold of its sweep with precision at least 0.75: in-sample precision 0.786, recall 0.55.
DUPLICATE_THRESHOLD = 40.0
