"""The sentence over a JSON example naming it the response, in Chinese or Japanese:

    回傳\uff1a                          (returns:)
    ```json
    {"success": true, "text": "...", "prompt": "..."}
    ```

It is the English "Below is the result:" / "Returns:" (`further_bodies._ANSWER`) in the words these documents use:
回傳 / 傳回 / 返回 (returns), 回應 / 回应 / 響應 / 响应 / 應答 / 应答 (response), 回傳結果 / 返回结果 (the result),
レスポンス / 応答 (Japanese). The JSON under such a sentence is what the server answers, never a fuller request
body, even when it comes after the request's example and repeats every field it sent (an echoed `prompt`).
Chinese writes no spaces between words, so the word is looked for anywhere in the sentence, as the English one
is between word boundaries."""

from __future__ import annotations

import re

_CJK_ANSWER = re.compile(r"回傳|傳回|返回|回應|回应|響應|响应|應答|应答|レスポンス|応答")


def names_cjk_answer(text: str) -> bool:
    """Whether `text`, the sentence over an example, names it the response in Chinese or Japanese."""
    return _CJK_ANSWER.search(text) is not None
