"""The pure scoring engine: (questionnaire, criteria) -> Report."""

from smartvillage.scoring.engine import check_answers, criteria_digest, score

__all__ = ["check_answers", "criteria_digest", "score"]
