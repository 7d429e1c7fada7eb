"""The catalog: SQLAlchemy 2.x models, engine set-up, queries and Alembic migrations."""
