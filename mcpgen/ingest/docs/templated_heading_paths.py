"""A heading that is a path template alone, over sub-headings that are each a method alone (`## /a/{x}` then
`### GET`), written with the template notations a reader knows from route documentation:

    ## /{wiki domain}/v3/page/{html|pagebundle}/{article name}[/{revision}]

    ### GET

- a placeholder whose name is words with a space between them (`{wiki domain}`, `{article name}`): one value to
  fill in, as `{wiki_domain}` would be;
- a brace group of plain words joined by `|` (`{html|pagebundle}`): not a value to fill in but the choice of one
  of those literal segments, so the heading stands for one route per word, in the order written;
- square-bracketed optional tails, nested where each needs the one before it (`[/{name}[/{revision}]]`): the route
  with all of them, then with each left off from the innermost out, as one would shorten the request.

The heading's one path is read into every route it stands for, each a request line of the sub-heading's method.
Only a heading that is that template and nothing else is read so (a heading in words with a path in it, or a
`{a|b}` group holding anything but words, stays as it is), and only brackets that all close at the end of the
path."""

from __future__ import annotations

import itertools
import re

_WORD = r"[A-Za-z][\w.-]*"
_ALTERNATION = re.compile(rf"\{{(?P<words>{_WORD}(?:\|{_WORD})+)\}}")
_TEMPLATE = re.compile(r"^/(?:[^\s{}\[\]]|\{[A-Za-z_][\w.| -]*\}|\[|\])*$")
_NESTED_TAIL = re.compile(r"^(?P<head>[^\[\]]+)(?P<tail>(?:\[[^\[\]]+)+\]+)$")


def is_template_heading(title: str) -> bool:
    """Whether `title` is a path template alone that a plain path heading reading would not take (a spaced
    placeholder, a `{a|b}` choice of words, or a nested optional tail)."""
    text = title.strip()
    if not _TEMPLATE.match(text) or text.count("[") != text.count("]"):
        return False
    spaced = re.search(r"\{[A-Za-z_][\w.-]* [\w. -]*\}", text) is not None
    nested = "[" in text and _NESTED_TAIL.match(text) is not None and text.count("[") > 1
    return spaced or _ALTERNATION.search(text) is not None or nested


def _optional_forms(path: str) -> list[str]:
    match = _NESTED_TAIL.match(path)
    if match is None or match["tail"].count("[") != match["tail"].count("]"):
        return [path]
    parts = [p for p in match["tail"].rstrip("]").split("[") if p]
    return [match["head"] + "".join(parts[:count]) for count in range(len(parts), -1, -1)]


def template_paths(title: str) -> list[str]:
    """Every route the path template `title` stands for: one per word of each `{a|b}` choice (in the order
    written), each with its optional tails in full, then shortened from the innermost out."""
    text = title.strip()
    choices = [m["words"].split("|") for m in _ALTERNATION.finditer(text)]
    pieces = _ALTERNATION.split(text)[::2] if choices else [text]
    found: list[str] = []
    for chosen in itertools.product(*choices):
        path = pieces[0] + "".join(word + piece for word, piece in zip(chosen, pieces[1:], strict=True))
        found.extend(form for form in _optional_forms(path) if form not in found)
    return found


__all__ = ["is_template_heading", "template_paths"]
