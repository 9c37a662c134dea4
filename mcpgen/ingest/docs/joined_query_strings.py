"""A query string a JavaScript snippet builds by concatenation: `$http.get("http://host/log?type=" + type +
"&message=" + message)`.

A snippet that sends its inputs in the query string often glues each value to the literal that names it, the
literal ending in `?name=` or `&name=` and the value a variable (or a call on one, `escape(message)`) added with
`+`. Each such value is the query parameter its literal names, so the concatenation is read as one literal before the
client call is read (`clients`): the value is the string the snippet assigns the variable (`var type = "error"`,
`?type=error`), else left blank (`?message=`). It is an example value the snippet sends, never a `{placeholder}` the
document marks as one every request fills, so the parameter is not taken as required. Only a value glued to
a literal that ends in `name=` is read so: `"/users/" + id` (a path built from a value) and `"?q=" + "x"` (two
literals) are left as they are.
"""

from __future__ import annotations

import re
from urllib.parse import quote

_VALUE = r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*"
_GLUED = re.compile(
    r"(?P<q>['\"])(?P<head>[^'\"\n]*[?&][\w\-\[\]]+=)(?P=q)\s*\+\s*"
    rf"(?:{_VALUE}\(\s*(?P<inner>{_VALUE})\s*\)|(?P<value>{_VALUE}))(?![\w$.(])"
)
"""A literal ending in `?name=`/`&name=` and the variable (or one-argument call on it) added to it."""
_NEXT = re.compile(r"(?P<q>['\"])(?P<head>[^'\"\n]*=[^'\"\n&]*)(?P=q)\s*\+\s*(?P=q)(?P<tail>&[^'\"\n]*)(?P=q)")
"""The literal so read and the `&name=...` literal added after it."""
_ASSIGNED = re.compile(r"\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*['\"]([^'\"\n]*)['\"]\s*[;\n]")
"""A variable the snippet assigns a string literal to."""


def joined_query_literals(text: str) -> str:
    """The snippet with each query value glued to its `name=` literal written into that literal."""
    if "+" not in text:
        return text
    assigned = dict(_ASSIGNED.findall(text))
    for _ in range(20):  # one glued value (and the literal after it) each round
        glued = _GLUED.sub(lambda m: _glue(m, assigned), text, count=1)
        if glued == text:
            return text
        text = _NEXT.sub(r"\g<q>\g<head>\g<tail>\g<q>", glued, count=1)
    return text


def _glue(match: re.Match[str], assigned: dict[str, str]) -> str:
    value = assigned.get(match["inner"] or match["value"], "")
    return f"{match['q']}{match['head']}{quote(value, safe='')}{match['q']}"
