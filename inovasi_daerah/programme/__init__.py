"""The programme around each innovation: monitoring (monev) and staleness, replications, consultations
and awards. `rules` holds the arithmetic (no Frappe import); the other modules apply it to records."""
