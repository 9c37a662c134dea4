"""A parameter stated as a paragraph of its own that opens with its name in code and a colon, under a route:

    `key`: 关键词 必填

    `pageNo`: page number, default 1

Each such paragraph (its colon ASCII or full-width) is one parameter of the section's endpoint; where it goes
is left to the method. Whether it is needed is read from its description, in English (`params.required_from`)
or in the words Chinese documentation uses: 必填 / 必须 / 不能为空 (required), 非必填 / 可选 / 选填 / 可不传
(not required); a stated default (默认) with no such word makes it optional.

The same parameter may instead be written with its bare name and an arrow to its type and meaning, a line a
paragraph or a bullet of its own (`name -> type, description`, also `→`):

    pushId -> string(必选),客户端生成的随机ID

    - topic -> string, the topic the client subscribed to

where 必选 (must be chosen) marks a required one as 必填 does, and 可选 an optional one. Only a name that is an
identifier starting in lower case, on a line with one arrow, is read so: `Settings -> API keys` (a menu path, its
steps capitalised) and `a -> b -> c` (a chain of steps or states) are no parameters.

A short label paragraph about what the route returns (返回说明, 返回示例, 响应) turns the paragraphs after it
into fields of the response; one naming the parameters or the request (参数, 请求参数) turns them back.
"""

from __future__ import annotations

import re

from .blocks import Where
from .params import Param, required_from, valid_name
from .requests import METHODS

_OPENING = re.compile(r"^\s*`(?P<name>[A-Za-z_$][\w.$-]*)`\s*[:\uff1a]\s*(?P<description>\S.*)")
_ARROW_OPENING = re.compile(r"^\s*(?P<name>[a-z_$][\w.$-]*)\s*(?:->|\u2192)\s*(?P<description>\S.*)")
_NOT_NEEDED = re.compile(r"非必选|非必填|非必须|非必需|非必传|不必填|可选|选填|可不传|可以不传")
_NEEDED = re.compile(r"必选|必填|必须|必需|必传|不能为空|不可为空")
_DEFAULT = re.compile(r"默认")
_ANSWER_LABEL = re.compile(r"返回|响应|结果")
_REQUEST_LABEL = re.compile(r"参数|请求")
_LABEL_PUNCTUATION = " \t:\uff1a*_#"


def coded_paragraph_params(text: str, where: Where) -> tuple[list[Param], bool | None]:
    """The parameters a paragraph states, each on a line opening with `` `name`: `` (the lines after it, up to
    the next, carry on its description), and the label its first line may be (`answer_label`: 参数 and a colon over the
    parameters in the same paragraph). A paragraph whose text opens with neither states none."""
    lines = text.strip().splitlines()
    label = answer_label(lines[0]) if lines else None
    if label is not None:
        lines = lines[1:]
    opening = _ARROW_OPENING if lines and arrow_line(lines[0]) else _OPENING
    if not lines or not opening.match(lines[0]):
        return [], label
    found: list[Param] = []
    stated: list[tuple[str, list[str]]] = []
    for line in lines:
        match = opening.match(line) if opening is _OPENING or arrow_line(line) else None
        if match is not None:
            stated.append((match["name"], [match["description"]]))
        else:
            stated[-1][1].append(line)
    for name, description_lines in stated:
        if not valid_name(name) or name.upper() in METHODS:
            continue
        description = " ".join(" ".join(description_lines).split())
        found.append(Param(name, "", where, _need(description), description=description[:500], origin="list"))
    return found, label


def arrow_line(line: str) -> bool:
    """Whether a line states a parameter as `name -> description` (one arrow, a lower-case identifier first)."""
    return _ARROW_OPENING.match(line) is not None and len(re.findall(r"->|\u2192", line)) == 1


def arrow_items(items: tuple[tuple[str, str], ...], where: Where) -> list[Param]:
    """The parameters a bulleted list states as `name -> description` items, when every top-level item is one."""
    top = [text for term, text in items if not term]
    if not top or not all(arrow_line(text.strip().splitlines()[0]) for text in top if text.strip()):
        return []
    return coded_paragraph_params("\n".join(text.strip() for text in top), where)[0]


def _need(description: str) -> bool | None:
    if _NOT_NEEDED.search(description):
        return False
    if _NEEDED.search(description):
        return True
    said = required_from(description)
    if said is not None:
        return said
    return False if _DEFAULT.search(description) else None


def answer_label(text: str) -> bool | None:
    """Whether a short label paragraph in Chinese opens the response's fields (True) or the request's
    parameters (False); None when the paragraph is no such label."""
    stripped = text.strip().strip(_LABEL_PUNCTUATION)
    if not stripped or len(stripped) > 8 or "`" in stripped:
        return None
    if _ANSWER_LABEL.search(stripped):
        return True
    return False if _REQUEST_LABEL.search(stripped) else None
