"""retention settings an admin can change on a page, overriding the configuration

Revision ID: c4a8e2f1d6b3
Revises: c4f2a9d1e6b3
Create Date: 2026-11-30 10:25:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'c4a8e2f1d6b3'
down_revision = 'c4f2a9d1e6b3'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('retention_setting',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_retention_setting'))
    )


def downgrade():
    op.drop_table('retention_setting')
