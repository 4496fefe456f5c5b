"""The public portal on an existing site: the similarity tables, every innovation indexed, the notification
that tells citizens what happened to their idea (inserted if missing)."""

from inovasi_daerah.public_portal import similar_index
from inovasi_daerah.setup.install import create_notifications


def execute():
	similar_index.create_tables()
	similar_index.rebuild()
	create_notifications()
