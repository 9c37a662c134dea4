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
           Target: >= 80% top 5 for every API and file. heldout8/, heldout13/, heldout14/, heldout15/,
           heldout16/, heldout22/ and heldout23/ are kept unseen: their misses are never printed, only their
           figures (heldout2/, heldout4/ to heldout7/, heldout9/ to heldout12/ and heldout17/ to heldout21/ became
           development after first contact). With `--embeddings URL --embeddings-model NAME` (or
           `--embeddings local`: all-MiniLM-L6-v2 served by embeddings_server.py, started and stopped here), columns
           "search+embeddings top 5/top 10": the fusion
           a discovery server runs when its operator sets `<PREFIX>_EMBEDDINGS_URL` (surface_embeddings.py loads
           the template's semantic.py), at the default weight or each of `--embeddings-weight W1,W2`; then a table
           of totals per task set.
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
import os
import sys
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

import _common as c

sys.path.insert(0, str(c.HERE / "surface"))  # the measures' modules
from shared import (
    DISCOVERY_MAX_BYTES,
    GRAPH_FULL_CASE,
    MEASURES,
    SEARCH_APIS,
    SEARCH_TOP5,
    SEARCH_TOP10,
    SPECS,
    Api,
    Run,
    all_apis,
    graph_full,
    kb,
    operation_query,
    path_key,
    pct,
    summary_text,
    verdict,
)
from task_recall import TASK_SETS, EmbeddingsOption, tasks_recall
from timing import build_graph, latency, startup
from walk import walk_all

from mcpgen.surface import make_groups
from mcpgen.surface import search as search_module
from mcpgen.surface.meta import DISCOVERY_TOOLS
from mcpgen.surface.profiles import NAME_LIMIT, NAME_PREFIX, PROFILES

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
