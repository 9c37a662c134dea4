"""A field schema a page prints as a code literal: a mapping of field names to their definitions, each with a
`type` (`schema = {'firstname': {'type': 'string'}, 'lastname': {'type': 'string', 'required': True}}`, the
validation schemas of many frameworks and of hand-written tutorials). Its top-level names are the fields of the
resource it validates; a route whose example bodies send some of them, and nothing outside them, writes that
resource, so it takes every field of the schema, required where the schema says `'required': True`."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable
from typing import Any

from .blocks import Document
from .endpoint import Endpoint
from .params import Param


def _literal(node: ast.AST) -> Any:
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None


def field_schemas(docs: Iterable[Document]) -> list[dict[str, bool]]:
    """Per schema literal in the pages' code: field name -> required."""
    found = []
    for doc in docs:
        for block in (b for s in doc.sections for b in s.blocks if b.kind == "code"):
            if "type" not in block.text:
                continue
            try:
                tree = ast.parse(block.text)
            except (SyntaxError, ValueError):
                continue
            for node in ast.walk(tree):
                if not isinstance(node, ast.Dict):
                    continue
                value = _literal(node)
                if (
                    isinstance(value, dict)
                    and len(value) >= 2
                    and all(isinstance(k, str) and isinstance(v, dict) and "type" in v for k, v in value.items())
                ):
                    found.append({name: spec.get("required") is True for name, spec in value.items()})
    return found


def _sent(endpoint: Endpoint) -> set[str]:
    names: set[str] = set()
    for example in endpoint.request_examples:
        for item in example if isinstance(example, list) else [example]:
            if isinstance(item, dict):
                names.update(item)
    return names


def schema_fields(docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[..., None]) -> None:
    """Give each writing route whose example bodies send only fields of one schema literal the schema's fields."""
    schemas = [s for s in field_schemas(docs) if s]
    for endpoint in endpoints if schemas else ():
        sent = _sent(endpoint)
        if endpoint.method not in ("POST", "PUT", "PATCH") or not sent:
            continue
        schema = next((s for s in schemas if sent <= s.keys()), None)
        for name, required in (schema or {}).items():
            known = endpoint.params.get((name, "body"))
            if known is None:
                add(endpoint, Param(name, "body", endpoint.where, required, origin="schema section"))
            elif required and not known.required:
                known.required = True
