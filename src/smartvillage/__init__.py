"""smartvillage: score a village's Smart Village self-assessment against versioned criteria.

The public API is the same one the CLI uses::

    from smartvillage import load_criteria, load_questionnaire, score
    questionnaire = load_questionnaire("examples/zilitkalni.yaml")
    report = score(questionnaire, load_criteria(questionnaire.criteria))
    print(report.summary.tier, report.summary.percent)

Names are imported on first use, so that ``smartvillage --help`` starts quickly.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from smartvillage._version import __version__

if TYPE_CHECKING:
    from smartvillage.errors import InputError, Problem
    from smartvillage.io.criteria import load_criteria
    from smartvillage.io.questionnaire import load_questionnaire
    from smartvillage.models import CriteriaSet, Questionnaire, Report
    from smartvillage.scoring import check_answers, score

_EXPORTS = {
    "CriteriaSet": "smartvillage.models",
    "InputError": "smartvillage.errors",
    "Problem": "smartvillage.errors",
    "Questionnaire": "smartvillage.models",
    "Report": "smartvillage.models",
    "check_answers": "smartvillage.scoring",
    "load_criteria": "smartvillage.io.criteria",
    "load_questionnaire": "smartvillage.io.questionnaire",
    "score": "smartvillage.scoring",
}

__all__ = [
    "CriteriaSet",
    "InputError",
    "Problem",
    "Questionnaire",
    "Report",
    "__version__",
    "check_answers",
    "load_criteria",
    "load_questionnaire",
    "score",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'smartvillage' has no attribute {name!r}")
