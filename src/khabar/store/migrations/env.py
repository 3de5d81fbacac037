"""Alembic environment: khabar runs migrations on a connection it passes in ``attributes``."""

from __future__ import annotations

from alembic import context

from khabar.store._schema import metadata


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


try:
    context.config  # noqa: B018 -- only set when Alembic runs this file
except (NameError, AttributeError):  # imported by a tool (doctest collection), not by Alembic
    pass
else:
    run_migrations()
