"""Pydantic models: criteria sets, questionnaires and reports."""

from smartvillage.models.criteria import CriteriaSet
from smartvillage.models.questionnaire import Questionnaire
from smartvillage.models.report import Report

__all__ = ["CriteriaSet", "Questionnaire", "Report"]
