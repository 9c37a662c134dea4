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
from ..deploy import DeployPlan, deploy_json
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


_TLS = ("tls_verify", "ca_bundle")

OPTIONAL_FILES: dict[str, Any] = {
    "sessions.py": lambda plan: any(s.kind == "session" for s in _used_schemes(plan)),
    "msal_auth.py": lambda plan: any(s.kind == "msal" for s in _used_schemes(plan)),
    "paging.py": lambda plan: any(t.binding.pagination for t in plan.service.tools),
    "redirects.py": lambda plan: any(t.binding.follow_redirects for t in plan.service.tools),
    "long_running.py": lambda plan: any(t.binding.long_running for t in plan.service.tools),
    "azure_identity_auth.py": lambda plan: any(s.kind == "azure_identity" for s in _used_schemes(plan)),
    "shared_key_auth.py": lambda plan: any(s.kind == "shared_key" for s in _used_schemes(plan)),
    "aws.py": lambda plan: any(t.binding.kind == "sdk" for t in plan.service.tools),
    "semantic.py": lambda plan: plan.surface is not None and plan.surface.kind == "discovery",
}
"""Runtime files a package carries only when its tools use them."""

EXTRA_DEPENDENCIES = {
    "msal_auth.py": ("msal>=1.28,<2",),
    "azure_identity_auth.py": ("azure-identity>=1.15,<2",),
    "aws.py": ("boto3>=1.34",),
}
"""Dependencies those files bring."""


def _used_schemes(plan: BuildPlan) -> list[Any]:
    used = {n for t in plan.service.tools for alt in t.binding.security for n in alt}
    return [s for s in plan.service.auth_schemes if s.name in used]


def _session_calls(plan: BuildPlan) -> dict[str, list[list[str]]]:
    """The login and logout requests of `session` schemes, as the package's own test must answer them."""
    base = _base_path(plan)
    calls: dict[str, list[list[str]]] = {"login": [], "logout": []}
    for scheme in _used_schemes(plan):
        if scheme.kind == "session" and scheme.session is not None:
            calls["login"].append([scheme.session.method, base + scheme.session.path])
            if scheme.session.logout_path:
                calls["logout"].append([scheme.session.logout_method, base + scheme.session.logout_path])
    return calls


def optional_files(plan: BuildPlan) -> set[str]:
    """The optional runtime files this package carries."""
    return {name for name, needed in OPTIONAL_FILES.items() if needed(plan)}


_EMBEDDINGS = ("embeddings_url", "embeddings_model", "embeddings_api_key", "embeddings_weight", "embeddings_timeout")
_SERVICE_ENV = ("base_url", "timeout", "max_retries", "max_depth", "max_body_bytes", *_TLS, *_EMBEDDINGS)
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


def _deploy_plan(plan: BuildPlan) -> DeployPlan:
    return plan.deploy or DeployPlan()


def _wanted(rel: str, plan: BuildPlan) -> bool:
    """Optional runtime files and manifests go into a package only when it uses them."""
    config = _deploy_plan(plan).config
    pkg = plan.package.import_name
    if rel == f"src/{pkg}/metrics.py":
        return config.metrics
    if rel == f"src/{pkg}/tracing.py":
        return config.tracing
    if rel.startswith("deploy/"):
        return config.kubernetes.enabled
    return True


def _deploy_view(plan: BuildPlan) -> dict[str, Any]:
    """What the manifests, load-balancer configurations and README say about serving."""
    deploy = _deploy_plan(plan)
    prefix = plan.package.env_prefix
    secret = [v.name for v in plan.env if v.secret] + [f"{prefix}_AUTH_TOKENS", f"{prefix}_AUTH_CLIENT_SECRET"]
    settings = [v for v in plan.env if not v.secret]
    kube = deploy.config.kubernetes
    name = plan.package.dist_name
    namespace = kube.namespace or "default"
    service = [name, f"{name}.{namespace}", f"{name}.{namespace}.svc", f"{name}.{namespace}.svc.cluster.local"]
    hosts = [f"{h}:*" for h in service]
    return {
        "config": deploy.config,
        "tool_scopes": deploy.tool_scopes,
        "api_host": deploy.api_host,
        "api_port": deploy.api_port,
        "secret_vars": secret,
        "setting_vars": settings,
        "image": kube.image or f"{name}:{plan.package.version}",
        "namespace": kube.namespace,
        "allowed_hosts": [*hosts, *(f"{h}:*" if ":" not in h else h for h in kube.hosts)],
    }


def render(plan: BuildPlan, target: str = "python", template_dir: Path | None = None) -> dict[str, str]:
    """Every file of the package, by relative path (POSIX), as text; unformatted."""
    root = template_dir or generators_root() / target
    if not root.is_dir():
        raise InputError(f"no template set for target {target!r} at {root}")
    pkg = plan.package.import_name
    files: dict[str, str] = {}
    static = root / "files"
    carried = optional_files(plan)
    if static.is_dir():
        for path in sorted(p for p in static.rglob("*") if p.is_file() and not _CACHE_DIRS & set(p.parts)):
            if path.name in OPTIONAL_FILES and path.name not in carried:
                continue
            rel = path.relative_to(static).as_posix().replace("__pkg__", pkg)
            if _wanted(rel, plan):
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
        "runtime_files": sorted(carried),
        "session_calls": _session_calls(plan),
        "base64_vars": sorted(s.env["key"] for s in _used_schemes(plan) if s.kind == "shared_key" and "key" in s.env),
        "extra_dependencies": sorted({d for f in carried for d in EXTRA_DEPENDENCIES.get(f, ())}),
        "mcpgen_version": __version__,
        "deploy": _deploy_view(plan),
    }
    for name in sorted(env.list_templates(extensions=["j2"])):
        if Path(name).name.startswith("_"):
            continue
        rel = name.removesuffix(".j2").replace("__pkg__", pkg)
        if _wanted(rel, plan):
            files[rel] = env.get_template(name).render(context)
    files.update(data_files(plan, pkg))
    files[f"src/{pkg}/service.json"] = _dumps(_service_json(plan))
    files[f"src/{pkg}/deploy.json"] = _dumps(deploy_json(_deploy_plan(plan), plan.package.env_prefix))
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
