"""The harness validates with the generated servers' own validator (`validation.py` of the runtime):
jsonschema-rs with a linear-time `pattern` engine, so a hostile pattern in a description cannot stall
`mcpgen test` any more than it can stall a server. The module is loaded from the template set, not copied.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from types import ModuleType
from typing import Any

from ..render import generators_root


@cache
def _runtime() -> ModuleType:
    path = generators_root() / "python" / "files" / "src" / "__pkg__" / "validation.py"
    spec = importlib.util.spec_from_file_location("mcpgen_runtime_validation", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Checker:
    """One schema, compiled once."""

    def __init__(self, schema: Any) -> None:
        runtime = _runtime()
        self.problem = ""
        try:
            self.validator: Any = runtime.compile_schema(schema, "schema")
        except runtime.SchemaError as exc:
            self.validator, self.problem = None, str(exc)

    def first_error(self, value: Any) -> tuple[str, str] | None:
        """`(path, message)` of the first way `value` breaks the schema, or None; a schema that cannot be
        compiled at all is the error."""
        if self.validator is None:
            return "(schema)", self.problem
        for error in self.validator.iter_errors(value):
            return "/".join(str(p) for p in error.instance_path) or "(root)", str(error.message)
        return None

    def is_valid(self, value: Any) -> bool:
        return self.first_error(value) is None


def first_error(schema: Any, value: Any) -> tuple[str, str] | None:
    return Checker(schema).first_error(value)


def is_valid(schema: Any, value: Any) -> bool:
    return Checker(schema).is_valid(value)
