"""Diagnostics are values: collected during a build, never printed by library code.

Every diagnostic carries a stable code, a severity, a message, the file it is about and a location inside
that file (a JSON Pointer for OpenAPI documents), plus an optional hint. Exceptions that end a command carry
their own exit code (0 ok, 1 invalid input / failed checks / drift, 2 usage).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` safe to show on a terminal: control characters (escape sequences, bell, carriage return)
    and bidirectional overrides, which a description could use to rewrite or hide what is shown, are
    written as `\\x1b`-style escapes instead."""
    return _UNPRINTABLE.sub(
        lambda m: repr(m.group())[1:-1] if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


def describe_place(
    file: str, pointer: str = "", page: int | None = None, line: int | None = None, section: str = ""
) -> str:
    """`spec.yaml#/paths/~1pets/get`, `api.md:37 (API > Pets)`, `manual.pdf p.3:12 (Payments)`."""
    if len(pointer) > 160:  # a place 400 levels deep: its start and its end tell where it is
        pointer = f"{pointer[:70]}/.../{pointer[-70:].split('/', 1)[-1]}"
    text = file + (f"#{pointer}" if pointer else "")
    if page is not None:
        text += f" p.{page}"
    if line is not None:
        text += f":{line}"
    if section:
        text += f" ({section})"
    return text


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Diagnostic(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    severity: Severity
    message: str
    file: str = ""
    pointer: str = ""
    hint: str = ""
    line: int | None = None
    page: int | None = None
    section: str = ""
    """Heading path or CSS selector, for documentation sources."""

    def where(self) -> str:
        return describe_place(self.file, self.pointer, self.page, self.line, self.section)

    def format(self) -> str:
        where = self.where()
        text = f"{self.severity.value}[{self.code}]"
        if where:
            text += f" {where}"
        text += f": {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return printable(text)


class Diagnostics:
    """An ordered collector of diagnostics."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def add(
        self,
        code: str,
        severity: Severity,
        message: str,
        *,
        file: str = "",
        pointer: str = "",
        hint: str = "",
        line: int | None = None,
        page: int | None = None,
        section: str = "",
    ) -> None:
        self.items.append(
            Diagnostic(
                code=code,
                severity=severity,
                message=message,
                file=file,
                pointer=pointer,
                hint=hint,
                line=line,
                page=page,
                section=section,
            )
        )

    def error(self, code: str, message: str, **where: Any) -> None:
        self.add(code, Severity.ERROR, message, **where)

    def warning(self, code: str, message: str, **where: Any) -> None:
        self.add(code, Severity.WARNING, message, **where)

    def info(self, code: str, message: str, **where: Any) -> None:
        self.add(code, Severity.INFO, message, **where)

    def extend(self, items: Iterable[Diagnostic]) -> None:
        self.items.extend(items)

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.items)


def pointer_escape(segment: str) -> str:
    """Escape one JSON Pointer segment (RFC 6901)."""
    return segment.replace("~", "~0").replace("/", "~1")


def pointer_join(*segments: str) -> str:
    return "".join("/" + pointer_escape(str(s)) for s in segments)


class McpgenError(Exception):
    """An error that ends a command; it owns its exit code."""

    exit_code = 1

    def __init__(self, message: str, diagnostics: Iterable[Diagnostic] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.diagnostics = list(diagnostics)


class InputError(McpgenError):
    """The input (spec, IR file, config) is invalid: exit 1."""


class DriftError(McpgenError):
    """`--check` found output that differs from what would be generated: exit 1."""


class UsageError(McpgenError):
    """The command was called wrongly: exit 2."""

    exit_code = 2
