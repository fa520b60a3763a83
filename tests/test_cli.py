import json
import os
import subprocess
import sys

from typer.testing import CliRunner

from conftest import FIXTURES
from temize.cli import app

runner = CliRunner()


def test_clean_folder_to_out_dir(tmp_path):
    out = tmp_path / "out"
    res = runner.invoke(app, ["clean", str(FIXTURES), "--format", "json", "--out-dir", str(out)])
    assert res.exit_code == 0, res.output
    written = sorted(p.name for p in out.iterdir())
    # one output per input text, named after it
    assert written == sorted(p.stem + ".json" for p in FIXTURES.glob("*.txt"))
    assert "two_pages_tr.json" in written
    data = json.loads((out / "two_pages_tr.json").read_text(encoding="utf-8"))
    assert data["metadata"]["journal"] == "Deniz Tarihi Dergisi"


def test_failed_inputs_are_reported_and_others_still_written(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A short article body.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    res = runner.invoke(app, ["clean", str(tmp_path), "-f", "txt", "-d", str(out)])
    assert res.exit_code == 1
    assert "empty.txt: empty file" in res.output
    assert "bin.txt: binary data" in res.output
    assert "Traceback" not in res.output
    assert (out / "good.txt").read_text(encoding="utf-8").startswith("A short article body.")


def test_stdin_and_output_file(tmp_path):
    target = tmp_path / "o.md"
    res = runner.invoke(app, ["clean", "-", "-f", "md", "-o", str(target)],
                        input="Öz\nKısa bir öz.\nAnahtar Kelimeler: bir, iki\n\nGİRİŞ\nMetin.\n".encode("utf-8"))
    assert res.exit_code == 0, res.output
    assert "## GİRİŞ" in target.read_text(encoding="utf-8")


def test_output_dash_is_standard_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["clean", "-", "-f", "txt", "-o", "-"], input="GİRİŞ\nMetin burada.\n".encode("utf-8"))
    assert res.exit_code == 0, res.output
    assert "Metin burada." in res.stdout
    assert list(tmp_path.iterdir()) == []  # no file named "-"


def test_unknown_format_and_missing_input():
    res = runner.invoke(app, ["clean", "nope.txt", "-f", "pdf"])
    assert res.exit_code == 2 and "unknown format" in res.output
    res = runner.invoke(app, ["clean", "definitely-missing.txt"])
    assert res.exit_code == 1 and "no such file" in res.output


def test_demo_runs_as_a_module():
    res = subprocess.run([sys.executable, "-m", "temize", "demo", "--format", "md"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "## GİRİŞ" in res.stdout
    assert "[^1]:" in res.stdout
    assert "removed:" in res.stderr


def test_folder_with_an_unreadable_entry_reports_it(tmp_path):
    (tmp_path / "ok.txt").write_text("Some text of an article.\n", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing-target")
    out = tmp_path / "out"
    res = runner.invoke(app, ["clean", str(tmp_path), "-f", "json", "-d", str(out)])
    assert res.exit_code == 1
    assert "gone.txt: not a readable file" in res.output
    assert (out / "ok.json").exists()


def test_a_large_input_is_recovered_whole(tmp_path):
    from temize import recover
    page = (FIXTURES / "two_pages_tr.txt").read_text(encoding="utf-8")
    text = page * 400  # about 0.5 MB of repeated pages
    doc = recover(text)
    assert doc.unaccounted() == []
    out = doc.to_dict()
    assert out["body"] and out["removed"]


def test_inputs_with_the_same_name_do_not_overwrite_each_other(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(f"Article text from folder {sub}.\n", encoding="utf-8")
    out = tmp_path / "out"
    res = runner.invoke(app, ["clean", str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"),
                              "-f", "txt", "-d", str(out)])
    assert res.exit_code == 0
    assert "x-2.txt" in res.output
    assert "folder a" in (out / "x.txt").read_text(encoding="utf-8")
    assert "folder b" in (out / "x-2.txt").read_text(encoding="utf-8")


def test_a_folder_gives_its_markdown_files_too(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.md").write_text("# **1. Introduction**\n\nThe port kept its books with care.\n", encoding="utf-8")
    (src / "b.txt").write_text("Plain text of a second article.\n", encoding="utf-8")
    (src / "notes.csv").write_text("x,y\n", encoding="utf-8")
    out = tmp_path / "out"
    res = runner.invoke(app, ["clean", str(src), "--format", "txt", "--out-dir", str(out)])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]
    assert "#" not in (out / "a.txt").read_text(encoding="utf-8")


def test_several_processes_write_what_one_does_and_report_the_same_failures(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for p in FIXTURES.glob("*.txt"):
        (src / p.name).write_bytes(p.read_bytes())
    (src / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    runs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        res = runner.invoke(app, ["clean", str(src), "-f", "json", "-d", str(out), "--jobs", jobs])
        assert res.exit_code == 1
        assert "bin.txt: binary data" in res.output and "Traceback" not in res.output
        runs[jobs] = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert len(runs["1"]) == len(list(FIXTURES.glob("*.txt")))
    assert runs["1"] == runs["2"]


def test_a_negative_number_of_processes_is_refused():
    res = runner.invoke(app, ["clean", str(FIXTURES), "--jobs", "-1"])
    assert res.exit_code == 2
    assert "--jobs" in res.output


def test_output_is_the_same_on_every_run(tmp_path):
    # Python salts its string hashes per process: no decision may hang on
    # the order of a set of strings
    outs = []
    for seed in ("1", "2", "3", "4"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "temize", "clean", str(FIXTURES), "-f", "json", "-d", str(out)],
                       check=True, env=env, capture_output=True)
        outs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert all(o == outs[0] for o in outs) and "ocr_pages_en.json" in outs[0]
