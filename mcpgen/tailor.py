"""Tailoring selected tools with `mcpgen.yaml`: names, argument trims and defaults, fixed headers, auth,
pagination, redirects and plain-text descriptions. Every step is general: any description can use it,
and the prebuilt adapters (`adapters/`) are nothing but configurations of it.
"""

from __future__ import annotations

import html
import re
from typing import Any

from . import naming
from .config import AuthConfig, BuildConfig, EnvValue, Override
from .diagnostics import Diagnostics
from .ir import AuthScheme, EnvVar, Pagination, Tool

PAGING_ARG = "max_pages"
_WRITE_VERBS = {"POST": "create", "PUT": "set", "PATCH": "update", "DELETE": "delete", "GET": "get"}


# -- keys -----------------------------------------------------------------------------------------------
def route_key(tool: Tool) -> str:
    """`METHOD /path?query` as the description writes the operation's path key."""
    pointer = tool.source.pointer
    for root in ("/paths/", "/x-ms-paths/"):
        if pointer.startswith(root):
            key = pointer[len(root) :].rsplit("/", 1)[0].replace("~1", "/").replace("~0", "~")
            return f"{tool.binding.method} {key}"
    query = "&".join(f"{k}={v}" for k, v in tool.binding.fixed_query)
    return f"{tool.binding.method} {tool.binding.path}" + (f"?{query}" if query else "")


def tool_keys(tool: Tool) -> list[str]:
    """Every key a selector or an override can name the tool by."""
    route = route_key(tool)
    keys = [tool.name, route]
    if "?" not in route:  # `METHOD /path` names an operation whose path key has no query part
        keys.append(f"{tool.binding.method} {tool.binding.path}")
    if tool.operation_id:
        keys.insert(0, tool.operation_id)
    return list(dict.fromkeys(keys))


# -- names ----------------------------------------------------------------------------------------------
def path_style_name(tool: Tool, strip: tuple[str, ...]) -> str:
    """`POST /api/vcenter/vm/{vm}/power?action=start` (operationId `start`) becomes `vm_power_start`;
    `?vmw-task=true` variants (`relocate$task`) end in `_task`."""
    _, _, key = route_key(tool).partition(" ")
    route, _, query = key.partition("?")
    for prefix in sorted(strip, key=len, reverse=True):
        if route == prefix or route.startswith(prefix.rstrip("/") + "/"):
            route = route[len(prefix.rstrip("/")) :]
            break
    words = naming.route_words(route)
    pairs = [p.partition("=") for p in query.split("&") if p]
    task = any(k == "vmw-task" for k, _, _ in pairs) or "$task" in (tool.operation_id or "")
    action = next((v for k, _, v in pairs if k == "action" and v), "")
    op = (tool.operation_id or "").replace("$task", "")
    verb = naming.snake(op) if op and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", op) else ""
    verb = verb or naming.snake(action) or _WRITE_VERBS.get(tool.binding.method, tool.binding.method.lower())
    parts = [naming.snake(w) for w in words] + [verb] + (["task"] if task else [])
    return naming.tool_name_from_operation_id("_".join(p for p in parts if p))


def rename(tools: list[Tool], config: BuildConfig) -> list[Tool]:
    if config.naming.style != "path":
        return tools
    out = []
    for tool in tools:
        name = path_style_name(tool, config.naming.strip_path_prefixes)
        out.append(tool.model_copy(update={"name": name, "py_name": naming.py_identifier(name)}))
    return out


# -- descriptions ---------------------------------------------------------------------------------------
_VENDOR_MARKUP = re.compile(r"\{@[A-Za-z][\w.]*(?:\s+([^{}]*))?\}")
_BREAK_TAGS = re.compile(r"<\s*(?:p|br|/p|li|ul|/ul|ol|/ol|div|/div)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^<>]{0,500}>")
_SPACED = re.compile(r" ([.,;:)])(?=\s|$)")
"""A space markup left before punctuation (`<a>CreateBucket</a> .`)."""


def plain_text(text: str) -> str:
    """HTML and vendor markup (`{@term operation}`, `{@link Vm.Info}`, `{@code x}`) to plain text."""
    text = _VENDOR_MARKUP.sub(lambda m: (m.group(1) or "").strip(), text)
    text = _BREAK_TAGS.sub("\n\n", text)
    text = _TAGS.sub("", text)
    text = html.unescape(text)
    paragraphs = [_SPACED.sub(r"\1", " ".join(p.split())) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def cap(text: str, limit: int | None) -> str:
    """`text` cut at the last sentence end before `limit` characters (else at a word), with an ellipsis."""
    if limit is None or len(text) <= limit:
        return text
    head = text[: limit - 1]
    end = max(head.rfind(". "), head.rfind(".\n"))
    if end >= limit // 3:
        return head[: end + 1]
    return head.rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _clean_schema(schema: Any, plain: bool, limit: int | None, depth: int = 0) -> Any:
    if depth > 64:
        return schema
    if isinstance(schema, dict):
        out = {}
        for key, value in schema.items():
            if key == "description" and isinstance(value, str):
                out[key] = cap(plain_text(value) if plain else value, limit)
            elif key in ("properties", "$defs", "definitions", "patternProperties") and isinstance(value, dict):
                out[key] = {k: _clean_schema(v, plain, limit, depth + 1) for k, v in value.items()}
            else:
                out[key] = _clean_schema(value, plain, limit, depth + 1)
        return out
    if isinstance(schema, list):
        return [_clean_schema(v, plain, limit, depth + 1) for v in schema]
    return schema


_LISTED_VALUES = 25


def _collapsed(schema: dict[str, Any], limit: int) -> dict[str, Any] | None:
    """`schema` with its enum (or its items' enum) of more than `limit` values made a plain string."""
    items = schema.get("items") if schema.get("type") == "array" else None
    target = items if isinstance(items, dict) else schema
    values = target.get("enum")
    if not isinstance(values, list) or len(values) <= limit:
        return None
    plain = {k: v for k, v in target.items() if k != "enum"}
    plain.setdefault("type", "string")
    shown = ", ".join(str(v) for v in values[:_LISTED_VALUES])
    more = f" and {len(values) - _LISTED_VALUES} more" if len(values) > _LISTED_VALUES else ""
    note = f"Values: {shown}{more}."
    out = dict(schema)
    if target is items:
        out["items"] = plain
        out.pop("uniqueItems", None)
    else:
        out = plain
    out["description"] = f"{schema['description']} {note}" if schema.get("description") else note
    return out


def collapse_enums(tool: Tool, limit: int | None) -> Tool:
    if limit is None:
        return tool
    props = dict(tool.input_schema.get("properties") or {})
    changed = False
    for name, prop in props.items():
        if isinstance(prop, dict) and (collapsed := _collapsed(prop, limit)) is not None:
            props[name], changed = collapsed, True
    if not changed:
        return tool
    return tool.model_copy(update={"input_schema": {**tool.input_schema, "properties": props}})


def prune_defs(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` without the `$defs` no longer reached from its properties (after arguments were dropped)."""
    defs = schema.get("$defs")
    if not isinstance(defs, dict):
        return schema
    reached: set[str] = set()
    pending = [{k: v for k, v in schema.items() if k != "$defs"}]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                key = ref[len("#/$defs/") :].replace("~1", "/").replace("~0", "~")
                if key not in reached and key in defs:
                    reached.add(key)
                    pending.append(defs[key])
            pending.extend(v for k, v in node.items() if k != "$ref")
        elif isinstance(node, list):
            pending.extend(node)
    if len(reached) == len(defs):
        return schema
    kept = {k: v for k, v in defs.items() if k in reached}
    out = {k: v for k, v in schema.items() if k != "$defs"}
    if kept:
        out["$defs"] = kept
    return out


def clean_descriptions(tool: Tool, config: BuildConfig) -> Tool:
    options = config.descriptions
    if not options.plain and options.max_chars is None and options.max_arg_chars is None:
        return tool
    description = plain_text(tool.description) if options.plain else tool.description
    title = plain_text(tool.title) if options.plain and tool.title else tool.title
    if title and len(title) > 120:
        title = cap(title, 120)
    update: dict[str, Any] = {"description": cap(description, options.max_chars) or tool.description, "title": title}
    if options.plain or options.max_arg_chars:
        update["input_schema"] = _clean_schema(tool.input_schema, options.plain, options.max_arg_chars)
        if tool.output_schema is not None:
            update["output_schema"] = _clean_schema(tool.output_schema, options.plain, options.max_arg_chars)
    return tool.model_copy(update=update)


# -- arguments ------------------------------------------------------------------------------------------
def env_value(raw: Any) -> EnvValue | None:
    """`{env: NAME, description, default}`: a value read from the environment at run time."""
    if isinstance(raw, EnvValue):
        return raw
    if isinstance(raw, dict) and isinstance(raw.get("env"), str) and set(raw) <= set(EnvValue.model_fields):
        return EnvValue.model_validate(raw)
    return None


def _value(raw: Any) -> tuple[Any, str | None]:
    found = env_value(raw)
    if found is not None:
        return found.default, found.env
    return raw, None


def _by_arg_names(tool: Tool, override: Override) -> Override:
    """The override with wire names (`$top`) turned into the argument names they became (`top`)."""
    props = tool.input_schema.get("properties") or {}
    names = {a.wire: a.arg for a in tool.binding.args if a.wire not in props}

    def arg(name: str) -> str:
        return name if name in props else names.get(name, name)

    return override.model_copy(
        update={
            "keep_args": None if override.keep_args is None else tuple(arg(n) for n in override.keep_args),
            "drop_args": tuple(arg(n) for n in override.drop_args),
            "defaults": {arg(k): v for k, v in override.defaults.items()},
            "fixed": {arg(k): v for k, v in override.fixed.items()},
        }
    )


def trim_args(tool: Tool, override: Override, diags: Diagnostics) -> Tool:
    """Applies `keep_args`, `drop_args`, `defaults` and `fixed` of one override."""
    if override.keep_args is None and not (override.drop_args or override.defaults or override.fixed):
        return tool
    override = _by_arg_names(tool, override)
    schema = dict(tool.input_schema)
    props = dict(schema.get("properties") or {})
    required = list(schema.get("required") or [])
    known = set(props)
    for name in [*(override.keep_args or ()), *override.drop_args, *override.defaults, *override.fixed]:
        if name not in known:
            diags.warning("override-arg-unknown", f"{tool.name}: no argument {name!r} to keep, drop or default",
                          file=tool.source.file, pointer=tool.source.pointer,
                          hint=f"its arguments: {', '.join(sorted(known)) or 'none'}")  # fmt: skip
    drop = set(override.drop_args)
    if override.keep_args is not None:
        drop |= known - set(override.keep_args)
    drop -= set(override.fixed)
    for name in sorted(drop & set(required)):
        if name in override.defaults:
            continue
        diags.error("override-arg-required", f"{tool.name}: argument {name!r} is required and cannot be dropped",
                    file=tool.source.file, pointer=tool.source.pointer,
                    hint="give it a value with `fixed` or `defaults`")  # fmt: skip
        drop.discard(name)
    args = []
    for binding in tool.binding.args:
        name = binding.arg
        if name in override.fixed:
            value, env = _value(override.fixed[name])
            args.append(binding.model_copy(update={"default": value, "default_env": env, "hidden": True}))
            props.pop(name, None)
        elif name in override.defaults and name not in drop:
            value, env = _value(override.defaults[name])
            args.append(binding.model_copy(update={"default": value, "default_env": env, "required": False}))
            if value is not None and isinstance(props.get(name), dict):
                props[name] = {**props[name], "default": value}
        elif name in drop:
            props.pop(name, None)
        else:
            args.append(binding)
    gone = known - set(props)
    required = [r for r in required if r not in gone and r not in override.defaults]
    schema["properties"] = props
    if required:
        schema["required"] = required
    else:
        schema.pop("required", None)
    if isinstance(schema.get("anyOf"), list):  # `at least one of` over dropped arguments
        kept = [a for a in schema["anyOf"] if not set((a or {}).get("required", [])) & gone]
        if kept:
            schema["anyOf"] = kept
        else:
            schema.pop("anyOf")
    schema = prune_defs(schema)
    binding = tool.binding.model_copy(update={"args": tuple(args)})
    return tool.model_copy(update={"input_schema": schema, "binding": binding})


def env_vars_of(tools: list[Tool], config: BuildConfig) -> list[EnvVar]:
    """The environment variables argument defaults read, documented for the README and the registry."""
    described: dict[str, EnvValue] = {}
    for override in config.overrides.values():
        for raw in [*override.defaults.values(), *override.fixed.values()]:
            found = env_value(raw)
            if found is not None:
                described.setdefault(found.env, found)
    found: dict[str, EnvVar] = {}
    for tool in tools:
        for arg in tool.binding.args:
            if arg.default_env and arg.default_env not in found:
                info = described.get(arg.default_env)
                text = (info.description if info else "") or f"Value of the argument {arg.arg!r} when not given"
                required = arg.hidden and arg.required and arg.default is None
                found[arg.default_env] = EnvVar(name=arg.default_env, description=text, required=required,
                                                default=None if arg.default is None else str(arg.default))  # fmt: skip
    for name, text in config.env.items():
        found.setdefault(name, EnvVar(name=name, description=text))
    return list(found.values())


# -- headers, auth, pagination, redirects ---------------------------------------------------------------
def fixed_headers(tool: Tool, headers: dict[str, str]) -> Tool:
    if not headers:
        return tool
    wires = {h.lower() for h in headers}
    gone = {a.arg for a in tool.binding.args if a.location == "header" and a.wire.lower() in wires}
    schema = dict(tool.input_schema)
    if gone:
        schema["properties"] = {k: v for k, v in (schema.get("properties") or {}).items() if k not in gone}
        required = [r for r in schema.get("required") or [] if r not in gone]
        schema.pop("required", None)
        if required:
            schema["required"] = required
    binding = tool.binding.model_copy(
        update={
            "args": tuple(a for a in tool.binding.args if a.arg not in gone),
            "fixed_headers": tuple(sorted(headers.items())),
        }
    )
    return tool.model_copy(update={"binding": binding, "input_schema": schema})


def auth_schemes(schemes: tuple[AuthScheme, ...], declared: dict[str, AuthConfig]) -> tuple[AuthScheme, ...]:
    """The description's schemes with those `mcpgen.yaml` declares added or put in their place."""
    by_name = {s.name: s for s in schemes}
    for name, spec in declared.items():
        by_name[name] = AuthScheme(name=name, **spec.model_dump())
    return tuple(by_name.values())


def with_pagination(tool: Tool, pagination: Pagination | None) -> Tool:
    """Sets the tool's pagination and adds its two arguments (page count and continuation)."""
    if pagination is None:
        return tool
    schema = dict(tool.input_schema)
    props = dict(schema.get("properties") or {})
    props[pagination.cursor_arg] = {
        "type": "string",
        "minLength": 1,
        "description": "Resume listing from a previous answer's `continuation` value (leave out to start).",
    }
    props[PAGING_ARG] = {
        "type": "integer",
        "minimum": 1,
        "maximum": pagination.max_pages,
        "description": f"Pages to fetch and join (default and at most {pagination.max_pages}; at most "
        f"{pagination.max_items} items in all).",
    }
    schema["properties"] = props
    binding = tool.binding.model_copy(update={"pagination": pagination})
    update: dict[str, Any] = {"binding": binding, "input_schema": schema}
    output = tool.output_schema
    if isinstance(output, dict) and isinstance(output.get("properties"), dict) and not tool.output_wrapped:
        continuation = {"type": ["string", "null"], "description": "Pass back to go on listing; null at the end."}
        update["output_schema"] = {**output, "properties": {**output["properties"], "continuation": continuation}}
    return tool.model_copy(update=update)


def pagination_for(tool: Tool, config: BuildConfig, override: Override | None) -> Pagination | None:
    from .plan import matches

    if override is not None and override.pagination is not None:
        return override.pagination
    if tool.binding.method == "GET":
        for rule in config.pagination:
            # an empty `match` sets the caps of the operations the description marks as paged
            if rule.match == rule.match.__class__():
                if tool.binding.pagination is not None:
                    return rule.pagination
            elif matches(rule.match, tool, every=True):
                return rule.pagination
    return tool.binding.pagination


def redirects_for(tool: Tool, config: BuildConfig, override: Override | None) -> tuple[str, ...]:
    if override is not None and override.follow_redirects is not None:
        return override.follow_redirects
    return config.follow_redirects if tool.binding.method == "GET" else ()


def _with_fixed_args(tool: Tool, config: BuildConfig, override: Override | None) -> Override | None:
    """The override with the configuration's `fixed_args` that the tool has added (its own win)."""
    if not config.fixed_args:
        return override
    names = set(tool.input_schema.get("properties") or {}) | {a.wire for a in tool.binding.args}
    wanted = {k: v for k, v in config.fixed_args.items() if k in names}
    if not wanted:
        return override
    override = override or Override()
    return override.model_copy(update={"fixed": {**wanted, **override.fixed}})


def long_running_for(tool: Tool, config: BuildConfig, override: Override | None) -> Any:
    found = override.long_running if override is not None and override.long_running else tool.binding.long_running
    if found is not None and config.long_running_max_wait is not None:
        found = found.model_copy(update={"max_wait": config.long_running_max_wait})
    return found


def tailor(tool: Tool, config: BuildConfig, override: Override | None, diags: Diagnostics) -> Tool:
    """Every per-tool step after selection, in order."""
    override = _with_fixed_args(tool, config, override)
    tool = fixed_headers(tool, config.headers)
    if override is not None:
        tool = trim_args(tool, override, diags)
    update: dict[str, Any] = {}
    if config.security is not None:
        update["security"] = config.security
    hosts = redirects_for(tool, config, override)
    if hosts:
        update["follow_redirects"] = hosts
    long_running = long_running_for(tool, config, override)
    if long_running != tool.binding.long_running:
        update["long_running"] = long_running
    if long_running is not None and long_running.style == "task":
        # the answer is the task's final state, not what the operation's own first answer describes
        tool = tool.model_copy(update={"output_schema": None, "output_wrapped": False})
    if update:
        tool = tool.model_copy(update={"binding": tool.binding.model_copy(update=update)})
    tool = with_pagination(tool, pagination_for(tool, config, override))
    tool = collapse_enums(tool, config.descriptions.enum_limit)
    return clean_descriptions(tool, config)


__all__ = ["clean_descriptions", "plain_text", "route_key", "tailor", "tool_keys"]
