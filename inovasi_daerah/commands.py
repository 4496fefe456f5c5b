import click
import frappe
from frappe.commands import get_site, pass_context

LIFECYCLE = "Innovation Lifecycle"


def on_site(context, work):
	"""Run work() connected to the command's site and commit; return its result."""
	site = get_site(context)
	frappe.init(site=site)
	frappe.connect()
	try:
		result = work()
		frappe.db.commit()
		return site, result
	finally:
		frappe.destroy()


@click.command("inovasi-load-demo")
@pass_context
def load_demo(context):
	"""Load the fictional demo region (Kota Sukamaju) onto the site; safe to run twice."""
	from inovasi_daerah.demo import loader as demo

	site, counts = on_site(context, demo.load)
	inserted = ", ".join(f"{doctype}: {count}" for doctype, count in counts.items() if doctype != "seconds")
	click.echo(f"Demo region loaded on {site} in {counts['seconds']} s. Inserted {inserted}.")


@click.command("inovasi-workflow-diff")
@click.argument("workflow", default=LIFECYCLE)
@pass_context
def workflow_diff(context, workflow):
	"""List how the site's workflow differs from the one the app ships."""
	from inovasi_daerah.lifecycle.workflows import workflow_differences

	site, lines = on_site(context, lambda: workflow_differences(workflow))
	click.echo("\n".join(lines) if lines else f"{workflow} on {site} is as shipped.")


@click.command("inovasi-workflow-restore")
@click.argument("workflow", default=LIFECYCLE)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_context
def workflow_restore(context, workflow, yes):
	"""Replace the site's workflow with the shipped definition, discarding administrators' changes."""
	from inovasi_daerah.lifecycle.workflows import restore_workflow

	if not yes:
		click.confirm(
			f"Discard every local change to {workflow} and restore the shipped definition?", abort=True
		)
	site, _ = on_site(context, lambda: restore_workflow(workflow))
	click.echo(f"{workflow} restored on {site}.")


@click.command("inovasi-openapi")
@click.option(
	"--output",
	type=click.Path(dir_okay=False, writable=True),
	help="Write the description to this file (the repository keeps it in docs/openapi.json).",
)
@pass_context
def openapi(context, output):
	"""Print the OpenAPI 3.1 description of the site's API (from a clean install: docs/openapi.json)."""
	from inovasi_daerah.openapi.spec import build_document, dumps

	site, document = on_site(context, build_document)
	if not output:
		click.echo(dumps(document), nl=False)
		return
	with open(output, "w", encoding="utf-8") as file:
		file.write(dumps(document))
	click.echo(
		f"OpenAPI description of {site} written to {output} ({len(document['paths'])} paths).", err=True
	)


commands = [load_demo, workflow_diff, workflow_restore, openapi]
