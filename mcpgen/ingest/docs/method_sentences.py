"""Methods a sentence states for a path written beside it, not as a request line:

- a verb made of the method: "the client `PUT`s it to `http://host/package/:name/:version`", "`POST`ing the
  form to `/submit`";
- the path, then the method it is called with: "Endpoint `/login` authenticates with `GET` plus URL
  parameters", "`/items` accepts `PUT` requests";
- the path, a colon, then what each method does there: "via the `/config` endpoint: `GET` returns the current
  config, `POST` replaces it, `PATCH` merges updates, `DELETE` resets to default";
- the sentence right after a code block holding a path alone: "This endpoint only accepts the ``POST``
  method" (the block's path is that method's route, stated, not an example path).
"""

from __future__ import annotations

import re

from .requests import METHODS

_METHOD = "|".join(METHODS)
_VERB = re.compile(
    rf"`(?P<method>{_METHOD})`(?:s|es|ed|ing)\s+(?:it|them|this|that|(?:the|a|an|your|its)\s+[\w-]+(?:\s+[\w-]+)?)?\s*"
    r"(?:to|on|at|against)\s+`(?P<target>(?:https?://|/)[^`\s]*)`"
)
_PATH_WITH = re.compile(
    r"`(?P<target>/[^`\s]*)`(?:\s+(?:endpoint|route|resource|url|uri|path))?\s+(?:[a-z]+\s+){0,2}?"
    r"(?:(?:with|using|via|by|accepts?|supports?|allows?|answers?|takes?)\s+)(?:an?\s+|the\s+|only\s+)?"
    rf"`(?P<method>{_METHOD})`(?!\s*(?:,|or|and)\s*`)"
)
_DOES = rf"\s+[a-z](?:[^`.]|`(?!(?:{_METHOD})`)[^`]*`)*?"
"""What a method does, up to the next method: words and code spans that are no method (`Accept: ...`)."""
_PATH_COLON = re.compile(
    r"`(?P<target>/[^`\s]*)`(?:\s+(?:endpoint|route|resource|url|uri|path))?\s*:\s*"
    rf"(?P<run>`(?:{_METHOD})`{_DOES}(?:[,;]\s*(?:and\s+)?`(?:{_METHOD})`{_DOES})+)(?:\.|$)"
)
_RUN_METHOD = re.compile(rf"`(?P<method>{_METHOD})`\s+[a-z]")
_SAID_AFTER = re.compile(
    r"(?i)^\W*(?:this|the|that)\s+(?:endpoint|route|resource|url|uri|path|api|call|operation)\s+(?:only\s+)?"
    r"(?:accepts?|supports?|allows?|takes?|expects?|responds?\s+to|answers?|(?:must|should|can|is\s+to)\s+"
    r"(?:only\s+)?be\s+(?:called|requested|used|accessed|invoked)\s+(?:with|using|via|by))\s+(?:only\s+)?"
    rf"(?:the\s+|an?\s+)?`*(?P<method>{_METHOD})\b(?!`*\s*(?:,|or|and)\s*`*(?:{_METHOD})\b)"
)


def sentence_requests(text: str) -> list[tuple[str, str]]:
    """(method, target) for each request a sentence states by a verb or by the method a path is called with."""
    found = [(m["method"], m["target"]) for m in _VERB.finditer(text)]
    found += [(r["method"], m["target"]) for m in _PATH_COLON.finditer(text) for r in _RUN_METHOD.finditer(m["run"])]
    return found + [(m["method"], m["target"]) for m in _PATH_WITH.finditer(text)]


def method_said_after(text: str) -> str:
    """The one method a sentence opening "This endpoint only accepts the ``POST`` method" says; "" if none."""
    match = _SAID_AFTER.match(text)
    return match["method"] if match else ""
