"""The token table behind duplicate detection, and the lookup that reads it.

Two plain tables (like Frappe's own `__global_search`, they are no DocType, so no REST path reaches them):
- `__inovasi_similar_doc`: one row per indexed Innovation or Public Idea: its region, title and signature
  (normalised, stemmed text, see portal/text.py);
- `__inovasi_similar_token`: one row per distinct stem of a record, indexed by (region, token).
A lookup finds candidates through the rarest stems of the text, then re-ranks them with the fuzzy metric.
Rows are written in the record's own transaction, so a rolled-back save leaves no token behind.
"""

import frappe

from inovasi_daerah.public_portal import text

DOC_TABLE = "__inovasi_similar_doc"
TOKEN_TABLE = "__inovasi_similar_token"
# A stem found in more records than this within the region says little; the lookup skips it when it can.
COMMON_POSTINGS = 2_000
# Postings read of each common stem when too few rare ones are there: a sample, the rare ones come first.
COMMON_SAMPLE = 500
# Stems and candidates a lookup reads at most.
QUERY_TOKENS = 10
CANDIDATES = 200
# The fields whose words a record is matched on, per indexed DocType (the forms' script lists the same).
TEXT_FIELDS = {"Innovation": ("title", "problem", "summary"), "Public Idea": ("title", "problem", "idea")}
INDEXED = tuple(TEXT_FIELDS)


def create_tables():
	"""Create the two tables and their indexes if missing (after_install, after_migrate); works on
	MariaDB and SQLite."""
	engine = " engine=InnoDB default charset=utf8mb4" if frappe.db.db_type == "mariadb" else ""
	frappe.db.sql_ddl(
		f"""create table if not exists `{DOC_TABLE}` (
			`doctype` varchar(64) not null,
			`name` varchar(140) not null,
			`region` varchar(140),
			`title` varchar(255),
			`signature` text,
			primary key (`doctype`, `name`)
		){engine}"""
	)
	frappe.db.sql_ddl(
		f"""create table if not exists `{TOKEN_TABLE}` (
			`region` varchar(140),
			`token` varchar(40) not null,
			`doctype` varchar(64) not null,
			`name` varchar(140) not null
		){engine}"""
	)
	for table, index, columns in (
		(TOKEN_TABLE, "similar_token_region_token", "`region`, `token`"),
		(TOKEN_TABLE, "similar_token_record", "`doctype`, `name`"),
		(DOC_TABLE, "similar_doc_region", "`region`"),
	):
		frappe.db.sql_ddl(f"create index if not exists `{index}` on `{table}` ({columns})")


def indexed_text(doc) -> tuple[str, str]:
	"""(title, signature) of an Innovation or Public Idea."""
	return doc.get("title"), text.signature(*(doc.get(field) for field in TEXT_FIELDS[doc.doctype]))


def index_record(doc, method=None):
	"""on_update of Innovation and Public Idea: replace the record's rows."""
	remove_record(doc)
	title, signature = indexed_text(doc)
	index_many([(doc.doctype, doc.name, doc.region, title, signature)])


def index_many(records: list[tuple], batch: int = 500):
	"""Insert the rows of records not indexed yet: (doctype, name, region, title, signature) each."""
	for start in range(0, len(records), batch):
		chunk = records[start : start + batch]
		insert_rows(
			DOC_TABLE,
			("doctype", "name", "region", "title", "signature"),
			[
				(doctype, name, region, (title or "")[:255], signature)
				for doctype, name, region, title, signature in chunk
			],
		)
		insert_rows(
			TOKEN_TABLE,
			("region", "token", "doctype", "name"),
			[
				(region, token, doctype, name)
				for doctype, name, region, _title, signature in chunk
				for token in text.index_tokens(signature)
			],
		)


def insert_rows(table: str, columns: tuple[str, ...], rows: list[tuple], batch: int = 1000):
	row_placeholder = "(" + ", ".join(["%s"] * len(columns)) + ")"
	names = ", ".join(f"`{column}`" for column in columns)
	for start in range(0, len(rows), batch):
		chunk = rows[start : start + batch]
		frappe.db.sql(
			f"insert into `{table}` ({names}) values {', '.join([row_placeholder] * len(chunk))}",
			[value for row in chunk for value in row],
		)


def remove_record(doc, method=None):
	for table in (DOC_TABLE, TOKEN_TABLE):
		frappe.db.sql(f"delete from `{table}` where `doctype` = %s and `name` = %s", (doc.doctype, doc.name))


def rebuild(doctypes=INDEXED, batch: int = 2_000):
	"""Index every record again (a patch on existing sites, and after a change of the text rules)."""
	for doctype in doctypes:
		for table in (DOC_TABLE, TOKEN_TABLE):
			frappe.db.sql(f"delete from `{table}` where `doctype` = %s", doctype)
		start = 0
		while rows := frappe.get_all(
			doctype,
			fields=["name", "region", *TEXT_FIELDS[doctype]],
			order_by="name",
			limit_start=start,
			limit_page_length=batch,
		):
			index_many(
				[
					(doctype, row.name, row.region, *indexed_text(frappe._dict(row, doctype=doctype)))
					for row in rows
				]
			)
			start += batch


def similar(region: str | None, query: str, exclude: tuple[str, str] | None = None, limit: int = 5):
	"""Records of the region whose text is like `query`, best first: dicts of doctype, name, title, score.
	Only records scoring at least text.DUPLICATE_THRESHOLD are returned; nothing is permission-filtered here."""
	signature = text.signature(query)
	tokens = text.index_tokens(signature)
	if not region or not tokens:
		return []
	postings = token_postings(region, tokens)
	rare, common = rarest(postings)
	# Records sharing the rare stems come first; a sample of those sharing the common ones fills up.
	candidates = candidate_records(region, rare) if rare else []
	if common and len(candidates) < CANDIDATES:
		seen = {(c.doctype, c.name) for c in candidates}
		sample = candidate_records(region, common, per_stem=COMMON_SAMPLE)
		candidates += [c for c in sample if (c.doctype, c.name) not in seen]
	if exclude:
		candidates = [c for c in candidates if (c.doctype, c.name) != tuple(exclude)]
	# A stem shared with few records of the region says more than one shared with many.
	total = region_size(region)
	weights = {token: text.idf(postings.get(token, 0), total) for token in tokens}
	scored = []
	for row in signatures_of(candidates):
		score = text.similarity(signature, row.signature, weights)
		if score >= text.DUPLICATE_THRESHOLD:
			scored.append(frappe._dict(doctype=row.doctype, name=row.name, title=row.title, score=score))
	scored.sort(key=lambda hit: (-hit.score, hit.doctype, hit.name))
	return scored[:limit] if limit else scored


def candidate_records(region: str, chosen: list[str], per_stem: int = COMMON_POSTINGS) -> list:
	"""The records holding most of the chosen stems: (doctype, name, hits), at most CANDIDATES.
	Each stem's postings are read up to `per_stem` rows: complete for the rare stems a lookup prefers, a
	bounded sample for common ones, so a text of common words costs no more than any other."""
	postings_of = " union all ".join(
		[
			f"""select * from (select `doctype`, `name` from `{TOKEN_TABLE}` where `region` = %s and `token` = %s
			limit {int(per_stem)}) as p{index}"""
			for index in range(len(chosen))
		]
	)
	return frappe.db.sql(
		f"""select `doctype`, `name`, count(*) as hits from ({postings_of}) as postings
		group by `doctype`, `name` order by hits desc limit {CANDIDATES}""",
		[value for token in chosen for value in (region, token)],
		as_dict=True,
	)


def token_postings(region: str, tokens: list[str]) -> dict[str, int]:
	"""How many records of the region hold each stem, counted up to COMMON_POSTINGS + 1 (index range reads
	that stop early, in one query), so a stem found everywhere costs no more than a rare one."""
	counts = " union all ".join(
		[
			f"""select %s as token, count(*) as postings from (select 1 from `{TOKEN_TABLE}`
			where `region` = %s and `token` = %s limit {COMMON_POSTINGS + 1}) as c{index}"""
			for index in range(len(tokens))
		]
	)
	rows = frappe.db.sql(counts, [value for token in tokens for value in (token, region, token)])
	return {token: postings for token, postings in rows}


def rarest(postings: dict[str, int]) -> list[str]:
	"""The stems a lookup reads: (up to QUERY_TOKENS rare ones, rarest first; the least common of the
	others, topping the rare ones up to three)."""
	found = sorted((count, token) for token, count in postings.items() if count)
	rare = [token for count, token in found if count <= COMMON_POSTINGS][:QUERY_TOKENS]
	# One or two rare stems may be a typo or a name: the least common of the others join them.
	common = [token for count, token in found if count > COMMON_POSTINGS]
	return rare, common[: max(0, 3 - len(rare))]


def region_size(region: str) -> int:
	"""How many records the region holds, for the weights: counting 200,000 index entries costs tens of
	milliseconds on MariaDB, and the weights need only the order of magnitude, so it is kept for an hour."""
	key = f"inovasi_similar_region_size:{region}"
	size = frappe.cache.get_value(key)
	if size is None:
		size = frappe.db.sql(f"select count(*) from `{DOC_TABLE}` where `region` = %s", region)[0][0]
		frappe.cache.set_value(key, size, expires_in_sec=60 * 60)
	return size


def signatures_of(candidates) -> list:
	rows = []
	for doctype in {c.doctype for c in candidates}:
		names = [c.name for c in candidates if c.doctype == doctype]
		placeholders = ", ".join(["%s"] * len(names))
		rows += frappe.db.sql(
			f"""select `doctype`, `name`, `title`, `signature` from `{DOC_TABLE}`
			where `doctype` = %s and `name` in ({placeholders})""",
			[doctype, *names],
			as_dict=True,
		)
	return rows
