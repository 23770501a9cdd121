"""Record identities that several devices must agree on without asking the server."""

from __future__ import annotations

import uuid

_SCORES = uuid.UUID("6f1c2f0e-3b7a-4d8e-9a51-5a7c1e0b9d42")


def new_id() -> str:
    return str(uuid.uuid4())


def score_id(*, evaluator_id: str, idea_id: str, criterion_id: str) -> str:
    """One score record per evaluator, idea and criterion, whichever device made it.

    Two laptops of the same expert therefore write the same record, and the server's
    order of arrival decides deterministically which value stands on every replica.
    """
    return str(uuid.uuid5(_SCORES, f"{evaluator_id}/{idea_id}/{criterion_id}"))
