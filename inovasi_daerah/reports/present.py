"""How a Script Report hands its answer to Desk: columns, a chart and the summary row, built the same way
by every report. Labels arrive translated (written as _("...") where they are named, so they are extracted)."""


def column(fieldname: str, label: str, fieldtype: str = "Data", width: int = 120, options: str | None = None):
	spec = {"fieldname": fieldname, "label": label, "fieldtype": fieldtype, "width": width}
	if options:
		spec["options"] = options
	if fieldtype in ("Float", "Percent"):
		spec["precision"] = 2  # scores, indices and shares are reported to two decimals
	return spec


def chart(labels: list, datasets: list[tuple[str, list]], kind: str = "bar", **extra) -> dict:
	return {
		"data": {
			"labels": [str(label) for label in labels],
			"datasets": [{"name": name, "values": values} for name, values in datasets],
		},
		"type": kind,
		**extra,
	}


def figure(label: str, value, datatype: str = "Int", indicator: str = "Blue") -> dict:
	return {"label": label, "value": value, "datatype": datatype, "indicator": indicator}


def percent(part, whole) -> float | None:
	return round(100.0 * float(part or 0) / float(whole), 2) if whole else None
