import frappe
from frappe import _
from frappe.utils.nestedset import NestedSet

from inovasi_daerah.access.integrity import CheckedDocument
from inovasi_daerah.utils import other_record


class Agency(CheckedDocument, NestedSet):
	nsm_parent_field = "parent_agency"

	def autoname(self):
		# Abbreviations repeat across regions (every city has a DINKES), so the region is in the name.
		self.abbreviation = (self.abbreviation or "").strip().upper()
		self.name = f"{self.abbreviation} - {self.region}"

	def validate(self):
		self.abbreviation = (self.abbreviation or "").strip().upper()
		self.validate_unique_abbreviation()
		self.validate_parent()
		self.validate_single_research_unit()
		self.validate_group()

	def validate_unique_abbreviation(self):
		duplicate = other_record(self, {"region": self.region, "abbreviation": self.abbreviation})
		if duplicate:
			frappe.throw(
				_("Abbreviation {0} is already used by agency {1} in region {2}.").format(
					frappe.bold(self.abbreviation), frappe.bold(duplicate), frappe.bold(self.region)
				),
				title=_("Duplicate Abbreviation"),
			)

	def validate_parent(self):
		if not self.parent_agency:
			return
		if self.parent_agency == self.name or self.is_ancestor_of(self.parent_agency):
			frappe.throw(
				_("Agency {0} cannot be placed under {1}: an agency cannot become its own ancestor.").format(
					frappe.bold(self.name), frappe.bold(self.parent_agency)
				),
				title=_("Invalid Parent Agency"),
			)
		parent_region = frappe.db.get_value("Agency", self.parent_agency, "region")
		if parent_region != self.region:
			frappe.throw(
				_("Parent agency {0} belongs to region {1}, not {2}.").format(
					frappe.bold(self.parent_agency), frappe.bold(parent_region), frappe.bold(self.region)
				),
				title=_("Invalid Parent Agency"),
			)

	def is_ancestor_of(self, agency: str) -> bool:
		if self.is_new():
			return False
		lft, rgt = frappe.db.get_value("Agency", self.name, ("lft", "rgt"))
		other_lft = frappe.db.get_value("Agency", agency, "lft")
		return other_lft is not None and lft < other_lft < rgt

	def validate_single_research_unit(self):
		if not self.is_research_unit:
			return
		other = other_record(self, {"region": self.region, "is_research_unit": 1})
		if other:
			frappe.throw(
				_("Region {0} already has a coordinating research unit: {1}.").format(
					frappe.bold(self.region), frappe.bold(other)
				),
				title=_("Duplicate Research Unit"),
			)

	def validate_group(self):
		# NestedSet only checks this after writing; refuse before anything is written.
		if (
			not self.is_group
			and not self.is_new()
			and frappe.db.exists("Agency", {"parent_agency": self.name})
		):
			frappe.throw(
				_("Agency {0} has child agencies, so it must stay marked as having child agencies.").format(
					frappe.bold(self.name)
				),
				title=_("Invalid Agency"),
			)

	def on_update(self):
		# A new child turns its parent into a group, as the tree view expects.
		if self.parent_agency and not frappe.db.get_value("Agency", self.parent_agency, "is_group"):
			frappe.db.set_value("Agency", self.parent_agency, "is_group", 1)
		super().on_update()
