"""Reading a sender whose name carries academic titles (inovasi_daerah/overrides/mail.py), without Frappe."""

from types import SimpleNamespace

import pytest

from inovasi_daerah.overrides.mail import read_titled_sender


def communication(sender, sender_full_name=None):
	return SimpleNamespace(sender=sender, sender_full_name=sender_full_name)


@pytest.mark.parametrize(
	("sender", "name", "address"),
	[
		('"Sri Astuti, S.E." <sri@sukamaju.demo>', "Sri Astuti, S.E.", "sri@sukamaju.demo"),
		(
			'"H. Rahmat Hidayat Siregar, S.E., M.Si." <rahmat@sukamaju.demo>',
			"H. Rahmat Hidayat Siregar, S.E., M.Si.",
			"rahmat@sukamaju.demo",
		),
	],
)
def test_a_quoted_titled_name_is_read_as_one_address(sender, name, address):
	doc = communication(sender)
	read_titled_sender(doc)
	assert (doc.sender, doc.sender_full_name) == (address, name)


@pytest.mark.parametrize(
	"sender",
	[
		"sri@sukamaju.demo",  # no name: Frappe's own check is right
		"Sri Astuti <sri@sukamaju.demo>",  # no comma
		"Sri Astuti, S.E. <sri@sukamaju.demo>",  # unquoted: two addresses, left for Frappe to refuse
		"a@sukamaju.demo, b@sukamaju.demo",  # two senders
		"",
		None,
	],
)
def test_other_senders_are_left_to_frappe(sender):
	doc = communication(sender)
	read_titled_sender(doc)
	assert (doc.sender, doc.sender_full_name) == (sender, None)


def test_a_name_already_given_is_kept():
	doc = communication('"Sri Astuti, S.E." <sri@sukamaju.demo>', "Sri")
	read_titled_sender(doc)
	assert (doc.sender, doc.sender_full_name) == ('"Sri Astuti, S.E." <sri@sukamaju.demo>', "Sri")
