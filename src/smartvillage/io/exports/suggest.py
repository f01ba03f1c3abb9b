"""``batch --suggest-mapping INPUT``: a starting ``--mapping`` file for a person to check.

Every column of the input's header row is listed with the question it matches (by its
text or field name), or the closest question with a note to check it, or null; for the
columns of single-answer questions, every answer that is not recognised by its label is
listed with the closest option. The result is YAML that ``--mapping`` reads as it is.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

from smartvillage import messages
from smartvillage.io.exports import forms, odk
from smartvillage.io.exports.fields import form_fields
from smartvillage.io.spreadsheet import Limits, cell_text, text_value
from smartvillage.models.common import Lang

_SAMPLE_ROWS = 1000
_MAX_VALUES = 30


def suggest_mapping(
    path: Path,
    limits: Limits,
    criteria_for: Any,
    override: Any | None,
    candidates: list[str],
    lang: Lang = "lv",
    encoding: str | None = None,
    delimiter: str | None = None,
) -> str | None:
    """The suggested mapping for the table at ``path`` as YAML text; None when the file
    is no table that can be read."""
    from smartvillage.io.exports.reader import read_sheets

    sheets = read_sheets(path, limits, encoding, delimiter)
    if not sheets:
        return None
    name, rows = next((s for s in sheets if s[1]), sheets[0])
    if not rows:
        return None
    header = rows[0][1]
    criteria = override
    if criteria is None:
        best = (0, None)
        for ref in candidates:
            found = criteria_for(ref)
            if isinstance(found, str):
                continue
            count = forms.match_count(header, found) + sum(
                1 for v in header if odk.field_of(cell_text(v), form_fields(found))
            )
            if count > best[0]:
                best = (count, found)
        if best[1] is None:
            from smartvillage.io.criteria import DEFAULT_CRITERIA

            found = criteria_for(DEFAULT_CRITERIA)
            best = (0, None if isinstance(found, str) else found)
        if best[1] is None:
            return None
        criteria = best[1]
    known = forms.targets(criteria)
    fields = form_fields(criteria)
    by_key = {t.key: t for items in known.values() for t in items}

    def t(key: str, **params: Any) -> str:
        return messages.text(f"forms.suggest.{key}", lang, **params)

    out = [
        f"# {t('head', file=path.name)}",
        f"# {t('check')}",
        f"criteria: {criteria.ref}",
    ]
    if name is not None:
        out.append(f"sheet: {_quote(name)}")
    out += ["header_row: 1", "columns:"]
    chosen: dict[int, Any] = {}
    for index, value in enumerate(header):
        text = cell_text(value)
        if not text:
            continue
        key = forms.loose(text)
        if forms.is_platform_column(text) or odk.is_metadata(text):
            out.append(f"  {_quote(text)}: null  # {t('platform')}")
            continue
        matches = known.get(key, [])
        field = odk.field_of(text, fields)
        if len(matches) == 1:
            out.append(f"  {_quote(text)}: {_quote(matches[0].key)}")
            chosen[index] = matches[0]
            continue
        if len(matches) > 1:
            keys = ", ".join(m.key for m in matches)
            out.append(f"  {_quote(text)}: null  # {t('several', keys=keys)}")
            continue
        if field is not None and field.role in ("profile", "question", "evidence"):
            out.append(f"  {_quote(text)}: {_quote(field.key)}")
            if field.key in by_key:
                chosen[index] = by_key[field.key]
            continue
        close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.5)
        ratio = difflib.SequenceMatcher(None, key, close[0]).ratio() if close else 0.0
        if close and len(known[close[0]]) == 1 and ratio >= 0.5:
            target = known[close[0]][0]
            out.append(
                f"  {_quote(text)}: {_quote(target.key)}  # "
                + t("closest", percent=round(ratio * 100))
            )
            chosen[index] = target
        else:
            out.append(f"  {_quote(text)}: null  # {t('none')}")
    out.append("values:")
    listed = False
    for index, target in chosen.items():
        if target.role != "question" or target.question.type not in ("yes_no", "rubric", "choice"):
            continue
        convert = forms.converter(target)
        labels = forms.option_labels(target.question) if target.question.type != "yes_no" else {}
        unknown: list[str] = []
        for _, cells in rows[1 : _SAMPLE_ROWS + 1]:
            value = text_value(cells[index]) if index < len(cells) else None
            if value is None or value in unknown:
                continue
            converted = convert(value)
            if converted == value and forms.loose(value) not in labels:
                unknown.append(value)
            if len(unknown) >= _MAX_VALUES:
                break
        if not unknown:
            continue
        listed = True
        out.append(f"  {_quote(target.key)}:")
        for value in unknown:
            close = difflib.get_close_matches(forms.loose(value), list(labels), n=1, cutoff=0.4)
            if close:
                out.append(f"    {_quote(value)}: {_quote(labels[close[0]])}  # {t('guess')}")
            else:
                out.append(f"    # {_quote(value)}: ?  # {t('no_option')}")
    if not listed:
        out[-1] = "values: {}"
    return "\n".join(out) + "\n"


def _quote(text: str) -> str:
    """``text`` as a YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)
