"""Tool surfaces and operation search on real descriptions: issue 9's measured targets.

    python benchmarks/bench_surface.py [--only sizes,names,search,tasks,walk,latency,startup,build] [--quick]
    python benchmarks/bench_surface.py --only tasks --embeddings local [--embeddings-weight 0.2,0.3]

Every description of tests/test_real_specs.py's CASES (read from ../shared/specs) plus Microsoft Graph full
(11,422 operations). Each measure prints a table with its figures, its target and PASS/FAIL:

  sizes    per description: operations; tools, `tools/list` bytes and ~tokens of each surface (tools,
           grouped, discovery, from the plan's SurfacePlan.sizes); the surface `auto` picks for the generic
           profile. Target: the discovery surface's tools/list <= 4 KB everywhere, Graph full included.
  names    per description and client profile: tool names (listed tools of the auto surface, operation
           names, grouped-surface tool names, the four discovery tools) longer than 64 characters once a
           client prefixes them with `mcp__<server_key>__`. Target: none.
  search   Stripe, Kubernetes, Graph subset, Graph full: each operation is searched for with its summary
           (else its description's first sentence, HTML tags removed) plus its path words
           (`naming.route_words`), on the index packages ship (`search.build_index` over
           `render.data.search_document` of the discovery plan's tools). Operations whose summaries are
           identical (case-insensitive) are reported apart as ties. Target: unique-summary operations
           >= 97% in the top 5 and >= 99% in the top 10.
  tasks    natural-language tasks (benchmarks/surface/tasks/*.yaml and heldout/*.yaml): a task counts when any
           operation it lists is in the top 5 (top 10 shown too). Graph tasks run on Graph full; those marked
           `subset: true` also on the Graph subset. Beside it: plain BM25 (see `PlainBM25`), the anchor.
           Target: >= 80% top 5 for every API and file. heldout2/, heldout4/ and heldout5/ are kept unseen: their
           misses are never printed, only their figures. With `--embeddings URL --embeddings-model NAME` (or
           `--embeddings local`: all-MiniLM-L6-v2 served by embeddings_server.py, started and stopped here),
           columns "search+embeddings top 5/top 10": the fusion a discovery server runs when its operator sets
           `<PREFIX>_EMBEDDINGS_URL` (surface_embeddings.py loads the template's semantic.py), at the default
           weight or each of `--embeddings-weight W1,W2`; then a table of totals per task set.
           `--task-sets main,heldout` leaves the rest out.
  walk     no model: for every operation of Graph subset, Stripe and Kubernetes, through a real discovery
           server over stdio (built with `mcpgen build --surface discovery`, run by this Python with the
           package on PYTHONPATH) against mcpgen's MockUpstream: `search_operations` with the query above
           (the server's default limit, 5), `describe_operation`, arguments drawn with
           `conformance.arguments.examples(schema, 1)`, then `call_read_operation` / `call_operation`.
           Reached: found by search, and the upstream recorded exactly one request, matched to that
           operation, with no problems, and the result is not an error. Target: >= 97% per API.
  latency  Graph full: `Searcher.search` p50/p95 over a few hundred queries (task texts and operation
           queries), in process; search.json bytes against operations.json bytes. Targets: p95 <= 20 ms;
           index <= 10% of operations.json.
  build    `mcpgen build <Graph full> --surface discovery -o DIR` as a subprocess under `/usr/bin/time -v`
           (else resource.getrusage of children): wall time and peak RSS, median of --build-runs fresh builds.
           Targets: < 15 s and < 1.5 GB.
  startup  Graph full's discovery server, pip-installed (--no-deps) into benchmarks/.cache/venv-server (the
           server's runtime dependencies only, as bench_server.py does), against bench_server.py's hand-written
           one-tool server, both started by that venv's Python: spawn -> `initialize` -> first `tools/list`
           answer, median of --runs, interleaved, after one untimed start of each. Target: within 1.5x.

--quick leaves Graph full out of sizes, names and search (six plans and 11,422 searches); tasks, latency,
build and startup still use it. Timings depend on the machine's load: the load average is printed at the start
and the end. Results also go to benchmarks/.cache/results/surface-<timestamp>.json.
Exit status: 0 when every measured target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import _common as c
import yaml

sys.path.insert(0, str(c.HERE / "surface"))
from registry_specs import spec_path

sys.path.insert(0, str(c.ROOT / "tests"))  # CASES and their configurations, as the tests build them

from test_real_specs import CASES, GRAPH_FULL
from test_real_specs import _config as case_config

from mcpgen import naming
from mcpgen.api import ingest, plan_build
from mcpgen.config import BuildConfig
from mcpgen.ir import BuildPlan, ServiceModel, Tool
from mcpgen.render.data import data_files, search_document
from mcpgen.surface import make_groups, route_call
from mcpgen.surface import search as search_module
from mcpgen.surface.meta import DESCRIBE, DISCOVERY_TOOLS, SEARCH
from mcpgen.surface.profiles import NAME_LIMIT, NAME_PREFIX, PROFILES

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
        tools = self.plan("discovery").service.tools
        return search_module.build_index([search_document(t) for t in tools])


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


# --- 1. sizes and 2. names --------------------------------------------------------------------------


def sizes_and_names(run: Run, apis: dict[str, Api], want: set[str]) -> None:
    size_rows, name_rows, sizes_data, names_data = [], [], {}, {}
    profiles = sorted(PROFILES)
    for api in apis.values():
        if not api.path.exists():
            size_rows.append([api.case, "(absent)", *[""] * 12])
            continue
        started = time.perf_counter()
        plan = api.plan("auto", "generic")
        surface = plan.surface
        assert surface is not None
        by_kind = {s.kind: s for s in surface.sizes}
        # the discovery surface of every profile (strict schemas for openai make it differ)
        disc_max = max(
            next(s.list_bytes for s in api.plan("auto", p).surface.sizes if s.kind == "discovery")  # type: ignore[union-attr]
            for p in PROFILES
        )
        ok = disc_max <= DISCOVERY_MAX_BYTES
        size_rows.append(
            [
                api.case,
                len(plan.service.tools),
                *[
                    v
                    for kind in ("tools", "grouped", "discovery")
                    for v in (by_kind[kind].tools, kb(by_kind[kind].list_bytes), kb(by_kind[kind].approx_tokens))
                ],
                kb(disc_max),
                surface.kind,
                verdict(ok),
            ]
        )
        sizes_data[api.case] = {
            "operations": len(plan.service.tools),
            "auto_generic": surface.kind,
            "discovery_bytes_max_over_profiles": disc_max,
            **{
                s.kind: {"tools": s.tools, "bytes": s.list_bytes, "approx_tokens": s.approx_tokens}
                for s in surface.sizes
            },
        }
        if "names" in want:
            counts, longest, checked = {}, 0, 0
            for profile in profiles:
                planned = api.plan("auto", profile)
                key = planned.surface.server_key if planned.surface else "api"
                prefix = NAME_PREFIX.format(key=key)
                budget = PROFILES[profile].name_budget(key)
                group_names = [g.name for g in make_groups(list(planned.service.tools), "tag", budget)]
                listed = [t["name"] for t in planned.surface.listed] if planned.surface else []
                names = set(listed) | {t.name for t in planned.service.tools} | set(group_names) | set(DISCOVERY_TOOLS)
                over = sorted(n for n in names if len(prefix + n) > NAME_LIMIT)
                counts[profile] = over
                longest = max(longest, *(len(prefix + n) for n in names))
                checked = max(checked, len(names))
            total = sum(len(v) for v in counts.values())
            name_rows.append(
                [api.case, key, checked, *[len(counts[p]) for p in profiles], longest, verdict(total == 0)]
            )
            names_data[api.case] = {
                "server_key": key,
                "names": checked,
                "longest": longest,
                "over": {p: v[:20] for p, v in counts.items()},
            }
        c.log(f"sizes/names {api.case}: {time.perf_counter() - started:.1f} s")
        if api.case not in SEARCH_APIS:
            api.forget()
    if "sizes" in want:
        measured = [r for r in size_rows if r[1] != "(absent)"]
        worst = max((sizes_data[r[0]]["discovery_bytes_max_over_profiles"] for r in measured), default=0)
        failed = [r[0] for r in measured if r[-1] == "FAIL"]
        run.target(
            "sizes",
            f"discovery tools/list <= {DISCOVERY_MAX_BYTES:,} B, every description and profile",
            f"largest {worst:,} B ({len(failed)} over)",
            not failed and bool(measured),
        )
        run.show(
            "sizes",
            f"1. sizes: tools/list per surface (generic profile; bytes of the wire definitions, ~tokens = bytes/4); "
            f"target: discovery <= {DISCOVERY_MAX_BYTES:,} B",
            [
                "description",
                "ops",
                "tools",
                "bytes",
                "~tok",
                "grouped",
                "bytes",
                "~tok",
                "discovery",
                "bytes",
                "~tok",
                "disc. max",
                "auto",
                "result",
            ],
            size_rows,
            f"{len(measured)} descriptions; disc. max: the discovery surface's bytes, largest over every profile "
            "(the target)"
            + (" (Graph full left out: --quick)" if run.quick else "")
            + (f"; over 4 KB: {', '.join(failed)}" if failed else ""),
        )
        run.data["sizes"] = sizes_data
    if "names" in want:
        over = sum(sum(len(v) for v in d["over"].values()) for d in names_data.values())
        run.target("names", "names over 64 chars once prefixed, every description and profile", f"{over}", over == 0)
        run.show(
            "names",
            f"2. names: tool names over {NAME_LIMIT} characters once prefixed with mcp__<key>__, per profile; "
            "target: 0",
            ["description", "key", "names", *profiles, "longest", "result"],
            name_rows,
            "names: the auto surface's listed tools, every operation's name, every grouped-surface tool name and "
            "the four discovery tools (distinct names of the largest profile); longest: with the prefix",
        )
        run.data["names"] = names_data


# --- 3. search recall over every operation -------------------------------------------------------


def search_recall(run: Run, apis: dict[str, Api]) -> None:
    rows, data = [], {}
    all_ok = True
    for case in SEARCH_APIS:
        api = apis.get(case)
        if api is None:
            rows.append([case, "skipped (--quick)", *[""] * 9])
            continue
        started = time.perf_counter()
        tools = api.plan("discovery").service.tools
        searcher = search_module.Searcher(api.index)
        texts = [summary_text(t).lower() for t in tools]
        counts = Counter(texts)
        ranks: list[int | None] = []
        for i, tool in enumerate(tools):
            found = [doc for doc, _ in searcher.search(operation_query(tool), 10)]
            ranks.append(found.index(i) + 1 if i in found else None)
        tied = [i for i, t in enumerate(texts) if counts[t] > 1]
        unique = [i for i, t in enumerate(texts) if counts[t] == 1]

        def recall(ids: list[int], k: int, ranks: list[int | None] = ranks) -> tuple[int, int]:
            return sum(1 for i in ids if ranks[i] is not None and ranks[i] <= k), len(ids)

        u5, u10, t5, t10 = recall(unique, 5), recall(unique, 10), recall(tied, 5), recall(tied, 10)
        a5, a10 = recall(list(range(len(tools))), 5), recall(list(range(len(tools))), 10)
        ok = (u5[1] == 0 or u5[0] / u5[1] >= SEARCH_TOP5) and (u10[1] == 0 or u10[0] / u10[1] >= SEARCH_TOP10)
        all_ok &= ok
        rows.append(
            [
                case,
                len(tools),
                len(unique),
                pct(*u5),
                pct(*u10),
                len(tied),
                pct(*t5),
                pct(*t10),
                pct(*a5),
                pct(*a10),
                verdict(ok),
            ]
        )
        misses = [
            {
                "name": tools[i].name,
                "path": f"{tools[i].binding.method} {path_key(tools[i])}",
                "query": operation_query(tools[i]),
                "rank": ranks[i],
                "tied": counts[texts[i]] > 1,
            }
            for i in range(len(tools))
            if ranks[i] is None or ranks[i] > 5
        ]
        data[case] = {
            "operations": len(tools),
            "unique": len(unique),
            "tied": len(tied),
            "unique_top5": u5[0],
            "unique_top10": u10[0],
            "tied_top5": t5[0],
            "tied_top10": t10[0],
            "misses_top5": misses[:200],
        }
        c.log(f"search {case}: {time.perf_counter() - started:.1f} s")
    measured = [r for r in rows if r[-1] in ("PASS", "FAIL")]
    run.target(
        "search",
        f"unique-summary recall >= {SEARCH_TOP5:.0%} top 5 and >= {SEARCH_TOP10:.0%} top 10, per API",
        ", ".join(f"{r[0]} {r[3]}/{r[4]}" for r in measured),
        all_ok and bool(measured),
    )
    run.show(
        "search",
        f"3. search: each operation found by its summary + path words; target: unique >= {SEARCH_TOP5:.0%} top 5, "
        f">= {SEARCH_TOP10:.0%} top 10",
        ["API", "ops", "unique", "top5", "top10", "tied", "top5", "top10", "all top5", "all top10", "result"],
        rows,
        "unique/tied: operations whose summary (else first description sentence) no other / some other operation "
        "of the API has (case-insensitive)",
    )
    for case, found in data.items():
        for miss in found["misses_top5"][:5]:
            print(
                f"   miss {case}: {miss['path']} rank {miss['rank'] or '>10'}{' (tied)' if miss['tied'] else ''}"
                f": {miss['query'][:110]!r}"
            )
    run.data["search"] = data


# --- 4. tasks -------------------------------------------------------------------------------------

_PLAIN_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_PLAIN_STOP_TEXT = """
    a an the and or but if then of in on at by for from with to into is are was be been it its this that these
    those i me my we our you your he she they them their what which who when where how do does can could would
    should will please want need all any some"""
_PLAIN_STOP = frozenset(_PLAIN_STOP_TEXT.split())


def plain_terms(text: str) -> list[str]:
    """Lowercase words split at camelCase, digits and punctuation; English stop words out; a final `s` folded
    (`pods` -> `pod`, not `status`). No vocabulary, no concepts."""
    out = []
    for raw in _PLAIN_WORD.findall(text):
        word = raw.lower()
        if word in _PLAIN_STOP or len(word) < 2:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        out.append(word)
    return out


class PlainBM25:
    """The baseline: Okapi BM25 (k1 1.2, b 0.75) over the same documents as the shipped index
    (`search_document`: name, summary, path words, method verb, tags, description, parameter names),
    all fields concatenated with equal weight; no synonyms or concepts, no field weights, no path rerank."""

    def __init__(self, documents: Sequence[Mapping[str, Any]], k1: float = 1.2, b: float = 0.75) -> None:
        self.postings: dict[str, list[tuple[int, float]]] = {}
        tfs = []
        for doc in documents:
            text = " ".join(v if isinstance(v, str) else " ".join(v) for v in doc.values())
            tfs.append(Counter(plain_terms(text)))
        n = len(tfs)
        avg = sum(sum(tf.values()) for tf in tfs) / max(n, 1)
        df = Counter(term for tf in tfs for term in tf)
        for i, tf in enumerate(tfs):
            norm = k1 * (1 - b + b * sum(tf.values()) / (avg or 1))
            for term, f in tf.items():
                idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
                self.postings.setdefault(term, []).append((i, idf * f * (k1 + 1) / (f + norm)))

    def search(self, query: str, limit: int) -> list[int]:
        scores: dict[int, float] = {}
        for term in set(plain_terms(query)):
            for doc, score in self.postings.get(term, ()):
                scores[doc] = scores.get(doc, 0.0) + score
        return [d for d, _ in sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]]


def _pointer_key(tool: Tool) -> str | None:
    parts = tool.source.pointer.split("/")
    if len(parts) == 4 and parts[1] in ("paths", "x-ms-paths"):
        path = parts[2].replace("~1", "/").replace("~0", "~")
        return f"{parts[3].upper()} {path}"
    return None


def operation_keys(tools: Sequence[Tool]) -> dict[str, set[int]]:
    """'METHOD /path key' -> operation numbers: the binding's path with its fixed query (`/x?action=y`), the
    bare path for operations without one, and the key the operation's source pointer names."""
    keys: dict[str, set[int]] = {}
    for i, tool in enumerate(tools):
        method = tool.binding.method
        forms = {f"{method} {path_key(tool)}", _pointer_key(tool)}
        for form in filter(None, forms):
            keys.setdefault(form, set()).add(i)
    return keys


TASK_SETS = ("main", "heldout", "heldout2", "heldout3", "heldout4", "heldout5")
UNSEEN = ("heldout2", "heldout4", "heldout5")  # tasks written apart from the search: figures only, never their misses


def task_files(sets: Sequence[str] = TASK_SETS) -> list[tuple[str, Path]]:
    files = [("main", p) for p in sorted(TASKS.glob("*.yaml"))]
    for folder in TASK_SETS[1:]:
        files += [(folder, p) for p in sorted((TASKS / folder).glob("*.yaml"))]
    return [(kind, path) for kind, path in files if kind in sets]


@dataclass
class EmbeddingsOption:
    """`--embeddings`: where to ask, which model, and the weights to score."""

    url: str
    model: str
    weights: list[float]
    timeout: float

    def depth(self) -> int:
        from surface_embeddings import runtime

        return int(runtime().DEPTH)

    def fusion(self, case: str, tools: Sequence[Tool]) -> Any:
        from surface_embeddings import Fusion

        return Fusion(self.url, self.model, case, tools, self.timeout)


def tasks_recall(
    run: Run, apis: dict[str, Api], sets: Sequence[str] = TASK_SETS, embeddings: EmbeddingsOption | None = None
) -> None:
    rows, data, all_ok = [], {}, True
    weights = embeddings.weights if embeddings else []
    depth = 50 if embeddings is None else embeddings.depth()
    fusions: dict[str, Any] = {}
    totals: dict[str, Counter[str]] = {}
    for kind, path in task_files(sets):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        case = TASK_SPECS.get(spec.get("api", "")) or spec.get("api", "")
        if not case or (case not in TASK_SPECS.values() and not spec.get("spec")):
            rows.append([f"{kind}/{path.stem}", "unknown api", *[""] * (8 + 2 * len(weights))])
            continue
        runs = [(case, spec["tasks"])]
        if case == GRAPH_FULL_CASE:
            runs.append(("graph-m365-subset", [t for t in spec["tasks"] if t.get("subset")]))
        for target_case, tasks in runs:
            api = apis.get(target_case) or (graph_full() if target_case == GRAPH_FULL_CASE else None)
            if api is None and target_case in REGISTRY_SPECS:
                api = Api(target_case, REGISTRY_SPECS[target_case])
            if api is None and target_case == case and spec.get("spec"):  # an API only a task file names
                api = Api(target_case, spec["spec"])
            if api is None:
                continue
            apis.setdefault(target_case, api)
            started = time.perf_counter()
            tools = api.plan("discovery").service.tools
            keys = operation_keys(tools)
            searcher = search_module.Searcher(api.index)
            plain = PlainBM25([search_document(t) for t in tools])
            hits = Counter()
            unmapped_tasks, missing_ops, details = 0, set(), []
            query_vectors: list[Any] = []
            if embeddings:
                if target_case not in fusions:
                    fusions[target_case] = embeddings.fusion(target_case, tools)
                fusion = fusions[target_case]
                query_vectors = fusion.queries([t["task"] for t in tasks])
            for number, task in enumerate(tasks):
                wanted = set()
                for op in task["operations"]:
                    found = keys.get(op)
                    if found:
                        wanted |= found
                    else:
                        missing_ops.add(op)
                if not wanted:
                    unmapped_tasks += 1
                ranked = [doc for doc, _ in searcher.search(task["task"], 10)]
                baseline = plain.search(task["task"], 10)
                rank = next((r for r, doc in enumerate(ranked, 1) if doc in wanted), None)
                base_rank = next((r for r, doc in enumerate(baseline, 1) if doc in wanted), None)
                ranks = [("s", rank), ("b", base_rank)]
                if embeddings:
                    lexical = searcher.search(task["task"], depth)
                    fused = fusion.rank(query_vectors[number], lexical, weights, 10)
                    for w, ranked_w in zip(weights, fused, strict=True):
                        ranks.append((f"e{w:g}:", next((r for r, d in enumerate(ranked_w, 1) if d in wanted), None)))
                for label, r in ranks:
                    hits[f"{label}5"] += r is not None and r <= 5
                    hits[f"{label}10"] += r is not None
                details.append(
                    {
                        "task": task["task"],
                        "rank": rank,
                        "plain_rank": base_rank,
                        "top3": [tools[d].name for d in ranked[:3]],
                    }
                )
            n = len(tasks)
            ok = n > 0 and hits["s5"] / n >= TASK_TOP5
            all_ok &= ok
            label = f"{kind}/{path.stem}" + (" (subset tasks)" if target_case != case else "")
            if target_case == case:  # the subset's runs repeat tasks counted on Graph full
                totals.setdefault(kind, Counter()).update({"tasks": n, **hits})
            rows.append(
                [
                    label,
                    target_case,
                    n,
                    pct(hits["s5"], n),
                    pct(hits["s10"], n),
                    pct(hits["b5"], n),
                    pct(hits["b10"], n),
                    *(pct(hits[f"e{w:g}:{k}"], n) for w in weights for k in (5, 10)),
                    unmapped_tasks,
                    len(missing_ops),
                    verdict(ok),
                ]
            )
            data[f"{label} on {target_case}"] = {
                "tasks": n,
                **hits,
                "unmapped_tasks": unmapped_tasks,
                "unmapped_operations": sorted(missing_ops),
                "details": details,
            }
            c.log(f"tasks {label} on {target_case}: {time.perf_counter() - started:.1f} s")
    run.target(
        "tasks",
        f"task recall >= {TASK_TOP5:.0%} top 5, every API and file",
        ", ".join(f"{r[0]} {r[3]}" for r in rows if r[-1] in ("PASS", "FAIL")),
        all_ok and bool(rows),
    )
    run.show(
        "tasks",
        f"4. tasks: a task counts when an operation it lists is in the top k; target: top 5 >= {TASK_TOP5:.0%}",
        [
            "task file",
            "searched on",
            "tasks",
            "top5",
            "top10",
            "plain top5",
            "plain top10",
            *(f"search+embeddings{f' w={w:g}' if len(weights) > 1 else ''} top {k}" for w in weights for k in (5, 10)),
            "unmapped tasks",
            "unmapped ops",
            "result",
        ],
        rows,
        "plain: BM25 (k1 1.2, b 0.75) over the same documents, all fields with equal weight, no vocabulary, "
        "concepts or path rerank (PlainBM25 in this script); unmapped ops: listed operations absent from the "
        "built operations (e.g. not in the subset)"
        + (
            f"; search+embeddings: lexical top {depth} and embedding top {depth} "
            f"fused, weight {', '.join(f'{w:g}' for w in weights)}, model {embeddings.model} at {embeddings.url}"
            if embeddings and fusions
            else ""
        ),
    )
    if embeddings and totals:
        run.show(
            "tasks",
            "4b. tasks per set (Graph counted once, on Graph full): lexical search against search+embeddings",
            ["set", "tasks", "top5", "top10", *(f"w={w:g} top {k}" for w in weights for k in (5, 10))],
            [
                [
                    kind,
                    t["tasks"],
                    pct(t["s5"], t["tasks"]),
                    pct(t["s10"], t["tasks"]),
                    *(pct(t[f"e{w:g}:{k}"], t["tasks"]) for w in weights for k in (5, 10)),
                ]
                for kind, t in totals.items()
            ],
            "",
        )
        data["totals"] = {kind: dict(t) for kind, t in totals.items()}
    for key, found in data.items():
        if key == "totals" or key.startswith(UNSEEN):
            continue
        missed = [d for d in found["details"] if d["rank"] is None or d["rank"] > 5]
        for d in missed[:4]:
            print(f"   miss {key}: {d['task'][:70]!r} -> {', '.join(d['top3'])}")
    run.data["tasks"] = data


# --- 5. walk through a running discovery server ---------------------------------------------------


@dataclass
class Walk:
    case: str
    operations: int = 0
    found: int = 0
    called_ok: int = 0
    reached: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0

    def fail(self, kind: str, text: str) -> None:
        self.failures[kind] += 1
        self.examples.setdefault(kind, [])
        if len(self.examples[kind]) < 8:
            self.examples[kind].append(text[:400])


def walk_api(case: str, budget: float, timeout: float) -> Walk:
    from mcpgen.conformance.arguments import examples
    from mcpgen.conformance.checks import initialize
    from mcpgen.conformance.runner import CheckOptions, _server_env, load_plan
    from mcpgen.conformance.upstream import MockUpstream
    from mcpgen.conformance.wire import StdioSession, WireError

    api = Api(case, CASES[case])
    walk = Walk(case)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"bench-walk-{case}-") as tmp:
        out = Path(tmp) / "package"
        cmd = [*c.mcpgen_command(), "build", str(api.path), "--surface", "discovery", "-o", str(out), "--quiet"]
        for root in api.config().allow_ref_roots:
            cmd += ["--allow-ref-root", root]
        c.run(cmd, timeout=600)
        plan = load_plan(out)
        tools = list(plan.service.tools)
        walk.operations = len(tools)
        with MockUpstream(plan, hang_seconds=5) as upstream:
            env = _server_env(plan, upstream, CheckOptions(upstream_timeout=10), out)
            command = [sys.executable, "-m", plan.package.import_name]
            session: StdioSession | None = None

            def open_session() -> StdioSession:
                opened = StdioSession(command, env, cwd=tmp, timeout=timeout).start()
                initialize(opened)
                return opened

            def call(name: str, arguments: dict[str, Any]) -> dict[str, Any]:
                nonlocal session
                if session is None:
                    session = open_session()
                reply = session.request("tools/call", {"name": name, "arguments": arguments})
                if reply.error is not None:
                    raise WireError(f"JSON-RPC error {reply.error}")
                return reply.result

            try:
                for tool in tools:
                    if time.monotonic() - started > budget:
                        walk.fail("out of time", tool.name)
                        continue
                    try:
                        result = call(SEARCH, {"query": operation_query(tool)})
                        names = [r["name"] for r in (result.get("structuredContent") or {}).get("results", [])]
                        found = tool.name in names
                        walk.found += found
                        if not found:
                            walk.fail("search miss", f"{tool.name}: {operation_query(tool)[:120]!r} -> {names}")
                        described = call(DESCRIBE, {"name": tool.name})
                        schema = (described.get("structuredContent") or {}).get("inputSchema")
                        if described.get("isError") or not isinstance(schema, dict):
                            walk.fail("describe failed", f"{tool.name}: {str(described)[:200]}")
                            continue
                        drawn = examples(schema, 1)
                        if not drawn:
                            walk.fail("no valid arguments drawn", tool.name)
                            continue
                        caller, arguments = route_call(plan.surface, tool, drawn[0])
                        upstream.mode = "ok"
                        upstream.take()
                        result = call(caller, arguments)
                        records = upstream.take()
                    except Exception as exc:  # the server stopped or answered nonsense: start a fresh one
                        kind = "transport" if isinstance(exc, WireError) else f"harness: {type(exc).__name__}"
                        stderr = session.stderr[-300:] if session else ""
                        walk.fail(kind, f"{tool.name}: {exc}; server stderr: {stderr}")
                        if session is not None:
                            session.close()
                            session = None
                        continue
                    text = " ".join(str(p.get("text", "")) for p in result.get("content", []))
                    if result.get("isError"):
                        walk.fail("error result", f"{tool.name} {drawn[0]}: {text[:200]}")
                    elif len(records) != 1:
                        walk.fail("not one request", f"{tool.name}: {len(records)} requests")
                    elif records[0].tool != tool.name:
                        walk.fail(
                            "matched another operation",
                            f"{tool.name}: {records[0].method} {records[0].path} -> {records[0].tool}",
                        )
                    elif records[0].problems:
                        kind = re.sub(r"'[^']*'", "'..'", records[0].problems[0])[:60]
                        walk.fail(f"request: {kind}", f"{tool.name} {drawn[0]}: {'; '.join(records[0].problems)}")
                    else:
                        walk.called_ok += 1
                        walk.reached += found
            finally:
                if session is not None:
                    session.close()
    walk.seconds = time.monotonic() - started
    return walk


def walk_all(run: Run, budget: float, timeout: float) -> None:
    rows, data, all_ok = [], {}, True
    for case in WALK_APIS:
        if not (SPECS / CASES[case]).exists():
            rows.append([case, "(absent)", *[""] * 6])
            continue
        c.log(f"walk {case}")
        walk = walk_api(case, budget, timeout)
        ok = walk.operations > 0 and walk.reached / walk.operations >= WALK_REACHED
        all_ok &= ok
        rows.append(
            [
                case,
                walk.operations,
                pct(walk.found, walk.operations),
                pct(walk.called_ok, walk.operations),
                pct(walk.reached, walk.operations),
                f"{walk.seconds:.0f} s",
                ", ".join(f"{k} {v}" for k, v in walk.failures.most_common()) or "-",
                verdict(ok),
            ]
        )
        data[case] = {
            "operations": walk.operations,
            "found": walk.found,
            "called_ok": walk.called_ok,
            "reached": walk.reached,
            "failures": dict(walk.failures),
            "examples": walk.examples,
            "seconds": walk.seconds,
        }
    run.target(
        "walk",
        f"operations reached >= {WALK_REACHED:.0%} per API",
        ", ".join(f"{r[0]} {r[4]}" for r in rows if r[-1] in ("PASS", "FAIL")),
        all_ok and bool(rows),
    )
    run.show(
        "walk",
        f"5. walk: search -> describe -> call through a running discovery server and MockUpstream; target: "
        f"reached >= {WALK_REACHED:.0%}",
        ["API", "ops", "found (top 5)", "call ok", "reached", "time", "failures", "result"],
        rows,
        "found: in search_operations' results (default limit 5); call ok: one request, matched to the operation, "
        "no problems, no error result (whether or not search found it); reached: both. Servers run by this Python "
        "with PYTHONPATH=<package>/src; requests checked against the IR (MockUpstream without the description)",
    )
    for case, found in data.items():
        for kind, texts in found["examples"].items():
            for text in texts[:3]:
                print(f"   {case} {kind}: {text[:200]}")
    run.data["walk"] = data


# --- 6. latency and index size --------------------------------------------------------------------


def latency(run: Run, api: Api, queries_wanted: int) -> None:
    plan = api.plan("discovery")
    tools = plan.service.tools
    files = data_files(plan, plan.package.import_name)
    pkg = plan.package.import_name
    index_text, operations_text = files[f"src/{pkg}/search.json"], files[f"src/{pkg}/operations.json"]
    index_bytes, operations_bytes = len(index_text.encode()), len(operations_text.encode())
    started = time.perf_counter()
    searcher = search_module.Searcher(json.loads(index_text))  # what the server does on its first search
    load_seconds = time.perf_counter() - started
    queries = [
        t["task"]
        for _, p in task_files()
        if "graph" in p.stem
        for t in yaml.safe_load(p.read_text(encoding="utf-8"))["tasks"]
    ]
    task_queries = len(queries)
    stride = max(1, len(tools) // max(1, queries_wanted - len(queries)))
    queries += [operation_query(t) for t in tools[::stride]][: max(0, queries_wanted - len(queries))]
    for query in queries[:20]:  # warm-up
        searcher.search(query, 5)
    times = []
    for query in queries:
        t0 = time.perf_counter()
        searcher.search(query, 5)
        times.append(time.perf_counter() - t0)
    p50, p95, top = c.percentile(times, 50), c.percentile(times, 95), max(times)
    share = index_bytes / operations_bytes
    rows = [
        ["search p50", f"{p50 * 1000:.2f} ms", "-", "-"],
        [
            "search p95",
            f"{p95 * 1000:.2f} ms",
            f"<= {LATENCY_P95 * 1000:.0f} ms",
            run.target(
                "latency",
                f"Graph full search p95 <= {LATENCY_P95 * 1000:.0f} ms",
                f"{p95 * 1000:.2f} ms",
                p95 <= LATENCY_P95,
            ),
        ],
        ["search max", f"{top * 1000:.2f} ms", "-", "-"],
        ["index load (json.loads + Searcher)", f"{load_seconds * 1000:.0f} ms", "-", "-"],
        ["search.json bytes", kb(index_bytes), "-", "-"],
        ["operations.json bytes", kb(operations_bytes), "-", "-"],
        [
            "search.json / operations.json",
            f"{share:.1%}",
            f"<= {INDEX_SHARE:.0%}",
            run.target(
                "latency", f"index <= {INDEX_SHARE:.0%} of operations.json", f"{share:.1%}", share <= INDEX_SHARE
            ),
        ],
    ]
    run.show(
        "latency",
        f"6. latency: Graph full ({len(tools):,} operations), {len(queries)} queries, limit 5, in process",
        ["measure", "value", "target", "result"],
        rows,
        f"queries: the {task_queries} Graph task texts (tasks/ and heldout/), then operation queries "
        "(summary + path words) of every n-th operation",
    )
    run.data["latency"] = {
        "queries": len(queries),
        "times": times,
        "p50": p50,
        "p95": p95,
        "max": top,
        "load_seconds": load_seconds,
        "index_bytes": index_bytes,
        "operations_bytes": operations_bytes,
    }


# --- 8. build --------------------------------------------------------------------------------------

BUILD_OUT = c.CACHE / "surface-build" / "graph-full"


def _elapsed(text: str) -> float:
    """`/usr/bin/time -v`'s `h:mm:ss` or `m:ss.ss`."""
    seconds = 0.0
    for part in text.strip().split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def build_graph(run: Run, runs: int) -> None:
    spec = graph_full().path
    timer = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
    measured = []
    for i in range(runs):
        out = c.fresh_dir(BUILD_OUT)
        cmd = [*c.mcpgen_command(), "build", str(spec), "--surface", "discovery", "-o", str(out), "--quiet"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t0 = time.perf_counter()
        done = subprocess.run(
            [timer, "-v", *cmd] if timer else cmd, capture_output=True, text=True, check=False, timeout=900
        )
        wall = time.perf_counter() - t0
        if done.returncode != 0:
            raise SystemExit(f"mcpgen build failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
        if timer:
            rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
            line = next(x for x in done.stderr.splitlines() if "Elapsed (wall clock)" in x)
            wall = _elapsed(line.rsplit(" ", 1)[-1])
        else:  # the largest child so far: right as long as this build is the largest child of this process
            rss_kb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        measured.append((wall, rss_kb * 1024))
        c.log(f"build {i + 1}/{runs}: {wall:.1f} s, {rss_kb / 1024:,.0f} MiB")
    wall = c.median(m[0] for m in measured)
    rss = c.median(m[1] for m in measured)
    files = sum(1 for p in BUILD_OUT.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in BUILD_OUT.rglob("*") if p.is_file())
    rows = [
        [
            "wall time",
            f"{wall:.1f} s",
            f"< {BUILD_SECONDS:.0f} s",
            run.target(
                "build", f"Graph full discovery build < {BUILD_SECONDS:.0f} s", f"{wall:.1f} s", wall < BUILD_SECONDS
            ),
        ],
        [
            "peak RSS",
            f"{rss / 2**20:,.0f} MiB ({rss / 1e9:.2f} GB)",
            f"< {BUILD_RSS / 1e9:.1f} GB",
            run.target(
                "build",
                f"Graph full discovery build peak RSS < {BUILD_RSS / 1e9:.1f} GB",
                f"{rss / 1e9:.2f} GB",
                rss < BUILD_RSS,
            ),
        ],
        ["package", f"{files} files, {size / 2**20:,.1f} MiB", "-", "-"],
    ]
    how = "/usr/bin/time -v" if timer else "resource.getrusage(RUSAGE_CHILDREN)"
    run.show(
        "build",
        f"8. build: mcpgen build <Graph full> --surface discovery (median of {runs}; {how})",
        ["measure", "value", "target", "result"],
        rows,
    )
    run.data["build"] = {"runs": measured, "wall": wall, "rss_bytes": rss, "files": files, "bytes": size, "how": how}


# --- 7. start-up ------------------------------------------------------------------------------------


def startup(run: Run, runs: int, timeout: float) -> None:
    import anyio
    import bench_server as bs

    if not (BUILD_OUT / "mcpgen.lock.json").exists():
        c.log("building Graph full (discovery) for start-up")
        out = c.fresh_dir(BUILD_OUT)
        c.run(
            [*c.mcpgen_command(), "build", str(graph_full().path), "--surface", "discovery", "-o", str(out), "--quiet"]
        )
    python = c.ensure_venv("venv-server", c.SERVER_REQUIREMENTS)
    lock = json.loads((BUILD_OUT / "mcpgen.lock.json").read_text(encoding="utf-8"))["plan"]
    package, prefix = lock["package"]["import_name"], lock["package"]["env_prefix"]
    c.log(f"pip install {BUILD_OUT} into {python.parent.parent}")
    c.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-build-isolation",
            "--no-deps",
            "--force-reinstall",
            str(BUILD_OUT),
        ]
    )
    base_url = "http://127.0.0.1:9"  # never called: start-up only
    generated = bs.Server(
        "mcpgen discovery", [str(python), "-m", package], bs.server_env(prefix, BUILD_OUT, base_url), c.CACHE
    )
    baseline = bs.Server(
        "hand-written", [str(python), str(c.HERE / "handwritten_server.py")], {"HANDWRITTEN_BASE_URL": base_url}, c.HERE
    )
    servers = [generated, baseline]
    for server in servers:  # untimed
        anyio.run(bs.start_up, server, timeout)
    for i in range(runs):
        for server in servers:
            server.startup.append(anyio.run(bs.start_up, server, timeout))
        c.log(
            f"start-up {i + 1}/{runs}: " + ", ".join(f"{s.name} {s.startup[-1]['first_page']:.3f} s" for s in servers)
        )
    rows = []
    for key, label in (("initialize", "spawn -> initialize answered"), ("first_page", "spawn -> first tools/list")):
        a = c.median(s[key] for s in generated.startup)
        b = c.median(s[key] for s in baseline.startup)
        limit = STARTUP_RATIO if key == "first_page" else None
        result = (
            "-"
            if limit is None
            else run.target(
                "startup",
                f"Graph full discovery server start-up within {STARTUP_RATIO}x of hand-written",
                f"{a * 1000:.0f} ms vs {b * 1000:.0f} ms = {a / b:.2f}x",
                a / b <= limit,
            )
        )
        rows.append(
            [
                label,
                f"{a * 1000:.0f} ms",
                f"{b * 1000:.0f} ms",
                f"{a / b:.2f}x",
                f"<= {limit}x" if limit else "-",
                result,
            ]
        )
    rows.append(["tools listed", generated.tools, baseline.tools, "", "-", "-"])
    run.show(
        "startup",
        f"7. startup: Graph full discovery server vs hand-written one-tool server, stdio, median of "
        f"{runs} (interleaved; both in {python.parent.parent.name}, pip-installed, no mcpgen)",
        ["measure", "mcpgen", "hand-written", "ratio", "target", "result"],
        rows,
    )
    run.data["startup"] = {s.name: s.startup for s in servers}


# --- main --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(MEASURES), help=f"comma-separated subset of {','.join(MEASURES)}")
    parser.add_argument("--quick", action="store_true", help="leave Graph full out of sizes, names and search")
    parser.add_argument("--runs", type=int, default=5, help="start-ups per server (median; default 5)")
    parser.add_argument("--build-runs", type=int, default=3, help="Graph full builds (median; default 3)")
    parser.add_argument("--queries", type=int, default=400, help="latency queries (default 400)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds allowed for any one wait (default 60)")
    parser.add_argument("--walk-budget", type=float, default=1800, help="seconds per API for the walk (default 1800)")
    parser.add_argument("--task-sets", default=",".join(TASK_SETS), help="task sets scored (default: all)")
    parser.add_argument("--embeddings", metavar="URL", help="OpenAI-compatible embeddings base URL, or `local`")
    parser.add_argument("--embeddings-model", metavar="NAME", help="model name (default with local: all-MiniLM-L6-v2)")
    parser.add_argument("--embeddings-venv", type=Path, help="venv of the local model (see embeddings_server.py)")
    parser.add_argument("--embeddings-weight", metavar="W[,W...]", help="fusion weight(s) (default: the servers')")
    args = parser.parse_args(argv)
    want = {m.strip() for m in args.only.split(",") if m.strip()}
    if unknown := want - set(MEASURES):
        parser.error(f"unknown measure(s): {', '.join(sorted(unknown))}")
    if not SPECS.is_dir():
        raise SystemExit(f"{SPECS} is missing: the real descriptions live in ../shared/specs")

    run = Run(quick=args.quick)
    started = time.perf_counter()
    apis = all_apis(args.quick)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"mcpgen surface benchmark; {c.machine()}; load average {load} at start; search module "
        f"{search_module.__file__}",
        flush=True,
    )
    if want & {"sizes", "names"}:
        sizes_and_names(run, apis, want)
    if "search" in want:
        search_recall(run, apis)
    if "tasks" in want:
        sets = [s.strip() for s in args.task_sets.split(",") if s.strip()]
        if unknown_sets := set(sets) - set(TASK_SETS):
            parser.error(f"unknown task set(s): {', '.join(sorted(unknown_sets))}")
        with ExitStack() as stack:
            embeddings = None
            if args.embeddings:
                from surface_embeddings import LOCAL_MODEL, local_server, runtime

                url, model = args.embeddings, args.embeddings_model
                if url == "local":
                    url = stack.enter_context(local_server(args.timeout, args.embeddings_venv))
                    model = model or LOCAL_MODEL
                if not model:
                    parser.error("--embeddings-model is needed with an embeddings URL")
                raw = args.embeddings_weight or str(runtime().DEFAULT_WEIGHT)
                weights = [float(w) for w in raw.split(",") if w.strip()]
                embeddings = EmbeddingsOption(url, model, weights, args.timeout)
            tasks_recall(run, apis, sets, embeddings)
    if "latency" in want:
        latency(run, apis.get(GRAPH_FULL_CASE) or graph_full(), args.queries)
    for api in apis.values():
        api.forget()
    if "walk" in want:
        walk_all(run, args.walk_budget, args.timeout)
    if "build" in want:
        build_graph(run, args.build_runs)
    if "startup" in want:
        startup(run, args.runs, args.timeout)

    load_end = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"\n== targets ({time.perf_counter() - started:.0f} s{'; --quick' if args.quick else ''}; load average "
        f"{load_end} at the end)"
    )
    print(c.table(["measure", "target", "figure", "result"], run.targets))
    saved = c.save_results(
        "surface",
        {
            "machine": c.machine(),
            "load_average": [load, load_end],
            "quick": args.quick,
            "only": sorted(want),
            "targets": run.targets,
            "tables": run.tables,
            **run.data,
        },
    )
    print(f"\nresults: {saved}")
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
