"""mcpgen: API descriptions to standalone, installable MCP server packages.

Library use mirrors the command line::

    import mcpgen
    result = mcpgen.build("spec.yaml", out="dir")
    result.files, result.diagnostics
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import BuildResult, build, diff, extract_openapi, generate, ingest, load_ir, plan_build, test
from .compare import Change, DiffResult
from .diagnostics import Diagnostic, McpgenError, Severity
from .ingest.docs.refine import LLMOptions

__all__ = [
    "BuildResult",
    "Change",
    "Diagnostic",
    "DiffResult",
    "LLMOptions",
    "McpgenError",
    "Severity",
    "__version__",
    "build",
    "diff",
    "extract_openapi",
    "generate",
    "ingest",
    "load_ir",
    "plan_build",
    "test",
]
