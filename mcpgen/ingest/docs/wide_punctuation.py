"""A full-width punctuation mark ends a path, as its ASCII counterpart does.

Chinese, Japanese and Korean prose writes its punctuation in the full-width forms: the parentheses (U+FF08,
U+FF09), the comma (U+FF0C) and enumeration comma (U+3001), the full stop (U+3002), the colon (U+FF1A), the
corner brackets (U+300C, U+300D) and so on. Such a mark written straight after a path, with no space between
(`POST /v1/models/{model}:run` then a full-width parenthesis holding an aside, or `/api/chat` then a full-width
comma and the rest of the sentence), is the sentence's punctuation, not part of the route: no URL carries one
unencoded, so the path is everything before it, exactly as an ASCII `(` or `,` after a path ends it. The marks are
the CJK Symbols and Punctuation block (U+3000-U+303F) and the punctuation of the Halfwidth and Fullwidth Forms
block (U+FF01-U+FF0F, U+FF1A-U+FF20, U+FF3B-U+FF40, U+FF5B-U+FF65); full-width letters and digits are not marks."""

from __future__ import annotations

import re

_WIDE_MARK = re.compile("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")


def before_wide_punctuation(target: str) -> str:
    """`target` up to its first full-width punctuation mark (all of it when it has none)."""
    mark = _WIDE_MARK.search(target)
    return target[: mark.start()] if mark else target
