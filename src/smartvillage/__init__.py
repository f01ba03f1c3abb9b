"""smartvillage: score a village's Smart Village self-assessment against versioned criteria.

The public API is the same one the CLI uses::

    from smartvillage import load_criteria, load_questionnaire, score
    questionnaire = load_questionnaire("examples/ozolkalni.yaml")
    report = score(questionnaire, load_criteria(questionnaire.criteria))
    print(report.summary.tier, report.summary.percent)
"""

from smartvillage._version import __version__
from smartvillage.errors import InputError, Problem
from smartvillage.io.criteria import load_criteria
from smartvillage.io.questionnaire import load_questionnaire
from smartvillage.models import CriteriaSet, Questionnaire, Report
from smartvillage.scoring import check_answers, score

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
