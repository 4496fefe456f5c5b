"""The lifecycle read as a report reads it: the main path, the groups a target counts, the order of stages."""

from inovasi_daerah.workflows import lifecycle_states

# The way most innovations travel; conversion is measured between consecutive steps of it.
MAIN_PATH = (
	"Draf",
	"Evaluasi Kelayakan",
	"Menunggu Penetapan",
	"Ditetapkan",
	"Uji Coba",
	"Diterapkan",
	"Dikembangkan",
)
# Stage groups of the target attainment report, in order: (key, states).
GROUPS = (
	("proposed", ("Draf", "Menunggu Izin Atasan", "Evaluasi Kelayakan", "Revisi")),
	("feasible", ("Menunggu Penetapan", "Ditetapkan")),
	("trial", ("Uji Coba",)),
	("implemented", ("Diterapkan", "Dikembangkan")),
	("inactive", ("Vakum", "Dihentikan")),
	("rejected", ("Tidak Layak",)),
)
# A rejected proposal is not an innovation of the agency: everything else counts toward its target.
NOT_COUNTED = ("Tidak Layak",)
# Declared feasible by the verifier, or further along the lifecycle (the Lab Inovasi funnel's "verified").
VERIFIED_STATES = (
	"Menunggu Penetapan",
	"Ditetapkan",
	"Uji Coba",
	"Diterapkan",
	"Dikembangkan",
	"Vakum",
	"Dihentikan",
)
IMPLEMENTED = ("Diterapkan", "Dikembangkan")
MONITORED = ("Diterapkan", "Dikembangkan", "Vakum")


def stage_rank() -> dict[str, int]:
	"""How far along each state is: the main path in order, side states just after the step they leave."""
	rank = {state: 10 * n for n, state in enumerate(MAIN_PATH)}
	side = {
		"Menunggu Izin Atasan": rank["Draf"] + 5,
		"Revisi": rank["Draf"] + 2,
		"Tidak Layak": rank["Evaluasi Kelayakan"] + 5,
		"Vakum": rank["Diterapkan"] + 5,
		"Dihentikan": rank["Uji Coba"] + 5,
	}
	rank.update(side)
	return {state: rank[state] for state in lifecycle_states() if state in rank}
