"""The questionnaire as a build sheet for Google Forms or Microsoft Forms (Markdown).

A LEADER group that collects answers with Google Forms or Microsoft Forms builds the form
by hand. This sheet lists, in the order to create them, every question's title exactly as
``batch`` matches it, the kind of question to choose, its answer options exactly as
``batch`` recognises them, and which are required, so that the platform's export scores
without a mapping. The texts come from the criteria set (``lang``) and the profile
columns of the village table; batch reads the other language as well.
"""

from __future__ import annotations

from typing import Any

from smartvillage import messages
from smartvillage.models.common import Lang
from smartvillage.models.criteria import CriteriaSet


def forms_sheet(criteria: CriteriaSet, lang: Lang = "lv") -> str:
    """The build sheet for ``criteria`` in ``lang``, as Markdown text."""
    from smartvillage.io.spreadsheet import (
        ASSESSOR_LABELS,
        PROFILE_COLUMNS,
        evidence_label,
        question_label,
    )
    from smartvillage.models.questionnaire import REGIONS
    from smartvillage.render.markdown import escape
    from smartvillage.render.safe import plain

    def t(key: str, **params: Any) -> str:
        return messages.text(f"forms.sheet.{key}", lang, **params)

    lines = [
        f"# {escape(t('title'))}",
        "",
        f"{escape(plain(criteria.title.get(lang)))} ({criteria.ref})",
        "",
        *(f"{n}. {escape(t(f'rule{n}'))}" for n in range(1, 7)),
        "",
        f"## {escape(messages.text('forms.profile_group', lang))}",
        "",
    ]
    number = 0

    def item(title: str, kind: str, required: bool, options: list[str], note: str = "") -> None:
        nonlocal number
        number += 1
        need = t("required") if required else t("optional")
        marker = f"{number}. "
        indent = " " * len(marker)  # list continuation lines start under the title
        lines.append(f"{marker}**{escape(title)}**  ")
        lines.append(f"{indent}{escape(t(kind))}; {escape(need)}" + ("  " if note else ""))
        if note:
            lines.append(f"{indent}{escape(note)}")
        for option in options:
            lines.append(f"{indent}- {escape(option)}")
        lines.append("")

    for column in PROFILE_COLUMNS:
        label = column.label[lang]
        if column.kind == "region":
            item(label, "kind.one", False, list(REGIONS))
        elif column.kind == "assessor":
            item(label, "kind.one", True, [v[lang] for v in ASSESSOR_LABELS.values()])
        elif column.kind == "date":
            item(label, "kind.date", True, [])
        elif column.kind == "integer":
            item(label, "kind.number", False, [], t("whole"))
        else:
            kind = "kind.paragraph" if column.key == "notes" else "kind.short"
            item(label, kind, column.required, [])
    na = messages.text("forms.na", lang)
    for dimension in criteria.dimensions:
        lines += [f"## {escape(plain(dimension.title.get(lang)))}", ""]
        for criterion in (c for c in criteria.criteria if c.dimension == dimension.id):
            lines += [f"### {escape(plain(criterion.title.get(lang)))}", ""]
            for question in criterion.questions:
                title = question_label(question, lang)
                extra = [na] if question.allow_na else []
                kind = question.type
                if kind == "yes_no":
                    options = [messages.text("forms.yes", lang), messages.text("forms.no", lang)]
                    item(title, "kind.one", False, [o.capitalize() for o in options] + extra)
                elif kind == "rubric":
                    item(
                        title,
                        "kind.one",
                        False,
                        [f"{lv.value} — {plain(lv.label.get(lang))}" for lv in question.levels]
                        + extra,
                    )
                elif kind == "choice":
                    item(
                        title,
                        "kind.one",
                        False,
                        [plain(o.label.get(lang)) for o in question.options] + extra,
                    )
                elif kind == "multi_choice":
                    item(
                        title,
                        "kind.several",
                        False,
                        [plain(o.label.get(lang)) for o in question.options] + extra,
                    )
                elif kind == "number":
                    note = t("whole") if question.integer else t("decimal")
                    if question.unit:
                        note += " " + messages.text(
                            "forms.unit", lang, unit=plain(question.unit.get(lang))
                        )
                    if question.allow_na:
                        note += " " + t("na_text", na=na)
                    item(title, "kind.number", False, [], note)
                else:
                    props = ", ".join(plain(p.label.get(lang)) for p in question.properties)
                    note = t("initiatives", properties=props) if props else t("initiatives_plain")
                    item(title, "kind.paragraph", False, [], note)
                if question.evidence != "none":
                    need = (
                        "evidence_required"
                        if question.evidence == "required"
                        else "evidence_recommended"
                    )
                    item(
                        evidence_label(question, lang),
                        "kind.paragraph",
                        False,
                        [],
                        messages.text("forms.evidence_hint", lang)
                        + " "
                        + messages.text(f"forms.{need}", lang),
                    )
    return "\n".join(lines).rstrip() + "\n"
