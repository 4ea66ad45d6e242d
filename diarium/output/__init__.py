"""Outputs made from a processed document: a searchable PDF/A of a scan."""
