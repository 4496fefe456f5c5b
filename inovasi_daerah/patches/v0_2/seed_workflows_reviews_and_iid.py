from inovasi_daerah.setup.install import seed_master_data


def execute():
	# Sites installed before 0.2 get the lifecycle and submission workflows, review criteria sets,
	# notifications and the IID 2026 catalogue; insert-if-missing, so nothing an admin changed is touched.
	seed_master_data()
