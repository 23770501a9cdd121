"""The sign-in dialog tells, in the user's language, when the server throttles sign-ins (with
the local time to try again) and when the organization still waits for approval."""

from __future__ import annotations

import datetime as dt

from desktop.api_client import ApiClient
from desktop.ui.login_dialog import LoginDialog
from desktop.worker import Worker
from sync_server.accounts import register_org
from sync_server.db import make_engine
from tests.desktop.conftest import save_screenshot
from tests.desktop.test_translations import installed_language


def _sign_in(qtbot, server: str, username: str, password: str, tmp_path,  # noqa: ANN001
             shot: str = "") -> str:
    net = Worker("test-net")
    try:
        dialog = LoginDialog(server=server, username=username, net=net, api_factory=ApiClient,
                             folder=tmp_path / username)
        qtbot.addWidget(dialog)
        dialog.password.setText(password)
        dialog.try_login()
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10000)
        if shot:
            dialog.show()
            qtbot.wait(100)
            save_screenshot(dialog, shot)
        return dialog.error.text()
    finally:
        net.shutdown()


def test_throttled_and_pending_sign_ins_are_explained(qtbot, demo_server, tmp_path):  # noqa: ANN001
    engine = make_engine(demo_server.db_url)
    register_org(engine, name="Ekologiya Nazirliyi", contact_email="eko@example.gov.az",
                 admin_username="eko", admin_display_name="", password="Ekologiya-2026-x",
                 language="az")
    engine.dispose()
    with installed_language("az"):
        pending = _sign_in(qtbot, demo_server.url, "eko", "Ekologiya-2026-x", tmp_path)
        assert pending.startswith("Təşkilatınız platforma administratorunun təsdiqini gözləyir")
        for n in range(5):
            wrong = _sign_in(qtbot, demo_server.url, "rashad", f"səhv-parol-{n}", tmp_path)
            assert wrong == "İstifadəçi adı və ya şifrə yanlışdır."
        before = dt.datetime.now().astimezone()
        refused = _sign_in(qtbot, demo_server.url, "rashad", demo_server.passwords["rashad"],
                           tmp_path, shot="az_login_throttled")
    # 5 failures just now: the account opens again 15 minutes after the first of them.
    expected = {(before + dt.timedelta(minutes=15, seconds=s)).strftime("%H:%M")
                for s in (-60, 0, 60)}
    assert refused.startswith("Çox sayda uğursuz giriş cəhdi."), refused
    assert refused.rsplit(" ", 1)[1].rstrip(".") in expected
    with installed_language("ru"):
        refused_ru = _sign_in(qtbot, demo_server.url, "rashad", demo_server.passwords["rashad"],
                              tmp_path, shot="ru_login_throttled")
    assert refused_ru.startswith("Слишком много неудачных попыток входа. Повторите попытку в ")
