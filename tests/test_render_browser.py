"""The HTML report in a real browser: the chart is drawn and no request leaves the file.

Runs headless Chromium when it is installed (skipped otherwise). Every request the page
makes goes to a local proxy that records it; Chromium's own update and account services
(which it contacts whatever the page) are the only hosts ignored. A page with an external
image proves that the harness does see requests.
"""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import struct
import subprocess
import threading
import zlib
from pathlib import Path

import pytest
from conftest import EXAMPLES

from smartvillage import load_criteria, load_questionnaire, score
from smartvillage.render.html import render, render_comparison

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

# Chromium's own services, contacted whatever the page holds (exact host names)
BROWSER_HOSTS = {
    "update.googleapis.com",
    "accounts.google.com",
    "clients2.google.com",
    "redirector.gvt1.com",
    "optimizationguide-pa.googleapis.com",
    "content-autofill.googleapis.com",
}
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--no-pings",
    "--disable-client-side-phishing-detection",
    "--metrics-recording-only",
    "--hide-scrollbars",
    "--force-device-scale-factor=0.5",
]
AREA = (196, 214, 233)  # the radar's fill, rgba(43, 108, 176, .28) on white


def browse(page: Path, shot: Path, profile: Path) -> list[str]:
    """Open ``page`` headless, save a screenshot; the hosts the page sent requests to."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(32)
    hosts: list[str] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            conn.settimeout(2)
            try:
                head = conn.recv(1024).decode("latin-1")
            except OSError:
                head = ""
            conn.close()
            for line in head.split("\r\n")[1:]:
                if line.lower().startswith("host:"):
                    hosts.append(line.split(":", 1)[1].strip().rsplit(":", 1)[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = server.getsockname()[1]
    try:
        subprocess.run(
            [
                CHROMIUM,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--proxy-server=http://127.0.0.1:{port}",
                "--proxy-bypass-list=<-loopback>",
                f"--screenshot={shot}",
                "--window-size=1100,1100",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=90,
            check=False,
        )
    finally:
        server.close()
    return [h for h in hosts if h not in BROWSER_HOSTS]


def pixels(path: Path) -> tuple[int, int, list[bytes], int]:
    """Decode an 8-bit RGB(A) PNG: width, height, rows, bytes per pixel."""
    data = path.read_bytes()
    pos, idat = 8, b""
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + size]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + size
    raw = zlib.decompress(idat)
    stride, rows, prev, i = width * bpp, [], bytearray(width * bpp), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1 : i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def count_colour(path: Path, colour: tuple[int, int, int], tolerance: int = 8) -> int:
    width, _, rows, bpp = pixels(path)
    return sum(
        1
        for row in rows
        for x in range(0, width * bpp, bpp)
        if all(abs(row[x + k] - colour[k]) <= tolerance for k in range(3))
    )


def test_the_harness_sees_external_requests(tmp_path):
    page = tmp_path / "leaky.html"
    page.write_text(
        '<!DOCTYPE html><img src="https://leak.example/pixel.png">'
        '<link rel="stylesheet" href="http://fonts.example/x.css">',
        encoding="utf-8",
    )
    hosts = browse(page, tmp_path / "leaky.png", tmp_path / "profile")
    assert {"leak.example", "fonts.example"} <= set(hosts)


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("zilitkalni.yaml", "lv"),
        ("veverupe.yaml", "en"),
        ("priezulejas.json", "lv"),
        ("jaunpuni.yaml", "lv"),
    ],
)
def test_example_report_draws_its_chart_offline(tmp_path, name, lang):
    questionnaire = load_questionnaire(EXAMPLES / name)
    report = score(
        questionnaire,
        load_criteria(questionnaire.criteria),
        now=dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc),
    )
    page = tmp_path / "report.html"
    page.write_text(render(report, lang), encoding="utf-8")
    shot = tmp_path / "report.png"
    assert browse(page, shot, tmp_path / "profile") == []
    assert shot.is_file()
    assert count_colour(shot, AREA) > 150  # the radar's polygon is drawn and filled


def test_comparison_page_draws_offline(tmp_path):
    from smartvillage.scoring.compare import compare

    reports = []
    for name in ("jaunpuni.yaml", "veverupe.yaml"):
        questionnaire = load_questionnaire(EXAMPLES / name)
        reports.append(score(questionnaire, load_criteria(questionnaire.criteria)))
    page = tmp_path / "compare.html"
    page.write_text(render_comparison(compare(*reports), "lv"), encoding="utf-8")
    shot = tmp_path / "compare.png"
    assert browse(page, shot, tmp_path / "profile") == []
    assert count_colour(shot, AREA) > 150
