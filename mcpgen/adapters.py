"""Prebuilt adapters: build definitions over vendors' own API descriptions (`adapters/<name>/adapter.yaml`).

An adapter is data: the vendor's description files, named service groups of operations, and the build
configuration (`mcpgen.yaml` fields: auth, argument trims, headers, pagination, names...). Building one is
an ordinary build of that configuration; nothing here is specific to a vendor.

    adapter:            # what `mcpgen adapters list` shows
      title: VMware vCenter
      summary: ...
      specs: vmware/vsphere-7.0.3     # folder of the sources under the specs root
    config:             # an mcpgen.yaml; `sources` paths are relative to `adapter.specs`
      sources: [{id: vcenter, path: vcenter.json.gz}]
      services: {vms: {title: Virtual machines, include: [{operations: ["GET /api/vcenter/vm"]}]}}

The specs root is `specs_root` when given, else `$MCPGEN_SPECS`, else `../shared/specs` beside the
project.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from . import api
from .config import BuildConfig, load_config, parse_config
from .diagnostics import InputError, UsageError
from .ingest.botocore import is_source as is_botocore
from .ir import BuildPlan, ServiceModel

ROOT = Path(__file__).resolve().parents[1]


def adapters_root() -> Path:
    """`adapters/` beside the source tree, or the copy carried inside the wheel."""
    bundled = Path(__file__).resolve().parent / "_data" / "adapters"
    return bundled if bundled.is_dir() else ROOT / "adapters"


class AdapterInfo(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str
    summary: str = ""
    specs: str = ""
    """The folder of the sources under the specs root."""
    setup: str = ""
    """Markdown: the vendor's auth set-up, put in the package README."""
    not_covered: str = ""
    """Markdown: what the adapter does not cover."""


@dataclass(frozen=True)
class Adapter:
    name: str
    info: AdapterInfo
    config: BuildConfig
    """Its build configuration, source paths made absolute."""
    folder: Path


def specs_root(given: str | Path | None = None) -> Path:
    if given:
        return Path(given)
    if os.environ.get("MCPGEN_SPECS"):
        return Path(os.environ["MCPGEN_SPECS"])
    return ROOT.parent / "shared" / "specs"


def names() -> list[str]:
    root = adapters_root()
    return sorted(p.parent.name for p in root.glob("*/adapter.yaml"))


def load(name: str, specs: str | Path | None = None) -> Adapter:
    """The adapter `name` (or an `adapter.yaml` path), its sources found under the specs root."""
    path = Path(name)
    if not path.is_file():
        path = adapters_root() / name / "adapter.yaml"
    if not path.is_file():
        known = ", ".join(names()) or "none"
        raise UsageError(f"no adapter {name!r} (adapters: {known})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or set(data) - {"adapter", "config"}:
        raise InputError(f"{path}: an adapter has two keys: `adapter` and `config`")
    try:
        info = AdapterInfo.model_validate(data.get("adapter") or {})
    except ValidationError as exc:
        raise InputError(f"{path}: adapter: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}") from exc
    config = parse_config(data.get("config") or {}, f"{path}: config")
    base = specs_root(specs) / info.specs
    sources = tuple(s if is_botocore(s.path) else s.model_copy(update={"path": str(base / s.path)})
                    for s in config.sources)  # fmt: skip
    missing = [s.path for s in sources if not is_botocore(s.path) and not Path(s.path).exists()]
    if missing:
        raise InputError(
            f"adapter {path.parent.name!r}: vendor description(s) not found: {', '.join(missing)}",
        )
    roots = tuple(str(base / r) for r in config.allow_ref_roots)
    config = config.model_copy(update={"sources": sources, "allow_ref_roots": roots})
    return Adapter(name=path.parent.name, info=info, config=config, folder=path.parent)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def configure(
    adapter: Adapter,
    *,
    services: Sequence[str] | str | None = None,
    read_only: bool = False,
    surface: str | None = None,
    profile: str | None = None,
    config: BuildConfig | str | Path | None = None,
) -> BuildConfig:
    """The adapter's build configuration with the caller's choices on top: service groups (`all`: every
    one), read-only, surface and profile, and a user configuration merged key by key."""
    data = adapter.config.model_dump(exclude_unset=True)
    data["sources"] = [s.model_dump() for s in adapter.config.sources]
    data["allow_ref_roots"] = list(adapter.config.allow_ref_roots)
    if config is not None:
        user = config if isinstance(config, BuildConfig) else load_config(config)
        data = _merge(data, user.model_dump(exclude_unset=True))
    if isinstance(services, str):
        services = [s.strip() for s in services.split(",") if s.strip()]
    if services:
        data["enable_services"] = list(services)
    if read_only:
        data["read_only"] = True
    if surface:
        data["surface"] = surface
    elif services and "all" in services:
        data["surface"] = "auto"  # the whole vendor surface: the tool-surface work picks what fits
    if profile:
        data["profile"] = profile
    return parse_config(data, f"adapter {adapter.name}")


def ingest(adapter: Adapter) -> tuple[ServiceModel, list[Any]]:
    """The adapter's merged model (every operation of its descriptions) and the diagnostics."""
    return api.ingest(None, adapter.config)


def build(
    name: str,
    out: str | Path | None = None,
    *,
    services: Sequence[str] | str | None = None,
    read_only: bool = False,
    surface: str | None = None,
    profile: str | None = None,
    config: BuildConfig | str | Path | None = None,
    specs: str | Path | None = None,
    check: bool = False,
) -> api.BuildResult:
    """Build adapter `name` (`m365`, `azure`, `vcenter`) like any other package; written to `out` when given."""
    adapter = load(name, specs)
    cfg = configure(adapter, services=services, read_only=read_only, surface=surface, profile=profile,
                    config=config)  # fmt: skip
    if not cfg.readme and (adapter.info.setup or adapter.info.not_covered):
        notes = adapter.info.setup.strip()
        if adapter.info.not_covered.strip():
            notes += "\n\n### Not covered\n\n" + adapter.info.not_covered.strip()
        cfg = cfg.model_copy(update={"readme": notes + "\n"})
    service, diags = api.ingest(None, cfg)
    result = api.generate(service, config=cfg, diagnostics=diags)
    if out is not None and result.files:
        api.write_result(result, out, check=check)
    return result


@dataclass(frozen=True)
class ServiceSize:
    service: str
    title: str
    default: bool
    tools: int
    list_bytes: int
    approx_tokens: int


def sizes(adapter: Adapter) -> list[ServiceSize]:
    """Tool count and `tools/list` bytes (one tool per operation) of each service group."""
    service, diags = api.ingest(None, adapter.config)
    out = []
    for key, group in adapter.config.services.items():
        cfg = configure(adapter, services=[key], surface="tools")
        plan: BuildPlan = api.plan_build(service, cfg, diagnostics=diags)
        out.append(
            ServiceSize(
                service=key,
                title=group.title,
                default=group.default,
                tools=len(plan.service.tools),
                list_bytes=plan.size.list_bytes,
                approx_tokens=plan.size.approx_tokens,
            )
        )
    return out


__all__ = ["Adapter", "ServiceSize", "build", "configure", "load", "names", "sizes"]
