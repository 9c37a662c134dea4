"""Named schemas a document defines, and request bodies that refer to them by name.

Generated references print each schema once, in a section of its own, and an operation's body only by
reference:
- widdershins: `<h2 id="tocS_Pet">Pet</h2>` (with `<a id="schemapet">`) and a Properties table; operations list
  `body | body | [Pet](#schemapet)` in their parameter table;
- bootprint: "Schema definitions > Pet: object" with a name/type/required/description table, and the model's
  name under the operation's request body;
- a composed schema prints its parts as `*anonymous*` rows (`allOf`) or as an alias (`Create: CreateSpec`).
A reference resolves to the model's top-level fields, with the required flags the model's table states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import partial

from .blocks import Block, Document, Section
from .params import (
    IDENTIFIER,
    POINTER,
    REF_LINK,
    Param,
    cell_required,
    clean_name,
    is_reference,
    row_cell,
    table_roles,
    type_from,
    valid_name,
)
from .requests import request_lines

_PROPERTIES = re.compile(r"^(?:properties|fields|attributes|members|schema)$", re.I)
_JSON_TYPES = frozenset({"object", "array", "string", "integer", "number", "boolean", "null"})


@dataclass
class Model:
    name: str
    fields: list[Param] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    """References to models whose fields this one includes (`allOf` parts, an alias's target)."""


class Models:
    """The named schemas of a set of documents, by name and by the anchors that point at them."""

    def __init__(self, docs: list[Document]) -> None:
        self.by_key: dict[str, Model] = {}
        self.by_name: dict[str, Model] = {}
        """By name or anchor as written (case aside): `cis.tagging.category_create` is not `CisTaggingCategoryCreate`,
        though both reduce to the same key."""
        for doc in docs:
            for index, section in enumerate(doc.sections):
                model = _model(doc.sections, index)
                if model is not None:
                    for key in (model.name, section.anchor, *section.aliases):
                        if key:
                            self.by_key.setdefault(_key(key), model)
                            self.by_name.setdefault(key.lower(), model)

    def lookup(self, ref: str) -> Model | None:
        """The model `ref` names: a link (`[Pet](#schemapet)`), a pointer (`#/definitions/Pet`) or a name."""
        text = ref.strip().strip("`*_")
        link = REF_LINK.match(text)
        if link:
            anchor, name = link.group("anchor"), link.group("name")
            return (
                self.by_name.get(anchor.lower())
                or self.by_name.get(name.lower())
                or self.by_key.get(_key(anchor))
                or self.by_key.get(_key(name))
            )
        pointer = POINTER.match(text)
        if pointer:
            text = pointer.group("name")
        if not IDENTIFIER.match(text):
            return None
        return self.by_name.get(text.lower()) or self.by_key.get(_key(text))

    def fields(self, ref: str) -> list[Param] | None:
        """The top-level fields of the model `ref` names, its parts' fields included; None when unknown."""
        model = self.lookup(ref)
        return None if model is None else self._resolve(model, set())

    def _resolve(self, model: Model, seen: set[int]) -> list[Param]:
        if id(model) in seen or len(seen) > 20:
            return []
        seen.add(id(model))
        fields = [replace(f) for f in model.fields]
        for part in model.parts:
            target = self.lookup(part)
            if target is not None:
                known = {f.name for f in fields}
                fields.extend(f for f in self._resolve(target, seen) if f.name not in known)
        return fields


def model_name(title: str) -> tuple[str, str]:
    """(schema name, aliased schema) from a schema section's title; ("", "") when it is not one.

    `Pet`, `#/components/schemas/Pet`, `Pet: object` name a schema; `Create: CreateSpec` aliases another."""
    text = title.strip().strip("`")
    pointer = POINTER.match(text)
    if pointer:
        return pointer.group("name"), ""
    name, _, kind = text.partition(":")
    name, kind = name.strip(), kind.strip().strip("`")
    if not IDENTIFIER.match(name) or request_lines(text):
        return "", ""
    if kind and not IDENTIFIER.match(kind.split()[0]):
        return "", ""
    target = kind.split()[0] if kind else ""
    return name, target if target and target.lower() not in _JSON_TYPES else ""


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _model(sections: list[Section], index: int) -> Model | None:
    section = sections[index]
    name, alias = model_name(section.title)
    if not name:
        return None
    tables = [b for b in section.blocks if _field_table(b)]
    for sub in sections[index + 1 :]:  # widdershins: the fields come under "### Properties"
        if sub.level <= section.level or not _PROPERTIES.match(sub.title):
            break
        tables.extend(b for b in sub.blocks if _field_table(b))
    if alias:
        return Model(name, parts=[alias])
    if not tables:
        return None
    model = Model(name)
    for table in tables:
        _read_table(table, model)
    return model if model.fields or model.parts else None


def _field_table(block: Block) -> bool:
    if block.kind != "table" or not block.header or len(block.rows) < 2:
        return False
    roles = table_roles(block.rows[0])
    return "name" in roles and "in" not in roles and ("type" in roles or "required" in roles)


def _read_table(block: Block, model: Model) -> None:
    roles = table_roles(block.rows[0])
    top = 0  # the `»` depth of top-level fields: 1 under an `*anonymous*` object row (one `allOf` part)
    for row in block.rows[1:]:
        cell = partial(row_cell, roles, row)
        raw = cell("name").strip()
        depth = raw[: len(raw) - len(raw.lstrip("» "))].count("»")
        raw = raw.lstrip("» ").strip()
        if raw.strip("*_").lower() in ("anonymous", "allof", "oneof", "anyof"):
            if is_reference(cell("type")):
                model.parts.append(cell("type"))
            top = depth + 1
            continue
        if depth != top:
            continue
        name, required = clean_name(raw)
        if not valid_name(name):
            continue
        if "required" in roles:
            required = cell_required(cell("required"))
        kind, items = type_from(cell("type"))
        if kind is None and re.match(r"^\[\[.*\]\]$", cell("type").strip()):  # widdershins: [[Tag](#schematag)]
            kind, items = "array", "object"
        elif kind is None and is_reference(cell("type")):
            kind = "object"
        description = cell("description")
        if description.strip().lower() == "none":
            description = ""
        model.fields.append(Param(name, "body", block.where, required, kind, description.strip(), items_type=items))
