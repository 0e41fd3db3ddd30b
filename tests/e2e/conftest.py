from tests.headoffice.conftest import hq, hq_url  # noqa: F401  (real PostgreSQL fixtures)
