"""OpenAPI (2.0, 3.0, 3.1) schema objects to JSON Schema 2020-12.

Referenced schemas are converted once per mode and kept as named definitions; a schema refers to them as
`{"$ref": "#/$defs/NAME"}`, so recursion stays finite. `bundle` (see `bundle.py`) then builds one
self-contained schema per tool.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import Any

from ..diagnostics import Diagnostics, pointer_join
from .bundle import ANNOTATIONS, DEF_PREFIX, Bundler, Mode, in_place_cycle
from .limits import exceeded
from .loader import Loader, RefError

_SCHEMA_KEYS = frozenset(
    {
        "type", "enum", "const", "format", "title", "description", "default", "deprecated",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
        "minProperties", "maxProperties", "required", "contentMediaType", "contentEncoding",
        "readOnly", "writeOnly",
    }
)  # fmt: skip
_SUBSCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "propertyNames",
                   "if", "then", "else", "unevaluatedProperties", "unevaluatedItems")  # fmt: skip
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas")
_DEF_NAME_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")
_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})


def _any(value: Any) -> bool:
    return True


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_count(value: Any) -> bool:
    return _is_number(value) and value >= 0 and float(value).is_integer()


def discriminator_of(schema: dict[str, Any]) -> str | None:
    """The property a schema's `discriminator` names (3.x: `{propertyName: ...}`; Swagger 2: the name itself)."""
    value = schema.get("discriminator")
    name = value.get("propertyName") if isinstance(value, dict) else value
    return name if isinstance(name, str) and name else None


def fits_type(value: Any, kind: str) -> bool:
    """Whether a JSON value is of the JSON Schema type `kind`."""
    if kind == "integer":
        return _is_number(value) and float(value).is_integer()
    return {
        "string": isinstance(value, str),
        "number": _is_number(value),
        "boolean": isinstance(value, bool),
        "array": isinstance(value, list),
        "object": isinstance(value, dict),
        "null": value is None,
    }.get(kind, True)


def _is_type(value: Any) -> bool:
    if isinstance(value, list):
        return (
            bool(value)
            and len(set(map(str, value))) == len(value)
            and all(isinstance(v, str) and v in _TYPES for v in value)
        )
    return isinstance(value, str) and value in _TYPES


_KEYWORD_CHECKS: dict[str, Callable[[Any], bool]] = {
    "type": _is_type,
    "enum": lambda v: isinstance(v, list) and bool(v),  # an empty enum would accept nothing
    "examples": lambda v: isinstance(v, list),
    "required": lambda v: isinstance(v, list),
    "multipleOf": lambda v: _is_number(v) and v > 0,
    **dict.fromkeys(("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"), _is_number),
    **dict.fromkeys(("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"), _is_count),
    **dict.fromkeys(("uniqueItems", "readOnly", "writeOnly", "deprecated"), lambda v: isinstance(v, bool)),
    **dict.fromkeys(
        ("format", "title", "description", "pattern", "contentMediaType", "contentEncoding"),
        lambda v: isinstance(v, str),
    ),
}
"""What the JSON Schema 2020-12 meta-schema allows for each keyword copied as it is."""


class SchemaConverter:
    """Converts schemas of one description; caches named definitions across operations."""

    def __init__(self, loader: Loader, version: str, diags: Diagnostics, max_depth: int = 128) -> None:
        self.loader = loader
        self.max_depth = max_depth
        self._depth = 0
        self.version = version  # "2.0", "3.0" or "3.1"
        self.diags = diags
        self.defs: dict[Mode, dict[str, Any]] = {"input": {}, "output": {}}
        self._names: dict[tuple[str, str], str] = {}
        self._taken: set[str] = set()
        self._bundler = Bundler(self.defs)
        self._bad_patterns: set[str] = set()
        self._bad_refs: set[tuple[str, str]] = set()

    # -- conversion -------------------------------------------------------------------------
    def convert(self, schema: Any, doc: str, pointer: str, mode: Mode) -> Any:
        """`schema` as JSON Schema 2020-12. Nesting (subschemas and `$ref` hops together) is bounded by
        `max_depth`, so no chain of references or nested schemas can exhaust Python's stack."""
        if self._depth >= self.max_depth:
            raise exceeded(
                "max_depth",
                f"schemas and their $refs nest deeper than {self.max_depth} levels",
                file=self.loader.display(doc),
                pointer=pointer,
            )
        self._depth += 1
        try:
            return self._convert(schema, doc, pointer, mode)
        finally:
            self._depth -= 1

    def _convert(self, schema: Any, doc: str, pointer: str, mode: Mode) -> Any:
        if isinstance(schema, bool):
            return schema
        if not isinstance(schema, dict):
            self.diags.warning(
                "schema-invalid",
                f"schema must be an object, got {type(schema).__name__}; accepting any value",
                file=self.loader.display(doc),
                pointer=pointer,
            )
            return {}
        if "$ref" in schema:
            ref_node = self._ref(schema["$ref"], doc, pointer, mode)
            if self.version != "3.1":
                return ref_node  # before 3.1, keywords beside a `$ref` are ignored
            return self._with_siblings(ref_node, schema, doc, pointer, mode)
        return self._convert_object(schema, doc, pointer, mode)

    def _with_siblings(
        self, ref_node: dict[str, Any], schema: dict[str, Any], doc: str, pointer: str, mode: Mode
    ) -> dict[str, Any]:
        """3.1: annotations beside a `$ref` stay beside it; constraints join it in an `allOf`."""
        notes = {
            k: v
            for k, v in schema.items()
            if k in ANNOTATIONS and _KEYWORD_CHECKS.get(k, _any)(v) and (mode == "input" or k != "examples")
        }
        rest = self._convert_object(
            {k: v for k, v in schema.items() if k != "$ref" and k not in notes}, doc, pointer, mode
        )
        if rest:
            return {"allOf": [ref_node, rest], **notes}
        return {**ref_node, **notes}

    def _convert_object(self, schema: dict[str, Any], doc: str, pointer: str, mode: Mode) -> Any:
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key in _SCHEMA_KEYS:
                out[key] = value
            elif key in _SUBSCHEMA_KEYS and isinstance(value, dict | bool):
                out[key] = self.convert(value, doc, pointer_join_str(pointer, key), mode)
            elif key in _SUBSCHEMA_LISTS and isinstance(value, list) and value:
                out[key] = [self.convert(v, doc, pointer_join_str(pointer, key, i), mode) for i, v in enumerate(value)]
            elif key in _SUBSCHEMA_MAPS and isinstance(value, dict):
                out[key] = {
                    name: self.convert(v, doc, pointer_join_str(pointer, key, name), mode) for name, v in value.items()
                }
            elif key == "example" and mode == "input":
                out["examples"] = [value]
            elif key == "examples" and isinstance(value, list) and mode == "input":
                out["examples"] = value
        if mode == "output" and "oneOf" in out:
            # APIs write `oneOf` for shapes that overlap (branches with no required member of their own accept the
            # same objects): a server must not refuse a real answer because it fits two; each branch still counts
            branches = out.pop("oneOf")
            if "anyOf" in out:
                out["allOf"] = [*out.get("allOf", []), {"anyOf": branches}]
            else:
                out["anyOf"] = branches
        if self.version in ("2.0", "3.0"):
            _fix_exclusive_bounds(out)
        if out.get("type") == "file" or (
            out.get("type") == "string"
            and (out.get("format") in ("binary", "byte") or out.get("contentEncoding") == "binary")
        ):  # raw bytes travel through MCP (JSON) as base64 text
            out.pop("format", None)
            out["type"] = "string"
            out["contentEncoding"] = "base64"
        if isinstance(out.get("pattern"), str) and not self._pattern_ok(out["pattern"], doc, pointer):
            del out["pattern"]
        self._drop_invalid_keywords(out, doc, pointer)
        if mode == "input" and (named := discriminator_of(schema)) is not None:
            # the property that tells the kinds apart must be present (OpenAPI 3 "discriminator"; Swagger 2 lists it
            # as required): Azure's Kusto `Database` leaves `kind` out of `required`, and the API refuses a body
            # without it
            out["required"] = list(dict.fromkeys([*out.get("required", []), named]))
        if "properties" in out:
            self._drop_one_way_properties(out, mode)
        if out.get("additionalProperties") is False and mode == "output":
            # an answer with a field the description does not know is still the answer (APIs add response fields
            # without a new version), and composed closed parts are a merge to their authors but refuse each
            # other's fields in JSON Schema: no answer fitted ShipEngine's `allOf: [carrier_list, errors]`
            del out["additionalProperties"]
        elif out.get("additionalProperties") is False and any(k in out for k in ("allOf", "anyOf", "oneOf")):
            # "no property beyond those described", the composed parts' included, as its authors mean it; JSON
            # Schema's `additionalProperties` sees its own `properties` only, and 2020-12 says it so
            del out["additionalProperties"]
            out["unevaluatedProperties"] = False
        if schema.get("nullable") is True or schema.get("x-nullable") is True:
            out = _make_nullable(out)
        return out

    def _drop_invalid_keywords(self, out: dict[str, Any], doc: str, pointer: str) -> None:
        """Keep the result a valid JSON Schema: a keyword with a value of the wrong kind is dropped."""
        if isinstance(out.get("required"), list):
            out["required"] = list(dict.fromkeys(r for r in out["required"] if isinstance(r, str)))
        for key in [k for k, v in out.items() if k in _KEYWORD_CHECKS and not _KEYWORD_CHECKS[k](v)]:
            self.diags.warning(
                "schema-invalid",
                f"{key!r} cannot be {out[key]!r} in a schema; dropped",
                file=self.loader.display(doc),
                pointer=pointer,
            )
            del out[key]
        if out.get("required") == []:
            del out["required"]
        kinds = out.get("type")
        if isinstance(out.get("enum"), list) and kinds is not None:
            kinds = kinds if isinstance(kinds, list) else [kinds]
            fitting = [v for v in out["enum"] if any(fits_type(v, k) for k in kinds)]
            if len(fitting) < len(out["enum"]):
                self.diags.warning(
                    "schema-invalid",
                    f"'enum' values {[v for v in out['enum'] if v not in fitting]!r} are not of type "
                    f"{out['type']!r}: no value could match them; dropped",
                    file=self.loader.display(doc),
                    pointer=pointer,
                )  # an array whose `enum` lists its items' values (DRACOON's `grantTypes`)
                if fitting:
                    out["enum"] = fitting
                else:
                    del out["enum"]

    def _one_way(self, prop: Any, hidden: str, mode: Mode) -> bool:
        if not isinstance(prop, dict):
            return False
        if prop.get(hidden) is True:
            return True
        ref = prop.get("$ref")
        if isinstance(ref, str) and ref.startswith(DEF_PREFIX):
            target = self.defs[mode].get(ref[len(DEF_PREFIX) :])
            return isinstance(target, dict) and target.get(hidden) is True
        return False

    def _drop_one_way_properties(self, out: dict[str, Any], mode: Mode) -> None:
        hidden = "readOnly" if mode == "input" else "writeOnly"
        props = out["properties"]
        gone = [n for n, p in props.items() if self._one_way(p, hidden, mode)]
        for name in gone:
            del props[name]
        if gone and isinstance(out.get("required"), list):
            out["required"] = [r for r in out["required"] if r not in gone]
            if not out["required"]:
                del out["required"]

    def _pattern_ok(self, pattern: str, doc: str, pointer: str) -> bool:
        try:
            with warnings.catch_warnings():  # `[[` warns of a future set syntax: the pattern is read as written
                warnings.simplefilter("ignore", FutureWarning)
                re.compile(pattern)
        except (re.error, OverflowError, RecursionError, ValueError) as exc:
            if pattern not in self._bad_patterns:
                self._bad_patterns.add(pattern)
                self.diags.warning(
                    "schema-pattern",
                    f"pattern {pattern!r} is not a valid regular expression here ({exc}); dropped",
                    file=self.loader.display(doc),
                    pointer=pointer,
                )
            return False
        return True

    def _ref(self, ref: Any, doc: str, pointer: str, mode: Mode) -> dict[str, Any]:
        try:
            target_doc, target_ptr, target = self.loader.resolve(ref, doc)
        except RefError as exc:
            return self._unresolved(exc, doc, pointer)
        name = self._def_name(target_doc, target_ptr)
        defs = self.defs[mode]
        if name not in defs:
            defs[name] = {}  # placeholder: a recursive reference finds the name already taken
            try:
                defs[name] = self.convert(target, target_doc, target_ptr, mode)
            except BaseException:
                del defs[name]
                raise
            if in_place_cycle(name, defs):
                self.diags.warning(
                    "schema-ref-cycle",
                    "this schema refers back to itself without describing any value (a cycle of $ref, "
                    "allOf, anyOf or oneOf); it accepts any value",
                    file=self.loader.display(target_doc),
                    pointer=target_ptr,
                )
                defs[name] = {}
        return {"$ref": DEF_PREFIX + name}

    def _unresolved(self, exc: RefError, doc: str, pointer: str) -> dict[str, Any]:
        """A broken `$ref` inside a schema accepts any value there; the operation still builds.

        A refused one (it leaves the allowed folders, or is remote) is an error: its operation is skipped.
        """
        if exc.refused:
            self.diags.error("ref-refused", str(exc), file=self.loader.display(doc), pointer=pointer, hint=exc.hint)
            raise exc
        if (doc, pointer) not in self._bad_refs:
            self._bad_refs.add((doc, pointer))
            self.diags.warning(
                "ref-unresolved",
                f"{exc}; any value is accepted here",
                file=self.loader.display(doc),
                pointer=pointer,
                hint=exc.hint,
            )
        return {"description": "Any value (its schema could not be resolved)."}

    def _def_name(self, doc: str, pointer: str) -> str:
        key = (doc, pointer)
        if key not in self._names:
            last = pointer.rsplit("/", 1)[-1] if pointer else ""
            if not last:
                last = doc.replace("\\", "/").rsplit("/", 1)[-1].split(".")[0]
            base = _DEF_NAME_CHARS.sub("_", last.replace("~1", "_").replace("~0", "_")) or "schema"
            name, n = base, 1
            while name in self._taken:
                n += 1
                name = f"{base}_{n}"
            self._taken.add(name)
            self._names[key] = name
        return self._names[key]

    def bundle(self, root: dict[str, Any], mode: Mode, budget: int) -> tuple[dict[str, Any], bool]:
        """A self-contained schema for `root`; returns it and whether the budget loosened it."""
        return self._bundler.bundle(root, mode, budget)


def pointer_join_str(pointer: str, *segments: str | int) -> str:
    return pointer + pointer_join(*(str(s) for s in segments))


def _fix_exclusive_bounds(out: dict[str, Any]) -> None:
    for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(out.get(flag), bool):
            if out[flag] and bound in out:
                out[flag] = out.pop(bound)
            else:
                del out[flag]


def _make_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, str) and not any(k in schema for k in ("allOf", "anyOf", "oneOf")):
        schema = {**schema, "type": [kind, "null"]}
        if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
        return schema
    if isinstance(kind, list):
        return schema if "null" in kind else {**schema, "type": [*kind, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}
