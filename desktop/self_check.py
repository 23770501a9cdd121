"""``ideabank --self-check``: prove an installed or packaged client can start.

It opens the real main window offscreen on a throw-away profile (no server needed) and
checks what a broken package most often lacks: the Qt platform plugin, our translations,
and a working local database. Exit 0 when all is well, else 1 with the reason.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from desktop import i18n
        from desktop.profile import Profile
        from desktop.session import Session
        from desktop.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        if not i18n.install(app, "az"):
            print(f"self-check failed: no Azerbaijani catalogue in {i18n.translations_dir()}",
                  file=sys.stderr)
            return 1
        with tempfile.TemporaryDirectory(prefix="ideabank-self-check-") as folder:
            profile = Profile(folder=Path(folder), server="http://127.0.0.1:9", username="check",
                              user_id="00000000-0000-0000-0000-000000000001",
                              org_id="00000000-0000-0000-0000-000000000002", role="organizer",
                              display_name="Self-check")
            profile.save()
            session = Session(profile, token=None)
            window = MainWindow(session)
            window.show()
            app.processEvents()
            if not window.isVisible():
                print("self-check failed: the main window did not open", file=sys.stderr)
                return 1
            window.close()
            app.processEvents()
        print("self-check passed: main window opened, translations and local database work")
        return 0
    except Exception as exc:  # report any failure as the reason, for a packaging check
        traceback.print_exc()
        print(f"self-check failed: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1
