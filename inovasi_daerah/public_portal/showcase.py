"""The public showcase and directory: published innovations, and only the fields chosen for the public.

Guests never read the Innovation table through Frappe's generic paths (they have no permission on it);
every public page and endpoint reads through `published()`, which selects PUBLIC_FIELDS and nothing else,
from innovations ticked "Show on Public Portal", not merged into another, and in a state that has a stage on
the portal (its meaning in the Workflow form: not a rejected proposal).
"""

import frappe
from frappe import _
from frappe.utils import cint, getdate

from inovasi_daerah.access.scope import with_sub_regions
from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.public_portal import ideas

# What a guest may read of a published innovation.
PUBLIC_FIELDS = (
	"name",
	"title",
	"agency",
	"region",
	"workflow_state",
	"innovation_form",
	"innovation_type",
	"main_affair",
	"summary",
	"problem",
	"benefit",
	"launch_date",
	"trial_start_date",
	"implementation_date",
	"replication_guide",
	"public_contact",
	"video_url",
	"replication_count",
)
PAGE_SIZE = 20
# The file types the photo endpoint serves.
PHOTO_TYPES = frozenset({"jpg", "jpeg", "png", "webp", "gif"})


def public_stage(state: str | None) -> str:
	"""The stage a guest sees for a lifecycle state (its meaning in the Workflow form)."""
	return meanings.public_stage(state)


def portal_regions() -> list[str]:
	return sorted(with_sub_regions([ideas.portal_region()]))


def published_query():
	"""Innovations of the portal's region(s) that a guest may see, joined with their agency; nothing selected."""
	innovation = frappe.qb.DocType("Innovation")
	agency = frappe.qb.DocType("Agency")
	return (
		frappe.qb.from_(innovation)
		.left_join(agency)
		.on(agency.name == innovation.agency)
		.where(innovation.is_public == 1)
		.where(innovation.duplicate_of.isnull() | (innovation.duplicate_of == ""))
		# Only states that have a stage on the portal (not a rejected proposal).
		.where(innovation.workflow_state.isin(meanings.for_sql(shown_states())))
		.where(innovation.region.isin(portal_regions()))
	)


def shown_states() -> tuple[str, ...]:
	return tuple(state for states in meanings.public_stages().values() for state in states)


def started_on(innovation):
	"""When an innovation started for the public: implemented, else on trial, else launched."""
	return frappe.query_builder.functions.Coalesce(
		innovation.implementation_date, innovation.trial_start_date, innovation.launch_date
	)


def published(filters: dict | None = None, start: int = 0, page_length: int = PAGE_SIZE, names=None):
	"""Published innovations matching the guest's filters, PUBLIC_FIELDS only, with the agency's name;
	newest first."""
	# A null character cannot be sent to SQLite; in a guest's search it matches nothing anyway.
	filters = {k: v.replace("\x00", "") if isinstance(v, str) else v for k, v in (filters or {}).items()}
	innovation = frappe.qb.DocType("Innovation")
	agency = frappe.qb.DocType("Agency")
	query = published_query().select(
		*(getattr(innovation, field) for field in PUBLIC_FIELDS), agency.agency_name
	)
	if names is not None:
		query = query.where(innovation.name.isin(list(names) or [""]))
	search = (filters.get("q") or "").strip()
	if search:
		pattern = f"%{search[:100]}%"
		query = query.where(innovation.title.like(pattern) | innovation.summary.like(pattern))
	for key, column in (
		("agency", innovation.agency),
		("affair", innovation.main_affair),
		("form", innovation.innovation_form),
	):
		if filters.get(key):
			query = query.where(column == str(filters[key]))
	stages = meanings.public_stages()
	if filters.get("stage") in stages:
		query = query.where(innovation.workflow_state.isin(meanings.for_sql(stages[filters["stage"]])))
	year = cint(filters.get("year"))
	if 2000 <= year <= 2100:
		started = started_on(innovation)
		query = query.where((started >= f"{year}-01-01") & (started <= f"{year}-12-31"))
	query = query.orderby(innovation.creation, order=frappe.qb.desc)
	if page_length:
		query = query.limit(page_length).offset(max(0, cint(start)))
	rows = query.run(as_dict=True)
	for row in rows:
		row.stage = public_stage(row.workflow_state)
	return rows


def filter_options() -> dict:
	"""The choices of the showcase's filters, as (value, label) pairs: only values that published
	innovations hold, each read as distinct values in SQL."""
	innovation = frappe.qb.DocType("Innovation")
	agency = frappe.qb.DocType("Agency")

	def distinct(*columns):
		return published_query().select(*columns).distinct().run()

	def translated(column):
		return [(value, _(value)) for value in sorted(v for (v,) in distinct(column) if v)]

	years = {getdate(started).year for (started,) in distinct(started_on(innovation)) if started}
	return {
		"agencies": sorted(
			((name, label or name) for name, label in distinct(innovation.agency, agency.agency_name)),
			key=lambda pair: pair[1],
		),
		"affairs": translated(innovation.main_affair),
		"forms": translated(innovation.innovation_form),
		"stages": [(stage, _(stage)) for stage in meanings.public_stage_options()],
		"years": [(year, year) for year in sorted(years, reverse=True)],
	}


def detail(name: str):
	"""One published innovation with its photos, or None (unpublished and unknown look the same)."""
	# A name with a null character names nothing (and SQLite refuses the query).
	rows = (
		published(names=[name], page_length=1)
		if isinstance(name, str) and name and "\x00" not in name
		else []
	)
	if not rows:
		return None
	row = rows[0]
	photos = frappe.get_all(
		"Innovation Photo",
		filters={"parent": name, "parenttype": "Innovation", "parentfield": "photos"},
		fields=["idx", "caption", "photo"],
		order_by="idx asc",
	)
	photos = [p for p in photos if is_photo(p.photo)]
	row.photos = [
		{
			"url": f"/api/method/inovasi_daerah.api.portal.photo?innovation={name}&row={p.idx}",
			"caption": p.caption,
		}
		for p in photos
	]
	return row


def is_photo(file_name: str | None) -> bool:
	return (file_name or "").rsplit(".", 1)[-1].lower() in PHOTO_TYPES
