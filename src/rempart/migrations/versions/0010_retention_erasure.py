"""Personal-data retention and account erasure.

``accounts.erased_at`` marks the pseudonym rows that erased accounts' records move to; the
instance secret ``pseudonym_key`` keys those pseudonyms (HMAC-SHA256); and the decisions'
append-only triggers now let an UPDATE do one thing only: replace the account id a decision is
about (``author_id``, or ``target_id`` of an account decision) by a pseudonym. The audit log
stays strictly append-only.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

import rempart.db

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_ACCOUNT_COLUMNS = ["author_id", "target_id"]


def _decision_columns() -> list[str]:
    return [column["name"] for column in sa.inspect(op.get_bind()).get_columns("decisions")]


def upgrade() -> None:
    op.add_column("accounts", sa.Column("erased_at", rempart.db.UTCDateTime(timezone=True),
                                        nullable=True))
    secrets_table = sa.table("instance_secrets", sa.column("name", sa.String),
                             sa.column("value", sa.String))
    present = op.get_bind().execute(sa.select(secrets_table.c.name).where(
        secrets_table.c.name == "pseudonym_key")).first()
    if present is None:
        op.bulk_insert(secrets_table, [{"name": "pseudonym_key",
                                        "value": secrets.token_urlsafe(48)}])
    for statement in rempart.db.pseudonymisable_statements(
            op.get_bind().dialect.name, "decisions", columns=_decision_columns(),
            account_columns=_ACCOUNT_COLUMNS, account_targets="target_id"):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    strict = rempart.db.append_only_statements(dialect, "decisions")
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS decisions_no_update")
        op.execute(strict[0])  # the UPDATE trigger
    else:
        op.execute(strict[0])  # the function; the trigger calling it stays
    op.execute("DELETE FROM instance_secrets WHERE name = 'pseudonym_key'")
    with op.batch_alter_table("accounts") as batch_op:
        batch_op.drop_column("erased_at")
