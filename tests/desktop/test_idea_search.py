"""Searching ideas in the replica: Azerbaijani case rules for Azerbaijani text, Unicode's for
English, Russian and German text, whatever language the interface is in."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop.local_store import LocalStore
from desktop.organizer_queries import idea_ids
from desktop.replica_schema import domain
from shared.roles import Role

ORG, CONTEST = "o1", "c1"

IDEAS = {
    "inn": ("İnnovasiya mərkəzi", "Rayonda gənclər üçün mərkəz."),
    "isiq": ("Küçələrdə ışıq", "Gecə yollar qaranlıqdır."),
    "seki": ("Şəki üçün turizm xəritəsi", "Xan sarayı və karvansaray."),
    "cicek": ("ÇİÇƏK BAZARI", "Şəhər mərkəzində həftəlik bazar."),
    "ilham": ("İlham verən kitabxana", "Oxu zalı."),
    "ilqar": ("ILQAR MÜƏLLİMİN TƏKLİFİ", "Məktəbə kompüter."),
    "en": ("INNOVATION HUB", "A place for young people to build things."),
    "de": ("Initiative für Schulessen", "REGIONALE Lebensmittel in Schulen."),
    "ru": ("Инновационный центр", "ОТКРЫТЬ ЦЕНТР для молодёжи."),
    "pct": ("100% bərpa olunan enerji", "Günəş panelləri."),
    "caps": ("ILDIRIM ÖTÜRÜCÜSÜ", ""),  # no ə, ı, ğ or İ: nothing tells its language
    "glob": ("[Beta] layihə: *yeni* sual?", "Üç addım."),
}


@pytest.fixture
def store(tmp_path: Path):  # noqa: ANN201
    store = LocalStore(tmp_path / "replica.sqlite3", role=Role.ORGANIZER, user_id="u1",
                       org_id=ORG)
    start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    with store.tx() as conn:
        conn.execute(domain["contest"].insert(), [{
            "id": CONTEST, "org_id": ORG, "title": "Müsabiqə", "description": "",
            "requirements": [], "starts_at": start, "ends_at": start + dt.timedelta(days=90),
            "timezone": "Asia/Baku", "visibility": "public", "status": "open",
            "categories": [], "rev": 1}])
        conn.execute(domain["idea"].insert(), [
            {"id": key, "contest_id": CONTEST, "org_id": ORG, "title": title, "body": body,
             "channel": "desktop", "status": "submitted",
             "created_at": start + dt.timedelta(minutes=n), "rev": 1}
            for n, (key, (title, body)) in enumerate(IDEAS.items())])
    yield store
    store.close()


@pytest.mark.parametrize(("query", "found"), [
    # Azerbaijani: İ↔i and I↔ı, whatever the case the idea or the query is in.
    ("innovasiya", {"inn"}),
    ("İNNOVASİYA", {"inn"}),
    ("IŞIQ", {"isiq"}),
    ("ışıq", {"isiq"}),
    ("şəki", {"seki"}),
    ("ŞƏKİ", {"seki"}),
    ("çiçək", {"cicek"}),
    ("ÇİÇƏK", {"cicek"}),
    # "ILHAM" is ılham in Azerbaijani, not İlham; "ılqar" is how ILQAR folds.
    ("ILHAM", set()),
    ("ilham", {"ilham"}),
    ("ılqar", {"ilqar"}),
    ("ilqar", set()),
    # English and German ideas: I↔i by Unicode's rules, so INNOVATION is "innovation".
    ("innovation", {"en"}),
    ("Innovation", {"en"}),
    ("initiative", {"de"}),
    ("INITIATIVE", {"de"}),
    ("regionale", {"de"}),
    # Russian: Unicode's rules.
    ("инновационный", {"ru"}),
    ("открыть центр", {"ru"}),
    # Capitals with nothing to tell the language: found the Azerbaijani and the Unicode way.
    ("ıldırım", {"caps"}),
    ("ILDIRIM", {"caps"}),
    ("ötürücüsü", {"caps"}),
    # Percent and underscore are text, not wildcards.
    ("100%", {"pct"}),
    ("1_0", set()),
    # Nor are GLOB's: star, question mark and brackets are searched for as they are.
    ("*", {"glob"}),
    ("sual?", {"glob"}),
    ("?", {"glob"}),
    ("[beta]", {"glob"}),
    ("[b", {"glob"}),
    ("]", {"glob"}),
    ("y*i", set()),
    ("[bc]eta", set()),
])
def test_search_follows_the_rules_of_each_ideas_language(store, query, found) -> None:  # noqa: ANN001
    assert set(idea_ids(store, CONTEST, text=query)) == found


@pytest.mark.parametrize("text_added", [False, True])
def test_a_replica_with_two_copies_per_idea_is_folded_again(tmp_path: Path,
                                                            text_added: bool) -> None:
    path = tmp_path / "replica.sqlite3"
    store = LocalStore(path, role=Role.ORGANIZER, user_id="u1", org_id=ORG)
    start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    with store.tx() as conn:
        conn.execute(domain["idea"].insert(), [{
            "id": "de", "contest_id": CONTEST, "org_id": ORG, "title": "INITIATIVE",
            "body": "Schulessen", "channel": "import", "status": "submitted",
            "created_at": start, "rev": 1}])
    store.close()
    # Earlier versions kept a title and a text column, folded the Azerbaijani way (the
    # earliest without a mark), written by triggers of their own.
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TRIGGER idea_search_insert")
        raw.execute("DROP TABLE idea_search")
        raw.execute("CREATE TABLE idea_search (id VARCHAR(36) PRIMARY KEY, title TEXT NOT NULL, "
                    "body TEXT NOT NULL)")
        raw.execute("INSERT INTO idea_search VALUES ('de', 'ınıtıatıve', 'schulessen')")
        if text_added:  # as a step adding missing columns would have, were it nullable
            raw.execute("ALTER TABLE idea_search ADD COLUMN text TEXT")
        raw.execute("CREATE TRIGGER idea_search_insert AFTER INSERT ON idea BEGIN "
                    "INSERT INTO idea_search (id, title, body) VALUES (new.id, new.title, ''); "
                    "END")
    store = LocalStore(path, role=Role.ORGANIZER, user_id="u1", org_id=ORG)
    try:
        assert idea_ids(store, CONTEST, text="initiative") == ["de"]
        # New ideas go through the new triggers (the old one would fail on its columns).
        with store.tx() as conn:
            conn.execute(domain["idea"].insert(), [{
                "id": "en", "contest_id": CONTEST, "org_id": ORG, "title": "Initiative",
                "body": "School meals", "channel": "import", "status": "submitted",
                "created_at": start, "rev": 1}])
        assert set(idea_ids(store, CONTEST, text="initiative")) == {"de", "en"}
        assert idea_ids(store, CONTEST, text="school MEALS") == ["en"]
    finally:
        store.close()


def test_a_match_never_spans_the_title_and_the_text(store) -> None:  # noqa: ANN001
    # "mərkəzi" ends the title of "inn" and "Rayonda" starts its text ("cicek" has
    # "mərkəzində" in its text).
    assert set(idea_ids(store, CONTEST, text="mərkəzi")) == {"inn", "cicek"}
    assert idea_ids(store, CONTEST, text="rayonda") == ["inn"]
    assert idea_ids(store, CONTEST, text="mərkəzi rayonda") == []
    assert idea_ids(store, CONTEST, text="mərkəzi\x1frayonda") == []


def test_an_edited_idea_is_found_by_its_new_text(store) -> None:  # noqa: ANN001
    with store.tx() as conn:
        conn.execute(domain["idea"].update().where(domain["idea"].c.id == "en")
                     .values(title="Gənclər üçün İNNOVASİYA"))
    # Now Azerbaijani (ə, ü): "innovasiya" finds it by the Azerbaijani rules.
    assert set(idea_ids(store, CONTEST, text="innovasiya")) == {"inn", "en"}


def test_a_nul_character_hides_nothing_and_cuts_no_query_short(store) -> None:  # noqa: ANN001
    # GLOB stops at a NUL: in a title it would hide the text after it from search.
    start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    with store.tx() as conn:
        conn.execute(domain["idea"].insert(), [
            {"id": "nul", "contest_id": CONTEST, "org_id": ORG, "title": "Park\x00",
             "body": "Uşaq meydançası", "channel": "import", "status": "submitted",
             "created_at": start, "rev": 1},
            {"id": "ends", "contest_id": CONTEST, "org_id": ORG, "title": "Quyruq",
             "body": "sonu abc", "channel": "import", "status": "submitted",
             "created_at": start, "rev": 1}])
    assert idea_ids(store, CONTEST, text="meydança") == ["nul"]
    # In a query it would cut the pattern to "abc", found at the end of "sonu abc".
    assert idea_ids(store, CONTEST, text="abc\x00xyz") == []
    assert idea_ids(store, CONTEST, text="sonu\x00abc") == ["ends"]


def test_a_search_longer_than_sqlite_takes_is_cut(store) -> None:  # noqa: ANN001
    # 25,001 "ə" are 50,002 bytes, over SQLite's limit for a GLOB pattern.
    assert idea_ids(store, CONTEST, text="ə" * 25_001) == []
    assert idea_ids(store, CONTEST, text="*" * 20_000) == []
    # Cut at MAX_SEARCH characters: a long query that starts with a title still finds it.
    assert idea_ids(store, CONTEST, text="Şəki üçün" + " " * 2000 + "x") == ["seki"]
