// Frappe 16.0.0-dev (model.js, with_doctype) takes a form's metadata from the browser's cache on a second
// visit but restores only the parent DocType from it, not its child tables: the form then throws
// ("Table MultiSelect requires a Table with atleast one Link field") and grids lose their columns.
// Frappe 15 restores all of them. This script runs while the parent's metadata is being set up, before
// its form is drawn, and restores the missing child tables from the same cache entry.
(() => {
	for (const key of Object.keys(localStorage)) {
		if (!key.startsWith("_doctype:") || !locals.DocType[key.slice("_doctype:".length)]) continue;
		for (const doc of frappe.model.get_from_localstorage(key.slice("_doctype:".length)) || []) {
			if (doc.doctype === "DocType" && !locals.DocType[doc.name]) frappe.model.sync(doc);
		}
	}
})();
