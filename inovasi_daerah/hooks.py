from inovasi_daerah.access import model as _access_model

app_name = "inovasi_daerah"
app_title = "Inovasi Daerah"
app_publisher = "Inovasi Daerah developers"
app_description = (
	"Regional innovation management for Indonesian regional governments: PP 38/2017 lifecycle, "
	"Laboratorium Inovasi and the Indeks Inovasi Daerah"
)
app_email = "dev@inovasi-daerah.invalid"
app_license = "mit"

after_install = "inovasi_daerah.setup.install.after_install"
# Drops the tables the app created outside its DocTypes (setup/uninstall.py).
before_uninstall = "inovasi_daerah.setup.uninstall.before_uninstall"

# On SQLite, each request that may write, each login (it writes before before_request runs) and each
# background job holds the write lock from its start and gives it back at its end (overrides/sqlite_locks.py).
before_request = ["inovasi_daerah.overrides.sqlite_locks.begin_request_transaction"]
before_login = ["inovasi_daerah.overrides.sqlite_locks.hold_write_lock"]
before_job = ["inovasi_daerah.overrides.sqlite_locks.hold_write_lock"]
after_job = ["inovasi_daerah.overrides.sqlite_locks.release_write_lock"]
after_request = [
	"inovasi_daerah.overrides.sqlite_locks.release_write_lock",
	"inovasi_daerah.overrides.prepared_reports.cancel_after_refused_run",
]
# Desk's scripts read the lifecycle's first state from the boot (lifecycle/meanings.py).
boot_session = "inovasi_daerah.lifecycle.meanings.boot_session"
# Runs once the request's user is known, API keys included.
auth_hooks = ["inovasi_daerah.overrides.language.speak_user_language"]

# Every form of the app with a child table gets cached_child_metas.js (a Frappe 16-dev cache fix, see
# the file) first.
FORMS_WITH_CHILD_TABLES = (
	"Agency",
	"Assessment Period",
	"IID Indicator",
	"Innovation",
	"Innovation Indicator",
	"Innovation Lab",
	"Monitoring Report",
	"Region",
	"Region Indicator Value",
	"Review Criteria Set",
	"Stage Review",
)
FORM_SCRIPTS = {
	"Innovation": [
		"public/js/iid_projection.js",
		"public/js/workflow_entry_fields.js",
		"public/js/profile_pdf.js",
		"public/js/similar_records.js",
		"public/js/merge_innovation.js",
	],
	"Public Idea": ["public/js/similar_records.js"],
	"IID Submission": ["public/js/workflow_entry_fields.js"],
	"Region": ["public/js/iid_projection.js"],
	# The meaning of each state of the app's workflows (lifecycle/meanings.py).
	"Workflow": ["public/js/workflow_meanings.js"],
}
doctype_js = {
	doctype: (["public/js/cached_child_metas.js"] if doctype in FORMS_WITH_CHILD_TABLES else [])
	+ FORM_SCRIPTS.get(doctype, [])
	for doctype in sorted(set(FORMS_WITH_CHILD_TABLES) | set(FORM_SCRIPTS))
}

# The context of the print format "Profil Inovasi" (lifecycle/profile.py); it checks access itself.
jinja = {"methods": ["inovasi_daerah.lifecycle.profile.inovasi_daerah_profile"]}

# Workflows, workflow states and role permissions are never shipped as fixtures: migrate would
# force-reimport them and wipe what an administrator changed (see setup/install.py).

after_migrate = [
	"inovasi_daerah.setup.install.compile_translations",
	"inovasi_daerah.reports.indexes.add_report_indexes",
	"inovasi_daerah.public_portal.similar_index.create_tables",
]

# One access model (inovasi_daerah/access): every governed DocType passes through the same two checks,
# and every write to the app's DocTypes through the same integrity rules.
_governed = _access_model.hooked_doctypes()
permission_query_conditions = {
	doctype: "inovasi_daerah.access.rules.query_condition" for doctype in _governed
}
has_permission = {doctype: "inovasi_daerah.access.rules.has_permission" for doctype in _governed}

_forget_scopes = "inovasi_daerah.access.scope.forget_after_change"
# Input checks on the app's own DocTypes live in their controllers' CheckedDocument base (overrides/sqlite_locks.py).
doc_events = {
	"File": {"validate": "inovasi_daerah.access.paths.keep_evidence_private"},
	# Officials' names carry titles after commas, which Frappe's sender check splits (mail.py).
	"Communication": {"before_validate": "inovasi_daerah.overrides.mail.read_titled_sender"},
	"User": {
		# A user joining the app lands on its workspace after login (access/landing.py).
		"validate": "inovasi_daerah.access.landing.land_on_workspace",
		"on_update": _forget_scopes,
		"on_trash": _forget_scopes,
	},
	"Region": {"on_update": _forget_scopes, "on_trash": _forget_scopes},
	"Agency": {
		"on_update": [_forget_scopes, "inovasi_daerah.iid.freshness.copy_agency_head"],
		"on_trash": _forget_scopes,
	},
	# The meaning of each workflow state is data the rules read (lifecycle/meanings.py): a workflow the app
	# cannot understand is refused, and a saved or renamed one is read afresh.
	"Workflow": {
		"validate": "inovasi_daerah.lifecycle.meanings.validate_workflow",
		"on_update": [
			"inovasi_daerah.lifecycle.meanings.forget",
			"inovasi_daerah.iid.freshness.on_workflow_update",
		],
		"on_trash": "inovasi_daerah.lifecycle.meanings.forget",
		"after_rename": "inovasi_daerah.lifecycle.meanings.forget",
	},
	"Workflow State": {"after_rename": "inovasi_daerah.lifecycle.workflows.after_state_rename"},
	# Stored IID figures follow every input they read (iid/freshness.py).
	"IID Indicator": {"on_update": "inovasi_daerah.iid.freshness.on_indicator_update"},
	"Assessment Period": {"on_update": "inovasi_daerah.iid.freshness.on_period_update"},
	# Duplicate detection reads a token table kept in step with every save (portal/similar_index.py).
	"Innovation": {
		"on_update": "inovasi_daerah.public_portal.similar_index.index_record",
		"on_trash": "inovasi_daerah.public_portal.similar_index.remove_record",
	},
}

# Daily (programme/): stale innovations, overdue consultation follow-ups, overdue action plan steps.
scheduler_events = {
	"daily": [
		"inovasi_daerah.programme.staleness.run_daily",
		"inovasi_daerah.programme.consultations.remind_overdue_follow_ups",
		"inovasi_daerah.programme.action_plan.remind_overdue_steps",
	]
}

override_doctype_class = {
	"Notification": "inovasi_daerah.overrides.notification.ScopedNotification",
	"File": "inovasi_daerah.overrides.file.EvidenceFile",
}

override_whitelisted_methods = {
	"frappe.model.workflow.apply_workflow": "inovasi_daerah.api.lifecycle.apply_workflow",
	"frappe.utils.global_search.search": "inovasi_daerah.access.paths.search",
	"frappe.client.get_count": "inovasi_daerah.access.paths.get_count",
	"frappe.desk.listview.get_group_by_count": "inovasi_daerah.access.paths.get_group_by_count",
	# The citizens' idea form gets its own rate limit, honeypot and upload checks (portal/ideas.py).
	"frappe.website.doctype.web_form.web_form.accept": "inovasi_daerah.public_portal.ideas.accept",
	# Exports of the app's records carry no live spreadsheet formula (overrides/exports.py).
	"frappe.desk.query_report.export_query": "inovasi_daerah.overrides.exports.report_export",
	"frappe.desk.reportview.export_query": "inovasi_daerah.overrides.exports.list_export",
	"frappe.core.doctype.data_export.exporter.export_data": "inovasi_daerah.overrides.exports.data_export_file",
	"frappe.core.doctype.data_import.data_import.download_template": "inovasi_daerah.overrides.exports.template_export",
	"frappe.utils.csvutils.send_csv_to_client": "inovasi_daerah.overrides.exports.client_csv",
}

# The public showcase: /inovasi/<name> is one published innovation (www/inovasi/detail.py).
website_route_rules = [{"from_route": "/inovasi/<name>", "to_route": "inovasi/detail"}]
