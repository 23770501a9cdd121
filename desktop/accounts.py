"""Opening a user's profile: with the password, checked here or by the server. No Qt.

Each user of a workstation has a profile folder of their own (one replica file each, the
folder readable by the operating-system account only). The profile opens only with its
user's password: when the server cannot be reached, the password is checked against a
local verifier, an Argon2id hash kept in profile.json; the password itself is never
stored, and the sync token lives only in the OS keyring (or, without one, in memory).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from desktop import credentials
from desktop.api_client import ApiClient, NeedsLogin, Offline
from desktop.profile import Profile, default_profile_dir

_hasher = PasswordHasher()  # Argon2id with the library's current recommended cost


class WrongPassword(Exception):
    """The password does not open this profile; ``offline`` when only the local check ran."""

    def __init__(self, offline: bool = False) -> None:
        super().__init__("wrong user name or password")
        self.offline = offline


class ProfileOfAnotherUser(Exception):
    """The chosen profile folder belongs to another account."""

    def __init__(self, owner: str) -> None:
        super().__init__(f"this profile belongs to {owner}")
        self.owner = owner


@dataclass
class Unlocked:
    profile: Profile
    token: str | None  # None: opened offline without a stored token; sync asks to sign in
    keyring_missing: bool = False  # the token could not be kept for the next start


def make_verifier(password: str) -> str:
    return _hasher.hash(password)


def password_matches(verifier: str, password: str) -> bool:
    try:
        return _hasher.verify(verifier, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def unlock(server: str, username: str, password: str, folder: Path | None = None, *,
           api_factory: Callable[[str], ApiClient] = ApiClient) -> Unlocked:
    """Open (or create) ``username``'s profile with ``password``.

    A profile that exists here opens from its verifier, online or not; the server is asked
    only to get a token that the keyring does not hold, or when the local check fails (the
    password may have been changed on the server). A new profile needs the server.
    Raises WrongPassword, ProfileOfAnotherUser, or the api client's SyncError subclasses.
    """
    server = server.rstrip("/")
    folder = folder or default_profile_dir(username)
    local = Profile.load(folder)
    if local is not None and local.username != username:
        raise ProfileOfAnotherUser(local.username)
    api = api_factory(server)
    if local is not None and local.verifier and local.server == server:
        if password_matches(local.verifier, password):
            token = credentials.load_token(server, username)
            if token is not None:
                return Unlocked(local, token)
            try:
                api.login(username, password)
            except Offline:
                return Unlocked(local, None)  # work offline; the next start asks the server
            except NeedsLogin:
                raise WrongPassword() from None  # the server no longer takes this password
            # Told once, when the profile was made; here the password was simply asked again.
            _keep_token(local, api.token)
            return Unlocked(local, api.token)
        try:
            body = api.login(username, password)
        except Offline:
            raise WrongPassword(offline=True) from None
        except NeedsLogin:
            raise WrongPassword() from None
    else:
        try:
            body = api.login(username, password)
        except NeedsLogin:
            raise WrongPassword() from None
    return _signed_in(folder, local, api, body, password)


def _signed_in(folder: Path, previous: Profile | None, api: ApiClient, body: dict,
               password: str) -> Unlocked:
    user = body["user"]
    if previous is not None and (previous.user_id != user["id"] or previous.server != api.base_url):
        # Another server (or a re-created account): start a fresh replica, keep the old aside.
        if previous.database.exists():
            shutil.move(str(previous.database), str(previous.database) + ".old")
    profile = Profile(folder=folder, server=api.base_url, username=user["username"],
                      user_id=user["id"], org_id=user["org_id"], role=user["role"],
                      display_name=user["display_name"], language=user.get("language", "az"),
                      verifier=make_verifier(password))
    profile.save()
    return Unlocked(profile, api.token, keyring_missing=not _keep_token(profile, api.token))


def _keep_token(profile: Profile, token: str | None) -> bool:
    if token is None:
        return True
    try:
        credentials.save_token(profile.server, profile.username, token)
    except credentials.KeyringUnavailable:
        return False
    return True


__all__ = ["ProfileOfAnotherUser", "Unlocked", "WrongPassword", "make_verifier",
           "password_matches", "unlock"]
