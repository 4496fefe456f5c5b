app_name = "inovasi_daerah"
app_title = "Inovasi Daerah"
app_publisher = "Inovasi Daerah developers"
app_description = (
	"Regional innovation management for Indonesian regional governments: PP 38/2017 lifecycle, "
	"Laboratorium Inovasi and the Indeks Inovasi Daerah"
)
app_email = "dev@inovasi-daerah.invalid"
app_license = "mit"

after_install = "inovasi_daerah.install.after_install"

# Shared form code, appended to these doctypes' form scripts at runtime (no asset build needed).
doctype_js = {"Innovation": "public/js/iid_projection.js", "Region": "public/js/iid_projection.js"}

# Workflows, workflow states and role permissions are never shipped as fixtures: migrate would
# force-reimport them and wipe what an administrator changed (see install.py).

after_migrate = "inovasi_daerah.install.compile_translations"

permission_query_conditions = {
	"Workflow Action": "inovasi_daerah.permissions.workflow_action_query",
	"Stage Review": "inovasi_daerah.permissions.stage_review_query",
}

has_permission = {
	"Workflow Action": "inovasi_daerah.permissions.workflow_action_permission",
	"Stage Review": "inovasi_daerah.permissions.stage_review_permission",
}

override_whitelisted_methods = {
	"frappe.model.workflow.apply_workflow": "inovasi_daerah.api.apply_workflow",
}
