"""Credentials a documentation page shows beside an operation's parameters never become tool arguments: a secret
that goes through a model's arguments ends up in its context and in the client's logs. They become security
schemes the operator configures (the generated server reads them from its environment)."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi


def _extract(tmp_path: Path, name: str, text: str) -> dict:
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    return extract_openapi(doc, Diagnostics())


def test_credential_parameters_named_as_keys_tokens_or_codes_become_security_schemes(tmp_path: Path) -> None:
    """`api_code` in the query, `X-Widget-Api-Key` and `X-Service-Token` headers, `vmware-api-session-id`: the
    caller's credentials under names no fixed list holds. Keys and tokens named for what they are about
    (`sort_key`, `next_token`, `X-Subject-Token`: the token an operation revokes) stay arguments."""
    document = _extract(
        tmp_path,
        "api.md",
        "# Widgets API\n\n"
        "## List widgets\n\n"
        "`GET /widgets`\n\n"
        "| Name | In | Description |\n|---|---|---|\n"
        "| api_code | query | your wallet api code |\n"
        "| X-Widget-Api-Key | header | the key from the console |\n"
        "| sort_key | query | field to sort by |\n"
        "| next_token | query | where the previous page ended |\n\n"
        "## Revoke a token\n\n"
        "`DELETE /tokens`\n\n"
        "| Name | In | Description |\n|---|---|---|\n"
        "| X-Service-Token | header | a service token |\n"
        "| vmware-api-session-id | header | the session |\n"
        "| X-Subject-Token | header | the token to revoke |\n",
    )
    paths = document["paths"]
    assert params_of(paths["/widgets"]["get"]) == {("sort_key", "query"): False, ("next_token", "query"): False}
    assert params_of(paths["/tokens"]["delete"]) == {("X-Subject-Token", "header"): False}
    schemes = document["components"]["securitySchemes"]
    assert {(s["in"], s["name"]) for s in schemes.values()} >= {
        ("query", "api_code"),
        ("header", "X-Widget-Api-Key"),
        ("header", "X-Service-Token"),
        ("header", "vmware-api-session-id"),
    }


def test_a_security_requirement_printed_as_a_header_parameter_is_not_an_argument(tmp_path: Path) -> None:
    """Renderers print an operation's security requirement as a header row named after the scheme
    (`petstore_auth | header | string`), and list the schemes with their types at the end: the row is the
    scheme, not a parameter. A parameter of a page without such a table, or whose name is no scheme's, stays."""
    page = (
        "# Pets\n\n"
        "## Find pets\n\n"
        "`GET /pets`\n\n"
        "| Parameter | In | Type | Description |\n|---|---|---|---|\n"
        "| shop_auth | header | string | |\n"
        "| status | query | string | Status to filter by |\n\n"
    )
    schemes = "## Security schemes\n\n| Name | Type | Scheme |\n|---|---|---|\n| shop_auth | oauth2 | |\n"
    with_table = _extract(tmp_path, "with.md", page + schemes)["paths"]
    assert params_of(with_table["/pets"]["get"]) == {("status", "query"): False}
    without = _extract(tmp_path, "without.md", page)["paths"]
    assert ("shop_auth", "header") in params_of(without["/pets"]["get"])
    # a type column that holds data types is no scheme table, even where a description starts with "http"
    hooks = "## Hooks\n\n| Name | Type | Description |\n|---|---|---|\n"
    hooks += "| status | http | a callback |\n| retries | integer | |\n"
    kept = _extract(tmp_path, "kept.md", page + hooks)["paths"]
    assert ("status", "query") in params_of(kept["/pets"]["get"])


def test_a_key_described_as_the_words_to_search_for_is_an_argument(tmp_path: Path) -> None:
    """`key` alone names a credential on most pages, but a page may call its search words so ("`key`: 关键词",
    "key | the search keyword"): there it is what the operations search for, even where an example link
    (`?key=...`) gives the name before the description is read. A page describing `key` as anything else keeps
    it the caller's credential."""
    document = _extract(
        tmp_path,
        "music.md",
        "# 音乐服务\n\n## 接口文档\n\n"
        "### 搜索\n\n接口: `/search`\n\n参数:\n\n`key`: 关键词 必填\n\n`page`: 页码, 默认 1\n\n"
        "示例: [/search?key=jazz](http://api.example.com/search?key=jazz)\n\n"
        "### 专辑\n\n接口: `/album`\n\n参数:\n\n`id`: 专辑 id, 必填\n\n"
        "示例: [/album?id=3](http://api.example.com/album?id=3)\n\n"
        "### 热门\n\n接口: `/hot`\n\n这个接口无需参数\n",
    )
    assert params_of(document["paths"]["/search"]["get"]) == {("key", "query"): True, ("page", "query"): False}
    assert "securitySchemes" not in document.get("components", {})
    english = _extract(
        tmp_path,
        "search.md",
        "# Search API\n\n## Quick search\n\n`GET /search/quick`\n\n"
        "| Name | In | Description |\n|---|---|---|\n"
        "| key | query | the search keyword |\n",
    )
    assert params_of(english["paths"]["/search/quick"]["get"]) == {("key", "query"): False}
    albums = _extract(
        tmp_path,
        "albums.md",
        "# Albums API\n\n"
        "## Albums\n\n"
        "`GET /albums`\n\n"
        "| Name | In | Description |\n|---|---|---|\n"
        "| key | query | your account key |\n",
    )
    assert params_of(albums["paths"]["/albums"]["get"]) == {}
    schemes = albums["components"]["securitySchemes"]
    assert {(s["in"], s["name"]) for s in schemes.values()} == {("query", "key")}
