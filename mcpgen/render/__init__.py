"""Render a build plan through a Jinja2 template set into the files of a server package.

Templates only read the plan; the small view computed here holds data that is not code (client
configuration snippets, the registry entry, a sample call for the package's own test).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import tempfile
import urllib.parse
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import jinja2

from .. import __version__
from ..diagnostics import InputError
from ..ir import BuildPlan, Tool
from ..samples import Unsatisfiable, sample
from ..surface import route_call
from .data import data_files
from .filters import FILTERS

Formatter = Literal["ruff", "black", "none"]
USER_FILES = ("src/{pkg}/hooks.py",)
"""Files created once and never overwritten: the user's extension points."""
LOCK_FILE = "mcpgen.lock.json"
TEST_ORIGIN = "https://api.test.invalid"
_CACHE_DIRS = frozenset({"__pycache__", ".ruff_cache", ".pytest_cache", ".mypy_cache"})


def generators_root() -> Path:
    """`generators/` beside the source tree, or the copy carried inside the wheel."""
    bundled = Path(str(resources.files("mcpgen"))) / "_data" / "generators"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[2] / "generators"


def environment(template_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(FILTERS)
    return env


def _dumps(data: Any) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def _compact(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _sample_call(plan: BuildPlan) -> dict[str, Any] | None:
    """A tool call the package's own test makes against a mocked upstream."""
    http = [t for t in plan.service.tools if t.binding.kind == "http"]  # SDK calls need the SDK's emulator
    tools = sorted(http, key=lambda t: (not t.annotations.read_only, t.binding.method != "GET"))
    for tool in tools:
        try:
            args = sample(tool.input_schema)
            reply = sample(tool.output_schema) if tool.output_schema else {}
        except Unsatisfiable:
            continue
        if tool.output_wrapped:
            reply = reply["result"]
        elif tool.binding.response_kind != "json":
            continue
        path = _expected_path(plan, tool, args)
        if path is None:
            continue
        listed, through = route_call(plan.surface, tool, args)
        return {
            "tool": listed,
            "args": json.dumps(through, sort_keys=True),
            "reply": json.dumps(reply, sort_keys=True),
            "method": tool.binding.method,
            "path": path,
        }
    return None


def _invalid_call(plan: BuildPlan) -> dict[str, Any] | None:
    """A call whose arguments break the input schema: one field of the wrong type."""
    for tool in plan.service.tools:
        for name, prop in tool.input_schema.get("properties", {}).items():
            if isinstance(prop, dict) and prop.get("type") in ("string", "integer", "number", "boolean"):
                try:
                    args = sample(tool.input_schema)
                except Unsatisfiable:
                    continue
                args[name] = {"unexpected": ["object"]}
                listed, through = route_call(plan.surface, tool, args)
                return {"tool": listed, "args": json.dumps(through, sort_keys=True), "field": name}
    return None


def _base_path(plan: BuildPlan) -> str:
    return urllib.parse.urlsplit(plan.base_url).path.rstrip("/")


def _expected_path(plan: BuildPlan, tool: Tool, args: dict[str, Any]) -> str | None:
    base = _base_path(plan)
    path = tool.binding.path
    for binding in tool.binding.args:
        if binding.location == "path":
            value = args.get(binding.arg)
            if not isinstance(value, str | int | float) or isinstance(value, bool) or binding.style:
                return None
            path = path.replace("{" + binding.wire + "}", urllib.parse.quote(str(value), safe=""))
    return base + path


def _snippets(plan: BuildPlan) -> dict[str, str]:
    pkg = plan.package
    env = {v.name: f"<{v.name}>" for v in plan.env if v.secret or v.required}
    stdio = {"command": pkg.dist_name, "args": [], "env": env}
    key = plan.surface.server_key if plan.surface else pkg.dist_name  # the key tool names were sized for
    return {
        "claude": json.dumps({"mcpServers": {key: stdio}}, indent=2),
        "vscode": json.dumps({"servers": {key: {"type": "stdio", **stdio}}}, indent=2),
        "cursor": json.dumps({"mcpServers": {key: stdio}}, indent=2),
    }


def _registry_entry(plan: BuildPlan) -> dict[str, Any]:
    pkg = plan.package
    description = " ".join(f"MCP server for {plan.service.title}".split())
    return {
        "$schema": "https://static.modelcontextprotocol.io/schemas/2025-09-29/server.schema.json",
        "name": f"io.github.mcpgen/{pkg.dist_name}",
        "description": description[:100],
        "version": pkg.version,
        "packages": [
            {
                "registryType": "pypi",
                "identifier": pkg.dist_name,
                "version": pkg.version,
                "transport": {"type": "stdio"},
                "environmentVariables": [
                    {
                        "name": v.name,
                        "description": v.description,
                        "isRequired": v.required,
                        "isSecret": v.secret,
                        **({"default": v.default} if v.default else {}),
                    }
                    for v in plan.env
                ],
            }
        ],
    }


_SERVICE_ENV = ("base_url", "timeout", "max_retries", "max_depth", "max_body_bytes")
"""Settings the runtime reads, by role, to the environment variables that hold them."""


def _service_json(plan: BuildPlan) -> dict[str, Any]:
    names = {v.name.removeprefix(plan.package.env_prefix + "_").lower(): v.name for v in plan.env}
    return {
        "name": plan.package.server_name,
        "title": plan.service.title,
        "version": plan.package.version,
        "base_url": plan.base_url,
        "env": {k: names[k] for k in _SERVICE_ENV if k in names},
        "auth": [s.model_dump(mode="json") for s in plan.service.auth_schemes if s.kind != "unsupported"],
    }


def render(plan: BuildPlan, target: str = "python", template_dir: Path | None = None) -> dict[str, str]:
    """Every file of the package, by relative path (POSIX), as text; unformatted."""
    root = template_dir or generators_root() / target
    if not root.is_dir():
        raise InputError(f"no template set for target {target!r} at {root}")
    pkg = plan.package.import_name
    files: dict[str, str] = {}
    static = root / "files"
    if static.is_dir():
        for path in sorted(p for p in static.rglob("*") if p.is_file() and not _CACHE_DIRS & set(p.parts)):
            rel = path.relative_to(static).as_posix().replace("__pkg__", pkg)
            files[rel] = path.read_text(encoding="utf-8")
    env = environment(root / "templates")
    context = {
        "plan": plan,
        "service": plan.service,
        "package": plan.package,
        "env_vars": plan.env,
        "snippets": _snippets(plan),
        "sample_call": _sample_call(plan),
        "invalid_call": _invalid_call(plan),
        "test_base_url": TEST_ORIGIN + _base_path(plan),
        "mcpgen_version": __version__,
    }
    for name in sorted(env.list_templates(extensions=["j2"])):
        if Path(name).name.startswith("_"):
            continue
        rel = name.removesuffix(".j2").replace("__pkg__", pkg)
        files[rel] = env.get_template(name).render(context)
    if not any(t.binding.kind == "sdk" for t in plan.service.tools):
        files.pop(f"src/{pkg}/aws.py", None)  # runtime files only where tools use them
    files.update(data_files(plan, pkg))
    files[f"src/{pkg}/service.json"] = _dumps(_service_json(plan))
    files["server.json"] = _dumps(_registry_entry(plan))
    return files


def format_python(files: dict[str, str], formatter: Formatter) -> dict[str, str]:
    """Format the Python files: ruff (fast, black-compatible), black, or none."""
    names = sorted(n for n in files if n.endswith(".py"))
    if formatter == "none" or not names:
        return files
    out = dict(files)
    if formatter == "black":
        import black

        mode = black.Mode()
        for name in names:
            out[name] = black.format_str(files[name], mode=mode)
        return out
    from ruff.__main__ import find_ruff_bin

    with tempfile.TemporaryDirectory(prefix="mcpgen-fmt-") as tmp:
        for i, name in enumerate(names):
            Path(tmp, f"f{i}.py").write_text(files[name], encoding="utf-8")
        cmd = [find_ruff_bin(), "format", "--isolated", "--no-cache", "--line-length", "88", tmp]  # errors on stderr
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            reason = done.stderr.strip() or done.stdout.strip() or f"ruff exited {done.returncode}"
            for i, name in enumerate(names):
                reason = reason.replace(str(Path(tmp, f"f{i}.py")), name)
            raise InputError(f"formatting the generated code failed (a bug in the templates): {reason[:2000]}")
        for i, name in enumerate(names):
            out[name] = Path(tmp, f"f{i}.py").read_text(encoding="utf-8")
    return out


def lock_file(plan: BuildPlan, files: dict[str, str]) -> str:
    """Source, file digests, and the plan (the IR snapshot) on one compact line at the end."""
    digests = {
        name: hashlib.sha256(text.encode("utf-8")).hexdigest()
        for name, text in sorted(files.items())
        if name not in _user_files(plan)
    }
    head = {
        "generator": "mcpgen",
        "mcpgen_version": __version__,
        "ir_version": plan.ir_version,
        "source": plan.service.source.model_dump(mode="json"),
        "files": digests,
    }
    text = _dumps(head).rstrip()[:-1].rstrip()
    return f'{text},\n "plan": {plan.model_dump_json(exclude={"diagnostics"})}\n}}\n'


def _user_files(plan: BuildPlan) -> set[str]:
    return {f.format(pkg=plan.package.import_name) for f in USER_FILES}


def generate_files(
    plan: BuildPlan,
    *,
    target: str = "python",
    template_dir: Path | None = None,
    formatter: Formatter = "ruff",
) -> dict[str, str]:
    files = format_python(render(plan, target, template_dir), formatter)
    files[LOCK_FILE] = lock_file(plan, files)
    return files


__all__ = ["LOCK_FILE", "USER_FILES", "Formatter", "generate_files", "render"]
