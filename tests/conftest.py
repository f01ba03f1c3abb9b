"""Shared fixtures: a small criteria set covering every answer type, written as a real file."""

from __future__ import annotations

import os
import tempfile
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# the criteria cache of the tests (and of the commands they start) stays out of $HOME
os.environ.setdefault("SMARTVILLAGE_CACHE_DIR", tempfile.mkdtemp(prefix="smartvillage-cache-"))
EXAMPLES = REPO / "examples"

MINI_CRITERIA = textwrap.dedent("""\
    # A small criteria set for the tests: every answer type, two dimensions, one gate.
    schema_version: 1
    id: mini
    version: "1"
    status: custom
    title: {lv: Mazais komplekts, en: Mini set}
    sources:
      - id: s1
        title: Test source
    criterion_met_percent: 60
    dimensions:
      - id: d1
        title: {lv: Redzējums, en: Vision}
      - id: d2
        title: {lv: Ietekme, en: Impact}
        weight: 3
    criteria:
      - id: c1
        dimension: d1
        gate: true
        title: {lv: Kopīgs mērķis, en: Shared goal}
        recommendation: {lv: Izstrādājiet plānu kopā., en: Write the plan together.}
        sources: [s1]
        questions:
          - id: q_yes
            type: yes_no
            text: {lv: Vai ir plāns?, en: Is there a plan?}
            points_yes: 2
            evidence: required
          - id: q_rubric
            type: rubric
            text: {lv: Cik plašs?, en: How broad?}
            levels:
              - {value: 0, label: {lv: Nav, en: None}, description: {lv: nav, en: none},
                 points: 0}
              - {value: 1, label: {lv: Maz, en: Little}, description: {lv: maz, en: little},
                 points: 1}
              - {value: 2, label: {lv: Daudz, en: Much}, description: {lv: daudz, en: much},
                 points: 2}
              - {value: 3, label: {lv: Visi, en: All}, description: {lv: visi, en: all},
                 points: 3}
      - id: c2
        dimension: d1
        weight: 2
        title: {lv: Līdzdalība, en: Participation}
        recommendation: {lv: Iesaistiet iedzīvotājus., en: Involve residents.}
        questions:
          - id: q_num
            type: number
            text: {lv: Cik cilvēku?, en: How many people?}
            unit: {lv: cilvēki, en: people}
            integer: true
            min: 0
            bands:
              - {max: 10, points: 0}
              - {min: 10, max: 50, points: 1}
              - {min: 50, points: 3}
          - id: q_choice
            type: choice
            text: {lv: Kā bieži?, en: How often?}
            evidence: required
            options:
              - {value: never, label: {lv: Nekad, en: Never}, points: 0}
              - {value: yearly, label: {lv: Reizi gadā, en: Yearly}, points: 1}
              - {value: monthly, label: {lv: Katru mēnesi, en: Monthly}, points: 2}
      - id: c3
        dimension: d2
        title: {lv: Risinājumi, en: Solutions}
        recommendation: {lv: Ieviesiet digitālus risinājumus., en: Use digital solutions.}
        questions:
          - id: q_multi
            type: multi_choice
            text: {lv: Kuri kanāli?, en: Which channels?}
            cap: 3
            options:
              - {value: web, label: {lv: Mājaslapa, en: Website}, points: 1}
              - {value: chat, label: {lv: Čats, en: Chat}, points: 1}
              - {value: app, label: {lv: Lietotne, en: App}, points: 2}
          - id: q_init
            type: initiatives
            text: {lv: Kādas iniciatīvas?, en: Which initiatives?}
            points_each: 1
            cap: 6
            properties:
              - {id: digital, label: {lv: digitāla, en: digital}, points: 1}
              - {id: lasting, label: {lv: ilgtspējīga, en: lasting}, points: 2}
          - id: q_na
            type: yes_no
            text: {lv: Vai ir lauksaimniecība?, en: Is there farming?}
            allow_na: true
    tiers:
      - id: top
        label: {lv: Augšā, en: Top}
        min_percent: 80
        all_gates: true
        all_criteria: true
        evidence_complete: true
      - id: mid
        label: {lv: Vidū, en: Middle}
        min_percent: 50
        all_gates: true
      - id: low
        label: {lv: Apakšā, en: Low}
    """)

FULL_ANSWERS = {
    "q_yes": {"value": "yes", "evidence": [{"link": "https://example.org/plan", "shows": "plāns"}]},
    "q_rubric": 3,
    "q_num": 120,
    "q_choice": {"value": "monthly", "evidence": [{"document": "protokols.pdf"}]},
    "q_multi": ["web", "app"],
    "q_init": [
        {"name": "Ciema čats", "properties": ["digital", "lasting"]},
        {"name": "Talka", "properties": ["lasting"]},
    ],
    "q_na": "n/a",
}


@pytest.fixture
def criteria_dir(tmp_path: Path) -> Path:
    """A folder holding the mini criteria set as mini/1.yaml."""
    folder = tmp_path / "criteria"
    (folder / "mini").mkdir(parents=True)
    (folder / "mini" / "1.yaml").write_text(MINI_CRITERIA, encoding="utf-8")
    return folder


@pytest.fixture
def mini(criteria_dir: Path):
    """The mini criteria set, loaded."""
    from smartvillage.io.criteria import load_criteria_file

    return load_criteria_file(criteria_dir / "mini" / "1.yaml")


def questionnaire_data(answers: dict | None = None, **village) -> dict:
    """A questionnaire for the mini set as plain data."""
    return {
        "schema_version": 1,
        "criteria": "mini@1",
        "village": {
            "name": "Ābeļciems",
            "parish": "Ābeļu pagasts",
            "municipality": "Tukuma novads",
            "region": "Kurzeme",
            "population": 420,
            **village,
        },
        "assessment": {"assessor": "mentor", "name": "Līga Ozola", "date": "2024-05-14"},
        "answers": FULL_ANSWERS if answers is None else answers,
    }


def write_yaml(path: Path, data: dict) -> Path:
    """Write data as a YAML file (UTF-8, Latvian letters kept)."""
    import yaml

    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
