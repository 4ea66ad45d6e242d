"""diarium: read, repair, extract and compare Swedish public-archive documents.

The functions of `diarium.api` are the package's own: `diarium.load`, `diarium.repair`,
`diarium.extract`, `diarium.process`, `diarium.compare`.

>>> import diarium
>>> record = diarium.extract("Socialnämnden beslutar att godkänna partnerskapet.")
>>> record.authority
'Socialnämnden'
"""
from __future__ import annotations

# The subpackage `diarium.extract` is imported first (through the api), which binds its name
# here; the api's `extract` function then takes the name over. A later `import diarium.extract`
# finds the subpackage in sys.modules and leaves the name alone.
from diarium import api
from diarium.api import compare, extract, load, process, repair
from diarium.version import PIPELINE_VERSION, __version__

__all__ = ["api", "compare", "extract", "load", "process", "repair", "__version__",
           "PIPELINE_VERSION"]
