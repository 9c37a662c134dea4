"""Routes stated as the quoted URL regexes of a web framework: a code line holding only `'/add/user/(.*)/role/(.*)'`.

web.py, Django and Tornado declare their routes as regular expressions, and a document written from such a server
often copies them as they stand: a quoted path on its own code line, where each capture group is a path
placeholder (`(.*)`, `([^/]+)`, `(\\d+)`, `(?P<name>...)`), anchored or not (`^...$`). The quoted line is the
route template; a concrete request under it (`curl http://host/add/user/7e25.../role/cdf1...`) is its example,
not a route of its own, and gives the route its method and body (`-X POST -d '{...}'`).

A group is named as a reader names it: `(?P<name>...)` by its name, an unnamed group after the path word before
it, singular (`/delete/role/(.*)` -> `{role}`, `/users/(\\d+)` -> `{user}`, `/local-system/(.*)` ->
`{local_system}`), or, after `X/Ys` where other patterns name X as an item (`/get/tenant/(.*)`), after X: in
`/list/tenant/users/(.*)` the value is the tenant whose users are listed; `{value}` where no word comes before
it. A pattern no example follows states no method; it takes the one method every example of its sibling patterns
(those sharing its first word: `/create/...`) shows when that is not GET (they all create by POST), else GET, the
method of a bare request.

The rule reads quoted lines only where the document writes two of them at least and one carries the regex
notation (a group or an anchor): a lone quoted path in code is a string of a program, not a route table.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .blocks import Document, Where
from .mention import Mention
from .requests import Target

_QUOTED = re.compile(r"""^\s*[rRuU]?(?P<q>['"])(?P<pattern>\^?/[^'"\s]*|\^\w[^'"\s]*)(?P=q)\s*,?\s*$""")
"""A quoted path alone on a line: `'/add/user/(.*)'`, or Django's anchored form without the leading slash,
`r'^api/notes/(?P<pk>\\d+)/$'`."""
_GROUP_NAME = re.compile(r"^\?P<(?P<name>\w+)>")
_LEFT_OVER = re.compile(r"[\\\[\]()*+?|^$]")


@dataclass
class _Pattern:
    template: str
    regex: re.Pattern[str]
    section: int
    line: int | None
    file: str
    literals: int


def _groups(pattern: str) -> tuple[str, list[str]] | None:
    """(`/add/user/\x00/role/\x00`, the names written for the groups or "") for a regex path; None where the
    regex says more than literal segments and groups (alternatives, optional parts, non-capturing groups)."""
    out, names, depth, start, inner = [], [], 0, 0, ""
    for i, char in enumerate(pattern):
        if char == "(" and (i == 0 or pattern[i - 1] != "\\"):
            if depth == 0:
                start = i
            depth += 1
        elif char == ")" and depth and pattern[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                inner = pattern[start + 1 : i]
                if inner.startswith("?") and not _GROUP_NAME.match(inner):
                    return None  # `(?:...)`, a lookahead: no placeholder
                named = _GROUP_NAME.match(inner)
                names.append(named.group("name") if named else "")
                out.append("\x00")
        elif depth == 0:
            out.append(char)
    if depth:
        return None
    text = "".join(out)
    text = text[1:] if text.startswith("^") else text
    text = text[:-1] if text.endswith("$") else text
    text = text[:-2] if text.endswith("/?") else text
    if _LEFT_OVER.search(text):
        return None
    return text, names


def _item_words(patterns: list[str]) -> set[str]:
    """The path words the patterns follow with an unnamed group (`/get/tenant/(.*)`: `tenant`): names of items."""
    words = set()
    for pattern in patterns:
        parsed = _groups(pattern)
        segments = parsed[0].split("/") if parsed else []
        words |= {before for before, segment in itertools.pairwise(segments) if segment == "\x00"}
    return words


def _name(segments: list[str], i: int, items: set[str]) -> str:
    """The name of an unnamed group that is the whole segment `i`: the item word before it, singular
    (`/users/(\\d+)` -> `user`); after `X/Ys` where X names an item elsewhere, X (`/list/tenant/users/(.*)`:
    the tenant whose users are listed); `value` where no word comes before it."""
    before = segments[i - 1] if i else ""
    if not before or "\x00" in before or "{" in before:
        return "value"
    owner = segments[i - 2] if i >= 2 else ""
    if before.endswith("s") and owner in items and "\x00" not in owner:
        before = owner
    elif before.endswith("s") and not before.endswith("ss") and len(before) > 3:
        before = before[:-1]
    return re.sub(r"\W+", "_", before).strip("_") or "value"


def _template(pattern: str, items: set[str]) -> str | None:
    """`/add/user/(.*)/role/(.*)` -> `/add/user/{user}/role/{role}`."""
    parsed = _groups(pattern)
    if parsed is None:
        return None
    text, names = parsed
    segments, taken, index = text.split("/"), set(), 0
    for i in range(len(segments)):
        while "\x00" in segments[i]:
            name = names[index] or (_name(segments, i, items) if segments[i] == "\x00" else "value")
            base, n = name, 2
            while name in taken:
                name, n = f"{base}{n}", n + 1
            taken.add(name)
            segments[i] = segments[i].replace("\x00", "{" + name + "}", 1)
            index += 1
    return "/".join(segments)


def _regex(pattern: str) -> re.Pattern[str] | None:
    body = pattern[1:] if pattern.startswith("^") else pattern
    body = body[:-1] if body.endswith("$") else body
    try:
        return re.compile(body.rstrip("/") + "/?")
    except re.error:
        return None


def _patterns(doc: Document) -> list[_Pattern]:
    written = [
        (re.sub(r"^\^(?=\w)", "^/", match.group("pattern")), index, block.where)
        for index, section in enumerate(doc.sections)
        for block in section.blocks
        if block.kind == "code"
        for line in block.text.splitlines()
        if (match := _QUOTED.match(line))
    ]
    items, found = _item_words([pattern for pattern, _, _ in written]), []
    for pattern, index, where in written:
        template, regex = _template(pattern, items), _regex(pattern)
        if template is not None and regex is not None:
            literals = len(re.sub(r"\{[^}]*\}", "", template))
            found.append(_Pattern(template, regex, index, where.line, where.file, literals))
    notation = any("(" in p or p.startswith("^") or p.endswith("$") for p, _, _ in written)
    return found if notation and len(found) >= 2 else []


def _first_word(path: str) -> str:
    return path.strip("/").split("/")[0]


def regex_routes(doc: Document, mentions: list[list[Mention]]) -> None:
    """Fit each request to the quoted regex route it instantiates, and state the routes no request shows."""
    patterns = _patterns(doc)
    if not patterns:
        return
    shown: dict[str, set[str]] = {}
    for found in mentions:
        for mention in found:
            path = mention.written or mention.target.path
            fitting = [p for p in patterns if p.regex.fullmatch(path)]
            if fitting:
                best = max(fitting, key=lambda p: p.literals)
                mention.target.path = best.template
                mention.inferred, mention.kind = False, "line"  # the stated route, shown by its example
                shown.setdefault(best.template, set()).add(mention.method)
    examples = dict(shown)
    for pattern in patterns:
        if pattern.template in shown:
            continue
        siblings = [
            methods for template, methods in examples.items() if _first_word(template) == _first_word(pattern.template)
        ]
        said = set().union(*siblings) if siblings else set()
        method = next(iter(said)) if len(siblings) >= 2 and len(said) == 1 and "GET" not in said else "GET"
        where = Where(pattern.file, pattern.line, section=doc.sections[pattern.section].title)
        mentions[pattern.section].append(
            Mention(method, Target("", pattern.template), where, "line", inferred=method == "GET")
        )
        shown[pattern.template] = {method}
