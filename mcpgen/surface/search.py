"""Operation search: a BM25 ranking over what each operation states, with a vocabulary of the words users
say for API verbs and nouns.

This module is copied verbatim into every generated package that has a discovery surface (as
`search.py`): the index is built here at generation time and queried there at run time, by the same
code. It uses only the standard library, reads no network and no model, and is deterministic.

Index build: each operation is a document of weighted fields (name, summary, path words, verb of the
method, tags, description, parameter and body field names). Terms are lowercase words split at
camelCase, snake_case, punctuation and path separators, with plural endings folded. Each (term,
operation) pair gets its BM25 weight at build time, so a query only adds up precomputed numbers.
Query: words are expanded with the vocabulary (`meeting` also searches `event`, `remove` also searches
`delete`) at a lower weight than the words themselves.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

INDEX_VERSION = 1
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "has",
        "have",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "please",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "this",
        "to",
        "was",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "will",
        "with",
        "you",
        "your",
        "want",
        "need",
        "would",
        "like",
        "could",
        "should",
        "some",
        "any",
        "via",
        "using",
        "use",
        "used",
        "per",
        "all",
        "also",
        "just",
        "so",
        "up",
        "out",
        "about",
    ]
)
_KEEP_S = ("ss", "us", "is", "os", "as", "ys")
FIELD_WEIGHTS = {
    "name": 3.0,
    "summary": 3.0,
    "path": 2.0,
    "verb": 2.0,
    "tags": 1.5,
    "description": 1.0,
    "params": 0.6,
}
"""How much a word counts in each field of an operation (BM25F-style weighted term frequency)."""
K1, B = 1.2, 0.6
EXPANSION_WEIGHT = 0.5
PATH_SHARE = 0.4
"""How much of a score depends on the query speaking of every word of the operation's path."""
RERANK = 200
"""Operations whose path words are weighed, best first by their word scores."""

_GROUPS: tuple[tuple[str, ...], ...] = (
    # verbs, as users say them -> as APIs name them
    ("get", "fetch", "show", "read", "retrieve", "view", "see", "look", "display", "detail", "info", "open",
     "check", "inspect", "describe", "lookup"),
    ("list", "all", "browse", "enumerate", "every", "which", "search", "find", "query", "filter"),
    ("create", "add", "new", "make", "register", "setup", "issue", "post", "book", "insert", "generate",
     "provision", "spin", "launch"),
    ("update", "change", "edit", "modify", "set", "rename", "move", "reschedule", "adjust", "patch", "replace",
     "switch", "upgrade", "downgrade", "scale", "resize", "mark", "flag", "configure", "tweak", "amend"),
    ("delete", "remove", "erase", "drop", "destroy", "purge", "clear", "unregister", "uninstall", "discard",
     "trash", "wipe", "terminate", "kill", "evict"),
    ("cancel", "stop", "abort", "void", "revoke", "end", "terminate", "deactivate", "disable", "pause"),
    ("send", "mail", "email", "forward", "reply", "notify", "deliver"),
    ("upload", "put", "attach", "store", "save", "push"),
    ("download", "content", "value", "export", "fetch", "pull", "save"),
    ("accept", "approve", "confirm", "agree"),
    ("decline", "reject", "deny", "refuse"),
    ("start", "run", "begin", "launch", "resume", "enable", "activate", "boot"),
    ("restart", "reboot", "reset", "bounce", "recycle", "rollout"),
    ("share", "invite", "grant", "permission", "access", "link"),
    ("count", "number", "many", "total", "tally"),
    ("copy", "duplicate", "clone"),
    ("log", "logs", "output", "stdout", "stream", "tail"),
    # nouns
    ("event", "meeting", "appointment", "calendar", "invite", "invitation", "schedule"),
    ("message", "mail", "email", "inbox", "letter", "note"),
    ("user", "person", "people", "colleague", "employee", "account", "member", "someone", "staff", "coworker"),
    ("manager", "boss", "supervisor", "lead"),
    ("report", "direct", "subordinate"),
    ("group", "team", "distribution", "membership"),
    ("file", "document", "doc", "item", "drive", "attachment", "upload", "folder", "onedrive", "sharepoint"),
    ("photo", "picture", "image", "avatar", "thumbnail"),
    ("contact", "address", "phone"),
    ("task", "todo", "chore", "reminder"),
    ("chat", "conversation", "thread", "dm"),
    ("charge", "payment", "pay", "paid", "transaction", "purchase"),
    ("refund", "reimburse", "money", "back", "return"),
    ("customer", "client", "buyer", "shopper", "payer"),
    ("subscription", "plan", "recurring", "renewal"),
    ("invoice", "bill", "billing", "receipt"),
    ("coupon", "discount", "promotion", "promo", "code"),
    ("payout", "withdraw", "bank", "transfer"),
    ("balance", "fund", "fee", "earning", "revenue"),
    ("price", "pricing", "cost", "amount", "rate", "tier"),
    ("product", "good", "sku", "catalog", "offering"),
    ("dispute", "chargeback", "fraud"),
    ("webhook", "endpoint", "callback", "hook"),
    ("pod", "container", "workload", "instance"),
    ("deployment", "app", "application", "rollout", "replicaset", "replica"),
    ("node", "machine", "host", "server", "worker", "vm"),
    ("namespace", "project", "environment", "tenant"),
    ("secret", "password", "credential", "token", "key"),
    ("configmap", "config", "configuration", "setting", "env"),
    ("service", "endpoint", "loadbalancer", "port"),
    ("volume", "storage", "disk", "persistentvolumeclaim", "pvc", "claim"),
    ("job", "cronjob", "batch", "scheduled", "cron"),
    ("role", "rolebinding", "permission", "rbac", "access", "privilege"),
    ("status", "state", "health", "condition", "progress"),
    ("quota", "limit", "limitrange", "resourcequota"),
    ("autoscaler", "horizontalpodautoscaler", "hpa", "autoscale", "autoscaling"),
)  # fmt: skip
"""Words users say and the words APIs use for the same thing, one group per idea (folded forms)."""


def fold(word: str) -> str:
    """Plural folding: `policies` -> `policy`, `boxes` -> `box`, `events` -> `event`, `status` stays."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Folded lowercase words of `text`, stop words left out: `listNamespacedPod` -> list, namespaced, pod."""
    out = []
    for raw in _WORD.findall(text):
        word = raw.lower()
        if word in _STOP or (len(word) == 1 and not word.isdigit()):
            continue
        out.append(fold(word))
    return out


def _concepts() -> dict[str, tuple[str, ...]]:
    """Each folded word of the vocabulary to the concept terms it belongs to (`~event` for the group
    that starts with `event`)."""
    found: dict[str, set[str]] = {}
    for group in _GROUPS:
        concept = "~" + fold(group[0])
        for word in group:
            found.setdefault(fold(word), set()).add(concept)
    return {word: tuple(sorted(concepts)) for word, concepts in found.items()}


CONCEPTS = _concepts()
"""A word's concepts: an operation that says `meeting` is indexed under `~event` too, with the concept's
own frequency across the API, so a synonym weighs what the idea weighs, not what a rare word weighs."""


METHOD_VERBS = {
    "GET": "get",
    "HEAD": "get",
    "POST": "create",
    "PUT": "update",
    "PATCH": "update",
    "DELETE": "delete",
}


def method_verbs(method: str, path: str) -> list[str]:
    """What the method does, in words: a GET on a collection lists, on one item gets."""
    method = method.upper()
    last = path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if method == "GET":
        return ["get"] if last.startswith("{") else ["list", "get"]
    return [METHOD_VERBS.get(method, method.lower())]


def build_index(
    documents: Sequence[Mapping[str, str | Iterable[str]]],
) -> dict[str, Any]:
    """The index of `documents` (one per operation, in order): each a mapping of field name (see
    `FIELD_WEIGHTS`) to text or to a list of texts. Returns JSON-ready data: per term, the operations it
    occurs in with their BM25 weights (scaled to integers, so the file stays small)."""
    freqs: list[dict[str, float]] = []
    paths: list[list[str]] = []
    for doc in documents:
        path = doc.get("path", "")
        paths.append(sorted(set(words(path if isinstance(path, str) else " ".join(path)))))
        tf: dict[str, float] = {}
        for field, weight in FIELD_WEIGHTS.items():
            value = doc.get(field, "")
            texts = [value] if isinstance(value, str) else list(value)
            for text in texts:
                for word in words(text):
                    tf[word] = tf.get(word, 0.0) + weight
                    for concept in CONCEPTS.get(word, ()):
                        tf[concept] = tf.get(concept, 0.0) + weight
        freqs.append(tf)
    n = len(freqs)
    lengths = [sum(tf.values()) for tf in freqs]
    average = (sum(lengths) / n) if n else 1.0
    postings: dict[str, list[int]] = {}
    df: dict[str, int] = {}
    for tf in freqs:
        for term in tf:
            df[term] = df.get(term, 0) + 1
    for i, tf in enumerate(freqs):
        norm = K1 * (1 - B + B * lengths[i] / (average or 1.0))
        for term in sorted(tf):
            idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
            score = idf * tf[term] * (K1 + 1) / (tf[term] + norm)
            postings.setdefault(term, []).extend((i, max(1, round(score * 100))))
    return {
        "version": INDEX_VERSION,
        "documents": n,
        "terms": {t: postings[t] for t in sorted(postings)},
        "paths": [" ".join(p) for p in paths],
    }


def _coverage(path: str, asked: set[str]) -> float:
    """The share of an operation's path words the query speaks of: of two operations that match the
    same words, the one whose path says nothing more (`/groups/{id}` rather than `/groups/{id}/planner`)
    is what was asked for."""
    parts = path.split()
    if not parts:
        return 1.0
    return sum(1 for p in parts if p in asked or any(c in asked for c in CONCEPTS.get(p, ()))) / len(parts)


class Searcher:
    """Ranks operations for a query over an index from `build_index`."""

    def __init__(self, index: Mapping[str, Any]) -> None:
        if index.get("version") != INDEX_VERSION:
            raise ValueError(f"search index version {index.get('version')} is not {INDEX_VERSION}")
        self.terms: Mapping[str, list[int]] = index["terms"]
        self.paths: Sequence[str] = index["paths"]

    def concepts(self, query: str) -> list[dict[str, float]]:
        """The query as concepts, one per distinct word: the word itself at weight 1, and each concept
        of the vocabulary it belongs to at `EXPANSION_WEIGHT` (so an operation that says the word gets
        both, one that says a synonym gets the concept's share)."""
        concepts: list[dict[str, float]] = []
        seen: set[str] = set()
        for word in words(query):
            if word in seen:
                continue
            seen.add(word)
            concept = {word: 1.0}
            for other in CONCEPTS.get(word, ()):
                concept[other] = EXPANSION_WEIGHT
            concepts.append(concept)
        return concepts

    def search(self, query: str, limit: int = 5, allowed: Iterable[int] | None = None) -> list[tuple[int, float]]:
        """(operation number, score) of the best `limit` operations, best first; ties by number."""
        scores: dict[int, float] = {}
        for concept in self.concepts(query):
            for term, weight in concept.items():
                posting = self.terms.get(term)
                if not posting:
                    continue
                for k in range(0, len(posting), 2):
                    doc = posting[k]
                    scores[doc] = scores.get(doc, 0.0) + weight * posting[k + 1]
        if allowed is not None:
            keep = set(allowed)
            scores = {d: s for d, s in scores.items() if d in keep}
        asked = {term for concept in self.concepts(query) for term in concept}
        # The path factor lowers a score by PATH_SHARE at most: operations far below the best cannot win.
        candidates = heapq.nsmallest(max(RERANK, limit), scores.items(), key=lambda item: (-item[1], item[0]))
        reranked = {
            doc: score * (1 - PATH_SHARE + PATH_SHARE * _coverage(self.paths[doc], asked)) for doc, score in candidates
        }
        ranked = sorted(reranked.items(), key=lambda item: (-item[1], item[0]))
        return [(doc, score / 100) for doc, score in ranked[:limit]]
