"""The app's seven roles (DESIGN.md, "Who uses it"); no other role may appear in its definitions."""

OPERATOR = "Innovation Operator"
AGENCY_HEAD = "Agency Head"
VERIFIER = "Innovation Verifier"
REVIEWER = "Innovation Reviewer"
REGIONAL_HEAD = "Regional Head"
MANAGER = "Innovation Manager"
VIEWER = "Innovation Viewer"

ROLES = (OPERATOR, AGENCY_HEAD, VERIFIER, REVIEWER, REGIONAL_HEAD, MANAGER, VIEWER)
