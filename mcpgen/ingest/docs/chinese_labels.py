"""Chinese words for the parts of a request, as Chinese API documentation labels them.

A route is often stated as two labelled lines rather than one request line, in Chinese as in English
("URL: /x", "Method: GET"):

    - 请求路径: /api/users/:id      (request path; also 请求地址, 接口地址, 请求 URL)
    - 请求方法: post                (request method; also 请求方式, 请求类型)

The colon may be the full-width one (U+FF1A). The labels are the words Chinese documents use for a request's path
and method, not any one document's, so they are read with the English labels (`layouts.labelled_requests`).

The same documents head their parameter tables in Chinese (参数名 | 参数类型 | 是否必填 | 参数说明), answer the
required column with 是/否 (yes/no), and caption each table with the part it lists (请求头 request headers,
请求参数 request parameters, 响应参数 response fields): read with the English headers and labels (`params`).
"""

from __future__ import annotations

import re

from .need_labels import CJK_NEED_WORD

CJK_URL_LABEL = r"(?:请求|接口|访问)(?:路径|地址|链接|URL|URI|url|uri)|(?:请求|接口)\s?(?:URL|URI|url|uri)"
"""请求路径, 请求地址, 接口地址, 请求URL, 接口 URL: the label of a request's path or URL."""

CJK_METHOD_LABEL = r"(?:请求|HTTP|http)\s?(?:方法|方式|类型)"
"""请求方法, 请求方式, 请求类型, HTTP 方法: the label of a request's method."""

CJK_HEADER_ROLES = {
    "name": r"参数名称?|参数|字段名?称?|名称|属性名?",
    "type": r"(?:参数|字段|数据)?类型",
    "required": r"是否必[填须需选传]|必[填须需选传]",
    "default": r"默认值",
    "description": r"(?:参数|字段)?(?:说明|描述|含义)|备注|注释",
}
"""The column headers of a Chinese parameter table (参数名 | 参数类型 | 是否必填 | 参数说明 | 备注): the name,
type, required, default and description columns, read with the English ones (`params.table_roles`)."""

CJK_REQUIRED_CELLS = {"是": True, "必填": True, "必须": True, "必选": True, "否": False, "可选": False, "选填": False}
"""What a Chinese required cell says: 是/必填 (yes, required), 否/可选/选填 (no, optional)."""

_LABEL = r"^[\W\d_]*(?:{})[\W_]*$"
CJK_CONTEXT = (
    (re.compile(_LABEL.format(r"(?:响应|返回)(?:参数|字段|值|结果|示例|说明|数据|内容|体)?|状态码")), "response"),
    (re.compile(_LABEL.format(r"路径参数")), "path"),
    (re.compile(_LABEL.format(r"查询参数")), "query"),
    (re.compile(_LABEL.format(r"(?:请求|消息)头(?:部|参数)?")), "header"),
    (re.compile(_LABEL.format(r"请求体(?:参数)?|请求正文|表单(?:参数)?")), "body"),
    (re.compile(_LABEL.format(rf"(?:{CJK_NEED_WORD})?(?:请求)?参数(?:说明|列表)?")), ""),
)
"""What a Chinese label over parameters says, in the order tried: 响应参数/返回参数 (response fields: not
request parameters), 路径参数 (path), 查询参数 (query), 请求头 (request headers), 请求体 (body), 请求参数 or
参数 alone or qualified, 必填参数 / 可选参数 (parameters, where not said; `need_labels` reads the qualifier).
The label is the whole of its text (numbering and marks aside): a
sentence that only uses the word, "一页返回数量" (how many to return per page), describes a parameter."""
