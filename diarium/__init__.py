"""diarium: read, repair, extract and compare Swedish public-archive documents."""
from __future__ import annotations

__version__ = "0.1.0"
# Bumped whenever a stage's output changes, so `diarium run` re-processes stored documents.
PIPELINE_VERSION = "1"

from diarium.ingest import load  # noqa: E402


def extract(source, **kwargs):
    """Document | text | Path → Record (repairing OCR first). See diarium.pipeline.process."""
    from diarium.pipeline import process
    return process(source, **kwargs).record


__all__ = ["load", "extract", "__version__", "PIPELINE_VERSION"]
