"""Head-office tests run against a real PostgreSQL database of their own."""

import pytest

from tests.sync.pgfixtures import (  # noqa: F401
    hq,
    hq_keys,
    hq_keys_path,
    hq_url,
    pytest_generate_tests,
)


@pytest.fixture
def live(hq, hq_keys):  # noqa: F811 - the fixtures imported above
    """The real head-office API served by uvicorn on 127.0.0.1, for this test."""
    from tests.sync.netfaults import LiveHq

    server = LiveHq(hq, hq_keys)
    yield server
    server.stop()
