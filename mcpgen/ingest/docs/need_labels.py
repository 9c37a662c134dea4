"""A label over a list of parameters that says whether they must be given, in the words Chinese documentation uses:

    **必填参数**:                      (required parameters)
    - `codes`: 股票代码列表
    - `trade_date`: 交易日期

    **可选参数**:                      (optional parameters)
    | 参数 | 类型 | 默认值 | 说明 |

It is the English "Required parameters:" / "Optional parameters:" (`section_reader._NEED_LABEL`): the label
speaks for every item of the list under it, whose lines say nothing of their own about it. 必填 / 必须 / 必需 /
必传 / 必选 (must fill, must give, must choose) say required; 可选 / 选填 / 非必填 (may choose, fill by choice,
not required) say optional. The label is the word alone, or the word and the thing it qualifies (参数, 字段,
项: parameters, fields, items), with its punctuation; a longer line (必填参数 codes 用于...) is a sentence, not a
label, and says nothing about a list. 必填参数 / 可选参数 also say that what follows lists parameters, as 参数 alone
does (`chinese_labels.CJK_CONTEXT`): a list of a single `name`: item under them is read as one."""

from __future__ import annotations

import re

_REQUIRED_WORD = r"必[填须需传选]"
_OPTIONAL_WORD = r"可选|选填|非必[填须需传选]|不必[填须传]"
CJK_NEED_WORD = rf"{_REQUIRED_WORD}|{_OPTIONAL_WORD}"
"""必填, 必须, 必需, 必传, 必选 (required); 可选, 选填, 非必填, 不必填 (optional)."""

_CJK_NEED = re.compile(
    rf"^[\W_]*(?:(?P<required>{_REQUIRED_WORD})|{_OPTIONAL_WORD})(?:的)?(?:请求)?(?:参数|字段|项|入参|属性)?[\W_]*$"
)


def cjk_need_label(label: str) -> re.Match[str] | None:
    """The match of a Chinese label that says whether the parameters under it are required (its `required` group
    set when they are), else None."""
    return _CJK_NEED.search(label)
