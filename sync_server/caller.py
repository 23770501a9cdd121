"""Who is calling: the authenticated user behind a request."""

from __future__ import annotations

from dataclasses import dataclass

from shared.roles import Role


@dataclass(frozen=True)
class Caller:
    user_id: str
    org_id: str
    role: Role
    username: str
