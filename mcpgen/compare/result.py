"""The result of comparing two tool surfaces: one record per change, each classified."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..diagnostics import Diagnostic, Severity
from .load import InputKind

ChangeKind = Literal["added", "removed", "renamed", "changed"]
ChangeSeverity = Literal["breaking", "non-breaking"]
FailOn = Literal["breaking", "any", "none"]
KIND_ORDER: dict[str, int] = {"removed": 0, "renamed": 1, "changed": 2, "added": 3}


@dataclass(frozen=True)
class Change:
    """One difference a client of the server can see."""

    tool: str
    """The tool's name in the new version (the old name for a removed tool)."""
    kind: ChangeKind
    severity: ChangeSeverity
    location: str
    """Where in the tool: `name`, `description`, `annotations/readOnlyHint`, `inputSchema/properties/limit/maximum`;
    empty for a whole tool added or removed."""
    old: Any
    new: Any
    message: str

    @property
    def breaking(self) -> bool:
        return self.severity == "breaking"

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.tool, KIND_ORDER[self.kind], self.location, self.message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tool": self.tool,
            "kind": self.kind,
            "severity": self.severity,
            "location": self.location,
            "old": self.old,
            "new": self.new,
            "message": self.message,
        }


@dataclass(frozen=True)
class SideInfo:
    source: str
    kind: InputKind
    title: str
    version: str
    tools: int
    diagnostics: tuple[Diagnostic, ...] = ()
    """Found while reading this input (ingest and plan)."""

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "kind": self.kind, "title": self.title, "version": self.version,
                "tools": self.tools}  # fmt: skip


@dataclass
class DiffResult:
    """What changed from `old` to `new`, sorted by tool, kind and location."""

    old: SideInfo
    new: SideInfo
    changes: list[Change]

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Diagnostics from reading both inputs."""
        return [*self.old.diagnostics, *self.new.diagnostics]

    @property
    def ok(self) -> bool:
        """Both inputs were read without errors."""
        return not any(d.severity is Severity.ERROR for d in self.diagnostics)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    def tools(self, kind: ChangeKind) -> list[str]:
        """Names of the tools with a change of `kind` (a renamed tool is not also `changed`)."""
        names = {c.tool for c in self.changes if c.kind == kind}
        if kind == "changed":
            names -= {c.tool for c in self.changes if c.kind == "renamed"}
        return sorted(names)

    def fails(self, fail_on: FailOn) -> bool:
        """Whether `--fail-on` should stop a pipeline."""
        if fail_on == "breaking":
            return bool(self.breaking)
        return fail_on == "any" and bool(self.changes)

    def summary(self) -> str:
        """`2 added, 1 removed, 0 renamed, 3 changed; 4 breaking changes in 3 tools`."""
        if not self.changes:
            return "no changes"
        counts = ", ".join(f"{len(self.tools(k))} {k}" for k in ("added", "removed", "renamed", "changed"))
        breaking = self.breaking
        tools = len({c.tool for c in breaking})
        if not breaking:
            return f"{counts}; nothing breaking"
        return f"{counts}; {_plural(len(breaking), 'breaking change')} in {_plural(tools, 'tool')}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old.to_dict(),
            "new": self.new.to_dict(),
            "summary": {
                **{k: len(self.tools(k)) for k in ("added", "removed", "renamed", "changed")},  # type: ignore[arg-type]
                "breaking": len(self.breaking),
                "non_breaking": len(self.changes) - len(self.breaking),
            },
            "changes": [c.to_dict() for c in self.changes],
        }

    def to_json(self) -> str:
        from .report import to_json

        return to_json(self)

    def to_markdown(self, max_chars: int | None = None) -> str:
        """For a pull-request comment: at most `max_chars` characters (default 60,000)."""
        from .report import MAX_COMMENT, to_markdown

        return to_markdown(self, max_chars or MAX_COMMENT)

    def console(self) -> str:
        from .report import console

        return console(self)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
