"""Branch database: SQLAlchemy models, engine/session factory, unit of work, queries."""
