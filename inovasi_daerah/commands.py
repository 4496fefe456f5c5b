import click
import frappe
from frappe.commands import get_site, pass_context


@click.command("inovasi-load-demo")
@pass_context
def load_demo(context):
	"""Load the fictional demo region (Kota Sukamaju) onto the site; safe to run twice."""
	from inovasi_daerah import demo

	site = get_site(context)
	frappe.init(site=site)
	frappe.connect()
	try:
		counts = demo.load()
		frappe.db.commit()
	finally:
		frappe.destroy()
	inserted = ", ".join(f"{doctype}: {count}" for doctype, count in counts.items() if doctype != "seconds")
	click.echo(f"Demo region loaded on {site} in {counts['seconds']} s. Inserted {inserted}.")


commands = [load_demo]
