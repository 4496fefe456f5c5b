"""Who sees and changes what: one access model for every DocType of the app and every path to it.

- `model`: how a record of each DocType belongs to an agency and a region (one line per DocType).
- `scope`: which agencies and regions a user may reach, from the agencies' and regions' members.
- `rules`: the permission query conditions and `has_permission` checks derived from the two.
- `integrity`: system-kept fields and input checks that every write passes through.
"""
