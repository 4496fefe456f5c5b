"""Mail sent by people whose names carry academic titles ("Sri Astuti, S.E., M.Si."), as most civil
servants' names do."""

from email.utils import getaddresses


def read_titled_sender(doc, method=None):
	"""Communication `before_validate`. Frappe builds a user's sender as '"Sri Astuti, S.E." <address>'
	(quoted, as RFC 5322 wants) and then checks it by splitting at commas, which refuses it: every
	notification such a person set off was dropped and the form's email failed (Frappe 15 and 16). The
	address is read as RFC 5322 reads it, and Frappe gets the two parts it would have taken from it."""
	if doc.sender_full_name or not doc.sender or "," not in doc.sender:
		return
	addresses = getaddresses([doc.sender])
	if len(addresses) == 1 and addresses[0][1]:
		name, address = addresses[0]
		doc.sender, doc.sender_full_name = address, name or None
