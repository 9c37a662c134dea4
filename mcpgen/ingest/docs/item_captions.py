"""A table captioned by the last item of the list right above it:

    - 请求路径: /api/users/:id
    - 请求方法: post
    - 请求参数                      (request parameters)

    | 参数名 | 参数类型 | 参数说明 |
    | ------ | -------- | -------- |
    | name   | String   | 用户名   |

    - Response fields

    | Name | Type | Description |

Writers who lay a route out as bullets give each part a bullet and put its table right under it; the table
cannot sit inside the bullet in Markdown, so it follows the list. The last item, when it is only a short label
naming a part of the exchange (request headers, parameters, body, response fields) and a table follows at once,
is that table's caption, as a label paragraph would be: it says where the table's names go, or that they are
response fields and no parameters. An item saying more (a sentence, a value after a colon) captions nothing."""

from __future__ import annotations

import re

from .blocks import Block
from .params import context_location


def item_caption(block: Block, following: list[Block]) -> str:
    """The caption a list's last item gives the table right after it (see the module), else ""."""
    if block.kind != "list" or not block.items or not following or following[0].kind != "table":
        return ""
    text = block.items[-1][1].strip().strip("*_`").rstrip(":\uff1a").strip("*_` ")
    if not text or len(text) > 40 or re.search(r"[:\uff1a.!?\u3002`/]", text) or "\n" in text:
        return ""
    return text if context_location([text]) is not None else ""
