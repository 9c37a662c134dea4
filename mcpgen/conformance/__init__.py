"""The conformance harness: proves an MCP server against the protocol and, for generated packages,
against the API it stands for (see `manifest.REQUIREMENTS` for every check)."""

from .manifest import REQUIREMENTS
from .report import CheckResult, Outcome, Report
from .runner import CheckOptions, test_command, test_package, test_url

__all__ = [
    "REQUIREMENTS",
    "CheckOptions",
    "CheckResult",
    "Outcome",
    "Report",
    "test_command",
    "test_package",
    "test_url",
]
