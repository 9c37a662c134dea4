"""The MCP server: tool registry, `tools/list` pages and `tools/call` dispatch."""

from __future__ import annotations

import gc
import json
import logging
import time
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any

import httpx
import mcp_types as types
from mcp.server.lowlevel import Server
from mcp.shared.exceptions import MCPError

from . import hooks, progress
from .adapt import adapt
from .auth import Credentials, environment
from .client import ApiClient, CallError, tls_verify
from .results import broken_promise, text_result, to_result
from .serving import Serving
from .surfaces import Operations, Surface
from .validation import (
    SchemaError,
    compile_schema,
    depth_limit,
    first_problem,
    too_deep,
)

ToolFunction = Callable[..., Awaitable[Any]]
Validate = Callable[[Any], "str | None"]
"""Checks an answer against the tool's output schema: a message, or None."""
logger = logging.getLogger(__package__)
_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "notice": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
    "critical": logging.CRITICAL,
    "alert": logging.CRITICAL,
    "emergency": logging.CRITICAL,
}


@dataclass(frozen=True)
class ToolEntry:
    function: ToolFunction
    response: str
    wrapped: bool
    kind: str = "http"
    """`http`: the function sends a request with the ApiClient; `sdk`: it calls an
    SDK client (aws.py) and gives the result itself."""


class Registry:
    """Tool functions by tool name, filled by the `@registry.tool(...)` decorators."""

    def __init__(self) -> None:
        self.entries: dict[str, ToolEntry] = {}

    def tool(
        self,
        name: str,
        *,
        response: str = "json",
        wrapped: bool = False,
        kind: str = "http",
    ) -> Callable[[ToolFunction], ToolFunction]:
        def register(function: ToolFunction) -> ToolFunction:
            self.entries[name] = ToolEntry(function, response, wrapped, kind)
            return function

        return register


def _load(name: str) -> Any:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


class Catalog:
    """The listed tools (`tools.json`) and every operation's definition; validators
    are built lazily.

    On the `tools` surface the listed tools are the operations; on the grouped and
    discovery surfaces, or when a listed schema was fitted to a client, the operations
    come from `operations.json`, read on the first call that needs one.
    """

    def __init__(self) -> None:
        # The catalog lives as long as the server: spare the collector from walking it.
        gc.disable()
        try:
            data = _load("tools.json")
        finally:
            gc.freeze()
            gc.enable()
        self.surface: str = data.get("surface", "tools")
        self.wire: list[dict[str, Any]] = data["tools"]
        self.pages: list[int] = data["pages"]
        self.index = {t["name"]: i for i, t in enumerate(self.wire)}
        # the operations' own definitions, when tools/list does not carry them as is
        self.operations = Operations() if data.get("definitions") else None
        self._page_cache: dict[int, list[types.Tool]] = {}
        self._validators: dict[tuple[str, str, bool], Any] = {}

    def page(self, number: int) -> list[types.Tool]:
        if number not in self._page_cache:
            start = self.pages[number]
            end = self.pages[number + 1] if number + 1 < len(self.pages) else None
            page = [types.Tool.model_validate(t) for t in self.wire[start:end]]
            self._page_cache[number] = page
        return self._page_cache[number]

    def listed(self, name: str) -> dict[str, Any] | None:
        number = self.index.get(name)
        return None if number is None else self.wire[number]

    def operation(self, name: str) -> dict[str, Any] | None:
        if self.operations is None:
            return self.listed(name)
        return self.operations.wire(name)

    def problem(
        self, name: str, key: str, value: Any, *, listed: bool = False
    ) -> str | None:
        """The first ways `value` breaks the input or output schema of the operation
        `name` (or, with `listed`, of the listed tool `name`), or None.

        Raises SchemaError when the schema cannot be compiled (remembered per schema).
        """
        wire = self.listed(name) if listed else self.operation(name)
        schema = wire.get(key) if wire else None
        if schema is None:
            return None
        validator = self._validators.get((name, key, listed))
        if validator is None:
            try:
                validator = compile_schema(schema, f"{name} {key}")
            except SchemaError as exc:
                validator = exc
            self._validators[(name, key, listed)] = validator
        if isinstance(validator, SchemaError):
            raise SchemaError(f"the {key} of {name} cannot be compiled: {validator}")
        return first_problem(validator, value)


def limits(env: Mapping[str, str] | None = None) -> tuple[int, str]:
    """The nesting limit for arguments and answers, and the variable that sets it."""
    names = _load("service.json")["env"]
    env = environment() if env is None else env
    name = names.get("max_depth", "")
    return depth_limit(env.get(name)), name


def too_deep_message(tool: str, where: str, limit: int, variable: str) -> str:
    setting = f", set by {variable}" if variable else ""
    return (
        f"Invalid arguments for {tool}: {where}: objects and arrays nested deeper"
        f" than {limit} levels (the limit{setting})"
    )


def build_server(
    registry: Registry,
    *,
    env: Mapping[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    serving: Serving | None = None,
) -> Server[Any]:
    """The MCP server. Tests pass `transport` (e.g. `httpx.MockTransport`) and `env`;
    `serving` holds caller auth, limits and metrics (read from `env` when absent)."""
    service = _load("service.json")
    env = environment() if env is None else env
    serving = Serving.load(env) if serving is None else serving
    observed = serving.http_hooks()
    names = service["env"]
    catalog = Catalog()
    max_depth, depth_variable = limits(env)
    state: dict[str, Any] = {}
    kinds = {entry.kind for entry in registry.entries.values()}

    @asynccontextmanager
    async def lifespan(_: Server[Any]) -> AsyncIterator[dict[str, Any]]:
        if "sdk" in kinds:
            from .aws import Aws

            state["aws"] = Aws(
                env,
                timeout=float(env.get(names["timeout"]) or 30),
                max_retries=int(env.get(names["max_retries"]) or 2),
                max_body_bytes=int(env.get(names.get("max_body_bytes", "")) or 1048576),
                user_agent=f"{service['name']}/{service['version']}",
            )
        api = ApiClient(
            env.get(names.get("base_url", "")) or service["base_url"],
            Credentials(service["auth"], env),
            timeout=float(env.get(names["timeout"]) or 30),
            max_retries=int(env.get(names["max_retries"]) or 2),
            transport=transport,
            user_agent=f"{service['name']}/{service['version']}",
            event_hooks={
                "request": [hooks.on_request, *observed.get("request", [])],
                "response": [hooks.on_response, *observed.get("response", [])],
            },
            verify=tls_verify(env, names),
            settings=env,
        )
        state["api"] = api
        try:
            yield {}
        finally:
            state.pop("api", None)
            await api.aclose()

    async def list_tools(
        ctx: Any, params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        cursor = params.cursor if params else None
        number = 0
        if cursor is not None:
            if not cursor.isdigit() or not 0 < int(cursor) < len(catalog.pages):
                raise MCPError(types.INVALID_PARAMS, f"invalid cursor {cursor!r}")
            number = int(cursor)
        more = number + 1 < len(catalog.pages)
        return types.ListToolsResult(
            tools=catalog.page(number), next_cursor=str(number + 1) if more else None
        )

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> Any:
        name = params.name
        args = dict(params.arguments or {})
        own = name in registry.entries and not surface.handles(name)
        if name not in catalog.index or not (own or surface.handles(name)):
            raise MCPError(types.INVALID_PARAMS, f"Unknown tool: {name}")
        reporting = progress.bind(ctx)
        try:
            with serving.calling(ctx):
                if own:
                    return await invoke(name, args)
                problem = arguments_problem(name, args, listed=True)
                if problem:
                    return text_result(problem, error=True)
                return await surface.call(name, args)
        except Exception as exc:  # a bug or an odd value must not take the server down
            logger.exception("tool %s raised", name)
            message = f"{name} failed: {type(exc).__name__}: {exc}"
            return text_result(message, error=True)
        finally:
            progress.unbind(reporting)

    def arguments_problem(
        name: str, args: dict[str, Any], *, listed: bool = False
    ) -> str | None:
        where = too_deep(args, max_depth)
        if where is not None:
            return too_deep_message(name, where, max_depth, depth_variable)
        problem = catalog.problem(name, "inputSchema", args, listed=listed)
        return f"Invalid arguments for {name}: {problem}" if problem else None

    async def invoke(name: str, args: dict[str, Any]) -> types.CallToolResult:
        """Calls operation `name`: the one path from arguments to result, on every
        surface."""
        entry = registry.entries.get(name)
        if entry is None or catalog.operation(name) is None:
            if catalog.operations is not None:
                return catalog.operations.unknown(name)
            return text_result(f"Unknown operation {name!r}", error=True)
        if catalog.operations is not None:  # listed schemas may be fitted to a client
            args = adapt(args, catalog.operation(name)["inputSchema"])  # type: ignore[index]
        refused = serving.admit(name)
        if refused is not None:
            return refused
        with serving.timed(name) as outcome:
            outcome.append(await guarded(name, entry, args))
        return outcome[0]

    async def guarded(
        name: str, entry: ToolEntry, args: dict[str, Any]
    ) -> types.CallToolResult:
        try:
            return await run_tool(name, entry, args)
        except CallError as exc:
            logger.warning("tool %s failed: %s", name, exc)
            return text_result(str(exc), error=True)
        except SchemaError as exc:
            logger.error("tool %s: %s", name, exc)
            return text_result(f"{name} cannot run: {exc}", error=True)
        except Exception as exc:  # a bug or an odd value must not take the server down
            logger.exception("tool %s raised", name)
            message = f"{name} failed: {type(exc).__name__}: {exc}"
            return text_result(message, error=True)

    listed = {w["name"]: w for w in catalog.wire}
    surface = Surface(catalog.surface, listed, invoke, catalog.operations, env)
    serving.direct = {n for n in catalog.index if not surface.handles(n)}

    async def run_tool(
        name: str, entry: ToolEntry, args: dict[str, Any]
    ) -> types.CallToolResult:
        problem = arguments_problem(name, args)
        if problem:
            return text_result(problem, error=True)

        def validate(data: Any) -> str | None:
            where = too_deep(data, max_depth)
            if where is not None:
                return f"{where}: nested deeper than {max_depth} levels"
            return catalog.problem(name, "outputSchema", data)

        started = time.perf_counter()
        if entry.kind == "sdk":
            result: types.CallToolResult = await entry.function(
                state["aws"], args, validate
            )
            logger.info(
                "tool %s -> %s in %.0f ms",
                name,
                "error" if result.is_error else "ok",
                (time.perf_counter() - started) * 1000,
            )
            return result
        response = await entry.function(state["api"], args)
        logger.info(
            "tool %s -> HTTP %s in %.0f ms",
            name,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        result = to_result(response, entry.response, entry.wrapped, validate)
        promised = (catalog.operation(name) or {}).get("outputSchema") is not None
        if promised and not result.is_error and result.structured_content is None:
            return broken_promise(result)  # MCP: a declared output schema is filled
        return result

    async def set_level(ctx: Any, params: types.SetLevelRequestParams) -> Any:
        logger.setLevel(_LEVELS.get(str(params.level), logging.INFO))
        return types.EmptyResult()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # logging/setLevel is deprecated in 2026-07-28
        return Server(
            service["name"],
            version=service["version"],
            title=service.get("title"),
            lifespan=lifespan,
            on_list_tools=list_tools,
            on_call_tool=call_tool,
            on_set_logging_level=set_level,
            get_tool_input_schema=lambda name: (
                catalog.wire[catalog.index[name]]["inputSchema"]
                if name in catalog.index
                else None
            ),
        )
