"""staff sign-in security: lockout, forced change, session nonce, two-factor, set-up links

Revision ID: b1e4a7c2d9f0
Revises: b3e1a7c4d902
Create Date: 2026-11-30 08:50:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'b1e4a7c2d9f0'
down_revision = 'b3e1a7c4d902'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('failed_sign_ins', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_sign_in_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('session_nonce', sa.String(length=32), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('totp_secret', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('totp_last_step', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('recovery_codes', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('setup_token_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('setup_expires_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_user_account_setup_token_hash'), ['setup_token_hash'])
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_action'), ['action'], unique=False)


def downgrade():
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_action'))
        batch_op.drop_index(batch_op.f('ix_audit_event_created_at'))
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_user_account_setup_token_hash'), type_='unique')
        for column in ('setup_expires_at', 'setup_token_hash', 'recovery_codes', 'totp_last_step', 'totp_secret',
                       'session_nonce', 'last_sign_in_at', 'locked_until', 'failed_sign_ins', 'must_change_password'):
            batch_op.drop_column(column)
