"""diarium's version, and the version of what its pipeline produces.

Below every stage, so that the store can ask "was this document processed by this pipeline?"
without importing the package root (which imports every stage).
"""
from __future__ import annotations

__version__ = "0.1.0"
# Bumped whenever a stage's output changes, so `diarium run` re-processes stored documents.
PIPELINE_VERSION = "1"
