"""The ideabank-server command line, run as a real process."""

from __future__ import annotations

import json

from tests.e2e.processes import server_cli


def _fresh(tmp_path) -> str:  # noqa: ANN001
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert server_cli(url, "init").returncode == 0
    assert server_cli(url, "create-org", "Nazirlik").returncode == 0
    return url


def test_password_comes_from_stdin_and_short_ones_are_refused(tmp_path):
    url = _fresh(tmp_path)
    ok = server_cli(url, "create-user", "--org", "Nazirlik", "--role", "evaluator", "rashad",
                    stdin="uzun-parol-123\n")
    assert ok.returncode == 0, ok.stderr
    short = server_cli(url, "create-user", "--org", "Nazirlik", "--role", "author", "x",
                       stdin="short\n")
    assert short.returncode == 2
    assert "at least 10 characters" in short.stderr
    unknown = server_cli(url, "create-user", "--org", "Yox", "--role", "author", "y",
                         stdin="uzun-parol-123\n")
    assert "no organization named 'Yox'" in unknown.stderr


def test_commands_on_an_uninitialized_database_say_to_run_init(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    done = server_cli(url, "create-org", "X")
    assert done.returncode == 2
    assert "run 'ideabank-server init' first" in done.stderr


def test_malformed_import_names_the_line_and_imports_nothing(tmp_path):
    url = _fresh(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text\n1,Birinci ideya\n2,\"açıq qalan dırnaq\n", encoding="utf-8")
    done = server_cli(url, "import", "--format", "csv", "--id-col", "id", "--body-col", "text",
                      "--new-contest", "Test", "--org", "Nazirlik", str(bad))
    assert done.returncode == 2
    assert "line 3" in done.stderr and "nothing was imported" in done.stderr
    # The contest was not even created, since nothing is written before the file parses.
    listing = server_cli(url, "export", "--contest", "00000000-0000-0000-0000-000000000000",
                         "--format", "json")
    assert "no contest" in listing.stderr


def test_csv_import_then_export_keeps_every_script_and_has_a_bom(tmp_path):
    url = _fresh(tmp_path)
    src = tmp_path / "ideas.csv"
    src.write_text('id,title,text\n'
                   'a1,Növbə,"Elektron növbə, ""tez"" və rahat\nikinci sətir"\n'
                   'a2,Очередь,Электронная очередь\n'
                   'a3,Junk,...\n', encoding="utf-8")
    done = server_cli(url, "import", "--format", "csv", "--id-col", "id", "--title-col", "title",
                      "--body-col", "text", "--new-contest", "Test", "--org", "Nazirlik", "--json",
                      str(src))
    report = json.loads(done.stdout)
    assert report["imported"] == 2
    # a3 is the fourth record: header line 1, a1 lines 2-3 (quoted line break), a2 line 4.
    assert report["skipped"] == [{"source_id": "a3", "id_column": "id", "line": 5,
                                  "reason": "body is only punctuation"}]
    out = tmp_path / "out.csv"
    assert server_cli(url, "export", "--contest", report["contest"], "--format", "csv",
                      "-o", str(out)).returncode == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert 'Elektron növbə, ""tez"" və rahat\nikinci sətir' in text
    assert "Электронная очередь" in text
    plain = server_cli(url, "import", "--format", "csv", "--id-col", "id", "--title-col", "title",
                       "--body-col", "text", "--contest", report["contest"], str(src))
    assert "imported 0, already present 2, skipped 1" in plain.stdout
    assert "  skipped id a3 (line 5): body is only punctuation" in plain.stdout


def test_self_check_inits_serves_and_answers(tmp_path):  # noqa: ANN001
    done = server_cli(f"sqlite:///{tmp_path / 'unused.sqlite3'}", "--self-check")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("self-check passed: database created and migrated")
    # 9 notification events × 3 languages: a package without its templates fails here.
    assert "27 e-mail templates rendered" in done.stdout
