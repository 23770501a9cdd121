"""The ideabank-server command line, run as a real process."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

from tests.e2e.processes import REPO, server_cli


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


def test_create_user_org_admin_may_invite_and_approve_org_says_who_can_log_in(tmp_path):
    from sync_server import config
    from sync_server.app import Application
    from sync_server.db import make_engine
    from tests.sync_server.wsgi_client import WsgiClient

    url = _fresh(tmp_path)
    # create-org made Nazirlik with nobody in it: approving it promises no login.
    nobody = server_cli(url, "approve-org", "Nazirlik")
    assert nobody.stdout.strip() == (
        "Organization 'Nazirlik' is now approved; it has no administrator yet, make one with: "
        "ideabank-server create-user --org Nazirlik --role organizer --org-admin USERNAME")
    # The flag means nothing on another role, so it is refused before a password is read.
    wrong = server_cli(url, "create-user", "--org", "Nazirlik", "--role", "evaluator",
                       "--org-admin", "rashad", stdin="uzun-parol-123\n")
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("error: --org-admin needs --role organizer")
    made = server_cli(url, "create-user", "--org", "Nazirlik", "--role", "organizer",
                      "--org-admin", "samir", stdin="uzun-parol-123\n")
    assert made.returncode == 0, made.stderr
    assert made.stdout.rstrip().endswith(", the administrator of 'Nazirlik'")
    assert server_cli(url, "approve-org", "Nazirlik").stdout.strip() == (
        "Organization 'Nazirlik' is now approved; its administrator samir can log in")
    # samir may invite staff, as a registered organization's first administrator may.
    config.use(config.Settings())
    try:
        client = WsgiClient(Application(make_engine(url)))
        client.token = client.request("POST", "/api/v1/login", {
            "username": "samir", "password": "uzun-parol-123"}).body["token"]
        invite = client.request("POST", "/api/v1/invitations", {"role": "evaluator"})
        assert invite.status == 201, invite.body
    finally:
        config.use(None)


def test_create_user_with_empty_standard_input_says_no_password_was_given(tmp_path):
    url = _fresh(tmp_path)
    done = server_cli(url, "create-user", "--org", "Nazirlik", "--role", "author", "kamran",
                      stdin="")
    assert done.returncode == 2
    assert done.stderr == ("error: no password was given (standard input was empty); nothing "
                           "was changed\n")


def _serve(url: str, *args: str) -> subprocess.CompletedProcess:
    # A short timeout: should the bind wrongly succeed, the server would run until killed.
    return subprocess.run([sys.executable, "-m", "sync_server", "--db", url, "serve", *args],
                          capture_output=True, text=True, cwd=REPO, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def test_serve_on_an_impossible_address_or_a_taken_port_prints_one_error_line(tmp_path):
    url = _fresh(tmp_path)
    # 256 is no IPv4 octet: waitress raised ValueError("Invalid host/port specified.").
    bad_host = _serve(url, "--host", "256.1.1.1", "--port", "8799")
    assert bad_host.returncode == 2
    assert bad_host.stderr == ("error: cannot listen on 256.1.1.1:8799: Invalid host/port "
                               "specified.\n")
    assert bad_host.stdout == ""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = _serve(url, "--host", "127.0.0.1", "--port", str(port))
    assert busy.returncode == 2
    assert busy.stderr == "error: Address already in use\n"
    assert busy.stdout == ""  # the banner comes only once the socket is bound


def test_list_contests_and_seed_demo_print_contest_ids(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    # No Polis file there: one line says so, and the run still succeeds.
    seeded = server_cli(url, "seed-demo", "--shared-data", str(tmp_path / "nowhere"))
    assert seeded.returncode == 0, seeded.stderr
    lines = seeded.stdout.splitlines()
    assert lines[1].split()[:2] == ["organizer", "leyla"]
    assert lines[1].endswith("(the organization's administrator: may invite staff)")
    assert lines[-1] == (f"No polis_austria_klimarat_ernaehrung_comments.csv in "
                         f"{tmp_path / 'nowhere'}: the Polis contest was skipped")
    contest_line = lines[-2]
    assert contest_line.startswith("Contest ") and contest_line.endswith(
        ": Kəndlər üçün rəqəmsal xidmətlər")
    contest_id = contest_line.split()[1].rstrip(":")
    assert server_cli(url, "create-org", "Boş").returncode == 0
    listed = server_cli(url, "list-contests", "--json")
    # The sample file resources/sample/kend_reqemsal_xidmetler.json holds 12 ideas.
    assert json.loads(listed.stdout) == [{
        "id": contest_id, "organization": "Rəqəmsal İnkişaf Nazirliyi (demo)",
        "title": "Kəndlər üçün rəqəmsal xidmətlər", "status": "open", "ideas": 12}]
    plain = server_cli(url, "list-contests", "--org", "Rəqəmsal İnkişaf Nazirliyi (demo)")
    assert plain.stdout == (f"{contest_id}  open         12 ideas  Rəqəmsal İnkişaf Nazirliyi "
                            "(demo): Kəndlər üçün rəqəmsal xidmətlər\n")
    assert server_cli(url, "list-contests", "--org", "Boş").stdout == "No contests yet.\n"
    unknown = server_cli(url, "list-contests", "--org", "Yox")
    assert (unknown.returncode, unknown.stderr) == (2, "error: no organization named 'Yox'\n")


def test_unsupported_or_unreachable_databases_are_refused_in_one_line(tmp_path):
    mysql = server_cli("mysql://ops:secret@db.example/ideabank", "list-orgs")
    assert mysql.returncode == 2
    # The password is hidden, and no ModuleNotFoundError traceback is printed.
    assert mysql.stderr == ("error: unsupported database mysql://ops:***@db.example/ideabank: "
                            "use sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME\n")
    # Nothing listens on port 1: the driver's refusal, without SQLAlchemy's link line.
    down = server_cli(f"sqlite:///{tmp_path / 'x.sqlite3'}", "audit", "verify", "--db",
                      "postgresql+psycopg://nobody@127.0.0.1:1/x")
    assert down.returncode == 2
    assert down.stderr.startswith("error: cannot open the database: OperationalError: ")
    assert "Background on this error" not in down.stderr
    assert down.stderr.count("\n") == 1


def test_import_given_a_folder_says_it_is_a_folder(tmp_path):
    url = _fresh(tmp_path)
    done = server_cli(url, "import", "--format", "polis", "--new-contest", "T", "--org",
                      "Nazirlik", str(tmp_path))
    assert (done.returncode, done.stderr) == (
        2, f"error: {tmp_path} is a folder; name the file to import\n")
