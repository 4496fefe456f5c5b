"""The questions leaders and the Bappeda team ask, answered in SQL (frappe.qb), one function per question.

Script Reports, number cards and the API read these functions; none of them writes SQL of its own. Every
query passes through `access.within_access`, the same permission rule every Frappe path applies, so an
operator's answer holds only its agencies. Everything here only reads: callers are marked for the read
replica (`frappe.read_only()`).
"""
