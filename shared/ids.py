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


_CHECKS = uuid.UUID("0b8f4f0c-1d55-4a8e-8f3e-2c1f7a9e6d10")
_DECISIONS = uuid.UUID("9a3e2d71-5c4b-4f0a-b6e8-71d2c3f4a5b6")
_IMPLEMENTATIONS = uuid.UUID("4c7d9e1a-2b3f-4a5c-8d6e-9f0a1b2c3d4e")
_CONFLICTS = uuid.UUID("e2f1a0b9-c8d7-4e6f-a5b4-c3d2e1f0a9b8")
_ASSIGNMENTS = uuid.UUID("7b6a5c4d-3e2f-4109-8a7b-6c5d4e3f2a1b")
_REVISIONS = uuid.UUID("3d2c1b0a-9f8e-4d7c-b6a5-948372615040")


def check_id(*, evaluator_id: str, idea_id: str, stage_id: str, round_number: int) -> str:
    """One screening check per evaluator, idea, stage and round (a revision starts a new
    round), so two devices of one evaluator converge on the same record."""
    return str(uuid.uuid5(_CHECKS, f"{evaluator_id}/{idea_id}/{stage_id}/{round_number}"))


def decision_id(*, stage_id: str, idea_id: str) -> str:
    """One decision per idea and stage: two organizer devices closing the same stage write
    the same records instead of two competing ones."""
    return str(uuid.uuid5(_DECISIONS, f"{stage_id}/{idea_id}"))


def implementation_id(*, idea_id: str) -> str:
    return str(uuid.uuid5(_IMPLEMENTATIONS, idea_id))


def interest_conflict_id(*, evaluator_id: str, idea_id: str) -> str:
    """A conflict of interest holds for the idea in every stage; declaring it twice (two
    devices, or a retry) is the same record."""
    return str(uuid.uuid5(_CONFLICTS, f"{evaluator_id}/{idea_id}"))


def assignment_id(*, stage_id: str, idea_id: str, evaluator_id: str) -> str:
    """Used for assignments the server makes itself (moving one after a conflict)."""
    return str(uuid.uuid5(_ASSIGNMENTS, f"{stage_id}/{idea_id}/{evaluator_id}"))


def original_revision_id(*, idea_id: str) -> str:
    """Revision 1, the text as first sent, kept by the server when the idea is first
    returned for improvement."""
    return str(uuid.uuid5(_REVISIONS, f"{idea_id}/1"))
