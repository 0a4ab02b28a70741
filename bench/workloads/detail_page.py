"""(2) A script's page: content, tags, versions with authors, the full analysis, comments with
authors, dependencies. Anonymous viewer; the variable sets are 200 public scripts spread over
the whole table (ids chosen deterministically)."""

from __future__ import annotations

from typing import Any

import asyncpg
import orjson

from bench.workloads.base import Workload, global_id, iso, user
from psscript_graphql.comments.loaders import OLDEST_COMMENTS
from psscript_graphql.core.relay import encode_cursor

SCRIPTS = 200
VERSIONS, COMMENTS, DEPENDENCIES = 10, 20, 10
FINDING = "rule severity message line column hint extract"

QUERY_TEMPLATE = """
query ScriptDetail($id: ID!) {{
  script(id: $id) {{
    id title description content version isPublic fileHash createdAt updatedAt
    author {{ id username }}
    category {{ id name }}
    tags {{ id name }}
    favoriteCount
    versions(first: {versions}) {{
      totalCount
      edges {{ node {{ id version commitMessage createdAt author {{ id username }} }} }}
    }}
    analysis {{
      id purpose securityScore qualityScore riskScore analysisVersion createdAt updatedAt
      executionSummary {{
        summary touches operations {{ area commands }} externalPrograms destructiveOperations {{ command line reason }}
        requiresAdmin adminReasons writesHklm parseErrors
      }}
      securityIssues {{ {finding} }}
      bestPracticeViolations {{ {finding} }}
      performanceInsights {{ {finding} }}
      suggestions {{ title detail rule severity }}
      commandDetails {{ name cmdlet count module approvedVerb line }}
      parameterDocs {{ name type mandatory defaultValue pipelineInput help function }}
      complexityMetrics {{
        totalLines codeLines commentLines functionCount cyclomaticComplexity maxNestingDepth
        functions {{ name cyclomaticComplexity lines }}
      }}
      compatibilityNotes {{ feature requires message rule line column }}
      potentialRisks {{ risk severity reason line }}
      msDocsReferences {{ cmdlet url }}
    }}
    comments(first: {comments}) {{
      totalCount
      pageInfo {{ hasNextPage endCursor }}
      edges {{ node {{ id content createdAt author {{ id username }} }} }}
    }}
    dependencies(first: {dependencies}) {{
      totalCount
      edges {{ node {{ id title author {{ id username }} }} }}
    }}
  }}
}}
"""


def query_with_page_size(size: int) -> str:
    """The detail page with every nested connection (versions, comments, dependencies) at `size`."""
    return QUERY_TEMPLATE.format(versions=size, comments=size, dependencies=size, finding=FINDING)


QUERY = QUERY_TEMPLATE.format(versions=VERSIONS, comments=COMMENTS, dependencies=DEPENDENCIES, finding=FINDING)

SCRIPT_SQL = """
SELECT s.id, s.title, s.description, s.content, s.version, s.is_public, s.file_hash, s.created_at, s.updated_at,
       s.author_id, u.username, s.category_id, c.name AS category_name,
       (SELECT json_agg(json_build_array(t.id, t.name) ORDER BY t.name)
          FROM script_tags st JOIN tags t ON t.id = st.tag_id WHERE st.script_id = s.id) AS tags,
       (SELECT count(*) FROM user_favorites f WHERE f.script_id = s.id) AS favorite_count,
       (SELECT count(*) FROM script_versions v WHERE v.script_id = s.id) AS version_count,
       (SELECT count(*) FROM comments m WHERE m.script_id = s.id) AS comment_count,
       (SELECT count(*) FROM script_dependencies d JOIN scripts k ON k.id = d.child_id
         WHERE d.parent_id = s.id AND k.deleted_at IS NULL AND k.is_public) AS dependency_count,
       a.id AS analysis_id, a.purpose, a.security_score, a.quality_score, a.risk_score, a.analysis_version,
       a.created_at AS analysis_created_at, a.updated_at AS analysis_updated_at, a.execution_summary,
       a.security_issues, a.best_practice_violations, a.performance_insights, a.suggestions, a.command_details,
       a.parameter_docs, a.code_complexity_metrics, a.compatibility_notes, a.potential_risks, a.ms_docs_references
FROM scripts s
JOIN users u ON u.id = s.author_id
LEFT JOIN categories c ON c.id = s.category_id
LEFT JOIN script_analysis a ON a.script_id = s.id
WHERE s.id = $1 AND s.deleted_at IS NULL AND s.is_public
"""
VERSIONS_SQL = """
SELECT v.id, v.version, v.commit_message, v.created_at, v.author_id, u.username
FROM script_versions v LEFT JOIN users u ON u.id = v.author_id
WHERE v.script_id = $1 ORDER BY v.version DESC, v.id DESC LIMIT $2
"""
COMMENTS_SQL = """
SELECT m.id, m.content, m.created_at, m.author_id, u.username
FROM comments m JOIN users u ON u.id = m.author_id
WHERE m.script_id = $1 ORDER BY m.created_at, m.id LIMIT $2
"""
DEPENDENCIES_SQL = """
SELECT k.id, k.title, k.created_at, k.author_id, u.username
FROM script_dependencies d JOIN scripts k ON k.id = d.child_id JOIN users u ON u.id = k.author_id
WHERE d.parent_id = $1 AND k.deleted_at IS NULL AND k.is_public
ORDER BY k.created_at DESC, k.id DESC LIMIT $2
"""
SEVERITIES = {"information", "warning", "error", "critical"}


def _severity(value: Any) -> str:
    text = str(value).lower()
    return (text if text in SEVERITIES else "warning").upper()


def _finding(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "rule": str(d.get("rule", "")), "severity": _severity(d.get("severity")), "message": str(d.get("message", "")),
        "line": d.get("line"), "column": d.get("column"), "hint": d.get("hint"), "extract": d.get("extract"),
    }


def _execution_summary(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "summary": d.get("summary", ""),
        "touches": [area.upper() for area in d.get("touches", [])],
        "operations": [{"area": area.upper(), "commands": commands} for area, commands in d.get("operations", {}).items()],
        "externalPrograms": d.get("external_programs", []),
        "destructiveOperations": [
            {"command": o.get("command", ""), "line": o.get("line"), "reason": o.get("reason", "")}
            for o in d.get("destructive_operations", [])
        ],
        "requiresAdmin": bool(d.get("requires_admin", False)),
        "adminReasons": d.get("admin_reasons", []),
        "writesHklm": bool(d.get("writes_hklm", False)),
        "parseErrors": d.get("parse_errors", 0),
    }


def _analysis(row: asyncpg.Record) -> dict[str, Any] | None:
    if row["analysis_id"] is None:
        return None
    j = {name: orjson.loads(row[name]) for name in (
        "execution_summary", "security_issues", "best_practice_violations", "performance_insights", "suggestions",
        "command_details", "parameter_docs", "code_complexity_metrics", "compatibility_notes", "potential_risks",
        "ms_docs_references",
    )}
    metrics = j["code_complexity_metrics"]
    return {
        "id": global_id("ScriptAnalysis", row["analysis_id"]),
        "purpose": row["purpose"],
        "securityScore": row["security_score"],
        "qualityScore": row["quality_score"],
        "riskScore": row["risk_score"],
        "analysisVersion": row["analysis_version"],
        "createdAt": iso(row["analysis_created_at"]),
        "updatedAt": iso(row["analysis_updated_at"]),
        "executionSummary": _execution_summary(j["execution_summary"]),
        "securityIssues": [_finding(d) for d in j["security_issues"]],
        "bestPracticeViolations": [_finding(d) for d in j["best_practice_violations"]],
        "performanceInsights": [_finding(d) for d in j["performance_insights"]],
        "suggestions": [
            {"title": d.get("title", ""), "detail": d.get("detail"), "rule": d.get("rule"), "severity": _severity(d.get("severity"))}
            for d in j["suggestions"]
        ],
        "commandDetails": [
            {"name": d.get("name", ""), "cmdlet": d.get("cmdlet") or d.get("resolved"), "count": d.get("count") or 0,
             "module": d.get("module"), "approvedVerb": d.get("approved_verb"), "line": d.get("line") or d.get("first_line")}
            for d in j["command_details"]
        ],
        "parameterDocs": [
            {"name": d.get("name", ""), "type": d.get("type"), "mandatory": bool(d.get("mandatory", False)),
             "defaultValue": d.get("default"), "pipelineInput": _pipeline(d.get("pipeline_input")), "help": d.get("help"),
             "function": d.get("function")}
            for d in j["parameter_docs"]
        ],
        "complexityMetrics": {
            "totalLines": metrics.get("total_lines"), "codeLines": metrics.get("code_lines"),
            "commentLines": metrics.get("comment_lines"), "functionCount": metrics.get("function_count"),
            "cyclomaticComplexity": metrics.get("cyclomatic_complexity") or metrics.get("script_complexity"),
            "maxNestingDepth": metrics.get("max_nesting_depth"),
            "functions": [
                {"name": f.get("name", ""), "cyclomaticComplexity": f.get("cyclomatic_complexity") or 1, "lines": f.get("lines")}
                for f in metrics.get("functions", [])
            ],
        },
        "compatibilityNotes": [
            {"feature": d.get("feature", ""), "requires": d.get("requires"), "message": d.get("message"),
             "rule": d.get("rule"), "line": d.get("line"), "column": d.get("column")}
            for d in j["compatibility_notes"]
        ],
        "potentialRisks": [
            {"risk": d.get("risk", ""), "severity": _severity(d.get("severity")), "reason": d.get("reason"), "line": d.get("line")}
            for d in j["potential_risks"]
        ],
        "msDocsReferences": [{"cmdlet": d.get("cmdlet", d.get("name", "")), "url": d.get("url", "")} for d in j["ms_docs_references"]],
    }


def _pipeline(value: Any) -> str | None:
    if isinstance(value, list):
        return ", ".join(str(p) for p in value) or None
    if isinstance(value, bool):
        return "ByValue" if value else None
    return value


async def floor(conn: asyncpg.Connection, variables: dict[str, Any]) -> dict[str, Any]:
    import base64

    type_name, _, raw_id = base64.b64decode(variables["id"]).decode().partition(":")
    row = await conn.fetchrow(SCRIPT_SQL, int(raw_id)) if type_name == "Script" else None
    if row is None:
        return {"data": {"script": None}}
    script_id = row["id"]
    versions = await conn.fetch(VERSIONS_SQL, script_id, VERSIONS + 1)
    comments = await conn.fetch(COMMENTS_SQL, script_id, COMMENTS + 1)
    dependencies = await conn.fetch(DEPENDENCIES_SQL, script_id, DEPENDENCIES + 1)
    shown_comments = comments[:COMMENTS]
    category_id = row["category_id"]
    return {
        "data": {
            "script": {
                "id": global_id("Script", script_id),
                "title": row["title"],
                "description": row["description"],
                "content": row["content"],
                "version": row["version"],
                "isPublic": row["is_public"],
                "fileHash": row["file_hash"],
                "createdAt": iso(row["created_at"]),
                "updatedAt": iso(row["updated_at"]),
                "author": user(row["author_id"], row["username"]),
                "category": None if category_id is None else {"id": global_id("Category", category_id), "name": row["category_name"]},
                "tags": [{"id": global_id("Tag", i), "name": n} for i, n in orjson.loads(row["tags"] or "[]")],
                "favoriteCount": row["favorite_count"],
                "versions": {
                    "totalCount": row["version_count"],
                    "edges": [
                        {"node": {
                            "id": global_id("ScriptVersion", v["id"]), "version": v["version"],
                            "commitMessage": v["commit_message"], "createdAt": iso(v["created_at"]),
                            "author": None if v["author_id"] is None else user(v["author_id"], v["username"]),
                        }}
                        for v in versions[:VERSIONS]
                    ],
                },
                "analysis": _analysis(row),
                "comments": {
                    "totalCount": row["comment_count"],
                    "pageInfo": {
                        "hasNextPage": len(comments) > COMMENTS,
                        "endCursor": encode_cursor(OLDEST_COMMENTS, (shown_comments[-1]["created_at"], shown_comments[-1]["id"]))
                        if shown_comments else None,
                    },
                    "edges": [
                        {"node": {"id": global_id("Comment", c["id"]), "content": c["content"], "createdAt": iso(c["created_at"]),
                                  "author": user(c["author_id"], c["username"])}}
                        for c in shown_comments
                    ],
                },
                "dependencies": {
                    "totalCount": row["dependency_count"],
                    "edges": [
                        {"node": {"id": global_id("Script", d["id"]), "title": d["title"], "author": user(d["author_id"], d["username"])}}
                        for d in dependencies[:DEPENDENCIES]
                    ],
                },
            }
        }
    }


async def variables(conn: asyncpg.Connection) -> list[dict[str, Any]]:
    """Every n-th public script (with a dependency where possible), SCRIPTS of them."""
    ids = await conn.fetch(
        "SELECT s.id FROM scripts s WHERE s.deleted_at IS NULL AND s.is_public "
        "AND EXISTS (SELECT 1 FROM script_dependencies d WHERE d.parent_id = s.id) ORDER BY s.id"
    )
    step = max(1, len(ids) // SCRIPTS)
    return [{"id": global_id("Script", r["id"])} for r in ids[::step][:SCRIPTS]]


WORKLOAD = Workload(
    name="detail_page",
    title="script detail page (content, versions, full analysis, comments with authors, dependencies)",
    query=QUERY,
    variables=variables,
    floor=floor,
    page_size_query=query_with_page_size,
)
