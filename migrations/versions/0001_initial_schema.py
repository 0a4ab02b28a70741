"""Initial schema: every table of the old platform with its audit fixes.

Creates the extensions (vector, pg_trgm), all tables with their constraints and indexes (every
foreign key indexed, full-text GIN, title trigram GIN, HNSW on embeddings), and the
`set_updated_at` trigger on each table with an `updated_at` column.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op
from pgvector.sqlalchemy import Vector
from sqlalchemy.dialects import postgresql

# Frozen here on purpose: later model changes get their own revision.
UPDATED_AT_TABLES = ("users", "categories", "scripts", "script_analysis", "comments")

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS vector")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table('categories',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories')),
    sa.UniqueConstraint('name', name=op.f('uq_categories_name'))
    )
    op.create_table('tags',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('name', sa.String(length=48), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tags')),
    sa.UniqueConstraint('name', name=op.f('uq_tags_name'))
    )
    op.create_table('users',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), server_default='user', nullable=False),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('login_attempts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("role IN ('user', 'admin')", name=op.f('ck_users_role')),
    sa.CheckConstraint('login_attempts >= 0', name=op.f('ck_users_login_attempts_non_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users'))
    )
    op.create_index('uq_users_lower_email', 'users', [sa.literal_column('lower(email)')], unique=True)
    op.create_index('uq_users_lower_username', 'users', [sa.literal_column('lower(username)')], unique=True)
    op.create_table('auth_sessions',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('user_id', sa.BigInteger(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('user_agent', sa.String(length=512), nullable=True),
    sa.Column('ip_address', postgresql.INET(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_auth_sessions_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_auth_sessions')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_auth_sessions_token_hash'))
    )
    op.create_index(op.f('ix_auth_sessions_expires_at'), 'auth_sessions', ['expires_at'], unique=False)
    op.create_index(op.f('ix_auth_sessions_user_id'), 'auth_sessions', ['user_id'], unique=False)
    op.create_table('scripts',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('author_id', sa.BigInteger(), nullable=False),
    sa.Column('category_id', sa.BigInteger(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('is_public', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('execution_count', sa.Integer(), server_default='0', nullable=False),
    sa.Column('file_hash', sa.String(length=64), nullable=False),
    sa.Column('average_execution_time_ms', sa.Double(), nullable=True),
    sa.Column('last_executed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('search_vector', postgresql.TSVECTOR(), sa.Computed("setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B') || setweight(to_tsvector('simple'::regconfig, left(content, 200000)), 'C')", persisted=True), nullable=False),
    sa.CheckConstraint('char_length(title) BETWEEN 1 AND 200', name=op.f('ck_scripts_title_length')),
    sa.CheckConstraint('execution_count >= 0', name=op.f('ck_scripts_execution_count_non_negative')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_scripts_version_positive')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_scripts_author_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_scripts_category_id_categories'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scripts'))
    )
    op.create_index('ix_scripts_author_id_file_hash', 'scripts', ['author_id', 'file_hash'], unique=False)
    op.create_index(op.f('ix_scripts_category_id'), 'scripts', ['category_id'], unique=False)
    op.create_index('ix_scripts_created_at_id', 'scripts', ['created_at', 'id'], unique=False)
    op.create_index(op.f('ix_scripts_deleted_at'), 'scripts', ['deleted_at'], unique=False)
    op.create_index(op.f('ix_scripts_file_hash'), 'scripts', ['file_hash'], unique=False)
    op.create_index('ix_scripts_search_vector', 'scripts', ['search_vector'], unique=False, postgresql_using='gin')
    op.create_index('ix_scripts_title_trgm', 'scripts', ['title'], unique=False, postgresql_using='gin', postgresql_ops={'title': 'gin_trgm_ops'})
    op.create_table('comments',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('script_id', sa.BigInteger(), nullable=False),
    sa.Column('author_id', sa.BigInteger(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('char_length(content) BETWEEN 1 AND 10000', name=op.f('ck_comments_content_length')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_comments_author_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['script_id'], ['scripts.id'], name=op.f('fk_comments_script_id_scripts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comments'))
    )
    op.create_index(op.f('ix_comments_author_id'), 'comments', ['author_id'], unique=False)
    op.create_index('ix_comments_script_id_created_at_id', 'comments', ['script_id', 'created_at', 'id'], unique=False)
    op.create_table('execution_logs',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('script_id', sa.BigInteger(), nullable=False),
    sa.Column('user_id', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('execution_time_ms', sa.Double(), nullable=False),
    sa.Column('parameters', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('error_message', sa.Text(), nullable=True),
    sa.Column('ip_address', postgresql.INET(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("status IN ('success', 'failure', 'timeout', 'cancelled')", name=op.f('ck_execution_logs_status')),
    sa.CheckConstraint('execution_time_ms >= 0', name=op.f('ck_execution_logs_execution_time_non_negative')),
    sa.ForeignKeyConstraint(['script_id'], ['scripts.id'], name=op.f('fk_execution_logs_script_id_scripts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_execution_logs_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_execution_logs'))
    )
    op.create_index(op.f('ix_execution_logs_created_at'), 'execution_logs', ['created_at'], unique=False)
    op.create_index('ix_execution_logs_script_id_created_at', 'execution_logs', ['script_id', 'created_at'], unique=False)
    op.create_index(op.f('ix_execution_logs_user_id'), 'execution_logs', ['user_id'], unique=False)
    op.create_table('script_analysis',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('script_id', sa.BigInteger(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('security_score', sa.Integer(), nullable=False),
    sa.Column('quality_score', sa.Integer(), nullable=False),
    sa.Column('risk_score', sa.Integer(), nullable=False),
    sa.Column('parameter_docs', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('suggestions', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('command_details', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('ms_docs_references', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('security_issues', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('best_practice_violations', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('performance_insights', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('potential_risks', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('code_complexity_metrics', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('compatibility_notes', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('execution_summary', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('analysis_version', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('quality_score BETWEEN 0 AND 100', name=op.f('ck_script_analysis_quality_score_range')),
    sa.CheckConstraint('risk_score BETWEEN 0 AND 100', name=op.f('ck_script_analysis_risk_score_range')),
    sa.CheckConstraint('security_score BETWEEN 0 AND 100', name=op.f('ck_script_analysis_security_score_range')),
    sa.ForeignKeyConstraint(['script_id'], ['scripts.id'], name=op.f('fk_script_analysis_script_id_scripts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_script_analysis')),
    sa.UniqueConstraint('script_id', name=op.f('uq_script_analysis_script_id'))
    )
    op.create_index('ix_script_analysis_security_score', 'script_analysis', ['security_score'], unique=False)
    op.create_table('script_dependencies',
    sa.Column('parent_id', sa.BigInteger(), nullable=False),
    sa.Column('child_id', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('parent_id <> child_id', name=op.f('ck_script_dependencies_not_self')),
    sa.ForeignKeyConstraint(['child_id'], ['scripts.id'], name=op.f('fk_script_dependencies_child_id_scripts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['scripts.id'], name=op.f('fk_script_dependencies_parent_id_scripts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('parent_id', 'child_id', name=op.f('pk_script_dependencies'))
    )
    op.create_index(op.f('ix_script_dependencies_child_id'), 'script_dependencies', ['child_id'], unique=False)
    op.create_table('script_embeddings',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('script_id', sa.BigInteger(), nullable=False),
    sa.Column('embedding', Vector(384), nullable=False),
    sa.Column('model', sa.String(length=128), nullable=False),
    sa.Column('dimensions', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['script_id'], ['scripts.id'], name=op.f('fk_script_embeddings_script_id_scripts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_script_embeddings')),
    sa.UniqueConstraint('script_id', name=op.f('uq_script_embeddings_script_id'))
    )
    op.create_index('ix_script_embeddings_embedding_hnsw', 'script_embeddings', ['embedding'], unique=False, postgresql_using='hnsw', postgresql_with={'m': 16, 'ef_construction': 64}, postgresql_ops={'embedding': 'vector_cosine_ops'})
    op.create_table('script_tags',
    sa.Column('script_id', sa.BigInteger(), nullable=False),
    sa.Column('tag_id', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['script_id'], ['scripts.id'], name=op.f('fk_script_tags_script_id_scripts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_script_tags_tag_id_tags'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('script_id', 'tag_id', name=op.f('pk_script_tags'))
    )
    op.create_index(op.f('ix_script_tags_tag_id'), 'script_tags', ['tag_id'], unique=False)
    op.create_table('script_versions',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('script_id', sa.BigInteger(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('file_hash', sa.String(length=64), nullable=False),
    sa.Column('commit_message', sa.Text(), nullable=True),
    sa.Column('author_id', sa.BigInteger(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('version >= 1', name=op.f('ck_script_versions_version_positive')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_script_versions_author_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['script_id'], ['scripts.id'], name=op.f('fk_script_versions_script_id_scripts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_script_versions')),
    sa.UniqueConstraint('script_id', 'version', name=op.f('uq_script_versions_script_id_version'))
    )
    op.create_index(op.f('ix_script_versions_author_id'), 'script_versions', ['author_id'], unique=False)
    op.create_table('user_favorites',
    sa.Column('user_id', sa.BigInteger(), nullable=False),
    sa.Column('script_id', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['script_id'], ['scripts.id'], name=op.f('fk_user_favorites_script_id_scripts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_favorites_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'script_id', name=op.f('pk_user_favorites'))
    )
    op.create_index(op.f('ix_user_favorites_script_id'), 'user_favorites', ['script_id'], unique=False)

    # updated_at is the database's job, so raw SQL and other clients keep it right too. An
    # UPDATE that sets updated_at itself (imports, backfills) keeps the value it chose.
    op.execute(
        """
        CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
                NEW.updated_at := now();
            END IF;
            RETURN NEW;
        END
        $$
        """
    )
    for table in UPDATED_AT_TABLES:
        op.execute(
            f"CREATE TRIGGER trg_{table}_updated_at BEFORE UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION set_updated_at()"
        )


def downgrade() -> None:
    # Dropping a table drops its trigger; the function goes after the tables. The extensions
    # stay: other databases objects may use them and they hold no data of ours.
    op.drop_index(op.f('ix_user_favorites_script_id'), table_name='user_favorites')
    op.drop_table('user_favorites')
    op.drop_index(op.f('ix_script_versions_author_id'), table_name='script_versions')
    op.drop_table('script_versions')
    op.drop_index(op.f('ix_script_tags_tag_id'), table_name='script_tags')
    op.drop_table('script_tags')
    op.drop_index('ix_script_embeddings_embedding_hnsw', table_name='script_embeddings', postgresql_using='hnsw', postgresql_with={'m': 16, 'ef_construction': 64}, postgresql_ops={'embedding': 'vector_cosine_ops'})
    op.drop_table('script_embeddings')
    op.drop_index(op.f('ix_script_dependencies_child_id'), table_name='script_dependencies')
    op.drop_table('script_dependencies')
    op.drop_index('ix_script_analysis_security_score', table_name='script_analysis')
    op.drop_table('script_analysis')
    op.drop_index(op.f('ix_execution_logs_user_id'), table_name='execution_logs')
    op.drop_index('ix_execution_logs_script_id_created_at', table_name='execution_logs')
    op.drop_index(op.f('ix_execution_logs_created_at'), table_name='execution_logs')
    op.drop_table('execution_logs')
    op.drop_index('ix_comments_script_id_created_at_id', table_name='comments')
    op.drop_index(op.f('ix_comments_author_id'), table_name='comments')
    op.drop_table('comments')
    op.drop_index('ix_scripts_title_trgm', table_name='scripts', postgresql_using='gin', postgresql_ops={'title': 'gin_trgm_ops'})
    op.drop_index('ix_scripts_search_vector', table_name='scripts', postgresql_using='gin')
    op.drop_index(op.f('ix_scripts_file_hash'), table_name='scripts')
    op.drop_index(op.f('ix_scripts_deleted_at'), table_name='scripts')
    op.drop_index('ix_scripts_created_at_id', table_name='scripts')
    op.drop_index(op.f('ix_scripts_category_id'), table_name='scripts')
    op.drop_index('ix_scripts_author_id_file_hash', table_name='scripts')
    op.drop_table('scripts')
    op.drop_index(op.f('ix_auth_sessions_user_id'), table_name='auth_sessions')
    op.drop_index(op.f('ix_auth_sessions_expires_at'), table_name='auth_sessions')
    op.drop_table('auth_sessions')
    op.drop_index('uq_users_lower_username', table_name='users')
    op.drop_index('uq_users_lower_email', table_name='users')
    op.drop_table('users')
    op.drop_table('tags')
    op.drop_table('categories')
    op.execute("DROP FUNCTION set_updated_at()")
