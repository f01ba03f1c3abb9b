"""``python -m smartvillage.schemas``: rewrite the shipped schema files from the models."""

from pathlib import Path

from smartvillage.schemas import NAMES, generate

for name in NAMES:
    (Path(__file__).parent / f"{name}.schema.json").write_text(generate(name), encoding="utf-8")
