"""A write's JSON example shown under its own request-line heading after nothing but a line describing it:

    ## `POST /claims/release`

    Release multiple claims.

    ```json
    {"claim_ids": ["claim-1", "claim-2"], "engineer": "alex"}
    ```

A section titled by a POST, PUT or PATCH request line, whose only code block is a JSON example that follows one
short paragraph saying what the call does, shows what the call sends: the heading is the request line, the sentence
its summary, and the example sits where a request line's body would. Without a label a lone example could be the
answer, so this is read only where nothing in the section speaks of one: no other code block (a second example is
usually the response), no paragraph before it of more than two sentences or naming a response, result, output or
status, and nothing after it naming one either ("Response:", "Returns the claim")."""

from __future__ import annotations

import re

from .blocks import Section

_ANSWER = re.compile(r"(?i)\b(?:respon(?:se|ds?)|returns?|result|output|repl(?:y|ies)|answers?|[1-5]\d\d)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def described_write_example(section: Section, index: int, method: str, titled: bool) -> bool:
    """The code block at `index` is a write's only example, after just a short description of the call."""
    if not titled or method not in ("POST", "PUT", "PATCH"):
        return False
    blocks = section.blocks
    if [i for i, b in enumerate(blocks) if b.kind == "code"] != [index]:
        return False
    before, after = blocks[:index], blocks[index + 1 :]
    if len(before) != 1 or before[0].kind != "text" or len(_SENTENCE_END.findall(before[0].text)) > 2:
        return False
    return not any(_ANSWER.search(b.text) for b in (*before, *after))


__all__ = ["described_write_example"]
