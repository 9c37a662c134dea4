"""State shared while converting the operations of one description."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import naming
from ..diagnostics import Diagnostics
from ..ir import ArgBinding, AuthScheme, SourceLocation
from .loader import Loader
from .options import IngestOptions
from .schema import SchemaConverter


@dataclass
class OperationContext:
    loader: Loader
    converter: SchemaConverter
    diags: Diagnostics
    version: str
    doc: dict[str, Any]
    schemes: dict[str, AuthScheme]
    options: IngestOptions
    noted: set[str] = field(default_factory=set)
    """Codes of the diagnostics given once per description, already given."""

    def note_once(self, code: str, message: str, file: str) -> None:
        if code not in self.noted:
            self.noted.add(code)
            self.diags.info(code, message, file=file)


class SkipOperation(Exception):
    """The operation cannot become a tool; the message says why."""


@dataclass
class Draft:
    """A tool input schema under construction."""

    properties: dict[str, Any] = field(default_factory=dict)
    required: list[str] = field(default_factory=list)
    args: list[ArgBinding] = field(default_factory=list)
    at_least_one: list[str] = field(default_factory=list)
    """Arguments of which at least one must be given (a body with `minProperties`)."""

    def add(self, ctx: OperationContext, where: SourceLocation, binding: ArgBinding, schema: Any) -> str:
        """Adds the argument, renamed if its name is taken; returns the name it got."""
        name = binding.arg
        if name in self.properties:
            base = naming.arg_name(f"{binding.location.replace('_field', '')}_{name}")
            renamed, n = base, 1
            while renamed in self.properties:
                n += 1
                renamed = f"{base}_{n}"
            ctx.diags.warning(
                "arg-renamed",
                f"{binding.location} parameter {binding.wire!r} clashes with another argument; "
                f"the tool takes it as {renamed!r}",
                file=where.file,
                pointer=where.pointer,
            )
            binding = binding.model_copy(update={"arg": renamed})
        self.properties[binding.arg] = schema
        if binding.required:
            self.required.append(binding.arg)
        self.args.append(binding)
        return binding.arg
