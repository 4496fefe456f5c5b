from frappe import _


def get_context(context):
	context.introduction_text = _(
		"Do you have an idea that would make a public service better? Tell the regional innovation team. "
		"You will get a tracking code to follow what happens to your idea. Your name and contact are seen "
		"only by the team and are never published."
	)
	# The form's script is rendered with this context; Frappe gives a web form's script only the
	# translations of its own fields, so the script's own sentences come from here.
	context.portal_messages = {
		"similarity": _("similarity"),
		"similar_innovations": _("Similar innovations already exist. Perhaps your idea is already running:"),
		"similar_ideas": _("{0} similar ideas from other citizens are already being handled."),
		"received": _(
			"Your idea was received. Your tracking code is {0}. Keep it to follow your idea on the status page."
		),
		"follow": _("Follow my idea"),
	}
