"""organisation: its own names (local nicknames) the anonymiser removes as [NAME]

Revision ID: c4f2a9d1e6b3
Revises: b7e1f4a2c9d0
Create Date: 2026-11-30 10:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'c4f2a9d1e6b3'
down_revision = 'b7e1f4a2c9d0'
branch_labels = None
depends_on = None


def upgrade():
    # Existing organisations start with an empty list; the default is the model's, as for redact_places.
    with op.batch_alter_table('organisation') as batch_op:
        batch_op.add_column(sa.Column('redact_names', sa.Text(), nullable=False, server_default=''))
    with op.batch_alter_table('organisation') as batch_op:
        batch_op.alter_column('redact_names', server_default=None)


def downgrade():
    with op.batch_alter_table('organisation') as batch_op:
        batch_op.drop_column('redact_names')
