"""Error codes of the analyses domain (returned in mutation payloads' `errors`)."""

from __future__ import annotations

from enum import Enum


class AnalysisErrorCode(str, Enum):
    NOT_FOUND = "NOT_FOUND"
    FORBIDDEN = "FORBIDDEN"
    JOB_NOT_FAILED = "JOB_NOT_FAILED"
    ANALYSIS_IN_PROGRESS = "ANALYSIS_IN_PROGRESS"
    INVALID_SETTINGS = "INVALID_SETTINGS"
