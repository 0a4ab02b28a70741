"""All tables, one namespace: `from psscript_graphql.db import models` then `models.Script`.

The one `__init__` that is not empty: importing it registers every table on `Base.metadata`,
which Alembic, the drift test, the worker and the CLI all rely on.
"""

from psscript_graphql.db.models.accounts import ROLES, AuthSession, User
from psscript_graphql.db.models.analyses import (
    ACTIVE_JOB_STATUSES,
    EMBEDDING_DIMENSIONS,
    JOB_STAGES,
    JOB_STATUSES,
    AnalysisJob,
    ScriptAnalysis,
    ScriptEmbedding,
)
from psscript_graphql.db.models.base import UPDATED_AT_TABLES, Base
from psscript_graphql.db.models.categories import Category
from psscript_graphql.db.models.comments import Comment
from psscript_graphql.db.models.favorites import Favorite
from psscript_graphql.db.models.scripts import (
    EXECUTION_STATUSES,
    ExecutionLog,
    Script,
    ScriptDependency,
    ScriptVersion,
)
from psscript_graphql.db.models.search import SearchTerm
from psscript_graphql.db.models.tags import ScriptTag, Tag

__all__ = [
    "ACTIVE_JOB_STATUSES",
    "JOB_STAGES",
    "JOB_STATUSES",
    "AnalysisJob",
    "EMBEDDING_DIMENSIONS",
    "EXECUTION_STATUSES",
    "ROLES",
    "UPDATED_AT_TABLES",
    "AuthSession",
    "Base",
    "Category",
    "Comment",
    "ExecutionLog",
    "Favorite",
    "Script",
    "ScriptAnalysis",
    "ScriptDependency",
    "ScriptEmbedding",
    "ScriptTag",
    "ScriptVersion",
    "SearchTerm",
    "Tag",
    "User",
]
