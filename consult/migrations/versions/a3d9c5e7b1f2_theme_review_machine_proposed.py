"""theme review: whether the machine had proposed a code a reviewer decided

Revision ID: a3d9c5e7b1f2
Revises: 6268384076bc
Create Date: 2026-11-30 12:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a3d9c5e7b1f2'
down_revision = '6268384076bc'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('answer_theme', schema=None) as batch_op:
        batch_op.add_column(sa.Column('machine_proposed', sa.Boolean(), nullable=True))


def downgrade():
    with op.batch_alter_table('answer_theme', schema=None) as batch_op:
        batch_op.drop_column('machine_proposed')
