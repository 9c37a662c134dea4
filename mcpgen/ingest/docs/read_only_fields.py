"""A field its description marks read-only ("(read only)", "Read-only.", "[read-only]"): the server sets it (an
id, a creation time, a status), so no request sends it. Renderers of OpenAPI print a schema's `readOnly`
properties so, in the same list as the fields a client sends; a GET's response schema printed under its request
(Sphinx's "Request JSON Object" after the status codes) marks its server fields so too. Not a parameter that
says what access it grants ("open the file in read-only mode"): only the marker itself, set apart."""

from __future__ import annotations

import re

from .params import Param

_MARK = re.compile(
    r"(?i)[(\[]\s*read[\s-]?only\s*[)\]]"  # "(read only)", "[read-only]"
    r"|^\s*(?:\*\*|_)?read[\s-]?only(?:\*\*|_)?\s*(?:[.:;,]|$)"  # "Read-only. The id of ..."
    r"|(?:^|[.;]\s+)read[\s-]?only\.?\s*$"  # "... of the database. Read only."
)


def server_set(param: Param) -> bool:
    """`param` is a field the document marks read-only, never a request's input (a path segment always is)."""
    return param.location != "path" and bool(_MARK.search(param.description or ""))
