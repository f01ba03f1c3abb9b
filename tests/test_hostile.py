"""Hostile and broken questionnaires: refused quickly with the place named, never a crash."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import questionnaire_data, write_yaml
from typer.testing import CliRunner

from smartvillage.cli.app import app

runner = CliRunner(env={"SMARTVILLAGE_LANG": "en"})  # hostile input, English messages

HEAD = (
    "criteria: mini@1\nvillage: {name: Ābeļciems}\nassessment: {assessor: self, date: 2024-05-01}\n"
)


def run(tmp_path, criteria_dir, text, name="q.yaml", *extra):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(
        app, ["validate", str(path), "--criteria-dir", str(criteria_dir), "--lang", "en", *extra]
    )
    assert "Traceback" not in result.output
    return path, result


def test_billion_laughs_is_refused_at_its_first_anchor(tmp_path, criteria_dir):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        lines.append(f"{chr(ord('a') + i)}: &{chr(ord('a') + i)} [{','.join(['*' + prev] * 9)}]")
    path, result = run(tmp_path, criteria_dir, "\n".join(lines) + "\n")
    assert result.exit_code == 2
    assert f"{path}:1: YAML anchors (&name) are not allowed" in result.stdout


def test_python_tags_are_refused(tmp_path, criteria_dir):
    path, result = run(
        tmp_path,
        criteria_dir,
        HEAD + "answers:\n  q_yes: !!python/object/apply:os.system [echo hi]\n",
    )
    assert result.exit_code == 2
    assert (
        f"{path}:5: YAML tags (tag:yaml.org,2002:python/object/apply:os.system) are not "
        "allowed" in result.stdout
    )


def test_yaml_does_not_guess_types(tmp_path, criteria_dir):
    text = HEAD + "answers:\n  q_yes: no\n  q_num: 0420\n  q_choice: yearly\n"
    path, result = run(tmp_path, criteria_dir, text)
    assert result.exit_code == 0, result.output
    scored = runner.invoke(
        app, ["score", str(path), "--criteria-dir", str(criteria_dir), "-f", "json"]
    )
    answers = {
        q["id"]: q for c in json.loads(scored.stdout)["criteria_results"] for q in c["questions"]
    }
    assert answers["q_yes"]["answer"] is False
    assert answers["q_num"]["answer"] == 420  # not octal 272
    path, result = run(tmp_path, criteria_dir, HEAD.replace("2024-05-01", "12:30"))
    assert "assessment.date: expected a date as YYYY-MM-DD" in result.stdout


def test_booleans_and_infinite_numbers_are_not_numbers(tmp_path, criteria_dir):
    data = questionnaire_data({"q_num": True})
    data["village"]["population"] = True
    path = tmp_path / "q.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path), "--criteria-dir", str(criteria_dir)])
    assert result.exit_code == 2
    assert "village.population: a yes/no value is not a number" in result.stdout
    path.write_text(json.dumps(dict(data, village={"name": "A"})), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path), "--criteria-dir", str(criteria_dir)])
    assert "answers.q_num: expected a number, got True" in result.stdout
    _, result = run(tmp_path, criteria_dir, HEAD + "answers:\n  q_num: 1e400\n")
    assert "answers.q_num: expected a finite number, got '1e400'" in result.stdout
    _, result = run(tmp_path, criteria_dir, '{"criteria": "mini@1", "x": Infinity}', "q2.json")
    assert "Infinity is not a number JSON allows" in result.stdout


def test_bad_answer_ids_and_duplicate_keys(tmp_path, criteria_dir):
    path, result = run(
        tmp_path, criteria_dir, HEAD + "answers:\n  q_yes: yes\n  'bad key!': yes\n  q_yes: no\n"
    )
    assert result.exit_code == 2
    assert f"{path}:7: duplicate key 'q_yes' (first at line 5)" in result.stdout
    path, result = run(tmp_path, criteria_dir, HEAD + "answers:\n  'bad key!': yes\n")
    assert f"{path}:5: answers.bad key!: expected an id of letters, digits" in result.stdout


def test_wrong_shapes_are_named(tmp_path, criteria_dir):
    _, result = run(tmp_path, criteria_dir, "[1, 2]\n")
    assert "expected a questionnaire (a mapping of fields), got a list" in result.stdout
    _, result = run(tmp_path, criteria_dir, "")
    assert "got an empty document" in result.stdout
    _, result = run(tmp_path, criteria_dir, HEAD + "answers: [1]\n")
    assert "answers: expected a mapping of fields" in result.stdout


def test_look_alike_latvian_names_compare_equal(tmp_path, mini):
    from smartvillage import load_questionnaire

    composed = write_yaml(tmp_path / "a.yaml", questionnaire_data(name="Ķegums"))
    decomposed = write_yaml(
        tmp_path / "b.yaml", questionnaire_data(name=unicodedata.normalize("NFD", "Ķegums"))
    )
    assert load_questionnaire(composed).village.name == load_questionnaire(decomposed).village.name


@pytest.mark.parametrize("raw", [b"\xff\xfe\x00\x00", "ciems: Šķībe".encode("cp1257")])
def test_text_that_is_not_utf8_is_named(tmp_path, criteria_dir, raw):
    path = tmp_path / "q.yaml"
    path.write_bytes(raw)
    result = runner.invoke(app, ["validate", str(path), "--criteria-dir", str(criteria_dir)])
    assert result.exit_code == 2
    assert "not UTF-8 text" in result.stdout


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"PK\x03\x04rest-of-zip", "a spreadsheet or other zip file (XLSX?)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "a legacy Office file (XLS?) or an encrypted"),
    ],
)
def test_a_spreadsheet_given_as_a_questionnaire_is_named(tmp_path, criteria_dir, raw, kind):
    path = tmp_path / "ciemi.xlsx"
    path.write_bytes(raw)
    result = runner.invoke(app, ["score", str(path)])
    assert result.exit_code == 2
    assert kind in result.stderr and "use 'smartvillage batch'" in result.stderr


def test_limit_variables_are_checked_and_kept_within_what_python_can_do(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from smartvillage.cli.app import app

    runner = CliRunner(env={"SMARTVILLAGE_LANG": "en"})  # hostile input, English messages
    example = str(Path(__file__).resolve().parents[1] / "examples" / "zilitkalni.yaml")
    for garbage in ("abc", "-1", "0", "1e9"):
        monkeypatch.setenv("SMARTVILLAGE_MAX_FILE_BYTES", garbage)
        result = runner.invoke(app, ["score", example])
        assert result.exit_code == 2, garbage
        assert "SMARTVILLAGE_MAX_FILE_BYTES" in result.stderr and "Traceback" not in result.output
    monkeypatch.delenv("SMARTVILLAGE_MAX_FILE_BYTES")
    monkeypatch.setenv("SMARTVILLAGE_MAX_DEPTH", str(10**9))
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    result = runner.invoke(app, ["score", str(deep)])
    assert result.exit_code == 2 and "internal error" not in result.output
    assert f"nested deeper than {max(40, sys.getrecursionlimit() // 4)} levels" in result.stderr


def test_pipes_and_devices_are_read_within_the_limit_and_never_hang(tmp_path):
    """A named pipe nobody writes to ends at once; a device is read up to the limit only."""
    import os
    import subprocess

    env = dict(os.environ, SMARTVILLAGE_MAX_FILE_BYTES="100000", SMARTVILLAGE_LANG="en")

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "smartvillage", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )

    fifo = tmp_path / "ciems.yaml"
    os.mkfifo(fifo)
    result = run("score", fifo)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    table = tmp_path / "ciemi.csv"
    os.mkfifo(table)
    result = run("batch", table, "--format", "json")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = run("score", "/dev/zero")
    assert result.returncode == 2
    assert "/dev/zero: input is longer than allowed; the limit is 100,000 bytes" in result.stderr


def test_a_batch_folder_names_what_it_skips(tmp_path):
    import os
    import shutil

    from smartvillage.batch import expand_inputs

    folder = tmp_path / "ciemi"
    folder.mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "examples" / "zilitkalni.yaml", folder)
    os.mkfifo(folder / "pipe.csv")
    (folder / "gone.yaml").symlink_to(tmp_path / "missing.yaml")
    files, problems = expand_inputs([folder])
    assert [f.name for f in files] == ["zilitkalni.yaml"]
    named = {Path(p.file).name: p.message for p in problems}
    assert named["pipe.csv"] == "skipped: not a regular file (a pipe, socket or device)"
    assert named["gone.yaml"] == "skipped: a link to nothing"


def test_outputs_onto_special_files_never_replace_them(tmp_path):
    """Devices and pipes are written through, links followed, sockets refused."""
    import os
    import socket
    import stat

    from typer.testing import CliRunner

    from smartvillage.cli.app import app

    runner = CliRunner(env={"SMARTVILLAGE_LANG": "en"})  # hostile input, English messages
    example = str(Path(__file__).resolve().parents[1] / "examples" / "zilitkalni.yaml")
    full = runner.invoke(app, ["score", example, "-f", "json", "-o", "/dev/full"])
    assert full.exit_code == 2 and "/dev/full: cannot write" in full.stderr
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    null = runner.invoke(app, ["score", example, "-f", "json", "-o", "/dev/null"])
    assert null.exit_code == 0 and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    real.write_text("{}", encoding="utf-8")
    link.symlink_to(real)
    assert runner.invoke(app, ["score", example, "-f", "json", "-o", link]).exit_code == 0
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["summary"]
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "s.json"))
    try:
        refused = runner.invoke(app, ["score", example, "-f", "json", "-o", tmp_path / "s.json"])
        assert refused.exit_code == 2 and "refusing to replace it" in refused.stderr
    finally:
        server.close()


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_control_characters_are_removed_by_one_rule_and_named(tmp_path, criteria_dir, fmt):
    """The same characters go, in every reader, with a warning naming the line or field."""
    data = questionnaire_data(name="Āb\x00eļ\x1b\x7fci\x9bems\tA")
    path = tmp_path / f"q.{fmt}"
    if fmt == "json":
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    else:
        write_yaml(path, data)
        path.write_text(
            path.read_text(encoding="utf-8").replace(
                "'Āb\\0eļ\\e\\x7Fci\\x9Bems\\tA'", '"Āb\\0eļ\\e\\x7Fci\\x9Bems\\tA"'
            ),
            encoding="utf-8",
        )
    result = runner.invoke(
        app, ["score", str(path), "--criteria-dir", str(criteria_dir), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["village"]["name"] == "Ābeļciems\tA"
    where = "village.name" if fmt == "json" else ":"
    assert any(
        w.startswith(f"{path}{':' if fmt == 'yaml' else ''}")
        and where in w
        and "4 control characters (U+0000, U+001B, U+007F, U+009B) removed" in w
        for w in report["warnings"]
    ), report["warnings"]
    assert f"warning: {path}" in result.stderr


def test_raw_control_characters_in_yaml_are_removed_naming_the_line(tmp_path, criteria_dir):
    path = tmp_path / "q.yaml"
    path.write_text(HEAD.replace("Ābeļciems", "Ābeļ\x00ciems") + "answers: {}\n", encoding="utf-8")
    result = runner.invoke(
        app, ["score", str(path), "--criteria-dir", str(criteria_dir), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["village"]["name"] == "Ābeļciems"
    assert (
        f"warning: {path}:2: 1 control character (U+0000) removed (it cannot be shown or printed)"
    ) in result.stderr


def test_control_characters_in_a_criteria_file_are_refused(tmp_path, criteria_dir):
    file = criteria_dir / "mini" / "1.yaml"
    file.write_text(file.read_text(encoding="utf-8").replace("\n", "\x07\n", 1), encoding="utf-8")
    path = write_yaml(tmp_path / "q.yaml", questionnaire_data())
    result = runner.invoke(app, ["score", str(path), "--criteria-dir", str(criteria_dir)])
    assert result.exit_code == 2
    assert (
        f"{file}:1: 1 control character (U+0007) found; a criteria file must not hold them"
    ) in result.stderr
    assert "Traceback" not in result.output
