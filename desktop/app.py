"""``ideabank``: the desktop client's entry point."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from shared.version import __version__

NO_DISPLAY = 3


def build_parser() -> argparse.ArgumentParser:
    from desktop.profile import DEFAULT_SERVER

    parser = argparse.ArgumentParser(prog="ideabank", description="Idea Bank desktop client")
    parser.add_argument("--version", action="version", version=f"ideabank {__version__}")
    parser.add_argument("--server", default=None, help=f"sync server (default {DEFAULT_SERVER})")
    parser.add_argument("--profile", type=Path, help="profile folder (default: one per user "
                                                      "in the application data folder)")
    parser.add_argument("--kiosk", action="store_true", help="full-screen idea entry for a "
                                                            "public service centre")
    parser.add_argument("--lang", choices=["az", "en", "ru"], help="interface language "
                                                                    "(default az)")
    parser.add_argument("--self-check", action="store_true",
                        help="open the main window offscreen on a temporary profile and exit")
    return parser


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_check:
        from desktop.self_check import run

        return run()
    if not has_display():
        # `make run` adds where its server keeps running, so the whole story is one line.
        note = os.environ.get("IDEABANK_NO_DISPLAY_NOTE", "")
        print(f"ideabank: no display found (DISPLAY/WAYLAND_DISPLAY unset), so no window can open "
              f"here.{' ' + note if note else ''}", file=sys.stderr)
        return NO_DISPLAY
    from PySide6.QtWidgets import QApplication

    from desktop import appearance, i18n, settings
    from desktop.startup import start

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Idea Bank")
    app.setOrganizationName("IdeaBank")
    app.setApplicationVersion(__version__)
    appearance.apply_saved(app)
    language = args.lang or settings.get("language") or i18n.DEFAULT_LANGUAGE
    if not i18n.install(app, language):
        print(f"ideabank: the {language} translation is missing from {i18n.translations_dir()} "
              f"(run 'make translations'); showing English.", file=sys.stderr)
    window = start(args, app)
    if window is None:
        return 1
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
