"""The screenshot tests' ``language`` fixture: each test runs in Azerbaijani, English and
Russian (``AZ_ONLY`` in helpers.py narrows a test to Azerbaijani)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.desktop.test_translations import installed_language

LANGUAGES = ["az", "en", "ru"]


@pytest.fixture(params=LANGUAGES)
def language(request) -> Iterator[str]:  # noqa: ANN001
    with installed_language(request.param):
        yield request.param
