"""The digest that names a criteria set's content in every report and result."""

from __future__ import annotations

import hashlib
import json

from smartvillage.models.criteria import CriteriaSet


def criteria_digest(criteria: CriteriaSet) -> str:
    """sha256 of the criteria set's canonical JSON form.

    Independent of YAML layout, and of fields left at their defaults: a value written
    out that equals the default, or an optional field a newer format adds, does not
    change the digest of a set whose content is the same. Computed once per set object
    (and kept with it in the criteria cache).
    """
    if criteria._digest is not None:
        return criteria._digest
    canonical = json.dumps(
        criteria.model_dump(mode="json", exclude_defaults=True),
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    criteria._digest = "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return criteria._digest
