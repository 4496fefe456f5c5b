from frappe import _


def get_context(context):
	context.introduction_text = _(
		"Do you have an idea that would make a public service better? Tell the regional innovation team. "
		"You will get a tracking code to follow what happens to your idea. Your name and contact are seen "
		"only by the team and are never published."
	)
