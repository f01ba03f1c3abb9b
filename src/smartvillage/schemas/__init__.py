"""The published JSON Schemas of the file formats, shipped in the package.

``smartvillage schema NAME`` prints the file shipped here, so a script always gets the
schema of the version it runs, whatever Pydantic is installed. :func:`generate` builds the
same text from the models; a test keeps the two equal (regenerate with
``python -m smartvillage.schemas``).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel

NAMES = ("questionnaire", "criteria", "report")


def schema_json(name: str) -> str:
    """The published JSON Schema of ``questionnaire``, ``criteria`` or ``report`` as text."""
    if name not in NAMES:
        raise ValueError(f"no schema named {name!r}; choose one of {', '.join(NAMES)}")
    return (resources.files(__name__) / f"{name}.schema.json").read_text(encoding="utf-8")


def generate(name: str) -> str:
    """The JSON Schema of ``name`` built from the models, with its ``$id`` and version."""
    from smartvillage.models import CriteriaSet, Questionnaire, Report
    from smartvillage.models.questionnaire import QUESTIONNAIRE_SCHEMA_VERSION
    from smartvillage.models.report import REPORT_SCHEMA_VERSION

    models: dict[str, type[BaseModel]] = {
        "questionnaire": Questionnaire,
        "criteria": CriteriaSet,
        "report": Report,
    }
    model = models[name]
    version = {"report": REPORT_SCHEMA_VERSION, "questionnaire": QUESTIONNAIRE_SCHEMA_VERSION}.get(
        name, 1
    )
    schema = model.model_json_schema(mode="validation" if name != "report" else "serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"urn:smartvillage:schema:{name}:{version}"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
