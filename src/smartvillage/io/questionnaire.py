"""Read a questionnaire from YAML or JSON (a file, or ``-`` for standard input)."""

from __future__ import annotations

from pathlib import Path

from smartvillage.io.documents import Document, load_document
from smartvillage.io.validation import validate
from smartvillage.models.questionnaire import Questionnaire


def load_questionnaire(path: str | Path) -> Questionnaire:
    """Load and validate a questionnaire; raise InputError naming every problem."""
    return questionnaire_from_document(load_document(path))


def questionnaire_from_document(doc: Document) -> Questionnaire:
    """Validate parsed data as a questionnaire, remembering its source and lines."""
    questionnaire = validate(Questionnaire, doc, "questionnaire")
    questionnaire._source = doc.source
    questionnaire._lines = doc
    questionnaire._read_warnings = [str(w) for w in doc.warnings]
    return questionnaire
