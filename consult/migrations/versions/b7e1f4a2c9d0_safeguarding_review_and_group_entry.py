"""safeguarding reviews, and group sessions typed up by a facilitator

Revision ID: b7e1f4a2c9d0
Revises: b1d3c0a5e7f2
Create Date: 2026-11-30 08:50:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b7e1f4a2c9d0'
down_revision = 'b1d3c0a5e7f2'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('safeguarding_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('answer_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.Enum('contacted_support', 'referred', 'no_action_needed', 'false_alarm',
                                 name='review_outcome', native_enum=False, length=32), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['answer_id'], ['answer.id'], name=op.f('fk_safeguarding_review_answer_id_answer'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['user_account.id'],
                            name=op.f('fk_safeguarding_review_reviewed_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safeguarding_review')),
    sa.UniqueConstraint('answer_id', name=op.f('uq_safeguarding_review_answer_id'))
    )
    with op.batch_alter_table('safeguarding_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safeguarding_review_reviewed_by_id'), ['reviewed_by_id'], unique=False)
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.add_column(sa.Column('group_session', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.drop_column('group_session')
    with op.batch_alter_table('safeguarding_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safeguarding_review_reviewed_by_id'))
    op.drop_table('safeguarding_review')
