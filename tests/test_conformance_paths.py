"""The mock upstream's openapi-core validation narrowed to the paths a request could match
(`mcpgen/conformance/openapi_paths.py`): openapi-core finds the same path, operation and problems as with the whole
description, and the narrowed descriptions are reused."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest

from mcpgen.conformance.openapi_paths import PathRouter
from mcpgen.conformance.routes import RouteIndex, path_regex

ORIGIN = "http://127.0.0.1:8000"
STRING = {"type": "string"}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": ORIGIN + "/v1"}],
    "paths": {
        "/users/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": True, "schema": STRING}],
                                "responses": {"200": {"description": "ok"}}}},
        "/users/me": {"get": {"parameters": [{"name": "q", "in": "query", "required": True, "schema": STRING}],
                              "responses": {"200": {"description": "ok"}}}},
        "/users/{id}/files/{name}.{ex}": {"get": {
            "parameters": [{"name": n, "in": "path", "required": True, "schema": STRING} for n in ("id", "name", "ex")],
            "responses": {"200": {"description": "ok"}}}},
        "/models/{model}:generate": {"post": {
            "parameters": [{"name": "model", "in": "path", "required": True, "schema": STRING}],
            "responses": {"200": {"description": "ok"}}}},
    },
}  # fmt: skip


def _verdict(openapi: Any, method: str, path: str, query: dict[str, str]) -> str:
    try:
        openapi.validate_request(MockRequest(ORIGIN, method, path, args=query))
    except Exception as exc:  # openapi-core's findings are exceptions
        return f"{type(exc).__name__}: {exc}"
    return "valid"


@pytest.mark.parametrize(
    ("method", "path", "query"),
    [
        ("get", "/v1/users/42", {}),
        ("get", "/v1/users/me", {}),
        ("get", "/v1/users/me", {"q": "x"}),
        ("get", "/v1/users/7/files/cv.pdf", {}),
        ("post", "/v1/models/m1:generate", {}),
        ("get", "/v1/nothing", {}),
        ("post", "/v1/users/42", {}),
        ("get", "/v2/users/42", {}),
    ],
)
def test_a_narrowed_description_gives_openapi_core_s_verdict_on_the_whole(method: str, path: str, query: dict) -> None:
    whole = OpenAPI.from_dict(DOCUMENT)
    router = PathRouter(DOCUMENT, lambda d: OpenAPI.from_dict(d, config=Config(spec_validator_cls=None)))
    narrowed = router.for_url(ORIGIN + path)
    assert _verdict(narrowed, method, path, query) == _verdict(whole, method, path, query)


def test_only_the_paths_a_url_could_match_are_kept_in_order_and_reused() -> None:
    built: list[list[str]] = []

    def build(document: dict[str, Any]) -> list[str]:
        built.append(list(document["paths"]))
        return built[-1]

    router = PathRouter(DOCUMENT, build)
    assert router.for_url(ORIGIN + "/v1/users/me") == ["/users/{id}", "/users/me"]
    assert router.for_url(ORIGIN + "/v1/users/me") is built[0]  # cached, not built again
    assert router.for_url(ORIGIN + "/v1/models/x:generate") == ["/models/{model}:generate"]
    assert router.for_url(ORIGIN + "/v1/elsewhere") == []
    assert len(built) == 3


def test_the_route_index_offers_every_route_a_path_could_match_in_their_order() -> None:
    routes = [("GET", "/users/me"), ("GET", "/users/{id}"), ("GET", "/{scope}/users"), ("POST", "/users/{id}"),
              ("GET", "/health"), ("GET", "/"), ("GET", "/users{suffix}"), ("GET", "/#X-Target=list")]  # fmt: skip
    index = RouteIndex(routes)
    for method in ("GET", "POST"):
        for path in ("/users/me", "/users/42", "/x/users", "/health", "/", "/users.json", "/nothing/at/all", "x"):
            offered = index.candidates(method, path)
            matching = [n for n, (m, t) in enumerate(routes) if m == method and path_regex(t, set()).match(path)]
            assert offered == sorted(offered) and set(matching) <= set(offered), (method, path)
    assert index.candidates("GET", "/health") == [2, 4, 6]  # its own bucket and the templated first segments
