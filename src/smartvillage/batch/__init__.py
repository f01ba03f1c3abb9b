"""The batch core: score many villages from workbooks, CSV files and questionnaires.

Pure: it reads inputs and returns a :class:`BatchResult`; printing, progress bars,
writing outputs and exit codes belong to the CLI (``smartvillage batch``).
"""

from smartvillage.batch.core import BatchOptions, Progress, expand_inputs, run_batch
from smartvillage.batch.results import BatchResult, Stats, VillageResult
from smartvillage.scoring.plan import Plan

__all__ = [
    "BatchOptions",
    "BatchResult",
    "Plan",
    "Progress",
    "Stats",
    "VillageResult",
    "expand_inputs",
    "run_batch",
]
