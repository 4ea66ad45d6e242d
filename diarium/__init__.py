"""diarium: read, repair, extract and compare Swedish public-archive documents.

>>> import diarium
>>> record = diarium.extract("Socialnämnden beslutar att godkänna partnerskapet.")
>>> record.authority
'Socialnämnden'
"""
from __future__ import annotations

__version__ = "0.1.0"
# Bumped whenever a stage's output changes, so `diarium run` re-processes stored documents.
PIPELINE_VERSION = "1"

from diarium import extract  # noqa: E402  (a callable module: diarium.extract(source) -> Record)
from diarium.ingest import load  # noqa: E402

__all__ = ["load", "extract", "__version__", "PIPELINE_VERSION"]
