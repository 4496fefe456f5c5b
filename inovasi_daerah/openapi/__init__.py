"""The OpenAPI 3.1 description of the app's REST API (spec.py; docs/openapi.json, docs/api.md)."""
