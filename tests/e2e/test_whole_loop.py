"""The whole loop on real input with real processes: import, organize, score offline,
sync, rank, kiosk offline, Pabulib import."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from desktop import edits, queries
from desktop.api_client import ApiClient, Offline
from desktop.local_store import LocalStore
from desktop.sync_engine import sync_once
from shared.evaluation import Importance
from shared.roles import Role
from tests.e2e.processes import ServerProcess, server_cli

PASSWORD = "loop-password-1"
POLIS = "polis_austria_klimarat_ernaehrung_comments.csv"
PABULIB = "pabulib_Poland_Katowice_2024_Zarzecze.pb"


def client(server: ServerProcess, tmp_path, username: str) -> tuple[LocalStore, ApiClient]:  # noqa: ANN001
    api = ApiClient(server.url, timeout=5)
    user = api.login(username, PASSWORD)["user"]
    store = LocalStore(tmp_path / f"{username}.sqlite3", role=Role(user["role"]),
                       user_id=user["id"], org_id=user["org_id"])
    return store, api


@pytest.fixture()
def server(tmp_path):  # noqa: ANN001, ANN201
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert server_cli(url, "init").returncode == 0
    assert server_cli(url, "create-org", "Nazirlik").returncode == 0
    for name, role in [("leyla", "organizer"), ("rashad", "evaluator"), ("aysel", "evaluator"),
                       ("kiosk1", "kiosk")]:
        done = server_cli(url, "create-user", "--org", "Nazirlik", "--role", role, name,
                          stdin=PASSWORD + "\n")
        assert done.returncode == 0, done.stderr
    proc = ServerProcess(url)
    proc.start()
    yield proc
    proc.stop()


def test_whole_loop(server, tmp_path, shared_data):  # noqa: ANN001
    # 1. Import the Polis proposals: every body byte for byte, times from the epoch column.
    out = server_cli(server.db_url, "import", "--format", "polis", "--new-contest", "Klimarat",
                     "--org", "Nazirlik", "--json", str(shared_data / POLIS))
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    # The file has 1,452 rows; four bodies are only punctuation (".", "-", "...", ".....").
    assert (report["imported"], report["already_present"]) == (1448, 0)
    assert sorted(s["source_id"] for s in report["skipped"]) == ["1359", "140", "237", "239"]
    assert {s["reason"] for s in report["skipped"]} == {"body is only punctuation"}
    again = json.loads(server_cli(server.db_url, "import", "--format", "polis", "--contest",
                                  report["contest"], "--json", str(shared_data / POLIS)).stdout)
    assert (again["imported"], again["already_present"]) == (0, 1448)

    organizer, org_api = client(server, tmp_path, "leyla")
    sync_once(organizer, org_api)
    ideas = {i["source_id"]: i for i in queries.list_ideas(organizer, report["contest"])}
    with open(shared_data / POLIS, newline="", encoding="utf-8") as f:
        source = {r["comment-id"]: r for r in csv.DictReader(f)}
    assert len(ideas) == 1448
    for source_id, idea in ideas.items():
        assert idea["body"] == source[source_id]["comment-body"]
        epoch = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
        expected = epoch + dt.timedelta(milliseconds=int(source[source_id]["timestamp"]))
        assert idea["created_at"] == expected

    # 2. A scoring stage with low / medium / very important criteria; two experts on ten ideas.
    stage_id = edits.add_scoring_stage(organizer, contest_id=report["contest"], title="Qiymət", criteria=[
        edits.CriterionSpec("Kreativlik", Importance.LOW),
        edits.CriterionSpec("Aktuallıq", Importance.MEDIUM),
        edits.CriterionSpec("Səmərəlilik", Importance.HIGH),
    ])
    evaluators = {e["username"]: e["id"] for e in queries.list_evaluators(organizer)}
    chosen = sorted(ideas)[:10]
    chosen_ids = [ideas[s]["id"] for s in chosen]
    assert edits.assign(organizer, stage_id=stage_id, idea_ids=chosen_ids,
                        evaluator_ids=[evaluators["rashad"], evaluators["aysel"]]) == 20
    pushed = sync_once(organizer, org_api)
    assert (pushed.pushed, pushed.rejected) == (1 + 3 + 20, 0)

    # 3. Both experts sync, the server stops, they score offline, the server returns.
    experts = {name: client(server, tmp_path, name) for name in ("rashad", "aysel")}
    for store, api in experts.values():
        sync_once(store, api)
        queue = queries.evaluator_queue(store)
        assert sorted(q.idea_id for q in queue) == sorted(chosen_ids)
    server.stop()
    criteria = queries.criteria_of(experts["rashad"][0], stage_id)
    by_name = {c["name"]: c["id"] for c in criteria}
    given: dict[tuple[str, str], dict[str, int]] = {}
    for n, idea_id in enumerate(chosen_ids):
        # Scores vary by idea and expert so the ranking has a real order, with one tie.
        for name, offset in (("rashad", 0), ("aysel", 1)):
            values = {"Kreativlik": 1 + (n + offset) % 10, "Aktuallıq": 10 - n % 10,
                      "Səmərəlilik": 5 if n in (3, 4) else 1 + (2 * n + offset) % 10}
            given[(idea_id, name)] = values
            store = experts[name][0]
            edits.save_scores(store, stage_id=stage_id, idea_id=idea_id,
                              values={by_name[k]: v for k, v in values.items()})
    for store, api in experts.values():
        with pytest.raises(Offline):
            sync_once(store, api)
        assert store.pending_count() == 30
    server.start()
    for store, api in experts.values():
        done = sync_once(store, api)
        assert (done.pushed, done.rejected) == (30, 0)
        assert store.pending_count() == 0

    # 4. The organizer's ranking equals the weighted means worked out here by hand.
    sync_once(organizer, org_api)
    ranking = queries.stage_ranking(organizer, stage_id)
    expected = {}
    for idea_id in chosen_ids:
        per_expert = []
        for name in ("rashad", "aysel"):
            v = given[(idea_id, name)]
            per_expert.append((1 * v["Kreativlik"] + 2 * v["Aktuallıq"] + 3 * v["Səmərəlilik"]) / 6)
        expected[idea_id] = sum(per_expert) / 2
    assert len(ranking) == 10 and all(r.complete for r in ranking)
    assert {r.idea_id: r.score for r in ranking} == pytest.approx(expected)
    ordered = sorted(expected.values(), reverse=True)
    assert [r.rank for r in ranking] == [ordered.index(r.score) + 1 for r in ranking]

    # 5. A kiosk idea typed while the server is down arrives once, even when re-sent.
    kiosk, kiosk_api = client(server, tmp_path, "kiosk1")
    sync_once(kiosk, kiosk_api)
    server.stop()
    idea_id, code = edits.submit_idea(kiosk, contest_id=report["contest"], title="Wasser",
                                      body="Trinkbrunnen in jeder Gemeinde", contact_phone="+994501234567")
    assert edits.submit_idea(kiosk, contest_id=report["contest"], title="Wasser", body="x",
                             idea_id=idea_id) == (idea_id, code)  # a second tap
    with pytest.raises(Offline):
        sync_once(kiosk, kiosk_api)
    sent = kiosk.outbox_batch()
    assert len(sent) == 1
    server.start()
    sync_once(kiosk, kiosk_api)
    assert kiosk.pending_count() == 0
    assert queries.list_ideas(kiosk, report["contest"]) == []  # nothing of the visitor stays
    kiosk_api.push(sent)  # the same request again, as after a lost response
    sync_once(organizer, org_api)
    arrived = [i for i in queries.list_ideas(organizer, report["contest"]) if i["id"] == idea_id]
    assert len(arrived) == 1 and arrived[0]["channel"] == "kiosk"
    assert kiosk_api.track(code)["status"] == "submitted"

    # 6. The Pabulib file: nine projects with their ids, costs and outcomes.
    out = server_cli(server.db_url, "import", "--format", "pabulib", "--new-contest", "Zarzecze",
                     "--org", "Nazirlik", "--json", str(shared_data / PABULIB))
    pb = json.loads(out.stdout)
    assert (pb["imported"], pb["skipped"]) == (9, [])
    exported = json.loads(server_cli(server.db_url, "export", "--contest", pb["contest"],
                                     "--format", "json").stdout)
    projects = {i["source_id"]: (i["extra"]["cost"], i["extra"]["outcome"]) for i in exported}
    assert projects == {
        "L20/01/XI": (220000, "funded"), "L20/02/XI": (39500, "funded"),
        "L20/03/XI": (37000, "funded"), "L20/07/XI": (30820, "funded"),
        "L20/04/XI": (40500, "not_funded"), "L20/05/XI": (33600, "funded"),
        "L20/06/XI": (5500, "funded"), "L20/09/XI": (19900, "below_threshold"),
        "L20/08/XI": (8500, "below_threshold"),
    }
