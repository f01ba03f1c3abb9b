"""The CSV template: the village table of the XLSX template as plain text.

Three header rows — ``criteria;ID@VERSION``, the readable labels (each with its
allowed answers), and the key row the reader keys on — then one row per village.
Written as Excel in Latvia reads it without asking: the ``excel-lv`` dialect of
``render.csv_dialect`` (UTF-8 with a BOM, ``;`` between fields, CRLF line ends).
"""

from __future__ import annotations

from smartvillage.io.spreadsheet import CRITERIA_KEY, template_columns
from smartvillage.models.common import Lang
from smartvillage.models.criteria import CriteriaSet
from smartvillage.render.csv_dialect import EXCEL_LV, Dialect
from smartvillage.render.safe import formula_safe


def questionnaire_csv(criteria: CriteriaSet, lang: Lang = "lv", dialect: Dialect = EXCEL_LV) -> str:
    """The CSV template for ``criteria`` in ``dialect`` (``excel-lv`` whatever the language:
    it is filled in in a spreadsheet; ``batch`` reads either)."""
    columns = template_columns(criteria, lang)
    rows = [[CRITERIA_KEY, criteria.ref]]
    labels = []
    for column in columns:
        allowed = " | ".join(column.entries) if column.entries else ""
        labels.append(formula_safe(f"{column.label} [{allowed}]" if allowed else column.label))
    rows.append(labels)
    rows.append([column.key for column in columns])
    return dialect.rows(rows)
