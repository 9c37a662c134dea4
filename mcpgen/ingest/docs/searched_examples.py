"""A read stated by its purpose and an example URL in one sentence:

    To search for children or parent of a given item, you need to specify the item id as ``child`` or
    ``parent`` e.g. ``/api/v2/items/?child=1&child=10``.

The sentence opens with what the request is for ("To search for ...", "To find", "To filter", "To list") and
ends on an example of it, a coded path with a query string after "e.g." (or "for example", "such as"). A URL
written to search, find, filter or list is read with GET (no method is written because a link is what a
browser or client follows). The path is one route; each name in the example's query is an optional query
parameter of it, and so is a coded name the sentence offers as the other choice to one of them ("as ``child``
or ``parent``"): the example shows one of two names the same value goes under.

Read only where the shape is plain: the sentence opens with such a purpose, holds exactly one coded path with a
query, and that path comes after the words introducing an example. A sentence that explains a URL ("The
`next` link, e.g. `/items/?page=2`, ...") opens with no purpose, and gives nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .mention import Mention
from .params import Param, valid_name
from .requests import split_target

_PURPOSE = re.compile(r"(?i)^to\s+(?:search|find|filter|list|look\s+up|query)\b")
_EXAMPLE = re.compile(
    r"(?i)\b(?:e\.\s?g\.|for\s+example|for\s+instance|such\s+as)\s*,?\s*:?\s*`(?P<url>/[^`\s]*\?[^`\s]+)`"
)
_CODED = re.compile(r"`(?P<url>/[^`\s]*\?[^`\s]*)`")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_CHOICE = re.compile(r"`(?P<a>[A-Za-z_]\w*)`\s+or\s+`(?P<b>[A-Za-z_]\w*)`")


def searched_examples(doc: Document) -> Iterator[tuple[Mention, list[Param]]]:
    """(a GET of the example's path, its optional query parameters) for each sentence of the shape the module
    describes."""
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "text"):
            for sentence in _SENTENCE.split(block.text):
                example = _EXAMPLE.search(sentence)
                if not _PURPOSE.match(sentence.strip()) or example is None or len(_CODED.findall(sentence)) != 1:
                    continue
                target = split_target(example["url"])
                names = list(dict.fromkeys(name for name, *_ in target.query))
                for choice in _CHOICE.finditer(sentence):
                    if choice["a"] in names or choice["b"] in names:
                        names.extend(n for n in (choice["a"], choice["b"]) if n not in names)
                if not names or not all(valid_name(name) for name in names):
                    continue
                mention = Mention("GET", split_target(target.path), block.where, "line", prose=True, inferred=True)
                yield mention, [Param(name, "query", block.where, False, origin="example request") for name in names]


__all__ = ["searched_examples"]
