"""Fixtures of the organizer tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.desktop.organizer.helpers import english_locale


@pytest.fixture()
def english() -> Iterator[None]:
    """British English dates for the whole test, so screenshots do not show the C locale."""
    with english_locale():
        yield
