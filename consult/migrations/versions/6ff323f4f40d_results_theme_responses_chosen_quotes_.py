"""results: theme responses, chosen quotes, reviewed sentiment, forum review, published day

Revision ID: 6ff323f4f40d
Revises: c4a8e2f1d6b3
Create Date: 2026-11-30 11:44:10.184867

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6ff323f4f40d'
down_revision = 'c4a8e2f1d6b3'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('forum_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('forum_name', sa.String(length=200), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultation.id'], name=op.f('fk_forum_review_consultation_id_consultation')),
    sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'], name=op.f('fk_forum_review_created_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forum_review')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_forum_review_token_hash'))
    )
    with op.batch_alter_table('forum_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_forum_review_consultation_id'), ['consultation_id'], unique=False)

    op.create_table('forum_comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('staff_response', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['forum_review.id'], name=op.f('fk_forum_comment_review_id_forum_review'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_forum_comment_theme_id_theme'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forum_comment'))
    )
    with op.batch_alter_table('forum_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_forum_comment_review_id'), ['review_id'], unique=False)

    op.create_table('chosen_quote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('answer_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.Column('chosen_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['answer_id'], ['answer.id'], name=op.f('fk_chosen_quote_answer_id_answer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['chosen_by_id'], ['user_account.id'], name=op.f('fk_chosen_quote_chosen_by_id_user_account')),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_chosen_quote_theme_id_theme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chosen_quote')),
    sa.UniqueConstraint('answer_id', name=op.f('uq_chosen_quote_answer_id'))
    )
    with op.batch_alter_table('chosen_quote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chosen_quote_theme_id'), ['theme_id'], unique=False)

    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sentiment_reviewed', sa.Boolean(), server_default=sa.false(), nullable=False))

    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('published_on', sa.Date(), nullable=True))

    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.add_column(sa.Column('response_en', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('response_cy', sa.Text(), server_default='', nullable=False))



def downgrade():
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.drop_column('response_cy')
        batch_op.drop_column('response_en')

    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.drop_column('published_on')

    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_column('sentiment_reviewed')

    with op.batch_alter_table('chosen_quote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chosen_quote_theme_id'))

    op.drop_table('chosen_quote')
    with op.batch_alter_table('forum_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_forum_comment_review_id'))

    op.drop_table('forum_comment')
    with op.batch_alter_table('forum_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_forum_review_consultation_id'))

    op.drop_table('forum_review')
