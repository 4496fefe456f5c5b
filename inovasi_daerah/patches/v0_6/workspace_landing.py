"""0.6: the app's users who joined before it set their landing page get the workspace "Inovasi Daerah"
(only those without a default workspace; see access/landing.py)."""

from inovasi_daerah.access.landing import land_existing_users


def execute():
	land_existing_users()
