"""A request body named by its model on the route's line, whose fields the page lists elsewhere under that name:

    - `POST /experiment` - Start a new experiment (body: ExperimentRegistration)
    ...
    **ExperimentRegistration Fields:**
    - `experiment_design` (ExperimentDesign): The experiment design to execute
    - `run_name` (Optional[str]): Name for this specific experiment run

Code-first services (FastAPI, Pydantic, dataclasses) read a request's JSON body into a model class, and their
READMEs say which by naming the class beside the route ("body: X", "request body: `X`", "payload: X") and list
each model's fields once, under a label or heading "X Fields" / "X fields:" / "X properties:", one coded field
name per item with its type in parentheses. The body of that route is the object the model describes, so each
listed name is a top-level body field. Need follows the types the list writes: where some fields are typed
`Optional[...]` (or say "optional"), those may be left out and the others must be sent; a list marking none says
nothing of need. Only a label naming the same CamelCase class counts, and only a list whose every item opens with
a coded name; a route line naming a model with no field list, a field list no route names, and a model named as
the answer ("returns: X", "response: X") give nothing. Only POST, PUT and PATCH lines carry a body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .endpoint import Endpoint
from .params import Param, valid_name
from .requests import stated_write

_MODEL = r"[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+"
"""A CamelCase class name of two words or more (`ExperimentRegistration`, `UserCreate`): not a plain word."""
_NAMED_BODY = re.compile(rf"(?i:\b(?:request body|body|payload|request model))\s*[:=]\s*`?(?P<model>{_MODEL})`?\b")
_LABEL = re.compile(rf"^\W*`?(?P<model>{_MODEL})`?\s+(?i:fields|properties|attributes|schema)\W*$")
_FIELD = re.compile(
    r"^`(?P<name>[A-Za-z_][\w-]*)`\s*(?:\((?P<type>[^()\n]*(?:\([^()\n]*\))?[^()\n]*)\))?\s*(?:[:\-\u2014\u2013]|$)"
)
_OPTIONAL = re.compile(r"(?i)\boptional\b|\|\s*None\b|\bNone\s*\|")


def _field_lists(doc: Document) -> dict[str, list[tuple[str, bool | None]]]:
    """Model name -> (field, required) for each list a label or heading names as one model's fields."""
    found: dict[str, list[tuple[str, bool | None]]] = {}
    for section in doc.sections:
        label = _LABEL.match(section.title.strip())
        for block in section.blocks:
            if block.kind == "list" and label:
                matched = [_FIELD.match(text.strip()) for _, text in block.items]
                fields = [f for f in matched if f]
                if fields and len(fields) == len(matched) and all(valid_name(f["name"]) for f in fields):
                    optional = {f["name"] for f in fields if _OPTIONAL.search(f["type"] or "")}
                    found.setdefault(
                        label["model"], [(f["name"], f["name"] not in optional if optional else None) for f in fields]
                    )
            label = _LABEL.match(block.text.strip()) if block.kind == "text" else None
    return found


def model_field_lists(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, body field) for each field the page lists for the model a write route's line names as its body."""
    lists = None
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind in ("list", "text")):
            lines = [text for _, text in block.items] if block.kind == "list" else block.text.splitlines()
            for line in lines:
                named = _NAMED_BODY.search(line)
                written = stated_write(line, endpoints) if named else None
                if written is None:
                    continue
                endpoint = written[0]
                lists = _field_lists(doc) if lists is None else lists
                if named["model"] not in lists:
                    continue
                for name, required in lists[named["model"]]:
                    yield endpoint, Param(name, "body", block.where, required, origin="list")
