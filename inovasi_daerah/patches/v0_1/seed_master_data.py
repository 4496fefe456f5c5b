from inovasi_daerah.setup.install import seed_master_data


def execute():
	# Insert-if-missing: re-running never overwrites what an administrator changed.
	seed_master_data()
