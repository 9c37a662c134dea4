"""A field a rule of the page says the requests of some operations must carry, naming them by the captions of
the route list, in the forty-ninth registry batch (benchmarks/docs/registry_truth): request-line bullets with
colon captions (`POST /orders`: 下单, `POST /orders/{order_id}/cancel`: 撤单), then a safety rule "下单和撤单请求还必须
携带 `live = true`" (order and cancel requests must also carry `live = true`), or in English "Place and cancel
requests must also carry `live = true`". `live` is a required body field of the two captioned operations and of
no other. A subject that is not made of the list's captions ("每笔订单", every order) names no operation."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

CHINESE = """\
# 交易接口

## 接口概览

- `POST /orders/preview`\uff1a校验订单\uff1b
- `POST /orders`\uff1a下单\uff1b
- `POST /orders/{{order_id}}/cancel`\uff1a撤单\u3002

## 交易安全

- {rule}\uff1b
"""

ENGLISH = """\
# Trading API

## Overview

- `POST /orders/preview`: Check
- `POST /orders`: Place
- `POST /orders/{order_id}/cancel`: Cancel

## Safety

- Place and cancel requests must also carry `live = true`.
"""


def test_captioned_operations_take_the_field_they_must_carry(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CHINESE.format(rule="下单和撤单请求还必须携带 `live = true`"))
    assert params_of(ops[("POST", "/orders")]) == {("live", "body"): True}
    assert params_of(ops[("POST", "/orders/{order_id}/cancel")]) == {("order_id", "path"): True, ("live", "body"): True}
    assert params_of(ops[("POST", "/orders/preview")]) == {}


def test_an_english_rule_over_captions(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ENGLISH)
    assert params_of(ops[("POST", "/orders")]) == {("live", "body"): True}
    assert params_of(ops[("POST", "/orders/{order_id}/cancel")]) == {("order_id", "path"): True, ("live", "body"): True}
    assert params_of(ops[("POST", "/orders/preview")]) == {}


def test_a_subject_made_of_no_captions_names_no_operation(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CHINESE.format(rule="每笔订单和撤单请求必须携带唯一的 `client_order_id`"))
    assert params_of(ops[("POST", "/orders")]) == {}
    assert params_of(ops[("POST", "/orders/{order_id}/cancel")]) == {("order_id", "path"): True}
