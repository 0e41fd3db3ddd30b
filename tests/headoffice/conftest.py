"""Head-office tests run against a real PostgreSQL database of their own."""

from tests.sync.pgfixtures import (  # noqa: F401
    hq,
    hq_keys,
    hq_keys_path,
    hq_url,
    pytest_generate_tests,
)
