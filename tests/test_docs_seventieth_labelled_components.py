"""Captioned UI components, in the seventieth registry batch (benchmarks/docs/registry_truth): Quasar's
`<q-expansion-item label="Create an item">`, one per operation, each holding its request line and captioned
bodies (`labelled_components.py`). The caption is the item's heading, so each body is its own operation's. A
component whose caption is bound at run time (`:label="$t('key')"`) opens no section."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ITEMS = """\
<template>
  <q-expansion-item :label="$t('api_docs')">
    <q-expansion-item label="Create an item">
      <code><span>POST</span> /api/items</code>
      <h5>Body (application/json)</h5>
      <code>{"name": &lt;string&gt;, "size": &lt;int&gt;}</code>
    </q-expansion-item>
    <q-expansion-item label="Rename a tag">
      <code><span>PUT</span> /api/tags</code>
      <h5>Body (application/json)</h5>
      <code>{"title": &lt;string&gt;}</code>
    </q-expansion-item>
  </q-expansion-item>
</template>
"""


def test_each_captioned_component_is_a_section(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ITEMS, "docs.html")
    assert ops[("POST", "/api/items")]["summary"] == "Create an item"
    assert set(params_of(ops[("POST", "/api/items")])) == {("name", "body"), ("size", "body")}
    assert set(params_of(ops[("PUT", "/api/tags")])) == {("title", "body")}


def test_a_bound_caption_opens_no_section(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ITEMS, "docs.html")
    assert all(op["summary"] != "$t('api_docs')" for op in ops.values())
