"""Assign evaluators to ideas: k per idea, conflicts of interest respected, loads balanced.

Pure and deterministic: the only randomness is a ``random.Random(seed)`` made from the
caller's seed, and no set is ever iterated (string hashing differs between processes), so
the same inputs and seed give the same pairs on every machine.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterable, Sequence

Pair = tuple[str, str]  # (idea_id, evaluator_id)


class AssignmentError(ValueError):
    """An idea cannot get the evaluators it needs; the message names the idea."""


def _unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _seeded_rank(pool: Sequence[str], rng: random.Random) -> dict[str, int]:
    """A seeded order of the evaluators, used to break ties between equal loads."""
    shuffled = list(pool)
    rng.shuffle(shuffled)
    return {evaluator_id: position for position, evaluator_id in enumerate(shuffled)}


def auto_assign(
    idea_ids: Sequence[str],
    evaluator_ids: Sequence[str],
    *,
    k: int,
    existing: Iterable[tuple[str, str]] = (),
    excluded: Iterable[tuple[str, str]] = (),
    seed: int = 0,
) -> list[tuple[str, str]]:
    """New (idea_id, evaluator_id) pairs giving every idea ``k`` evaluators in total.

    - ``existing`` pairs count towards an idea's ``k`` and towards an evaluator's load; they
      are kept as they are (never moved, never removed), also on ideas not in ``idea_ids``.
      An idea that already has ``k`` or more evaluators gets nothing new.
    - No new pair is ever in ``excluded`` (declared conflicts of interest, authors of their
      own ideas) and no evaluator is put on the same idea twice.
    - Loads (existing + new pairs per evaluator in ``evaluator_ids``) are balanced: the
      result minimises the spread max − min among all valid assignments, so it is ≤ 1
      whenever the exclusions and existing pairs allow it.
    - Deterministic: ideas are processed in a seeded shuffled order, each taking the
      least-loaded eligible evaluators with ties broken by a seeded order; a repair pass
      then moves new pairs along chains from heavier to lighter evaluators until no chain
      can lower the spread.

    Returns the new pairs sorted by the position of the idea in ``idea_ids`` and then of
    the evaluator in ``evaluator_ids``. Raises ``AssignmentError`` (checked for all ideas,
    in input order, before assigning anything) naming the first idea with fewer than
    ``k`` evaluators possible, and ``ValueError`` when ``k`` is negative.
    """
    if k < 0:
        raise ValueError(f"k must not be negative, got {k}")
    ideas = _unique(idea_ids)
    pool = _unique(evaluator_ids)
    banned = set(excluded)
    holders: dict[str, list[str]] = {}  # idea -> evaluators on it, existing then new
    load = {evaluator_id: 0 for evaluator_id in pool}
    for idea_id, evaluator_id in _unique(existing):
        holders.setdefault(idea_id, []).append(evaluator_id)
        if evaluator_id in load:
            load[evaluator_id] += 1

    def eligible(idea_id: str) -> list[str]:
        on_it = holders.get(idea_id, [])
        return [e for e in pool if (idea_id, e) not in banned and e not in on_it]

    missing: dict[str, int] = {}
    for idea_id in ideas:
        needed = k - len(holders.get(idea_id, []))
        if needed <= 0:
            continue
        available = len(eligible(idea_id))
        if available < needed:
            raise AssignmentError(
                f"idea {idea_id!r} needs {needed} more evaluator(s) to reach {k} "
                f"but only {available} eligible evaluator(s) are left"
            )
        missing[idea_id] = needed

    rng = random.Random(seed)
    order = list(missing)
    rng.shuffle(order)
    rank = _seeded_rank(pool, rng)
    movable: dict[str, list[str]] = {evaluator_id: [] for evaluator_id in pool}  # new pairs
    for idea_id in order:
        chosen = sorted(eligible(idea_id), key=lambda e: (load[e], rank[e]))[: missing[idea_id]]
        for evaluator_id in chosen:
            holders.setdefault(idea_id, []).append(evaluator_id)
            movable[evaluator_id].append(idea_id)
            load[evaluator_id] += 1

    _rebalance(pool, rank, load, holders, movable, banned)

    idea_pos = {idea_id: position for position, idea_id in enumerate(ideas)}
    pool_pos = {evaluator_id: position for position, evaluator_id in enumerate(pool)}
    pairs = [(idea_id, e) for e in pool for idea_id in movable[e]]
    return sorted(pairs, key=lambda p: (idea_pos[p[0]], pool_pos[p[1]]))


def _rebalance(
    pool: list[str],
    rank: dict[str, int],
    load: dict[str, int],
    holders: dict[str, list[str]],
    movable: dict[str, list[str]],
    banned: set[Pair],
) -> None:
    """Move new pairs along chains until no evaluator is ≥ 2 above one it can reach.

    A chain u → v1 → … → w hands one of u's new ideas to v1, one of v1's to v2, and so on:
    only u (−1) and w (+1) change load. While a chain with load[u] − load[w] ≥ 2 exists
    the sum of squared loads drops by at least 2, so this ends; when none exists the loads
    are optimal for this flow problem (no cost-reducing path), which also minimises
    max − min (the feasible load vectors form an M-convex set).
    """
    while True:
        chain = _improving_chain(pool, rank, load, holders, movable, banned)
        if chain is None:
            return
        for idea_id, giver, taker in chain:
            on_it = holders[idea_id]
            on_it[on_it.index(giver)] = taker
            movable[giver].remove(idea_id)
            movable[taker].append(idea_id)
        load[chain[0][1]] -= 1
        load[chain[-1][2]] += 1


def _improving_chain(
    pool: list[str],
    rank: dict[str, int],
    load: dict[str, int],
    holders: dict[str, list[str]],
    movable: dict[str, list[str]],
    banned: set[Pair],
) -> list[tuple[str, str, str]] | None:
    """Breadth-first search for a chain of (idea, giver, taker) moves that lowers a peak."""
    by_rank = sorted(pool, key=lambda e: rank[e])
    for start in sorted(pool, key=lambda e: (-load[e], rank[e])):
        came_from: dict[str, tuple[str, str]] = {start: ("", "")}
        queue = deque([start])
        while queue:
            giver = queue.popleft()
            for idea_id in movable[giver]:
                on_it = holders[idea_id]
                for taker in by_rank:
                    if taker in came_from or taker in on_it or (idea_id, taker) in banned:
                        continue
                    came_from[taker] = (giver, idea_id)
                    if load[start] - load[taker] >= 2:
                        return _unwind(came_from, start, taker)
                    queue.append(taker)
    return None


def _unwind(came_from: dict[str, tuple[str, str]], start: str, end: str) -> list[tuple[str, str, str]]:
    chain = []
    taker = end
    while taker != start:
        giver, idea_id = came_from[taker]
        chain.append((idea_id, giver, taker))
        taker = giver
    chain.reverse()
    return chain


def reassign_on_conflict(
    assignments: Sequence[tuple[str, str]],
    *,
    idea_id: str,
    evaluator_id: str,
    evaluator_ids: Sequence[str],
    excluded: Iterable[tuple[str, str]],
    seed: int = 0,
) -> tuple[tuple[str, str], tuple[str, str] | None]:
    """Replace an evaluator who declared a conflict of interest for an idea.

    Returns ``(removed pair, new pair)``. The new evaluator is, among ``evaluator_ids``, the
    least-loaded one (loads counted over ``assignments`` without the removed pair) that is
    not excluded for the idea and not already on it, ties broken by a seeded order; the
    declaring evaluator is never chosen even if the caller has not yet added the conflict to
    ``excluded``. The new pair is ``None`` when nobody is eligible. Only this one pair moves:
    when the loads were all equal beforehand, the spread necessarily becomes 2 (the
    declaring evaluator loses one, someone gains one); choosing the least-loaded keeps it
    as small as one move can. Raises ``ValueError`` when the pair is not in ``assignments``.
    """
    removed = (idea_id, evaluator_id)
    pairs = _unique(assignments)
    if removed not in pairs:
        raise ValueError(f"evaluator {evaluator_id!r} is not assigned to idea {idea_id!r}")
    remaining = [pair for pair in pairs if pair != removed]
    banned = set(excluded)
    banned.add(removed)
    pool = _unique(evaluator_ids)
    load = {e: 0 for e in pool}
    for _, e in remaining:
        if e in load:
            load[e] += 1
    on_it = [e for i, e in remaining if i == idea_id]
    candidates = [e for e in pool if (idea_id, e) not in banned and e not in on_it]
    if not candidates:
        return removed, None
    rank = _seeded_rank(pool, random.Random(seed))
    chosen = min(candidates, key=lambda e: (load[e], rank[e]))
    return removed, (idea_id, chosen)
