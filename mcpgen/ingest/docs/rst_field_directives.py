"""A reStructuredText directive that describes one field of a resource:

    .. confval:: content

       :type: string
       :required: yes

       The source code of the snippet.

A project that borrows a directive (Sphinx's `confval`, a theme's own) to document the fields of its resources
writes the field's name as the argument and its properties as a field list (or as its options): a `:type:`, and
maybe whether it is `:required:`, `:read only:`, its `:default:`. The directive is read as a definition list of
that one field, marked DESCRIBED_FIELD, its properties written first ("type: string; required: yes.") and its
description after: which requests send the resource's fields is for `described_fields` to say. A directive
whose field list holds any other name (or no `:type:`) describes something else and is left out, as before.
"""

from __future__ import annotations

import re
from typing import Any

DESCRIBED_FIELD = "described-field"
PROPERTIES = frozenset(
    {"type", "required", "optional", "read only", "read-only", "readonly", "write only", "write-only", "default",
     "nullable", "choices", "values", "format", "example", "max length", "min length"}
)  # fmt: skip
_NAME = re.compile(r"[A-Za-z_][\w.-]*")


def described_field(directive: Any) -> list[Any] | None:
    """The field a directive describes as a one-item definition list marked DESCRIBED_FIELD, or None when its
    argument is no name or its fields are not all properties of a field (with a type among them)."""
    from docutils import nodes

    name = " ".join(directive.arguments).strip()
    if not _NAME.fullmatch(name):
        return None
    properties = [
        (" ".join(str(k).lower().split()), " ".join(str(v or "").split())) for k, v in directive.options.items()
    ]
    holder = nodes.container()
    directive.state.nested_parse(directive.content, directive.content_offset, holder)
    lists = [c for c in holder.children if isinstance(c, nodes.field_list)][:1]
    for field in lists[0].children if lists else ():
        key = next((c.astext() for c in field.children if isinstance(c, nodes.field_name)), "")
        value = next((c.astext() for c in field.children if isinstance(c, nodes.field_body)), "")
        properties.append((" ".join(key.lower().split()), " ".join(value.split())))
    if any(key not in PROPERTIES for key, _ in properties):
        return None
    if "type" not in dict(properties):
        return None
    stated = "; ".join(f"{key}: {value}" for key, value in properties) + "."
    definition = nodes.definition("", nodes.paragraph(stated, stated))
    definition += [c.deepcopy() for c in holder.children if c not in lists]
    item = nodes.definition_list_item("", nodes.term(name, "", nodes.literal(name, name)), definition)
    return [nodes.definition_list("", item, classes=[DESCRIBED_FIELD])]
