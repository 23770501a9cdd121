"""Engine creation and schema migration for the server database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, insert, select

from sync_server.tables import counter

MIGRATIONS = Path(__file__).with_name("migrations")


def one_line(exc: Exception) -> str:
    """``exc`` as one line for an ``error:`` message: the driver's lines joined, without
    SQLAlchemy's "(Background on this error at: …)" link, which helps nobody at a console."""
    lines = [line.strip() for line in str(exc).splitlines()
             if line.strip() and not line.strip().startswith("(Background on this error")]
    return f"{exc.__class__.__name__}: {'; '.join(lines)}"


def make_engine(url: str) -> Engine:
    """An engine tuned for the backend: SQLite gets WAL and write transactions that take
    the write lock at BEGIN (so two writers queue instead of failing on upgrade)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _record):  # noqa: ANN001
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # noqa: ANN001
            immediate = conn.get_execution_options().get("write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str) -> None:
    """Create or upgrade the schema to the newest revision, then seed the counters."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        folder = Path(url.removeprefix("sqlite:///")).parent
        if not folder.is_dir():
            raise SchemaError(f"the folder {folder} for the SQLite database does not exist")
    command.upgrade(alembic_config(url), "head")
    engine = make_engine(url)
    try:
        with engine.connect().execution_options(write=True) as conn, conn.begin():
            if conn.execute(select(counter.c.name).where(counter.c.name == "changes")).first() is None:
                conn.execute(insert(counter).values(name="changes", value=0))
    finally:
        engine.dispose()


class SchemaError(RuntimeError):
    """The database is missing or not at the schema this server needs."""


def require_current_schema(url: str) -> None:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    try:
        engine = create_engine(url)
    except Exception as exc:  # a URL SQLAlchemy cannot parse, a driver that is not installed
        raise SchemaError(f"cannot use the database URL: {one_line(exc)}") from None
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except Exception as exc:  # unreachable server, bad URL, ...
        raise SchemaError(f"cannot open the database: {one_line(exc)}") from None
    finally:
        engine.dispose()
    if current != head:
        raise SchemaError("the database is not initialized or is out of date; "
                          "run 'ideabank-server init' first")
