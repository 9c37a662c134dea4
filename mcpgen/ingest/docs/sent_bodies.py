"""A body an example call sends, told apart from a body the document states as the request's.

A document shows a request's body in two ways: as the body itself, a JSON block under "Request body:" or
"Example request body", and inside a call that sends it (a curl's `-d '{...}'`, a client's `post(url, json=...)`,
a raw HTTP request). Several bodies stated as the request's, each sending different keys (a reference's
"Example 1" and "Example 2" of one body), show what varies: a key every one of them sends is one the body
needs. A call sends what its caller chose for that call: one that sends fewer keys than the stated body
(`curl -d '{"id": 1, "name": "x"}'` beside a body of nine fields), or two calls sending different choices
(`{"mail_host": "a"}` then `{"mail_host": "b", "description": "B"}`), show that some keys may be left out,
and say nothing of which must be given: the keys they share are not made required by it (`emit.py`)."""

from __future__ import annotations

from typing import Any


class SentBody(dict[str, Any]):
    """A JSON object an example call sends as its body."""


def sent(body: Any) -> Any:
    """`body` marked as sent by a call, when it is a JSON object (an excerpt, `{"a": 1, ... }`, stays one)."""
    return SentBody(body) if type(body) is dict else body


def stated_bodies(examples: list[Any]) -> list[Any]:
    """The examples the document states as the body, not those calls send."""
    return [e for e in examples if not isinstance(e, SentBody)]


__all__ = ["SentBody", "sent", "stated_bodies"]
