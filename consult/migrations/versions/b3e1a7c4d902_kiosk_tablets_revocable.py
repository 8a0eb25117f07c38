"""kiosk tablets: each enrolled tablet is a row that can be revoked; a set-up link works once

Revision ID: b3e1a7c4d902
Revises: 7c05052c93a9
Create Date: 2026-11-30 09:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'b3e1a7c4d902'
down_revision = '7c05052c93a9'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('kiosk_tablet',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('public_id', sa.String(length=32), nullable=False),
    sa.Column('link_id', sa.String(length=32), nullable=False),
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('venue_id', sa.Integer(), nullable=True),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultation.id'], name=op.f('fk_kiosk_tablet_consultation_id_consultation')),
    sa.ForeignKeyConstraint(['venue_id'], ['venue.id'], name=op.f('fk_kiosk_tablet_venue_id_venue')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kiosk_tablet')),
    sa.UniqueConstraint('link_id', name=op.f('uq_kiosk_tablet_link_id')),
    sa.UniqueConstraint('public_id', name=op.f('uq_kiosk_tablet_public_id'))
    )
    with op.batch_alter_table('kiosk_tablet', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kiosk_tablet_consultation_id'), ['consultation_id'], unique=False)


def downgrade():
    with op.batch_alter_table('kiosk_tablet', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kiosk_tablet_consultation_id'))
    op.drop_table('kiosk_tablet')
