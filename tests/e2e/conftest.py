from tests.headoffice.conftest import hq, hq_keys, hq_keys_path, hq_url  # noqa: F401  (real PostgreSQL)
