"""One side of a comparison: the tools an API description, an IR file or a generated package exposes.

The kind of input is told from its content: a folder holding `mcpgen.lock.json` (or that file itself) is a
generated package, whose lock holds the plan it was built from; a JSON file that starts like the IR
`mcpgen ingest` writes is an IR file; anything else is a description (or documentation) to ingest.
Descriptions and IR files are planned with the given configuration, so tool names are those a server
built from them would expose; a package's tools are taken as built.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from ..config import BuildConfig
from ..diagnostics import Diagnostic, InputError
from ..ingest import ingest as ingest_source
from ..ir import IR_VERSION, READABLE_IR_VERSIONS, BuildPlan, Tool
from ..plan import plan
from ..render import LOCK_FILE

InputKind = Literal["description", "ir", "package"]

_IR_HEAD = re.compile(r'^\s*\{\s*"ir_version"\s*:')
_LOCK_HEAD = re.compile(r'^\s*\{\s*"generator"\s*:\s*"mcpgen"')


@dataclass(frozen=True)
class Surface:
    """The tools one version exposes, and where they came from."""

    source: str
    kind: InputKind
    title: str
    version: str
    tools: tuple[Tool, ...]
    diagnostics: tuple[Diagnostic, ...] = ()


def detect_input(path: Path) -> InputKind:
    """`package`, `ir` or `description`, from the content."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        return "package" if (path / LOCK_FILE).is_file() else "description"
    with path.open("rb") as handle:
        head = handle.read(512).decode("utf-8", errors="replace")
    if _LOCK_HEAD.match(head):
        return "package"
    if _IR_HEAD.match(head):
        return "ir"
    return "description"


def load_surface(source: str | Path, config: BuildConfig, base: Path | None = None) -> Surface:
    """The planned tools of `source`. `base` is the folder the configuration's paths are relative to."""
    path = Path(source)
    kind = detect_input(path)
    if kind == "package":
        return _package(path)
    if kind == "ir":
        from ..api import load_ir

        service, diags = load_ir(path), []
    else:
        service, diags = ingest_source(path, config.ingest_options(base))
    planned = plan(service, config, ingest_diagnostics=diags)
    return Surface(
        source=str(source),
        kind=kind,
        title=service.title,
        version=service.version,
        tools=planned.service.tools,
        diagnostics=planned.diagnostics,
    )


def _package(path: Path) -> Surface:
    lock_path = path / LOCK_FILE if path.is_dir() else path
    try:
        lock = json.loads(lock_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{lock_path}: cannot read the lock file: {exc}") from exc
    if not isinstance(lock, dict) or lock.get("generator") != "mcpgen" or "plan" not in lock:
        raise InputError(f"{lock_path}: not an mcpgen lock file (no generator or plan)")
    if lock.get("ir_version") not in READABLE_IR_VERSIONS:
        raise InputError(
            f"{lock_path}: IR version {lock.get('ir_version')} is not supported (expected {IR_VERSION}); "
            "compare the descriptions instead"
        )
    try:
        built = BuildPlan.model_validate(lock["plan"])
    except ValidationError as exc:
        first = exc.errors()[0]
        where = "/".join(str(p) for p in first["loc"])
        raise InputError(f"{lock_path}: the lock file's plan is not valid: at /plan/{where}: {first['msg']}") from exc
    service = built.service
    return Surface(source=str(path), kind="package", title=service.title, version=service.version, tools=service.tools)
