"""The criteria cache: used while files are unchanged, passed over whenever in doubt."""

from __future__ import annotations

import os
import pickle

import pytest
from conftest import MINI_CRITERIA

from smartvillage.io import criteria as criteria_io
from smartvillage.io import criteria_cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("SMARTVILLAGE_CACHE_DIR", str(folder))
    monkeypatch.delenv("SMARTVILLAGE_NO_CACHE", raising=False)
    return folder


def fresh_process_load(path, dirs=None):
    """Load as a new process would: nothing remembered in this one."""
    criteria_io._validated.clear()
    criteria_io._resolved.clear()
    return criteria_io.load_criteria_file(path, dirs)


def write_sets(tmp_path):
    folder = tmp_path / "criteria"
    (folder / "mini").mkdir(parents=True)
    (folder / "mini" / "1.yaml").write_text(MINI_CRITERIA, encoding="utf-8")
    (folder / "mini" / "2.yaml").write_text(
        'extends: mini@1\nversion: "2"\ncriterion_met_percent: 70\n', encoding="utf-8"
    )
    return folder


def test_a_second_load_comes_from_the_cache_and_equals_the_first(tmp_path, cache):
    folder = write_sets(tmp_path)
    first = fresh_process_load(folder / "mini" / "2.yaml", [folder])
    entries = list(cache.glob("criteria-*.pickle"))
    assert len(entries) == 1 and not entries[0].stat().st_mode & 0o022
    second = fresh_process_load(folder / "mini" / "2.yaml", [folder])
    assert second == first and second is not first
    assert second._digest == first._digest is not None
    assert second.criterion_met_percent == 70


def test_a_changed_parent_makes_the_entry_stale(tmp_path, cache):
    folder = write_sets(tmp_path)
    fresh_process_load(folder / "mini" / "2.yaml", [folder])
    parent = folder / "mini" / "1.yaml"
    parent.write_text(
        MINI_CRITERIA.replace(
            "title: {lv: Mazais komplekts, en: Mini set}", "title: {lv: Cits, en: Other}"
        ),
        encoding="utf-8",
    )
    again = fresh_process_load(folder / "mini" / "2.yaml", [folder])
    assert again.title.en == "Other"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign", "wrong type"])
def test_a_damaged_entry_is_passed_over(tmp_path, cache, damage):
    folder = write_sets(tmp_path)
    path = folder / "mini" / "1.yaml"
    expected = fresh_process_load(path)
    entry = next(cache.glob("criteria-*.pickle"))
    if damage == "garbage":
        entry.write_bytes(b"\x80\x05not a pickle")
    elif damage == "truncated":
        entry.write_bytes(entry.read_bytes()[:50])
    elif damage == "foreign":
        os.chmod(entry, 0o666)
    else:
        entry.write_bytes(pickle.dumps(([], "not a criteria set")))
    assert fresh_process_load(path) == expected


def test_the_cache_can_be_turned_off_and_an_unwritable_folder_is_no_error(tmp_path, monkeypatch):
    folder = write_sets(tmp_path)
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setenv("SMARTVILLAGE_CACHE_DIR", str(blocked / "cache"))
    assert fresh_process_load(folder / "mini" / "1.yaml").id == "mini"
    monkeypatch.setenv("SMARTVILLAGE_NO_CACHE", "1")
    assert criteria_cache.cache_dir() is None
    assert fresh_process_load(folder / "mini" / "1.yaml").id == "mini"
