"""How the concrete paths a document shows become the templates it means: example ids after a collection
(`/posts/1`), values where a sibling route has a placeholder (`/openstack/2018-08-27/...` beside
`/openstack/{version}/...`), values that vary at one position (`/domains/example.com`, `/domains/lists.example.net`),
path words the text sets in emphasis, and examples fitted to a stated template (`generalise`, `example_of`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from .blocks import Document
from .concrete_parents import under_literal_item
from .derived_names import derived_names
from .spanning_placeholders import spanned
from .worded_positions import worded_positions

if TYPE_CHECKING:
    from .mention import Mention


_ITEM_ID = re.compile(r"\d+(?:,\d+)*")  # `/posts/1`, and several at once: `/item/6,12,13`


def items_of_collections(mentions: list[list[Mention]]) -> None:
    """A route list written with example ids (`GET /posts`, `GET /posts/1`, `DELETE /posts/1`,
    `GET /posts/1/comments`, or as curl commands): a number right after a path the document states as a route
    of its own is an item of that collection, so `{id}` (`{id2}`... for further ones)."""
    lines = [m for found in mentions for m in found if m.kind in ("line", "table") and not m.prose]
    # in a document that states its routes only as curl commands, the commands state them
    lines = lines or [m for found in mentions for m in found if m.kind == "curl"]
    routes = {m.target.path.rstrip("/") for m in lines if "{" not in m.target.path}
    for m in lines:
        segments = m.target.path.split("/")
        holes = 0
        for i in range(2, len(segments)):
            if _ITEM_ID.fullmatch(segments[i]) and "/".join(segments[:i]) in routes:
                holes += 1
                segments[i] = "{id}" if holes == 1 else f"{{id{holes}}}"
        if holes:
            m.target.path = "/".join(segments)


_VALUE_SEGMENT = re.compile(r"\d{4}-\d{2}-\d{2}|\d+|[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}")
"""A path segment that can only be a value: a date, a number, a UUID (not `v2.0`, an API's version prefix)."""
_NUMBER = re.compile(r"\d+")
_DIGEST = re.compile(r"(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{16,}(?::\d+)?")
"""A long hexadecimal digest (`c01a54877c62831bb51720263f91fb33`, a token's `:0` revision kept): a value in any
mention, even a URL template that fills one placeholder in (`.../map/c01a5487...:0/{z}/{x}/{y}.png`)."""


def placeholder_positions(mentions: list[list[Mention]]) -> dict[tuple[str, ...], Counter[str]]:
    """The placeholders the mentions' paths have after each run of leading segments, counted
    (`("", "pets")` -> `{"{id}": 3}`)."""
    holes: dict[tuple[str, ...], Counter[str]] = {}
    for m in (m for found in mentions for m in found):
        segments = m.target.path.split("/")
        for i, segment in enumerate(segments):
            if re.fullmatch(r"\{[^{}]+\}", segment):
                holes.setdefault(tuple(segments[:i]), Counter())[segment] += 1
    return holes


def values_of_sibling_placeholders(mentions: list[list[Mention]]) -> None:
    """`curl .../openstack/2018-08-27/meta_data.json` where the document writes `/openstack/{version}/user_data`:
    a value in a request shown or named in a sentence stands where a route the document states, after the
    same segments, has a placeholder, so it is that placeholder (`/openstack/{version}/meta_data.json`). A route
    the document declares with a number there (`.. http:delete:: /teams/(int:team_id)/users/1/` beside
    `/teams/(int:team_id)/users/(int:user_id)/`) was written from its example: the number is that placeholder
    too; so is a long hexadecimal digest, wherever it is written (`_DIGEST`)."""
    for _ in range(2):  # (a value rewritten here may be the prefix under which the next one is)
        holes = placeholder_positions(mentions)
        for m in (m for found in mentions for m in found):
            segments = m.target.path.split("/")
            value = _VALUE_SEGMENT if m.kind in ("curl", "http") or m.prose else _NUMBER
            for i, segment in enumerate(segments):
                counter = holes.get(tuple(segments[:i]))
                if counter and (value.fullmatch(segment) or _DIGEST.fullmatch(segment)):
                    segments[i] = counter.most_common(1)[0][0]
            m.target.path = "/".join(segments)


def routes_beside_examples(mentions: list[list[Mention]]) -> None:
    """`curl .../encode/clip/base` beside the stated `POST /predict/{family}/{variant}` and its example
    `curl .../predict/clip/base`: a concrete path that puts the very values an example of a stated template shows
    in that template's placeholders, its other segments words of its own, is a sibling route of the same shape
    over the same placeholders (`/encode/{family}/{variant}`), not a route of those literal values."""
    templates = {
        tuple(m.target.path.split("/"))
        for found in mentions
        for m in found
        if m.kind in ("line", "table", "http") and not m.prose and "{" in m.target.path
    }
    examples = [m for found in mentions for m in found if m.kind in ("curl", "http") and "{" not in m.target.path]
    shown: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for m in examples:
        segments = m.target.path.split("/")
        for template in (t for t in templates if _fills(t, segments)):
            shown.setdefault(template, set()).add(tuple(s for s, t in zip(segments, template, strict=True) if "{" in t))
    for m in examples:
        segments = m.target.path.split("/")
        if any(_fills(t, segments) for t in templates):
            continue
        fitting = [
            t
            for t, values in shown.items()
            if len(t) == len(segments)
            and tuple(s for s, p in zip(segments, t, strict=True) if "{" in p) in values
            and all(
                s and "{" not in s and not _VALUE_SEGMENT.fullmatch(s)
                for s, p in zip(segments, t, strict=True)
                if "{" not in p and p
            )
        ]
        if len({tuple(p for p in t if "{" in p) for t in fitting}) == 1:
            m.target.path = "/".join(p if "{" in p else s for s, p in zip(segments, fitting[0], strict=True))


def _fills(template: tuple[str, ...], segments: list[str]) -> bool:
    """Whether `segments` (a concrete path) is an example of `template`: its words, values in its placeholders."""
    return len(template) == len(segments) and all(
        (bool(s) if "{" in t else s == t) for s, t in zip(segments, template, strict=True)
    )


_INSTANCE_VALUE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|(?:[a-z0-9-]+\.)+(?:com|org|net|io|edu|gov|info|dev|example|test|local|localhost)"  # a host name
    r"|(?=[^/]*\d)(?=[^/]*[a-z])[\w-]{6,}",  # an id mixing letters and digits (`71c675ab-...`, `cus_9s6XKz`)
    re.I,
)


_UUID = re.compile(r"[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}", re.I)


def instances_of_one_route(mentions: list[list[Mention]]) -> None:
    """`GET .../domains/example.com`, `.../domains/lists.example.net/lists`, `DELETE .../domains/my.example.com`,
    shown by requests with no template stated for them: values (host names, e-mail addresses, ids) that differ
    after the same segments, or that follow a collection named as a route, are one placeholder, named after the
    collection they are in (`{domain}`). A UUID is a value even shown once, after a path no route names
    (`curl -X DELETE .../plans/53268a27-.../roles/b7b1583c-...`: `{role}`): no API spells a word of its routes as
    one, and an example no stated template took (those were fitted before) still shows its route's placeholder."""
    examples = [m for found in mentions for m in found if (m.kind in ("curl", "http") or m.prose)]
    seen: dict[tuple[str, ...], set[str]] = {}
    derived = derived_names(examples)  # `main_area_tmp1` beside `main_area`: a name spelled from a kept one
    for m in examples:
        segments = m.target.path.split("/")
        for i, segment in enumerate(segments[2:], start=2):
            if _INSTANCE_VALUE.fullmatch(segment) and (tuple(segments[:i]), segment) not in derived:
                seen.setdefault(tuple(segments[:i]), set()).add(segment)
    # (one value is enough after a collection the document names as a route of its own: `/groups/data301/users`
    # beside `GET /groups`)
    routes = {m.target.path.rstrip("/") for found in mentions for m in found}
    named = worded_positions(routes)  # `/orders/open`, `/orders/closed`: a place of named routes, not of an id
    varied = {
        p
        for p, values in seen.items()
        if len(values) > 1
        or ("/".join(p) in routes and p not in named and not under_literal_item(p, routes))
        or any(_UUID.fullmatch(v) for v in values)
    }
    for m in examples:
        segments = m.target.path.split("/")
        shown = tuple(segments)  # (the prefixes as seen, before a value before them became a placeholder)
        for i in range(2, len(segments)):
            value = segments[i]
            if (
                (tuple(segments[:i]) in varied or shown[:i] in varied)
                and _INSTANCE_VALUE.fullmatch(value)
                and (tuple(segments[:i]), value) not in derived
            ):
                collection = segments[i - 1]
                name = collection[:-1] if collection.endswith("s") and len(collection) > 3 else "id"
                segments[i] = "{" + (re.sub(r"\W", "_", name) or "id") + "}"
        m.target.path = "/".join(segments)


def named_segments(doc: Document, mentions: list[list[Mention]]) -> None:
    """`GET /item/query/querystring` where the text says "The *querystring* must be a valid query": a path
    word the document sets in emphasis as a term of its own is a value to fill in, so `{querystring}`. Not where
    a route the document states writes that position's value in braces (`GET /vlm/next` beside
    `POST /vlm/{job_id}`, and "charged to the *next* step" far away): that page marks its values, and the word
    there is the name of a route of its own."""
    text = "\n".join(b.text for s in doc.sections for b in s.blocks if b.kind == "text")
    named = set(_EMPHASIS.findall(text))
    if not named:
        return
    marked = {
        tuple(segments[:i])
        for found in mentions
        for m in found
        if m.kind in ("line", "table")
        for segments in [m.target.path.split("/")]
        for i, segment in enumerate(segments)
        if re.fullmatch(r"\{[^{}]+\}", segment)
    }
    for found in mentions:
        for m in found:
            if m.kind not in ("line", "table"):
                continue
            segments = m.target.path.split("/")
            changed = [
                f"{{{s}}}" if i > 1 and s in named and tuple(segments[:i]) not in marked else s
                for i, s in enumerate(segments)
            ]
            if changed != segments:
                m.target.path = "/".join(changed)


_EMPHASIS = re.compile(r"(?<![*\w])\*(?P<word>[a-z][a-z0-9_]*)\*(?![*\w])")


def generalise(mention: Mention, templates: list[list[str]], *, loose: bool = False) -> None:
    """`GET /disk-alerts/json` (an example) is `GET /{topic}/json` when the document states that template.

    `loose`: the templates are those stated for the mention's method, and one made only of placeholders
    counts too, when it is the only one that fits."""
    if "{" in mention.target.path or mention.kind == "rpc":
        return
    segments = mention.target.path.split("/")
    best: list[str] | None = None
    best_literals: tuple[int, int] = (-1 if loose else 0, 0)
    ties = 0
    for template in templates:
        # (`/{record-url}/attachment` spans the segments of a whole address: `spanning_placeholders`)
        fitted = template if len(template) == len(segments) else spanned(template, segments)
        if fitted is None:
            continue
        literals = [t for t in template if t and "{" not in t]
        if (not literals and not loose) or not all(map(_segment_fits, fitted, segments)):
            continue
        # the most literal template wins: more literal segments, then more literal text beside placeholders
        # (`/v1/{engine}:stop` over `/v1/{engine}` for `/v1/gpt:stop`)
        weight = (len(literals), sum(len(_PLACEHOLDER.sub("", t)) for t in template if "{" in t))
        if weight > best_literals:
            best, best_literals, ties = template, weight, 0
        elif weight == best_literals:
            ties += 1
    if best is not None and not (loose and ties):
        mention.target.path = "/".join(best)
    elif best is None and len(segments) > 2 and _PREFIX_SEGMENT.fullmatch(segments[1]):
        # `PATCH /v1/buckets/blog HTTP/1.1` under a base path the templates leave out (`/buckets/{id}`)
        shorter = replace(mention, target=replace(mention.target, path="/" + "/".join(segments[2:])))
        generalise(shorter, templates, loose=loose)
        if "{" in shorter.target.path:
            mention.target.path = shorter.target.path


_PREFIX_SEGMENT = re.compile(r"v\d+(?:\.\d+)*|api")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _segment_fits(template: str, segment: str) -> bool:
    """Whether a concrete path segment fills a template's: the same word; any value for a placeholder alone (but
    an empty segment, `/` the root, is none); for one written beside literal text, a value with that text
    around it (`gpt:stop` fills `{engine}:stop`, not `{engine}:complete`: a custom method's verb after a colon
    names a route of its own, and `{id}.json` takes `42.json`, not `42.xml`)."""
    if "{" not in template:
        return template == segment
    if not segment:
        return False
    parts = [re.escape(part) for part in _PLACEHOLDER.split(template)]
    return re.fullmatch(".+".join(parts), segment) is not None


def unfitted_requests(mentions: list[list[Mention]], by_method: dict[str, set[str]]) -> set[tuple[str, str]]:
    """(method, concrete path) of the example requests that no stated template fits, neither one of their method
    nor one with a word of its own (`PUT /settings`, `DELETE /settings` beside `PUT /{name}/{id}`,
    `DELETE /{name}/{id}` and `GET /{name}`)."""
    worded = [p for paths in by_method.values() for p in paths if any(s and "{" not in s for s in p.split("/"))]
    return {
        (m.method, path)
        for found in mentions
        for m in found
        if m.kind in ("curl", "http") and "{" not in (path := m.target.path)
        if not any(fits_template(path, t) for t in [*by_method.get(m.method, ()), *worded])
    }


def loose_templates(method: str, path: str, templates: list[str], unfitted: set[tuple[str, str]]) -> list[list[str]]:
    """The templates `generalise(..., loose=True)` may fit an example `method path` to. A path shown with another
    method that no template fits (`unfitted_requests`: `PUT /settings`) is a resource of its own, so its other
    requests (`GET /settings`) are of it too, not values of a template made only of placeholders (`GET /{name}`)."""
    own = any(p == path and m != method for m, p in unfitted)
    return [t.split("/") for t in templates if not own or any(s and "{" not in s for s in t.split("/"))]


def example_of(mention: Mention, owner: tuple[str, str]) -> bool:
    """Whether a concrete example request is a use of the endpoint template `owner`."""
    method, template = owner
    if mention.method != method:
        return False
    concrete = [s for s in mention.target.path.split("/") if s]
    pattern = [s for s in template.split("/") if s]
    if len(concrete) < len(pattern):
        return False
    tail = concrete[len(concrete) - len(pattern) :]
    return all(p in ("{}", c) for p, c in zip(pattern, tail, strict=True))


_CODED_TERM = re.compile(r"(?<![`\w])`(?P<word>[A-Za-z_][\w-]*)`(?![`\w])")


def _coded_terms(doc: Document) -> frozenset[str]:
    """The words the document's text (paragraphs, list items, definitions) sets alone in inline code."""
    texts = [b.text for s in doc.sections for b in s.blocks if b.kind == "text"]
    texts += [
        f"{term} {text}"
        for s in doc.sections
        for b in s.blocks
        if b.kind in ("list", "deflist")
        for term, text in b.items
    ]
    return frozenset(m["word"] for text in texts for m in _CODED_TERM.finditer(text))


_VARIABLE_WORD = re.compile(r"[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*|ID)+")
"""A segment written as a variable name in camel case (`tableName`, `parentTable`, `stateID`)."""


def word_placeholders(mentions: list[list[Mention]], doc: Document | None = None) -> None:
    """`/api/tableName/:id` stated beside example paths `/api/payments/103`, `/api/offices/1/employees`: a path
    word written as a variable name (camel case) is a value to fill in when the document's example requests put
    other values in its place, so `{tableName}`; so is a word the text names alone in inline code, as a term of
    its own (`/collection/_id` beside "The `_id` parameter" and "`collection`, `{}`: inserts a document", with
    `curl .../example/1`), first segment included, where no stated route marks a placeholder. Each example is
    fitted to the stated route it differs from in fewest such words (so `/api/payments/chart` is an example of
    `/api/tableName/chart`, and says nothing of `/api/tableName/findOne`; `/pet/findByStatus` is the route of that
    name, not a value of `findByTags`)."""
    routes = [
        m.target.path.split("/") for found in mentions for m in found if m.kind in ("line", "table") and not m.listed
    ]
    # (only where no stated route marks a placeholder: a page that marks them, `{id}`, `<pk>`, marks them all)
    marked = any("{" in part for route in routes for part in route)
    terms = _coded_terms(doc) if doc is not None and not marked else frozenset()
    examples = [
        m.target.path.split("/")
        for found in mentions
        for m in found
        if m.listed or m.kind in ("curl", "http") or (m.kind == "line" and m.prose)
    ]
    named: set[str] = set()
    for example in examples:
        best: tuple[int, list[str]] | None = None
        tie = False
        for route in routes:
            differing = _differing_words(route, example, terms)
            if differing is None:
                continue
            if best is None or len(differing) < best[0]:
                best, tie = (len(differing), differing), False
            elif len(differing) == best[0] and differing != best[1]:
                tie = True
        if best is not None and not tie:
            named.update(best[1])
    if not named:
        return
    for found in mentions:
        for m in found:
            if m.kind in ("line", "table") and not m.listed:
                segments = m.target.path.split("/")
                m.target.path = "/".join(
                    f"{{{s}}}" if (i > 1 or (i and s in terms)) and s in named else s for i, s in enumerate(segments)
                )


def _differing_words(route: list[str], example: list[str], terms: frozenset[str] = frozenset()) -> list[str] | None:
    """The variable-name words (or `terms`) of `route` that `example` fills with another value, if it fits the
    route."""
    if len(route) != len(example):
        return None
    differing = []
    for i, (part, value) in enumerate(zip(route, example, strict=True)):
        if part == value or (re.fullmatch(r"\{[^{}]+\}", part) and value):
            continue
        variable = (i > 1 and _VARIABLE_WORD.fullmatch(part)) or (i > 0 and part in terms)
        if variable and value and "{" not in value:
            differing.append(part)
            continue
        return None
    return differing


def coded_without_instances(mentions: list[list[Mention]]) -> None:
    """Coded templates without the concrete paths one of them fits (`/catalog/movie/bbbcatalog.json`, captioning
    an example, beside `/catalog/{type}/{id}.json`), and without a template made only of placeholders that two or
    more of the others fit (`/{resource}/{type}/{id}.json`: the shape every route has, not a route)."""
    # (of two segments or more: `/{tileSize}` beside `/health` would fit every one-segment path)
    templates = [p for found in mentions for m in found if "{" in (p := m.target.path) and p.strip("/").count("/")]
    for found in mentions:
        found[:] = [
            m
            for m in found
            if ("{" in m.target.path or not any(fits_template(m.target.path, t) for t in templates))
            and (
                any(s and not s.startswith("{") for s in m.target.path.split("/"))
                or sum(fits_template(t, m.target.path) for t in templates if t != m.target.path) < 2
            )
        ]


def fits_template(path: str, template: str) -> bool:
    have, want = path.split("/"), template.split("/")
    return len(have) == len(want) and all(
        re.fullmatch(re.sub(r"\\\{[^{}]*\\\}", ".+", re.escape(w)), h) for h, w in zip(have, want, strict=True)
    )
