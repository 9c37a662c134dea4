"""What every measure of the surface benchmark shares (benchmarks/bench_surface.py): the descriptions it
builds, their plans by surface and profile, the operation queries, and the run that collects tables and targets.
"""

from __future__ import annotations

import html
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import _common as c
from registry_specs import spec_path

sys.path.insert(0, str(c.ROOT / "tests"))  # CASES and their configurations, as the tests build them

from test_real_specs import CASES, GRAPH_FULL
from test_real_specs import _config as case_config

from mcpgen import naming
from mcpgen.api import ingest, plan_build
from mcpgen.config import BuildConfig
from mcpgen.ir import BuildPlan, ServiceModel, Tool
from mcpgen.render.data import search_document
from mcpgen.surface import search as search_module

SPECS = Path(os.environ.get("MCPGEN_SHARED_SPECS") or c.ROOT.parent / "shared" / "specs")
TASKS = c.HERE / "surface" / "tasks"
MEASURES = ("sizes", "names", "search", "tasks", "walk", "latency", "build", "startup")
GRAPH_FULL_CASE = "graph-full"
GITHUB_CASE = "github"
REGISTRY_SPECS = {GITHUB_CASE: "npm:@octokit/openapi@23.0.2/generated/api.github.com.json"}
"""Descriptions fetched from a package registry (surface/registry_specs.py), measured beside ../shared/specs."""
SEARCH_APIS = ("stripe", "kubernetes", "graph-m365-subset", GRAPH_FULL_CASE)
WALK_APIS = ("graph-m365-subset", "stripe", "kubernetes")
TASK_SPECS = {  # the API each task file's `api` names, and where its tasks run
    "microsoft-graph": GRAPH_FULL_CASE,
    "stripe": "stripe",
    "kubernetes": "kubernetes",
    "discord": "discord",
    "twilio": "twilio",
    "github": GITHUB_CASE,
}

DISCOVERY_MAX_BYTES = 4_096
SEARCH_TOP5, SEARCH_TOP10 = 0.97, 0.99
TASK_TOP5 = 0.80
WALK_REACHED = 0.97
LATENCY_P95 = 0.020
INDEX_SHARE = 0.10
BUILD_SECONDS, BUILD_RSS = 15.0, 1.5e9
STARTUP_RATIO = 1.5


# --- descriptions, plans, and what every measure shares ---------------------------------------------


@dataclass
class Api:
    """One description: ingested once; plans by (surface, profile) on demand."""

    case: str
    relative: str

    def config(self, **options: Any) -> BuildConfig:
        if self.case not in CASES:
            return BuildConfig(**options)
        return case_config(self.case, **options)

    @property
    def path(self) -> Path:
        return spec_path(self.relative) if self.relative.startswith("npm:") else SPECS / self.relative

    @cached_property
    def ingested(self) -> tuple[ServiceModel, list[Any]]:
        c.log(f"ingest {self.case}")
        return ingest(self.path, self.config())

    def plan(self, surface: str = "auto", profile: str = "generic") -> BuildPlan:
        key = (surface, profile)
        if key not in self._plans:
            service, diagnostics = self.ingested
            self._plans[key] = plan_build(
                service, self.config(surface=surface, profile=profile), diagnostics=diagnostics
            )
        return self._plans[key]

    def forget(self) -> None:
        self._plans.clear()
        self.__dict__.pop("ingested", None)
        self.__dict__.pop("index", None)

    @cached_property
    def _plans(self) -> dict[tuple[str, str], BuildPlan]:
        return {}

    @cached_property
    def index(self) -> dict[str, Any]:
        """The search index exactly as a discovery package ships it (search.json)."""
        service = self.plan("discovery").service
        return search_module.build_index([search_document(t) for t in service.tools], title=service.title)


def all_apis(quick: bool) -> dict[str, Api]:
    apis = {case: Api(case, relative) for case, relative in CASES.items()}
    if not quick:
        apis[GRAPH_FULL_CASE] = Api(GRAPH_FULL_CASE, GRAPH_FULL)
    apis.update((case, Api(case, spec)) for case, spec in REGISTRY_SPECS.items())
    return apis


def graph_full() -> Api:
    return Api(GRAPH_FULL_CASE, GRAPH_FULL)


def path_key(tool: Tool) -> str:
    """The operation's path key as the description writes it: the path, and its fixed query if any."""
    query = "&".join(f"{k}={v}" for k, v in tool.binding.fixed_query)
    return tool.binding.path + (f"?{query}" if query else "")


_TAG = re.compile(r"<[^>]+>")


def first_sentence(text: str) -> str:
    text = " ".join(html.unescape(_TAG.sub(" ", text)).split())
    for stop in (". ", "; "):
        text = text.split(stop, 1)[0]
    return text.strip().rstrip(".")


def summary_text(tool: Tool) -> str:
    """What the query says of an operation: its summary, else its description's first sentence."""
    return " ".join((tool.title or "").split()) or first_sentence(tool.description)


def operation_query(tool: Tool) -> str:
    return " ".join([summary_text(tool), *naming.route_words(path_key(tool))]).strip()


def pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "-"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def kb(n: float) -> str:
    return f"{n:,.0f}"


@dataclass
class Run:
    """What a run found: tables, per-measure data, and each target's outcome."""

    quick: bool
    data: dict[str, Any] = field(default_factory=dict)
    tables: dict[str, str] = field(default_factory=dict)
    targets: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(measure, what, figure, PASS/FAIL)"""

    def target(self, measure: str, what: str, figure: str, ok: bool) -> str:
        self.targets.append((measure, what, figure, verdict(ok)))
        return verdict(ok)

    def show(
        self, measure: str, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], notes: str = ""
    ) -> None:
        text = f"\n== {title}\n{c.table(headers, rows)}" + (f"\n{notes}" if notes else "")
        self.tables[measure] = self.tables.get(measure, "") + text
        print(text, flush=True)

    @property
    def failed(self) -> bool:
        return any(outcome == "FAIL" for *_, outcome in self.targets)
