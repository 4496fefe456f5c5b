// Citizens' idea form: similar published innovations while typing, the honeypot kept out of reach, and the
// tracking code shown after sending (portal/duplicates.py, portal/ideas.py).
// This file is rendered as a Jinja template: MESSAGES holds its sentences in the reader's language.
const MESSAGES = {{ portal_messages | tojson }};
const say = (text, ...args) => text.replace(/\{(\d+)\}/g, (match, index) => args[index]);

frappe.ready(() => {
	const form = frappe.web_form;
	const honeypot = form.fields_dict.homepage;
	if (honeypot) {
		honeypot.$input.attr({ tabindex: "-1", autocomplete: "off", "aria-hidden": "true" });
	}

	const $panel = $('<div class="similar-ideas" aria-live="polite"></div>');
	$panel.insertAfter(form.fields_dict.idea.$wrapper);
	let timer = null;
	const look_up = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			const values = form.get_values(true) || {};
			const typed = [values.title, values.problem, values.idea].filter(Boolean).join(" ");
			if (typed.length < 15) {
				$panel.empty();
				return;
			}
			frappe.call({
				method: "inovasi_daerah.api.portal.similar_for_citizen",
				args: { title: values.title, problem: values.problem, idea: values.idea },
				callback: (r) => show_similar(r.message || {}),
			});
		}, 600);
	};
	const show_similar = ({ innovations = [], ideas = 0 }) => {
		if (!innovations.length && !ideas) {
			$panel.empty();
			return;
		}
		const escape = frappe.utils.escape_html;
		const items = innovations
			.map(
				(item) =>
					`<li><a href="${encodeURI(item.url)}" target="_blank">${escape(item.title)}</a>
					<span class="text-muted">(${escape(item.agency || "")}, ${MESSAGES.similarity} ${Math.round(item.score)}%)</span></li>`
			)
			.join("");
		const heading = innovations.length
			? `<p><b>${MESSAGES.similar_innovations}</b></p><ul>${items}</ul>`
			: "";
		const pending = ideas
			? `<p class="text-muted">${say(MESSAGES.similar_ideas, ideas)}</p>`
			: "";
		$panel.html(`<div class="alert alert-info">${heading}${pending}</div>`);
	};
	["title", "problem", "idea"].forEach((field) => form.on(field, look_up));

	const show_success = form.handle_success.bind(form);
	form.handle_success = (data) => {
		show_success(data);
		if (data && data.tracking_code) {
			const code = frappe.utils.escape_html(data.tracking_code);
			const link = `/lacak-usulan?kode=${encodeURIComponent(data.tracking_code)}`;
			$(".success-message").html(
				`${say(MESSAGES.received, `<b class="tracking-code">${code}</b>`)}
				<br><a href="${link}">${MESSAGES.follow}</a>`
			);
		}
	};
});
