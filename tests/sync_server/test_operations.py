"""Operations: settings file and environment, body limit, backup/restore, structured logs."""

from __future__ import annotations

import dataclasses
import io
import json
import uuid
from pathlib import Path

import pytest

from sync_server import config, logs
from sync_server.app import Application
from sync_server.db import make_engine, upgrade
from tests.e2e.processes import server_cli
from tests.sync_server.server_fixtures import PASSWORD, contest_fields, make_world, mutation
from tests.sync_server.wsgi_client import WsgiClient


@pytest.fixture()
def settings():
    config.use(config.Settings())
    yield
    config.use(None)


def test_settings_file_then_environment(tmp_path):
    path = tmp_path / "server.toml"
    path.write_text('[server]\nport = 9000\nmax_body_bytes = 65536\ntoken_lifetime_days = 7\n'
                    'log_format = "text"\n', encoding="utf-8")
    loaded = config.load(path, environ={})
    assert (loaded.port, loaded.max_body_bytes, loaded.token_lifetime_days,
            loaded.log_format, loaded.threads) == (9000, 65536, 7.0, "text", 8)
    # IDEABANK_CONFIG names the file; an IDEABANK_<KEY> variable beats the file.
    env = {"IDEABANK_CONFIG": str(path), "IDEABANK_PORT": "9100", "IDEABANK_LOG_FORMAT": "json"}
    loaded = config.load(None, environ=env)
    assert (loaded.port, loaded.log_format, loaded.max_body_bytes) == (9100, "json", 65536)
    # Keys above [server] count too.
    path.write_text('threads = 4\n[server]\nport = 9200\n', encoding="utf-8")
    assert (config.load(path, environ={}).threads, config.load(path, environ={}).port) == (4, 9200)


@pytest.mark.parametrize("text, message", [
    ("prot = 1\n", "unknown key 'prot'"),
    ("port = 70000\n", "port must be between 1 and 65535"),
    ("port = \"abc\"\n", "port must be a whole number, not 'abc'"),
    ("port = true\n", "port must be a whole number$"),
    ("log_format = \"xml\"\n", "log_format must be one of json, text"),
    ("port = \n", "not valid TOML"),
])
def test_bad_settings_are_refused_by_name(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(config.ConfigError, match=message):
        config.load(path, environ={})
    with pytest.raises(config.ConfigError, match="IDEABANK_THREADS: threads must be a whole number"):
        config.load(None, environ={"IDEABANK_THREADS": "many"})


def test_cli_refuses_a_bad_settings_file_in_one_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("threads = 0\n", encoding="utf-8")
    done = server_cli(f"sqlite:///{tmp_path / 'x.sqlite3'}", "--config", str(path), "init")
    assert done.returncode == 2
    assert done.stderr.strip() == f"error: {path}: threads must be between 1 and 256"


def test_body_over_the_limit_is_refused_with_413_naming_it(tmp_path, settings):
    config.use(config.Settings(max_body_bytes=2048))
    url = f"sqlite:///{tmp_path / 's.sqlite3'}"
    upgrade(url)
    client = WsgiClient(Application(make_engine(url)))
    big = {"username": "x", "password": "p" * 3000}
    for method, path in (("POST", "/api/v1/login"), ("GET", "/api/v1/health"),
                         ("POST", "/api/v1/organizations/register")):
        answer = client.request(method, path, big)
        assert answer.status == 413, (path, answer.body)
        assert answer.body["limit"] == 2048
        assert "limit is 2048 bytes" in answer.body["message"]
    # Just under the limit is read and validated as usual.
    small = client.request("POST", "/api/v1/login", {"username": "x", "password": "p" * 1000})
    assert small.status == 401


MIGRATIONS = Path(__file__).resolve().parents[2] / "sync_server" / "migrations" / "versions"


def test_backup_and_restore_sqlite_through_the_command_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    assert server_cli(url, "init").returncode == 0
    assert server_cli(url, "create-org", "Birinci").returncode == 0
    copy = tmp_path / "copy.sqlite3"
    done = server_cli(url, "backup", str(copy))
    assert done.returncode == 0, done.stderr
    # The backup names the schema it holds: the newest migration, which init applied.
    head = sorted(p.name[:4] for p in MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.py"))[-1]
    assert f"schema {head}" in done.stdout
    assert server_cli(url, "backup", str(copy)).stderr.startswith("error: ")  # never overwritten
    assert server_cli(url, "create-org", "İkinci").returncode == 0
    refused = server_cli(url, "restore", str(copy))
    assert refused.returncode == 2 and "--force" in refused.stderr
    restored = server_cli(url, "restore", "--force", str(copy))
    assert restored.returncode == 0, restored.stderr
    names = [o["name"] for o in json.loads(server_cli(url, "list-orgs", "--json").stdout)]
    assert names == ["Birinci"]  # the organization created after the backup is gone
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"not a database at all" * 100)
    bad = server_cli(url, "restore", "--force", str(junk))
    assert bad.returncode == 2 and "not an Idea Bank database backup" in bad.stderr


def test_postgresql_backup_prints_pg_dump_and_refuses(tmp_path):
    url = "postgresql+psycopg://ops@db.example:5433/ideabank"
    done = server_cli(url, "backup", str(tmp_path / "x.dump"))
    assert done.returncode == 2
    assert "pg_dump -h db.example -p 5433 -U ops -Fc -f ideabank.dump ideabank" in done.stderr
    again = server_cli(url, "restore", str(tmp_path / "x.dump"))
    assert again.returncode == 2 and "pg_restore -h db.example" in again.stderr
    assert not (tmp_path / "x.dump").exists()


def test_cli_lists_pending_organizations_and_approves_them(tmp_path):
    from sync_server.accounts import register_org

    url = f"sqlite:///{tmp_path / 'orgs.sqlite3'}"
    assert server_cli(url, "init").returncode == 0
    register_org(make_engine(url), name="Kənd Təsərrüfatı", contact_email="baku@agro.gov.az",
                 admin_username="samir", admin_display_name="", password="uzun-parol-2026",
                 language="az")
    listed = server_cli(url, "list-orgs", "--pending")
    assert listed.stdout.startswith("pending   Kənd Təsərrüfatı  contact baku@agro.gov.az")
    approved = server_cli(url, "approve-org", "Kənd Təsərrüfatı")
    assert approved.returncode == 0, approved.stderr
    assert server_cli(url, "list-orgs", "--pending").stdout.strip() == \
        "No organizations are waiting for approval."
    unknown = server_cli(url, "approve-org", "Yoxdur")
    assert unknown.returncode == 2 and "no organization named 'Yoxdur'" in unknown.stderr


def test_log_of_a_run_holds_no_password_token_or_contact_detail(tmp_path, settings):
    stream = io.StringIO()
    handler = logs.configure(level="INFO", fmt="json", stream=stream)
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    upgrade(url)
    try:
        world = make_world(url)
        anon = WsgiClient(world.app)
        secret_pw = "Gizli-Parol-5521"
        anon.request("POST", "/api/v1/organizations/register", {
            "name": "Loq Yoxlama", "contact_email": "secret.person@mail.az",
            "admin_username": "loqadmin", "password": secret_pw, "language": "en"})
        anon.request("POST", "/api/v1/login", {"username": "ev1", "password": "wrong-Pass-77"})
        org = world.client("org_a")
        contest = str(uuid.uuid4())
        org.request("POST", "/api/v1/push", {"mutations": [
            mutation("contest", contest, contest_fields())]})
        kiosk = world.client("kiosk_a")
        pushed = kiosk.request("POST", "/api/v1/push", {"mutations": [mutation("idea", str(
            uuid.uuid4()), {"contest_id": contest, "title": "Növbə", "body": "Elektron növbə",
                            "contact_phone": "+994 50 123 45 67",
                            "contact_email": "vətəndaş@mail.az",
                            "contact_name": "Aygün Həsənova"})]})
        code = pushed.body["results"][0]["record"]["tracking_code"]
        anon.request("GET", f"/api/v1/track/{code}")
        anon.request("POST", "/api/v1/password", {"current_password": PASSWORD,
                                                  "new_password": "Yeni-Parol-8812"},
                     token=world.client("ev2").token)
        def boom(ctx):  # noqa: ANN001, ANN202 - an unexpected failure that quotes an address
            raise RuntimeError("could not notify secret.person@mail.az")

        world.app.routes = [dataclasses.replace(r, handler=boom) for r in world.app.routes]
        assert anon.request("GET", "/api/v1/pull", token=org.token).status == 500
    finally:
        logs.logging.getLogger().removeHandler(handler)
    text = stream.getvalue()
    lines = [json.loads(line) for line in text.splitlines()]
    requests = [e for e in lines if e["message"] == "request"]
    # register, a failed login, 3 logins, 2 pushes, track, password, the failing pull: 10
    assert len(requests) == 10
    assert {"route", "status", "ms", "method"} <= set(requests[0])
    assert {(e["route"], e["status"]) for e in requests} >= {
        ("/api/v1/organizations/register", 201), ("/api/v1/login", 401),
        ("/api/v1/track/{code}", 200), ("/api/v1/password", 200), ("/api/v1/pull", 500)}
    failure = next(e for e in lines if e["message"] == "unexpected error")
    assert "RuntimeError: could not notify [email]" in failure["error"]
    for secret in (secret_pw, "wrong-Pass-77", PASSWORD, "Yeni-Parol-8812", org.token,
                   kiosk.token, "secret.person", "mail.az", "123 45 67", "Aygün", code):
        assert secret not in text, secret
