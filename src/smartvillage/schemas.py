"""The JSON Schemas of the published formats (also committed under ``schemas/``)."""

from __future__ import annotations

import json


def schema_json(name: str) -> str:
    """The JSON Schema of ``questionnaire``, ``criteria`` or ``report`` as text."""
    from smartvillage.models import CriteriaSet, Questionnaire, Report

    model = {"questionnaire": Questionnaire, "criteria": CriteriaSet, "report": Report}[name]
    schema = model.model_json_schema(mode="validation" if name != "report" else "serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
