"""consultation builder: who is asking, statutory purposes, required questions

Revision ID: b1d3c0a5e7f2
Revises: b1e4a7c2d9f0
Create Date: 2026-11-30 08:50:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b1d3c0a5e7f2'
down_revision = 'b1e4a7c2d9f0'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('consultation') as batch_op:
        batch_op.add_column(sa.Column('who_en', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('who_cy', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('statutory_purposes', sa.JSON(), nullable=False, server_default='[]'))
    with op.batch_alter_table('question') as batch_op:
        batch_op.add_column(sa.Column('required', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade():
    with op.batch_alter_table('question') as batch_op:
        batch_op.drop_column('required')
    with op.batch_alter_table('consultation') as batch_op:
        batch_op.drop_column('statutory_purposes')
        batch_op.drop_column('who_cy')
        batch_op.drop_column('who_en')
