"""Print the whole catalogue as one tab-separated table (key, Latvian, English) for review."""

from __future__ import annotations

import csv
import sys

from smartvillage.messages import catalogue


def main() -> None:
    """Write the catalogue to stdout: one row per message."""
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(["key", "lv", "en"])
    for key, value in catalogue().items():
        writer.writerow([key, value.get("lv", ""), value.get("en", "")])


if __name__ == "__main__":
    main()
