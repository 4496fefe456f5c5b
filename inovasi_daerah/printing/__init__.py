"""Printed documents of the app: the one-page profile of an innovation, as a Print Format and as a PDF."""
