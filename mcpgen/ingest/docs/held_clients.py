"""The HTTP client a test case holds as an attribute: a snippet from a project's test suite calls it through `self`,

    rv = self.server.get(URL_PREFIX + "/resources/%s/%s" % (user_id, resource_id), headers=self.auth_header)
    resp = self.client.post("/api/items", json={"name": "x"})

(Flask's and Django's test cases keep their test client on the instance, as `self.client`, `self.app` or
`self.server`). The call is a request to the API like `client.get(...)` is; the attribute's name says it is a
client, the `self.` before it only where it is kept. Only `self.<name>` with a client's name (those `clients.py`
reads alone, and `app`, `server`, `test_client`) counts: `self.cache.get(...)`, `self.config.get(...)` do not.
"""

from __future__ import annotations

import ast
import re

_HELD = re.compile(r"app|server|test_client")


def held_client(owner: ast.AST, clients: re.Pattern[str]) -> ast.AST:
    """`owner` as a plain client name when it is `self.<a client's name>`, else `owner` as it is."""
    if (
        isinstance(owner, ast.Attribute)
        and isinstance(owner.value, ast.Name)
        and owner.value.id == "self"
        and (clients.fullmatch(owner.attr) or _HELD.fullmatch(owner.attr))
    ):
        return ast.Name(id="client" if _HELD.fullmatch(owner.attr) else owner.attr, ctx=ast.Load())
    return owner
