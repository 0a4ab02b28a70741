"""ExecutionSummary: the analysis' `execution_summary` JSON as a typed, camelCase object.

The analyzer stores snake_case keys (`requires_admin`, `writes_hklm`); the schema is camelCase
and typed so that clients (and their code generators) get field names and types like
everywhere else. `from_dict` tolerates missing keys and unknown areas, so summaries stored by an
older analyzer version still read.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry


@strawberry.enum(description="A part of the system a script works with.")
class SystemArea(Enum):
    FILES = "files"
    REGISTRY = "registry"
    NETWORK = "network"
    PROCESSES = "processes"
    SERVICES = "services"
    ACTIVE_DIRECTORY = "active_directory"
    SCHEDULED_TASKS = "scheduled_tasks"
    FIREWALL = "firewall"
    EVENT_LOGS = "event_logs"
    LOCAL_ACCOUNTS = "local_accounts"
    SYSTEM = "system"


def _area(value: Any) -> SystemArea | None:
    try:
        return SystemArea(str(value))
    except ValueError:
        return None


def _strings(value: Any) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def _line(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@strawberry.type(description="The commands through which a script works with one area.")
class AreaOperations:
    area: SystemArea = strawberry.field(description="The area.")
    commands: list[str] = strawberry.field(description="Commands (resolved cmdlet names) that work with it, in order of use.")


@strawberry.type(description="A call that deletes, overwrites or disables something.")
class DestructiveOperation:
    command: str = strawberry.field(description="The command as resolved, e.g. `Remove-Item`.")
    line: int | None = strawberry.field(description="1-based line of the call.")
    reason: str = strawberry.field(description="What makes it destructive.")


@strawberry.type(description="What running the script would touch, and whether it likely needs administrator rights.")
class ExecutionSummary:
    summary: str = strawberry.field(description="One sentence for people, e.g. “Works with files; likely needs administrator rights.”")
    touches: list[SystemArea] = strawberry.field(description="The areas the script works with.")
    operations: list[AreaOperations] = strawberry.field(description="Per area, the commands that work with it.")
    external_programs: list[str] = strawberry.field(description="Native programs it runs (`robocopy`, `netsh`, …).")
    destructive_operations: list[DestructiveOperation] = strawberry.field(description="Calls that destroy or disable something.")
    requires_admin: bool = strawberry.field(description="Whether it likely needs administrator rights.")
    admin_reasons: list[str] = strawberry.field(description="Why it likely needs them (command and line).")
    writes_hklm: bool = strawberry.field(description="Whether it writes to HKEY_LOCAL_MACHINE.")
    parse_errors: int = strawberry.field(description="Syntax errors the parser recovered from.")

    @classmethod
    def from_dict(cls, data: Any) -> ExecutionSummary:
        data = data if isinstance(data, dict) else {}
        operations = data.get("operations")
        by_area = operations.items() if isinstance(operations, dict) else ()
        destructive = data.get("destructive_operations")
        return cls(
            summary=str(data.get("summary", "")),
            touches=[area for area in map(_area, _strings(data.get("touches"))) if area is not None],
            operations=[
                AreaOperations(area=area, commands=_strings(commands))
                for name, commands in by_area
                if (area := _area(name)) is not None
            ],
            external_programs=_strings(data.get("external_programs")),
            destructive_operations=[
                DestructiveOperation(command=str(d.get("command", "")), line=_line(d.get("line")), reason=str(d.get("reason", "")))
                for d in (destructive if isinstance(destructive, list) else [])
                if isinstance(d, dict)
            ],
            requires_admin=bool(data.get("requires_admin", False)),
            admin_reasons=_strings(data.get("admin_reasons")),
            writes_hklm=bool(data.get("writes_hklm", False)),
            parse_errors=_line(data.get("parse_errors")) or 0,
        )
