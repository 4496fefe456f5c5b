"""The lifecycle holes closed by the access issue, the IID submission guard and lock, figures that never go
stale, and concurrent or stale workflow actions. Each refusal is checked to have changed nothing."""

import frappe
import pytest

from inovasi_daerah.iid import freshness
from tests.integration.helpers import rest_at_once
from tests.integration.workflow_helpers import (
	act,
	action_call,
	assign_review,
	build_world,
	create,
	error_text,
	review,
	state,
	tear_down,
	update,
)

LEGAL_BASIS = {
	"legal_basis_type": "SK Kepala Daerah",
	"legal_basis_number": "SK 7/2026",
	"legal_basis_date": "2026-02-01",
}


@pytest.fixture(scope="module")
def world():
	built = build_world()
	yield built
	frappe.db.rollback()
	frappe.db.delete("Review Criteria Set", {"criteria_set_name": "Gerbang Uji Tambahan"})
	agencies = [built.dinkes, built.disdik]
	# Unlock sent submissions, delete the rows (which refresh their submission), then the submissions.
	frappe.db.set_value("IID Submission", {"agency": ("in", agencies)}, "workflow_state", "Draf")
	for name in frappe.get_all("Innovation Indicator", filters={"agency": ("in", agencies)}, pluck="name"):
		frappe.delete_doc("Innovation Indicator", name, force=True)
	for name in frappe.get_all("IID Submission", filters={"agency": ("in", agencies)}, pluck="name"):
		frappe.db.delete("Workflow Action", {"reference_name": name})
		frappe.delete_doc("IID Submission", name, force=True)
	frappe.db.commit()
	tear_down(built)


def ok(response):
	assert response.status_code == 200, error_text(response)
	frappe.db.rollback()
	return response


def refused(response, text):
	assert response.status_code in (403, 409, 417), response.text
	assert text in error_text(response), error_text(response)


def snapshot(
	name, fields=("workflow_state", "revision_note", "feasibility_gate", "review_round", "modified")
):
	frappe.db.rollback()
	return frappe.db.get_value("Innovation", name, list(fields), as_dict=True)


def in_feasibility(world, title, initiator="Perangkat Daerah"):
	name = create(world, title=title, initiator_type=initiator)
	ok(act(world, "operator", name, "Ajukan"))
	assert state(name) == "Evaluasi Kelayakan"
	return name


# ------------------------------------------------------------------ lifecycle holes


@pytest.mark.parametrize(
	"action, next_state", [("Minta Revisi", "Revisi"), ("Nyatakan Tidak Layak", "Tidak Layak")]
)
def test_independent_reviewers_of_a_kdh_proposal_return_or_reject_it(world, action, next_state):
	name = in_feasibility(world, f"Usulan KDH {action}", "Kepala Daerah")
	refused(act(world, "reviewer", name, action), "Reason for Revision")
	ok(
		act(
			world,
			"reviewer",
			name,
			action,
			workflow_state="Evaluasi Kelayakan",
			revision_note="Data dukung kurang",
		)
	)
	after = snapshot(name)
	assert (after.workflow_state, after.revision_note) == (next_state, "Data dukung kurang")


def test_a_pass_does_not_survive_a_revision(world):
	name = in_feasibility(world, "Putaran review")
	review(world, "reviewer", name, "Kelayakan")
	assert snapshot(name).feasibility_gate == "Lulus"
	ok(act(world, "verifier", name, "Minta Revisi", revision_note="Perbaiki anggaran"))
	after = snapshot(name)
	assert (after.review_round, after.feasibility_gate or "") == (2, "")
	ok(act(world, "operator", name, "Ajukan Ulang"))
	before = snapshot(name)
	refused(act(world, "verifier", name, "Nyatakan Layak"), "0 of 1 required reviews")
	assert snapshot(name) == before
	review(world, "reviewer", name, "Kelayakan")  # the same reviewer reviews again in the new round
	ok(act(world, "verifier", name, "Nyatakan Layak"))
	assert state(name) == "Menunggu Penetapan"


def test_the_legal_basis_cannot_be_cleared_once_set(world):
	name = in_feasibility(world, "Dasar hukum tetap")
	review(world, "reviewer", name, "Kelayakan")
	ok(act(world, "verifier", name, "Nyatakan Layak"))
	ok(act(world, "kdh", name, "Tetapkan", **LEGAL_BASIS))
	before = snapshot(name, ("legal_basis_number", "modified"))
	refused(update(world, "operator", name, legal_basis_number=""), "cannot be cleared")
	assert snapshot(name, ("legal_basis_number", "modified")) == before


def test_an_own_draft_review_hides_the_other_scores_whatever_the_roles(world):
	"""`maker` is operator and verifier; with a review of their own in draft they see no other score."""
	from tests.integration.helpers import rest

	name = in_feasibility(world, "Review mandiri")
	other, _ = review(world, "reviewer", name, "Kelayakan")
	assert rest("GET", f"/api/resource/Stage Review/{other}", world.tokens["verifier2"]).status_code == 200
	ok(assign_review(world, "verifier2", name, "Kelayakan"))
	assert rest("GET", f"/api/resource/Stage Review/{other}", world.tokens["verifier2"]).status_code == 403
	listing = rest(
		"GET",
		"/api/resource/Stage Review",
		world.tokens["verifier2"],
		query_string={"filters": f'[["innovation","=","{name}"]]', "fields": '["name","weighted_total"]'},
	)
	assert other not in {row["name"] for row in listing.json["data"]}


def test_a_gate_added_by_an_administrator_is_enforced(world):
	name = in_feasibility(world, "Gerbang tambahan")
	review(world, "reviewer", name, "Kelayakan")
	ok(act(world, "verifier", name, "Nyatakan Layak"))
	ok(act(world, "kdh", name, "Tetapkan", **LEGAL_BASIS))
	frappe.get_doc(
		{
			"doctype": "Review Criteria Set",
			"criteria_set_name": "Gerbang Uji Tambahan",
			"gate": "Lab Inovasi: Design",
			"opens_from_state": "Ditetapkan",
			"opens_to_state": "Uji Coba",
			"is_active": 1,
			"min_reviews": 1,
			"min_average": 60,
			"criteria": [{"criterion": "Rencana aksi lengkap", "weight": 100}],
		}
	).insert()
	frappe.db.commit()
	refused(
		act(world, "operator", name, "Mulai Uji Coba", trial_start_date="2026-03-01"), "Lab Inovasi: Design"
	)
	assert state(name) == "Ditetapkan"
	review(world, "reviewer", name, "Lab Inovasi: Design")
	ok(act(world, "operator", name, "Mulai Uji Coba", trial_start_date="2026-03-01"))
	assert state(name) == "Uji Coba"


# ------------------------------------------------------------------ concurrency


def test_a_stale_click_is_refused_and_changes_nothing(world):
	name = in_feasibility(world, "Klik basi")
	ok(act(world, "verifier", name, "Minta Revisi", revision_note="Lengkapi"))
	before = snapshot(name)
	# The operator's screen still shows Evaluasi Kelayakan; a second verifier clicks an old button.
	refused(
		act(
			world,
			"verifier2",
			name,
			"Minta Revisi",
			workflow_state="Evaluasi Kelayakan",
			revision_note="Lagi",
		),
		"moved on",
	)
	assert snapshot(name) == before


def test_two_users_acting_at_once_give_one_transition(world):
	name = in_feasibility(world, "Bersamaan")
	clickers = ("verifier", "verifier2")
	responses = dict(
		zip(
			clickers,
			rest_at_once(
				[
					action_call(
						world,
						who,
						name,
						"Minta Revisi",
						workflow_state="Evaluasi Kelayakan",
						revision_note=f"Oleh {who}",
					)
					for who in clickers
				]
			),
			strict=True,
		)
	)
	codes = sorted(response.status_code for response in responses.values())
	assert codes[0] == 200 and codes[1] in (409, 417), {
		k: (r.status_code, r.text[:300]) for k, r in responses.items()
	}
	loser = next(r for r in responses.values() if r.status_code != 200)
	assert "moved on" in error_text(loser) or "same moment" in error_text(loser)
	after = snapshot(name)
	assert (after.workflow_state, after.review_round) == ("Revisi", 2)
	frappe.db.rollback()
	comments = frappe.get_all(
		"Comment", filters={"reference_name": name, "comment_type": "Workflow"}, pluck="content"
	)
	assert comments.count("Revisi") == 1


# ------------------------------------------------------------------ IID submission


@pytest.fixture(scope="module")
def iid(world):
	period = frappe.db.get_value("Assessment Period", {"year": 2026})
	indicators = frappe.get_all(
		"IID Indicator", filters={"period": period, "aspect": "SID"}, pluck="name", order_by="number"
	)
	name = create(world, title="Pengajuan IID", implementation_date="2026-01-15")
	row = frappe.get_doc(
		{
			"doctype": "Innovation Indicator",
			"innovation": name,
			"indicator": indicators[0],
			"level": "2",
			"evidence": [{"link": "https://bukti.test/1", "evidence_year": 2026}],
		}
	).insert()
	frappe.db.commit()
	submission = frappe.db.get_value("IID Submission", {"innovation": name, "period": period})
	return frappe._dict(
		period=period, innovation=name, row=row.name, submission=submission, indicators=indicators
	)


def submission_state(name):
	frappe.db.rollback()
	return frappe.db.get_value("IID Submission", name, "workflow_state")


def test_iid_submission_follows_its_workflow_on_the_server(world, iid):
	from tests.integration.helpers import rest

	path = f"/api/resource/IID Submission/{iid.submission}"
	refused(rest("PUT", path, world.tokens["operator"], json={"workflow_state": "Terkirim"}), "no step")
	refused(act(world, "verifier", iid.submission, "Ajukan", doctype="IID Submission"), "Only")
	ok(act(world, "operator", iid.submission, "Ajukan", doctype="IID Submission"))
	assert submission_state(iid.submission) == "Diajukan"


def test_a_sent_submission_locks_its_indicator_rows_until_returned(world, iid):
	from tests.integration.helpers import rest

	frappe.db.set_value("IID Submission", iid.submission, "workflow_state", "Terkirim")
	frappe.db.commit()
	before = frappe.db.get_value("Innovation Indicator", iid.row, ["level", "modified"], as_dict=True)
	refused(
		rest(
			"PUT",
			f"/api/resource/Innovation Indicator/{iid.row}",
			world.tokens["operator"],
			json={"level": "3"},
		),
		"locked",
	)
	refused(
		rest("DELETE", f"/api/resource/Innovation Indicator/{iid.row}", world.tokens["manager"]), "locked"
	)
	frappe.db.rollback()
	assert frappe.db.get_value("Innovation Indicator", iid.row, ["level", "modified"], as_dict=True) == before
	ok(
		act(
			world,
			"verifier",
			iid.submission,
			"Kembalikan",
			doctype="IID Submission",
			revision_note="Bukti kurang",
		)
	)
	assert submission_state(iid.submission) == "Revisi"
	ok(
		rest(
			"PUT",
			f"/api/resource/Innovation Indicator/{iid.row}",
			world.tokens["operator"],
			json={"level": "3"},
		)
	)


# ------------------------------------------------------------------ no stale figure


def test_a_verified_row_repointed_to_another_indicator_goes_back_to_menunggu(world, iid):
	row = frappe.get_doc("Innovation Indicator", iid.row)
	row.verification_status = "Diterima"
	row.save()
	row.reload()
	assert row.verified_by == "Administrator"
	row.indicator = iid.indicators[1]
	row.save()
	assert (row.verification_status, row.verified_by, row.verified_score) == ("Menunggu", None, 0)


def test_moving_an_innovation_moves_its_copies(world, iid):
	doc = frappe.get_doc("Innovation", iid.innovation)
	doc.agency = world.disdik
	doc.title = "Pengajuan IID pindah"
	doc.save()
	for doctype in ("Innovation Indicator", "IID Submission"):
		values = frappe.db.get_value(doctype, {"innovation": iid.innovation}, ["agency", "innovation_title"])
		assert values == (world.disdik, "Pengajuan IID pindah"), doctype


def test_a_catalogue_weight_change_rescores_rows_and_submissions(world, iid):
	indicator = frappe.get_doc(
		"IID Indicator", frappe.db.get_value("Innovation Indicator", iid.row, "indicator")
	)
	indicator.weight = indicator.weight + 1
	indicator.save()
	row = frappe.db.get_value(
		"Innovation Indicator", iid.row, ["weight", "claimed_score", "level"], as_dict=True
	)
	assert row.weight == indicator.weight
	assert row.claimed_score == indicator.weight * int(row.level)
	claimed = frappe.db.get_value("IID Submission", iid.submission, "claimed_score")
	assert (
		claimed
		== frappe.db.sql(
			"select sum(claimed_score) from `tabInnovation Indicator` where innovation=%s", iid.innovation
		)[0][0]
	)


def test_a_mandatory_flag_or_window_change_refreshes_eligibility(world, iid):
	indicator = frappe.get_doc("IID Indicator", iid.indicators[5])
	indicator.is_mandatory = 0 if indicator.is_mandatory else 1
	indicator.save()
	missing = frappe.db.get_value("IID Submission", iid.submission, "missing_mandatory") or ""
	assert (indicator.indicator_name in missing) == bool(indicator.is_mandatory)
	# The innovation was implemented on 2026-01-15: a window that takes it in, then one that leaves it out.
	period = frappe.get_doc("Assessment Period", iid.period)
	original_end = period.implementation_window_end
	period.implementation_window_end = "2026-12-31"
	period.save()
	assert "window" not in (frappe.db.get_value("IID Submission", iid.submission, "eligibility_notes") or "")
	period.implementation_window_end = original_end
	period.save()
	assert "window" in frappe.db.get_value("IID Submission", iid.submission, "eligibility_notes")


def test_a_large_refresh_runs_in_the_background_and_says_so(world, iid, monkeypatch):
	enqueued = []
	monkeypatch.setattr(freshness, "INLINE_LIMIT", 0)
	monkeypatch.setattr(frappe, "enqueue", lambda method, **kwargs: enqueued.append((method, kwargs)))
	period = frappe.get_doc("Assessment Period", iid.period)
	period.min_design_words = (period.min_design_words or 0) + 1
	period.save()
	assert enqueued and enqueued[0][0] == "inovasi_daerah.iid.freshness.refresh_period"
	assert enqueued[0][1]["job_id"] == freshness.refresh_job_id(iid.period)
	assert any("background" in str(m) for m in frappe.local.message_log)
