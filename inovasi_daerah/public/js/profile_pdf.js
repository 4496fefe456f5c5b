// Loaded with the Innovation form (hooks.py doctype_js): the one-page profile as a PDF, rendered on the server
// with WeasyPrint, since Frappe's own PDF path needs a patched wkhtmltopdf. Its own refresh handler, so the
// form's other handlers stay.
frappe.ui.form.on("Innovation", {
	refresh(frm) {
		if (frm.is_new()) return;
		frm.add_custom_button(
			__("Download PDF"),
			() =>
				window.open(
					`/api/method/inovasi_daerah.api.lifecycle.download_pdf?${new URLSearchParams({ name: frm.doc.name })}`
				),
			__("Print")
		);
	},
});
