"""Staff access to a locked-down kiosk: PIN pad, staff menu, settings, and applying them.

Both ways in, the long press on the start page's corner and Ctrl+Alt+Shift+Q, open the
PIN pad; only a correct PIN opens the staff menu. While any of these is open the idle
watcher runs, so a pad left open goes away like a visitor's form does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop import credentials, kiosk_settings
from desktop.ui.kiosk.pin_dialog import PinDialog
from desktop.ui.kiosk.pin_lock import LOCK_FILE, Clock, PinLock
from desktop.ui.kiosk.staff_entry import LongPressCorner
from desktop.ui.kiosk.staff_menu import SettingsPanel, StaffMenu

if TYPE_CHECKING:
    from desktop.ui.kiosk.window import KioskWindow


class StaffAccess(QObject):
    def __init__(self, window: KioskWindow, *, clock: Clock | None = None) -> None:
        super().__init__(window)
        self.window = window
        session = window.session
        folder = session.profile.folder
        self.lock = PinLock(folder / LOCK_FILE, clock) if clock else PinLock(folder / LOCK_FILE)
        # Over the pages, not over the idle banner: its countdown must stay visible.
        self.pin_dialog = PinDialog(session, self.lock, window.stack)
        self.menu = StaffMenu(window.stack)
        self.settings = SettingsPanel(window.stack)
        self.corner = LongPressCorner(window.start_page)

        self.corner.long_pressed.connect(self.open_pin)
        self.pin_dialog.unlocked.connect(self.open_menu)
        self.pin_dialog.cancelled.connect(window.arm_if_needed)
        self.menu.leave_requested.connect(self.leave)
        self.menu.settings_requested.connect(self.open_settings)
        self.menu.closed.connect(window.arm_if_needed)
        self.settings.saved.connect(self.apply)
        self.settings.closed.connect(lambda: self.open_menu())

    def panels(self) -> tuple[PinDialog, StaffMenu, SettingsPanel]:
        return self.pin_dialog, self.menu, self.settings

    def is_open(self) -> bool:
        return any(panel.isVisible() for panel in self.panels())

    def retranslate(self) -> None:
        for panel in self.panels():
            panel.retranslate()

    def open_pin(self) -> None:
        if self.is_open():
            return  # a second long press or shortcut while a panel is up changes nothing
        self.pin_dialog.open_pad()
        self.window.idle.arm()

    def open_menu(self, *, saved: bool = False) -> None:
        self.menu.open_menu(saved=saved)
        self.window.idle.arm()

    def open_settings(self) -> None:
        self.menu.hide()
        self.settings.open_with(self.window.session.api.base_url,
                                int(self.window.idle.idle_seconds))

    def close_all(self) -> None:
        self.pin_dialog.close_pad()
        self.menu.hide()
        self.settings.hide()

    def leave(self) -> None:
        self.close_all()
        self.window.close()

    def apply(self, server: str, idle_seconds: int) -> None:
        session = self.window.session
        profile = session.profile
        previous = (profile.server, session.api.base_url)
        try:
            kiosk_settings.save_idle_seconds(profile.folder, idle_seconds)
            if server != session.api.base_url:
                profile.server = server
                profile.save()
        except OSError:
            profile.server = previous[0]
            self.settings.show_over()
            self.settings.show_failure()
            return
        self.window.idle.set_idle_seconds(idle_seconds)
        if server != previous[1]:
            session.api.base_url = server
            # The sign-in is kept per server address: keep it under the new one too, so the
            # kiosk still starts signed in (off the GUI thread: a keyring may be slow).
            token, username = session.api.token, profile.username
            if token:
                session.net.submit(lambda: _keep_token(server, username, token))
            session.sync_now()
        self.open_menu(saved=True)


def _keep_token(server: str, username: str, token: str) -> None:
    try:
        credentials.save_token(server, username, token)
    except credentials.KeyringUnavailable:
        pass  # the kiosk will ask to sign in at its next start, as without a keyring
