"""The app's seven roles (DESIGN.md, "Who uses it"); no other role may appear in its definitions."""

OPERATOR = "Innovation Operator"
AGENCY_HEAD = "Agency Head"
VERIFIER = "Innovation Verifier"
REVIEWER = "Innovation Reviewer"
REGIONAL_HEAD = "Regional Head"
MANAGER = "Innovation Manager"
VIEWER = "Innovation Viewer"

ROLES = (OPERATOR, AGENCY_HEAD, VERIFIER, REVIEWER, REGIONAL_HEAD, MANAGER, VIEWER)

# Bound to the agencies a user is head or staff of (and the agencies below them).
AGENCY_BOUND = frozenset({OPERATOR, AGENCY_HEAD})
# Bound to the regions a user is a member of (and, for a province, the regions under it).
REGION_WIDE = frozenset({VERIFIER, REVIEWER, REGIONAL_HEAD, MANAGER, VIEWER})
# The site's technical administrators see everything.
UNRESTRICTED = frozenset({"System Manager"})
