"""Query parameters a sentence gives a group of routes it names, by their paths in parentheses and by the group's
words when it speaks of the group again:

    The list endpoints (`/rates`, `/magnitudes`, `/sessions`) accept optional `limit` and `offset` query
    parameters and always return the total count in the `X-Total-Count` response header:
    ...
    The list endpoints accept `order_by` (one of `id`, `period_start`) and `order` (`asc` or `desc`):

A page that states its routes in a table and its parameters in prose sections says which routes a parameter goes
to by naming them: "the list endpoints", followed by the coded paths of that group in parentheses, is a definition
of the group as much as a statement about it, and a later sentence of the same page opening with the same words
("The list endpoints accept ...") speaks of the same routes. What such a sentence says the routes accept (take,
support) is what a caller sends them: the names of a run of code spans the sentence calls query parameters, or,
where it does not say "parameters", every coded name of the clause outside parentheses (in parentheses stand the
values a name takes, "one of `id`, `period_start`"). The clause ends where the sentence turns to what the routes
return, so a response header it names after "and return" is not one of them. Each name is an optional query
parameter (the sentence offers it; an obligation is for other words to state) of each named route the page states
as GET (a listing is read, so what it is given goes in the query string). A sentence naming a group without its
paths, whose words no earlier sentence defined, gives nothing here."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document
from .endpoint import Endpoint
from .params import Param, valid_name
from .query_runs import query_runs

_PATH = r"`/[^`\s]*`"
_GROUP = re.compile(
    r"(?i)\b(?:the|all(?:\s+the)?)\s+(?P<label>(?:[\w-]+\s+){1,3}?)(?:endpoints|routes|operations|resources)\s*"
    rf"(?:\((?P<paths>{_PATH}(?:\s*,\s*(?:(?:and|or)\s+)?{_PATH}|\s+(?:and|or)\s+{_PATH})*)\)\s*)?"
    r"(?:also\s+|all\s+)?(?:accept|take|support|allow|understand)s?\b(?P<rest>[^.:;]*)"
)
_RETURNS = re.compile(r"(?i)\b(?:and|but)\s+(?:\W*\w+\W*\s+)?(?:returns?|respond|responds|yields?|sends?|gives?)\b")
_CODED = re.compile(r"`(?P<name>[^`\s]+)`")
_PARENS = re.compile(r"\([^()]*\)")


def route_groups(
    docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give each GET route of a group a sentence names by its paths the query names it says the group accepts."""
    gets = {e.path.rstrip("/") or "/": e for e in endpoints if e.method == "GET"}
    if not gets:
        return
    for doc in docs:
        groups: dict[str, list[Endpoint]] = {}
        for block in (b for s in doc.sections for b in s.blocks if b.kind == "text"):
            for match in _GROUP.finditer(" ".join(block.text.split())):
                label = " ".join(match["label"].lower().split())
                if match["paths"]:
                    paths = [p.strip("`").rstrip("/") or "/" for p in re.findall(_PATH, match["paths"])]
                    if not all(p in gets for p in paths):
                        continue  # a group of routes some of which the page does not state as GET: not read
                    groups[label] = [gets[p] for p in paths]
                for endpoint in groups.get(label, ()):
                    for name in _accepted(match["rest"]):
                        add(endpoint, Param(name, "query", block.where, False, origin="prose"))


def _accepted(rest: str) -> list[str]:
    """The names the clause after "accept" gives: the run it calls query parameters, else its coded names outside
    parentheses, up to where it turns to what the routes return."""
    clause = rest[: m.start()] if (m := _RETURNS.search(rest)) else rest
    if named := query_runs(clause):
        return [name for name in named if valid_name(name)]
    bare = _PARENS.sub(" ", clause)
    return [m["name"] for m in _CODED.finditer(bare) if valid_name(m["name"]) and "=" not in m["name"]]
