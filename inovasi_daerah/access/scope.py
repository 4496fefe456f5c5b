"""Which agencies and regions a user may reach.

- Agency-bound roles (operator, agency head) reach the agencies they are head or staff of and every agency
  below them. With no agency they reach nothing (fail closed) and are told why.
- Region-wide roles (verifier, reviewer, regional head, manager, viewer) reach the regions they are members
  of (a province's members also reach the regencies and cities under it). A site that holds a single region
  tree needs no members: everyone region-wide reaches it. A site with several trees fails closed for a
  region-wide user who is a member of none.
- The System Manager and Administrator reach everything.

The scope is computed once per request (two or three small queries) and forgotten when agencies, regions
or users change.
"""

from dataclasses import dataclass

import frappe
from frappe import _

from inovasi_daerah.access.roles import AGENCY_BOUND, REGION_WIDE, UNRESTRICTED
from inovasi_daerah.utils import forget_request_memo, request_memo

NO_AGENCY, NO_REGION, NO_ROLE = "no_agency", "no_region", "no_role"


def reason_message(reason: str) -> str:
	if reason == NO_AGENCY:
		return _(
			"You are not listed as head or staff of any agency, so you see no records. Ask the innovation manager to add you to your agency."
		)
	if reason == NO_REGION:
		return _(
			"This site serves several regions and you are not a member of any, so you see no records. Ask the innovation manager to add you to your region."
		)
	return _("You have no role of the Inovasi Daerah app.")


@dataclass(frozen=True)
class UserScope:
	unrestricted: bool = False
	# Agency-bound users: the agencies they reach. None for region-wide users.
	agencies: frozenset[str] | None = None
	# The regions whose region-level records the user reaches. None: every region.
	regions: frozenset[str] | None = None
	reason: str | None = None

	@property
	def agency_bound(self) -> bool:
		return self.agencies is not None

	@property
	def everything(self) -> bool:
		return self.unrestricted or (self.agencies is None and self.regions is None)

	def reaches(self, agency: str | None = None, region: str | None = None) -> bool:
		"""Whether a record of this agency and/or region is within the scope."""
		if self.everything:
			return True
		if self.agency_bound and agency is not None:
			return agency in self.agencies
		if region is not None:
			return region in self.regions
		return False


def user_scope(user: str | None = None) -> UserScope:
	user = user or frappe.session.user
	memo = request_memo("inovasi_access_scopes")
	if user not in memo:
		memo[user] = compute_scope(user)
	return memo[user]


def forget(*args, **kwargs):
	"""Drop the remembered scopes (after agencies, regions or users change, or a rollback)."""
	forget_request_memo("inovasi_access_scopes")


def forget_after_change(*args, **kwargs):
	forget()
	frappe.db.after_rollback.add(forget)


def compute_scope(user: str) -> UserScope:
	if user == "Administrator":
		return UserScope(unrestricted=True)
	roles = set(frappe.get_roles(user))
	if roles & UNRESTRICTED:
		return UserScope(unrestricted=True)
	if roles & REGION_WIDE:
		regions = member_regions(user)
		if regions:
			return UserScope(regions=frozenset(with_sub_regions(regions)))
		if region_tree_count() <= 1:
			return UserScope()
		return UserScope(regions=frozenset(), reason=NO_REGION)
	if roles & AGENCY_BOUND:
		agencies = member_agencies(user)
		if not agencies:
			return UserScope(agencies=frozenset(), regions=frozenset(), reason=NO_AGENCY)
		reached = with_sub_agencies(agencies)
		regions = frappe.get_all("Agency", filters={"name": ("in", reached)}, pluck="region", distinct=True)
		return UserScope(agencies=frozenset(reached), regions=frozenset(regions))
	return UserScope(agencies=frozenset(), regions=frozenset(), reason=NO_ROLE)


def member_agencies(user: str) -> list[str]:
	headed = frappe.get_all("Agency", filters={"head": user}, pluck="name")
	staffed = frappe.get_all(
		"Agency Member", filters={"user": user, "parenttype": "Agency"}, pluck="parent", distinct=True
	)
	return sorted(set(headed) | set(staffed))


def with_sub_agencies(agencies: list[str]) -> list[str]:
	"""The agencies and every agency below them in the tree (nested set bounds)."""
	agency = frappe.qb.DocType("Agency")
	top = frappe.qb.DocType("Agency").as_("top")
	rows = (
		frappe.qb.from_(agency)
		.join(top)
		.on((agency.lft >= top.lft) & (agency.rgt <= top.rgt))
		.select(agency.name)
		.distinct()
		.where(top.name.isin(agencies))
		.run(pluck=True)
	)
	return sorted(set(rows) | set(agencies))


def member_regions(user: str) -> list[str]:
	return frappe.get_all(
		"Region Member", filters={"user": user, "parenttype": "Region"}, pluck="parent", distinct=True
	)


def with_sub_regions(regions: list[str]) -> set[str]:
	below = frappe.get_all("Region", filters={"parent_province": ("in", regions)}, pluck="name")
	return set(regions) | set(below)


def region_tree_count() -> int:
	"""Regions without a parent province: one for a single-region site (a city with or without its province)."""
	return frappe.db.count("Region", {"parent_province": ("is", "not set")})


def explain_empty_scope(user: str | None = None):
	"""Tell the user, once per request, why they see nothing."""
	scope = user_scope(user)
	# Users of other apps (website users, guests) have nothing to be told here.
	told = request_memo("inovasi_access_explained")
	if scope.reason in (NO_AGENCY, NO_REGION) and not told:
		told["yes"] = True
		frappe.msgprint(reason_message(scope.reason), title=_("No Records Visible"), indicator="orange")
