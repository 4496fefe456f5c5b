"""The public portal's endpoints: the showcase and its photos for guests, similar records while a citizen or
an operator types, the idea status page, and the verifiers' triage of citizens' ideas in Desk."""

import frappe
from frappe import _
from frappe.rate_limiter import rate_limit
from frappe.utils import cint

from inovasi_daerah.access.scope import user_scope
from inovasi_daerah.lifecycle import meanings
from inovasi_daerah.public_portal import duplicates, ideas, showcase, similar_index
from inovasi_daerah.utils import existing_doctype


@frappe.whitelist(methods=["GET", "POST"])
def similar_records(title=None, text=None, doctype=None, name=None, agency=None, region=None):
	"""Up to five readable innovations and ideas like the typed title and text, with their score."""
	region = duplicates.record_region(doctype, name, agency, region)
	if not region or not user_scope().reaches(region=region):
		return []
	exclude = (doctype, name) if doctype in similar_index.INDEXED and name else None
	hits = similar_index.similar(region, duplicates.query_text(title, text), exclude=exclude, limit=0)
	readable = {}
	for target in {hit.doctype for hit in hits}:
		if not frappe.has_permission(target, "read"):
			continue
		names = [hit.name for hit in hits if hit.doctype == target]
		readable[target] = set(frappe.get_list(target, filters={"name": ("in", names)}, pluck="name"))
	shown = [hit for hit in hits if hit.name in readable.get(hit.doctype, ())][: duplicates.SHOWN]
	for hit in shown:
		hit.url = f"/app/{frappe.scrub(hit.doctype).replace('_', '-')}/{hit.name}"
	return shown


@frappe.whitelist(allow_guest=True, methods=["GET", "POST"])
@rate_limit(limit=60, seconds=60)
def similar_for_citizen(title=None, problem=None, idea=None):
	"""What a citizen typing an idea may see: similar published innovations, and a count of similar ideas."""
	hits = similar_index.similar(ideas.portal_region(), duplicates.query_text(title, problem, idea), limit=0)
	innovation_hits = {hit.name: hit for hit in hits if hit.doctype == "Innovation"}
	published = showcase.published(names=list(innovation_hits), page_length=0) if innovation_hits else []
	shown = sorted(
		(
			{
				"title": row.title,
				"agency": row.agency_name,
				"url": f"/inovasi/{row.name}",
				"score": innovation_hits[row.name].score,
			}
			for row in published
		),
		key=lambda item: -item["score"],
	)[: duplicates.SHOWN]
	return {"innovations": shown, "ideas": cint(sum(1 for hit in hits if hit.doctype == "Public Idea"))}


@frappe.whitelist(allow_guest=True, methods=["GET"])
@rate_limit(limit=120, seconds=60)
def innovations(q=None, agency=None, affair=None, form=None, stage=None, year=None, start=0):
	"""The showcase list for scripts and other sites: published innovations, public fields only."""
	filters = {"q": q, "agency": agency, "affair": affair, "form": form, "stage": stage, "year": year}
	return showcase.published(filters, start=cint(start))


@frappe.whitelist(allow_guest=True, methods=["GET"])
@rate_limit(limit=120, seconds=60)
def innovation(name):
	found = showcase.detail(name)
	if not found:
		raise frappe.DoesNotExistError(_("Innovation not found"))
	return found


@frappe.whitelist(allow_guest=True, methods=["GET"])
def photo(innovation, row):
	"""A photo of a published innovation. Photos are private files: they are served only from here, and
	only while the innovation is published."""
	if not showcase.detail(innovation):
		raise frappe.DoesNotExistError(_("Photo not found"))
	file_url = frappe.db.get_value(
		"Innovation Photo",
		{"parent": innovation, "parenttype": "Innovation", "parentfield": "photos", "idx": cint(row)},
		"photo",
	)
	file_name = frappe.db.get_value("File", {"file_url": file_url, "attached_to_name": innovation}, "name")
	saved = frappe.get_doc("File", file_name) if file_name else None
	# Served inline from the site's own address, typed by its name: an image, never a page or script an
	# upload could carry (Desk's image picker is the only other check, and REST can set any file).
	if not saved or not showcase.is_photo(saved.file_name):
		raise frappe.DoesNotExistError(_("Photo not found"))
	frappe.local.response.filename = saved.file_name
	# The bytes as stored: Frappe 16's File.get_content decodes a file it can read as text.
	with open(saved.get_full_path(), "rb") as stored:
		frappe.local.response.filecontent = stored.read()
	frappe.local.response.type = "download"
	frappe.local.response.display_content_as = "inline"


@frappe.whitelist(allow_guest=True, methods=["GET", "POST"])
@rate_limit(limit=30, seconds=10 * 60)
def idea_status(code):
	"""What happened to an idea, from its tracking code alone: its status and the public reply."""
	return ideas.status_of(code)


@frappe.whitelist(methods=["POST"])
def accept_idea(idea: str, agency: str, reply: str | None = None):
	"""The idea becomes a new Innovation (in the workflow's first state) of the chosen agency, initiator
	Masyarakat, linked both ways."""
	idea = ideas.triage_target(idea)
	if not agency or not frappe.has_permission("Agency", "read", agency):
		frappe.throw(_("Choose an agency you can see."), title=_("Agency Required"))
	if frappe.db.get_value("Agency", agency, "region") != idea.region:
		frappe.throw(
			_("Choose an agency of the idea's region ({0}).").format(idea.region), title=_("Wrong Region")
		)
	innovation = frappe.get_doc(
		{
			"doctype": "Innovation",
			"title": idea.title,
			"agency": agency,
			"initiator_type": "Masyarakat",
			# The citizen's name and contact stay in the idea (personal data); the innovation names the idea.
			"initiator_name": _("Citizen idea {0}").format(idea.tracking_code),
			"problem": idea.problem,
			"summary": idea.idea,
		}
	)
	innovation.source_idea = idea.name
	innovation.flags.system_write = True  # built here from the checked idea, not from a request
	innovation.insert()
	ideas.close(
		idea,
		ideas.STATUS_ACCEPTED,
		reply or _("Thank you. Your idea was accepted and is being prepared as an innovation."),
		agency=agency,
		innovation=innovation.name,
	)
	return innovation.name


@frappe.whitelist(methods=["POST"])
def reject_idea(idea: str, reply: str):
	"""The idea is declined with a reply the citizen reads on the status page."""
	if not (reply or "").strip():
		frappe.throw(
			_("Write a reply to the citizen explaining why the idea is declined."), title=_("Reply Required")
		)
	idea = ideas.triage_target(idea)
	ideas.close(idea, ideas.STATUS_REJECTED, reply)


@frappe.whitelist(methods=["POST"])
def mark_duplicate(idea: str, duplicate_of_type: str, duplicate_of: str, reply: str | None = None):
	"""The idea is merged into an earlier idea or innovation of its region; the link is kept on the idea."""
	idea = ideas.triage_target(idea)
	original = ideas.check_original(idea, duplicate_of_type, duplicate_of)
	ideas.close(
		idea,
		ideas.STATUS_DUPLICATE,
		reply or _("Thank you. A similar idea is already being handled: {0}.").format(original.title),
		duplicate_of_type=duplicate_of_type,
		duplicate_of=duplicate_of,
	)


@frappe.whitelist(methods=["POST"])
def merge_innovation(duplicate: str, original: str):
	"""A draft innovation found to duplicate another is merged into it: it records the link and leaves the
	portal; its comments stay visible from the original."""
	if not set(frappe.get_roles()) & ideas.TRIAGE_ROLES:
		frappe.throw(
			_("Only the innovation verifiers and managers merge duplicates."), frappe.PermissionError
		)
	doc = frappe.get_doc("Innovation", duplicate)
	doc.check_permission("write")
	# A record still in the state every innovation is born in (Draf, as shipped) is a draft.
	if doc.workflow_state != meanings.initial_state():
		frappe.throw(_("Only a draft innovation can be merged into another."), title=_("Invalid Merge"))
	ideas.check_original(doc, "Innovation", original)
	if frappe.db.exists("Innovation", {"duplicate_of": duplicate}):
		frappe.throw(_("Other records are merged into {0}; it cannot be merged itself.").format(duplicate))
	doc.duplicate_of = original
	doc.is_public = 0
	doc.flags.system_write = True
	doc.save()


@frappe.whitelist()
def merged_records(doctype: str, name: str) -> list[dict]:
	"""The duplicates merged into a record, with their comments, for the original's form."""
	frappe.has_permission(existing_doctype(doctype), "read", name, throw=True)
	found = []
	ideas = (
		frappe.get_list(
			"Public Idea",
			filters={"duplicate_of_type": doctype, "duplicate_of": name},
			fields=["name", "title", "tracking_code"],
			limit_page_length=0,
		)
		if frappe.has_permission("Public Idea", "read")
		else []
	)
	found += [frappe._dict(row, doctype="Public Idea") for row in ideas]
	if doctype == "Innovation":
		innovations = frappe.get_list(
			"Innovation", filters={"duplicate_of": name}, fields=["name", "title"], limit_page_length=0
		)
		found += [frappe._dict(row, doctype="Innovation") for row in innovations]
	comments = frappe.get_all(
		"Comment",
		filters={
			"reference_doctype": ("in", sorted({record.doctype for record in found}) or [""]),
			"reference_name": ("in", [record.name for record in found] or [""]),
			"comment_type": "Comment",
		},
		fields=["reference_doctype", "reference_name", "comment_by", "content", "creation"],
		order_by="creation asc",
	)
	for record in found:
		record.comments = [
			c for c in comments if (c.reference_doctype, c.reference_name) == (record.doctype, record.name)
		]
	return found
