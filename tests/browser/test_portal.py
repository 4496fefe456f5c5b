"""A citizen, on a phone, without an account: proposes an idea, follows it by its code, and looks through
the showcase of published innovations."""

import os
import re
import time

import pytest
from playwright.sync_api import expect


def test_a_guest_proposes_an_idea_on_a_phone_and_follows_it(person):
	guest = person(None, phone=True)
	guest.goto("/usulan-inovasi/new")
	form = guest.locator(".web-form")
	expect(form).to_be_visible()
	title = f"Tempat sampah pilah di pasar {time.time_ns()}"
	for fieldname, value in {
		"title": title,
		"location": "Pasar Sentral Sukamaju",
		"full_name": "Warga Sukamaju",
		"contact_email": "warga@example.com",
	}.items():
		form.locator(f'[data-fieldname="{fieldname}"] input').fill(value)
	form.locator('[data-fieldname="problem"] textarea').fill(
		"Sampah pasar bercampur dan menumpuk setiap sore."
	)
	form.locator('[data-fieldname="idea"] textarea').fill(
		"Sediakan tempat sampah terpilah dan jadwal angkut sore hari oleh petugas pasar."
	)
	form.locator('input[type=checkbox][data-fieldname="consent"]').check()
	honeypot = form.locator('.frappe-control[data-fieldname="homepage"]')
	expect(honeypot).not_to_be_in_viewport()  # people never see the trap for robots

	guest.locator(
		".web-form-actions .submit-btn, .web-form-footer .submit-btn, button.submit-btn"
	).first.click()
	code = guest.locator(".tracking-code").first
	expect(code).to_be_visible(timeout=30_000)
	tracking_code = code.inner_text().strip()
	assert re.fullmatch(r"UI-[A-Z0-9]{4}-[A-Z0-9]{4}", tracking_code), tracking_code

	# The link under the message opens the status page, answered from the code alone.
	guest.locator(f'a[href*="{tracking_code}"]').first.click()
	guest.wait_for_url("**/lacak-usulan?kode=*")
	page_text = guest.locator("main, .page-content, body").first.inner_text()
	assert tracking_code in page_text and "Baru" in page_text


# Frappe 15 renders a guest's www pages in English whatever the browser asks for (Accept-Language and the
# preferred_language cookie were ignored in a check with curl; `?_lang=id` works). Known, not yet fixed.
FRAPPE_15 = os.environ.get("INOVASI_FRAPPE_VERSION", "").startswith("15.")


@pytest.mark.xfail(FRAPPE_15, reason="Frappe 15 serves guests' www pages in English", strict=True)
def test_a_wrong_code_is_answered_in_indonesian(person):
	guest = person(None, phone=True)
	guest.goto("/lacak-usulan?kode=UI-AAAA-AAAA")
	expect(guest.locator(".alert-warning")).to_contain_text("kode", timeout=5_000)


def test_the_showcase_lists_and_opens_a_published_innovation(person):
	guest = person(None, phone=True)
	guest.goto("/inovasi")
	items = guest.locator(".showcase-item")
	expect(items.first).to_be_visible()
	assert items.count() >= 1
	first = items.first.locator("h3 a")
	title = first.inner_text().strip()
	first.click()
	guest.wait_for_url(re.compile(r".*/inovasi/[^/?]+$"))
	expect(guest.locator("h1").first).to_contain_text(title[:40])

	# Searching by a word of its title finds it again.
	guest.goto("/inovasi")
	guest.locator('input[name="q"]').fill(title.split()[0])
	guest.locator(".showcase-filters button[type=submit]").click()
	expect(guest.locator(".showcase-item h3 a", has_text=title).first).to_be_visible()
