"""Operation search: a BM25F ranking over what each operation states, with a vocabulary of the words users
say for API verbs and nouns, and a reading of the query that tells the operation apart from its arguments.

This module is copied verbatim into every generated package that has a discovery surface (as
`search.py`): the index is built here at generation time and queried there at run time, by the same
code. It uses only the standard library, reads no network and no model, and is deterministic.

Index build: each operation is a document of weighted fields: its name, summary (the description's first
sentence when there is none), resource (the last literal segment of its path: `reply` of
`/me/messages/{id}/microsoft.graph.reply`), the rest of its path, the verb of its method, tags,
description (markup left out), parameter names and the values of a write's action field (`type`: reboot,
power_off, ...). Terms are lowercase words split at camelCase,
snake_case, punctuation and path separators, with plural endings folded. Each field has its own length
normalisation (BM25F); each (term, operation) pair gets its weight at build time, so a query only adds up
precomputed numbers. An operation that says a word of the vocabulary (`event`) is also indexed under the
word's concept (`~appointment`), at the concept's own frequency across the API; so is one whose resource is
named with a word users say for a thing, when the API names that thing so far more often than with the
vocabulary's words (`meeting` in Zoom, where hardly a path says `event`).

Query: argument values are left out (quoted text, e-mail addresses, URLs, identifiers, amounts, dates, names
given to things such as "the Marketing team"), though what they stand for counts a little (an address means
`email`, `#general` a channel, an identifier's prefix names its resource: `cus_` a customer). Users' words and
phrases map to the API's concepts (`money back` -> refund, `kill` -> delete); words that name an argument
("from my boss", "that the build is green") weigh less; a word also counts a little as the API's words for its
other forms (`watching`: watch, watcher; `upvote`: vote); someone added to or taken out of something ("add
Dana to the Design team") speaks of members; a question prefers operations that read. The best operations by
these words are then weighed by how much of their path the query speaks of, by intent and by priors any API
shares (deprecated and generic operations last, the same operation in another version or under another parent
after the first two).
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .vocabulary import VOCABULARY

INDEX_VERSION = 3
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP = _set(
    """a an and are as at be by can do does for from has have how i if in into is it its me my of on or our
    please that the their them then there these this to was we what when where which who will with you your
    want need would like could should some any via using use used per all also just so up out about
    were been being am anything something nothing since until till whether here really actually still yet
    already ever very too else us they he him his she her hers those than onto off over down away back
    anymore nobody anyone everyone somebody whatever but once own though although because why again
    s t m re ve ll d"""
)
_KEEP_S = ("ss", "us", "is", "os", "as", "ys")

FIELD_WEIGHTS = {
    "name": 2.0,
    "summary": 3.0,
    "resource": 2.5,
    "path": 1.5,
    "verb": 2.0,
    "tags": 1.0,
    "description": 1.0,
    "params": 0.5,
}
"""How much a word counts in each field of an operation (BM25F-style weighted term frequency)."""
FIELD_B = {"description": 0.75, "params": 0.5}
"""Length normalisation per field; the other fields use `B`."""
K1, B = 1.2, 0.3

LITERAL_WEIGHT = 0.5
"""A query word that belongs to the vocabulary counts as itself at this weight..."""
EXPANSION_WEIGHT = 0.7
"""...and as each concept it is an API word of at this weight (an API that says the word has the concept)."""
USER_WEIGHT = 1.0
"""A word users say for a concept (`boss` for manager) counts as the concept at this weight..."""
SHARED_WEIGHT = 0.7
"""...unless the API also uses the word for something of its own."""
PHRASE_WEIGHT = 1.0
"""A phrase users say (`get rid of`) counts as its concepts at this weight."""
IMPLIED_WEIGHT = 0.3
"""A change with no operation of its own (pause, rename) also counts as an update at this share."""
SELF_WEIGHT = 0.5
"""`my`, `I`: the caller, which APIs call `me` (`/me`, `/users/me`: an operation whose resource is `me` is
indexed under it; those under it, `/me/events`, are raised by SELF_SHARE)."""
VALUE_WEIGHT = 0.3
"""What an argument value stands for: `email` for an address, `amount` for a sum, `url` for a URL."""
ID_PREFIX_WEIGHT = 0.5
"""What an identifier's prefix abbreviates (`cus_8Fk2` -> customer)."""
POSSESSIVE_WEIGHT = 0.3
"""Someone's (`Ana's calendar`): another user."""
MEMBER_WEIGHT = 0.7
"""Someone put into or taken out of something ("add Dana and Ben to the Design team", "take Omar out of the
Contractors group", "invite ana@x.com into the workspace"): the request is about the thing's members (and
users), and adds (or removes) one, at this weight."""
CHANNEL_WEIGHT = 0.5
"""`#general`: a channel."""
RELATED_WEIGHT = 0.6
"""A word also counts, at this share, as the API's words for other forms of it (`watching`: watch, watcher)."""
ARGUMENT_WEIGHT = 0.5
"""Words that name an argument rather than the operation weigh this much: the two after `from`, `about`,
`regarding`, `with`, `for` (up to a place: "from my boss in my inbox"), and the first four of a clause
after `where` or `that` ("that the build is green")."""
TECHNICAL = 0.8
"""A query of three words or more this much made of the words of the API's paths is read literally: each
word counts fully as itself, and its everyday senses count less."""

PATH_SHARE = 0.4
"""How much of a score depends on the query speaking of every word of the operation's path (weighed by
how rare each word is)."""
READ_BOOST = 0.5
"""A question (`what's on...?`, `which...`) raises operations that read by this share..."""
LIST_BOOST = 0.2
"""...and those that list a collection by this much more."""
READ_VERB_WEIGHT = 0.5
"""In a question, words for changes describe what is asked about ("anything new?"): they weigh this much."""
WRITE_BOOST = 0.2
"""A request for a change (`cancel...`, `add...`) raises operations that write by this share."""
DEPRECATED = 0.8
GENERIC = 0.7
"""Operations whose path takes the kind of object as a parameter (`/apis/{group}/{version}/{plural}`)."""
TWIN_FACTOR = 0.95
"""Each further operation that does the same as one ranked above (same method, summary and resource: another
API version, another parent path) weighs this much less, after the first two (not for a query in the API's
own words, which names the one it means)."""
SELF_SHARE = 0.4
"""A query that speaks of the caller (`my`, `I`) raises the operations on the caller's own objects (a path or
name that says `me`: `/me/events`, `/users/me`) by this share."""
ACTION_MATCH = 0.2
"""A request that opens with an action the API names an operation's last path segment with (`search my
OneDrive...`: `/drives/{id}/search`; `merge MR !342`: `.../merge`) raises that operation by this share."""
RERANK = 200
"""Operations, best first by their word scores, that the path, intent and priors then weigh."""
CENTRAL = 0.5
"""An operation on a resource much of the API lives under (`/me/messages`, `/v1/customers`) rather than on a
rare corner of it (`/me/mailFolders/{id}/childFolders/{id}/messageRules`) weighs up to this share more: what
users ask for in their own words is mostly the everyday operation, while word scores favour rare words. Not
for a query in the API's own words, which names the one it means."""
VERB_AGREEMENT = 0.2
"""A request that opens with an action (`delete...`, `change...`, `add...`) raises the operations whose method
does that action (DELETE; PATCH or PUT; POST) by this share."""


def fold(word: str) -> str:
    """Plural folding: `policies` -> `policy`, `boxes` -> `box`, `events` -> `event`, `status` stays."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-1]
    return word


def _fold_word(word: str) -> str:
    """`fold`, but a stop word stays as it is (`does` is not a `doe`)."""
    return word if word in _STOP else fold(word)


def words(text: str) -> list[str]:
    """Folded lowercase words of `text`, stop words left out: `listNamespacedPod` -> list, namespaced, pod."""
    return [w for w in _sequence(text) if _content(w)]


def _sequence(text: str) -> list[str]:
    """All folded words of `text`, stop words kept (compounds and phrases span them); an API version
    (`v1beta1`) stays one word."""
    out: list[str] = []
    for chunk in text.split():
        if _VERSION.match(chunk.lower()):
            out.append(chunk.lower())
        else:
            out.extend(_fold_word(raw.lower()) for raw in _WORD.findall(chunk))
    return out


def _content(word: str) -> bool:
    return word not in _STOP and (len(word) > 1 or word.isdigit())


_TAG = re.compile(r"<[^<>]*>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")


def plain(text: str) -> str:
    """`text` without markup: HTML tags, link targets and URLs left out."""
    return _URL.sub(" ", _MD_LINK.sub(r"\1", _TAG.sub(" ", text)))


def first_sentence(text: str) -> str:
    """The first sentence of `text` (at most 200 characters), markup left out."""
    first = plain(text).strip().split("\n", 1)[0]
    for stop in (". ", "; "):
        if stop in first:
            first = first.split(stop, 1)[0]
    return first[:200]


_VERSION = re.compile(r"^v\d+([a-z]+\d*)?(\.\d+)*$")
_PARAM = re.compile(r"\{[^{}]*\}")


def route(path: str) -> tuple[list[str], list[str]]:
    """The literal segments of a path key, as (context, resource): the last one names what the operation
    acts on or does (`reply` of `/me/messages/{id}/microsoft.graph.reply`, the `members` of
    `/groups/{id}/members/$ref`); a path whose kind of object is a parameter has no resource.
    """
    raw = [_PARAM.sub("", seg) for seg in path.split("?", 1)[0].split("/")]
    while raw and not raw[-1].strip("()'=$"):
        raw.pop()
    segments = [s for s in raw if s.strip("()'=$") and not _VERSION.match(s)]
    if not segments:
        return [], []
    last = segments[-1]
    at = len(raw) - 1 - raw[::-1].index(last)
    context = [s for k, s in enumerate(raw) if k != at and s.strip("()'=$")]
    if generic(path) and path.rstrip("/").endswith("}"):
        return segments, []
    head, dot, tail = last.rstrip("().'=").rpartition(".")
    if dot and len(tail) > 3:
        context.append(head)
        last = tail
    if last.startswith("$") and context:
        return context[:-1], [context[-1], last]
    return context, [last]


def namespaces(path: str) -> frozenset[str]:
    """The words of the path's namespaces, which name no resource: a segment right before an API version
    (`apps` of `/apis/apps/v1/...`, `api` of `/api/v1/...`) and a domain name (`rbac.authorization.k8s.io`).
    Users do not say them: an operation's path is no less spoken of when they are
    left unsaid."""
    segments = path.split("?", 1)[0].strip("/").split("/")
    out: set[str] = set()
    for segment, following in itertools.pairwise([*segments, ""]):
        tail = segment.rsplit(".", 1)[-1]
        group = bool(_VERSION.match(following)) and not segment.startswith("{")
        if group or ("." in segment and 2 <= len(tail) <= 3 and tail.isalpha()):
            out.update(_sequence(segment.replace(".", " ")))
        elif segment == "$ref":
            # OData's link to an object (`/groups/{id}/members/$ref`): the link itself
            out.add("ref")
    return frozenset(out)


def generic(path: str) -> bool:
    """Whether the path's kind of object is itself a parameter (`/apis/{group}/{version}/{plural}`): a
    fallback that serves many kinds of object, none in particular."""
    segments = path.split("?", 1)[0].strip("/").split("/")
    params = [s.startswith("{") and s.endswith("}") for s in segments]
    return any(a and b for a, b in itertools.pairwise(params))


_Concepts = dict[str, tuple[str, ...]]
_Phrases = dict[tuple[str, ...], tuple[str, ...]]


def _vocabulary() -> tuple[_Concepts, _Phrases]:
    """API words (folded, compounds joined: `paymentmethod`) to their concepts, and users' words and phrases
    (folded words) to theirs. A concept is named after the first word of its entry: `~refund`.
    """
    said: dict[str, set[str]] = {}
    heard: dict[tuple[str, ...], set[str]] = {}
    for entry in VOCABULARY:
        api, _, users = entry.partition("|")
        names = api.split()
        concept = "~" + fold(names[0].lower())
        for name in names:
            said.setdefault(fold(name.lower()), set()).add(concept)
        for phrase in users.split(","):
            key = tuple(_fold_word(w) for w in re.findall(r"[a-z0-9]+", phrase.lower()))
            if key:
                heard.setdefault(key, set()).add(concept)
    return {w: tuple(sorted(c)) for w, c in said.items()}, {p: tuple(sorted(c)) for p, c in heard.items()}


CONCEPTS, PHRASES = _vocabulary()
"""A word's concepts: an operation that says `meeting` is indexed under `~appointment` too, with the
concept's own frequency across the API, so a synonym weighs what the idea weighs, not what a rare word
weighs. PHRASES: what users say, to the concepts they mean."""
_LONGEST = max((len(p) for p in PHRASES), default=1)
_PAIRS = {p[:2] for p in PHRASES if len(p) > 1}
_WRITES = _set(
    "~create ~update ~delete ~cancel ~send ~reply ~forward ~upload ~accept ~decline ~start ~stop ~resume ~restart "
    "~restore ~share ~copy ~move ~archive ~assign ~capture ~increment ~attach ~detach ~finalize"
)
_VERBS = _WRITES | {"~get", "~list", "~search", "~count", "~verify", "~download"}
"""Concepts that are actions (the rest are things)."""
_IMPLIED = {
    "~cancel": "~delete",
    **dict.fromkeys(
        ("~stop", "~resume", "~increment", "~archive", "~move", "~scale", "~cordon", "~flag", "~finalize"),
        "~update",
    ),
}
"""Actions that APIs often do with another operation: cancelling by deleting, pausing by updating."""


def _word_concepts(ws: Sequence[str], k: int) -> set[str]:
    """The concepts of the word at `k` of `ws`, and of the compounds it starts (`payment method`)."""
    found = set(CONCEPTS.get(ws[k], ()))
    joined = ws[k]
    for nxt in ws[k + 1 : k + 3]:
        joined += nxt
        found.update(CONCEPTS.get(fold(joined), ()))
    return found


ADOPTION = 3
"""How many times more often an API must name its resources with a word users say for a thing than with the
vocabulary's words for it, for the word to carry the thing's concept there (see `_adopted`)."""


def _adopted(paths: Sequence[Sequence[str]]) -> dict[str, set[str]]:
    """Words users say for a thing that the API itself names its resources with, far more than with the
    idea's own words (`meeting` in Zoom's `/users/{userId}/meetings`, where hardly a path says `event`): there
    the word is the API's own, and it carries the idea's concept like the API words of the vocabulary do, so
    the concept weighs what the idea weighs in this API. `paths`: each operation's resource
    words."""
    spoken: dict[str, int] = {}
    said: dict[str, int] = {}
    for ws in paths:
        for w in set(ws):
            spoken[w] = spoken.get(w, 0) + 1
        for c in {c for k in range(len(ws)) for c in _word_concepts(ws, k)}:
            said[c] = said.get(c, 0) + 1
    out: dict[str, set[str]] = {}
    for phrase, concepts in PHRASES.items():
        word = phrase[0]
        if len(phrase) != 1 or word in CONCEPTS or not _content(word):
            continue
        things = {c for c in concepts if c not in _VERBS}
        if len(things) == 1 and spoken.get(word, 0) > ADOPTION * said.get(min(things), 0):
            out[word] = things
    return out


METHOD_VERBS = {
    "GET": "get",
    "HEAD": "get",
    "POST": "create",
    "PUT": "update",
    "PATCH": "update",
    "DELETE": "delete",
}
_MEDIA = frozenset(["content", "value", "media", "blob", "raw", "data", "bytes"])
"""Last path segments that are an object's content: reading them downloads, writing them uploads."""
_READ_ACTIONS = ("get", "list", "find", "search", "query", "check", "preview", "validate")
"""Actions (POST) that only read: `getSchedule`, `search/query`."""


def method_verbs(method: str, path: str) -> list[str]:
    """What the method does, in words: a GET on a collection lists, on one item gets; on content, it
    downloads (and a PUT uploads)."""
    method = method.upper()
    last = path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    media = last.lstrip("$").lower() in _MEDIA
    if method == "GET":
        verbs = ["get"] if last.startswith("{") else ["list", "get"]
        return [*verbs, "download"] if media else verbs
    verb = METHOD_VERBS.get(method, method.lower())
    return [verb, "upload"] if media and method in ("PUT", "POST", "PATCH") else [verb]


def _texts(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def build_index(documents: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The index of `documents` (one per operation, in order). A document maps `name`, `summary`,
    `description`, `tags` and `params` to text or lists of texts, `path` to the path key, `method` to the
    HTTP method, `verb` (optional) to what the method does in words (`method_verbs`) and `flags` to a
    list that has `deprecated` for a deprecated operation. Returns JSON-ready data: per term, the
    operations it occurs in with their BM25 weights (scaled to integers, so the file stays small); per
    operation, its path words, its kind (`r` reads or `w` writes; `d` deprecated, `g` generic, `l` lists,
    `m` on the caller's own objects)
    and the number of the operations it does the same as (its twins)."""
    fields_of: list[dict[str, list[str]]] = []
    paths: list[str] = []
    kinds: list[str] = []
    twins: list[int] = []
    keys: dict[tuple[str, str, str], int] = {}
    for doc in documents:
        path = " ".join(_texts(doc.get("path")))
        method = str(doc.get("method") or "GET").upper()
        context, resource = route(path)
        description = plain(" ".join(_texts(doc.get("description"))))
        summary = " ".join(_texts(doc.get("summary"))).strip() or first_sentence(description)
        f = {
            "name": _sequence(" ".join(_texts(doc.get("name")))),
            "summary": _sequence(summary),
            "resource": _sequence(" ".join(resource)),
            "path": _sequence(" ".join(context)),
            "verb": _sequence(" ".join(_texts(doc.get("verb")) or method_verbs(method, path))),
            "tags": _sequence(" ".join(_texts(doc.get("tags")))),
            "description": _sequence(description),
            "params": _sequence(" ".join(_texts(doc.get("params")))),
        }
        fields_of.append(f)
        spaces = namespaces(path)
        spoken = (w for w in f["path"] + f["resource"] if _content(w) and w not in spaces and not w.isdigit())
        paths.append(" ".join(dict.fromkeys(spoken)))
        action = (resource[0] if resource else "").lower()
        read = method in ("GET", "HEAD") or (method == "POST" and action.startswith(_READ_ACTIONS))
        deprecated = "deprecated" in _texts(doc.get("flags")) or "deprecated" in description[:200].lower()
        listing = method == "GET" and not path.split("?", 1)[0].rstrip("/").endswith("}")
        mine = "me" in f["path"] + f["resource"] + f["name"]
        flags = "d" * deprecated + "g" * generic(path) + "l" * listing + "m" * mine
        kinds.append(("r" if read else "w") + flags + _METHOD_LETTERS.get(method, ""))
        key = (method, " ".join(words(summary)), " ".join(f["resource"]))
        twins.append(keys.setdefault(key, len(keys)))
    n = len(fields_of)
    adopted = _adopted([f["resource"] for f in fields_of])
    lengths = [{field: sum(map(_content, f[field])) for field in FIELD_WEIGHTS} for f in fields_of]
    average = {field: (sum(ln[field] for ln in lengths) / n if n else 1.0) or 1.0 for field in FIELD_WEIGHTS}
    freqs: list[dict[str, float]] = []
    df: dict[str, int] = {}
    for f, length in zip(fields_of, lengths, strict=True):
        tf: dict[str, float] = {}
        for field, weight in FIELD_WEIGHTS.items():
            # the caller itself: `/me`, `/users/me`
            caller = field == "resource" and f[field] == ["me"]
            if not (length[field] or caller):
                continue
            b = FIELD_B.get(field, B)
            w = weight / (1 - b + b * max(1, length[field]) / average[field])
            ws = f[field]
            for k, word in enumerate(ws):
                if _content(word) or caller:
                    tf[word] = tf.get(word, 0.0) + w
                for concept in _word_concepts(ws, k) | adopted.get(word, set()):
                    tf[concept] = tf.get(concept, 0.0) + w
        freqs.append(tf)
        for term in tf:
            df[term] = df.get(term, 0) + 1
    postings: dict[str, list[int]] = {}
    for i, tf in enumerate(freqs):
        for term in sorted(tf):
            idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
            score = idf * tf[term] * (K1 + 1) / (tf[term] + K1)
            postings.setdefault(term, []).extend((i, max(1, round(score * 100))))
    return {
        "version": INDEX_VERSION,
        "documents": n,
        "terms": {t: postings[t] for t in sorted(postings)},
        "paths": paths,
        "kinds": kinds,
        "twins": twins,
        "central": central([" ".join(_texts(doc.get("path"))) for doc in documents]),
    }


_METHOD_LETTERS = {"POST": "C", "PUT": "U", "PATCH": "U", "DELETE": "D"}
"""The last letter of an operation's kind: the action its method does (create, update, delete)."""
_ACTION_LETTERS = {"~create": "C", "~update": "U", "~delete": "D"}


def _segments(path: str) -> tuple[str, ...]:
    """A path's segments, each parameter as `{}`, trailing parameters left out: `/users/{id}` -> (users,)."""
    segments = ["{}" if s.startswith("{") else s for s in _PARAM.sub("{}", path.split("?", 1)[0]).split("/") if s]
    while segments and segments[-1] == "{}":
        segments.pop()
    return tuple(segments)


def central(paths: Sequence[str]) -> list[int]:
    """How central each operation is to the API, 0 to 100: the share (on a log scale) of the API's operations
    at or under its path (`/me/messages`: every operation on a message; `/me/mailFolders/{id}/messageRules`:
    a few). An action or leaf one parameter below its parent (`/me/messages/{id}/move`) has nothing under
    it: it counts as the mean (geometric) of itself and its parent, since it acts on the parent's
    object."""
    under: dict[tuple[str, ...], int] = {}
    exact: dict[tuple[str, ...], int] = {}
    keys = [_segments(p) for p in paths]
    for key in keys:
        exact[key] = exact.get(key, 0) + 1
        for k in range(len(key) + 1):
            under[key[:k]] = under.get(key[:k], 0) + 1

    def below(prefix: tuple[str, ...]) -> int:
        """Operations at or under `prefix`; a parameter in place of a kind of object (a generic path) stands
        for any segment."""
        if not any(a == b == "{}" for a, b in itertools.pairwise(prefix)):
            return under[prefix]
        n = len(prefix)
        return sum(len(k) >= n and all(p in ("{}", s) for p, s in zip(prefix, k, strict=False)) for k in keys)

    scale = math.log(1 + max(2, len(paths)))
    out = []
    for key in keys:
        count = float(below(key))
        parent = key[:-1]
        while parent and parent[-1] == "{}":
            parent = parent[:-1]
        if under[key] == exact[key] and len(key) > len(parent) + 1:
            count = max(count, math.sqrt(count * below(parent)))
        out.append(round(100 * math.log(1 + count) / scale))
    return out


# Query understanding: what a user types, without its argument values, as the API's words and concepts.

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_QUOTED = re.compile(r"(?:(?<=\s)|^)'[^']+'(?=[\s.,;:!?)]|$)|\"[^\"]*\"")
_EMAIL = re.compile(r"\S+@\S+")
_MONEY = re.compile(r"[$\u20ac\u00a3]\s?\d|\d\s?(?:usd|eur|gbp|dollars?|euros?|cents?)\b", re.I)
_PERCENT = re.compile(r"\d\s?%|\bpercent\b", re.I)
_ASSIGNMENT = re.compile(r"\S+=\S*")
_FILE = re.compile(r"\b[\w-]+\.(?:docx?|xlsx?|pptx?|pdf|txt|csv|png|jpe?g|gif|zip|xml|md|html?)\b", re.I)
_CONFIG_FILE = re.compile(r"\b[\w-]*\.(?:conf|cfg|ini|ya?ml|json|toml|properties|env)\b", re.I)
_DOMAIN = re.compile(r"\b(?:[\w-]+\.)+[a-z]{2,6}\b/?\S*", re.I)
_NEGATION = re.compile(r"\b(won|can|ca|don|doesn|didn|isn|aren|wasn|weren|hasn|haven|hadn|shouldn|wouldn|couldn)'t\b")
_POSSESSIVE = re.compile(r"(?<=[a-z\s(])[A-Z][a-z]+'s\b")
_CHANNEL = re.compile(r"(?<![\w&#])#[A-Za-z][\w.-]*")
"""A channel as chats write it (`#general`, `#proj-falcon`)."""
_PERSON = r"(?:[A-Z][a-z]+|\S+@\S+)"
_MEMBERSHIP = re.compile(
    rf"\b(add|put|invite|bring|remove|kick|take|drop)\s+{_PERSON}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){_PERSON})*"
    r"\s+(?:to|into|in|from|out of|onto|on)\b"
)
"""Someone (a name, an address) put into or taken out of something."""
_CALLED = re.compile(r"\b(\w+)\s+(called|named|titled)\s+(?:\"[^\"]*\"|'[^']+'|(?:[A-Z][\w.-]*\s*)+|[\w.-]+)")
"""A name given to a thing ("a namespace called staging"): the name is an argument value."""
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z_][\w.-]*")
"""A handle as social sites write it (`@jack`): a user, by their username."""
HANDLE_WEIGHT = 0.5
_CALLERS = _set("who whom i we you he she they someone somebody anyone everyone nobody that which people")
_CLITIC = re.compile(r"'(s|re|ve|m|ll|d)\b")
_CLITICS = {"s": " is", "re": " are", "ve": " have", "m": " am", "ll": " will", "d": " would"}
_VERSION_WORD = re.compile(r"\bv\d+(?:[a-z]+\d*)?\b")
_ID = re.compile(r"\b[A-Za-z]*[-_]?[A-Za-z0-9]*\d[\w-]*|\b[a-z]{2,6}_[A-Za-z0-9_]+")
_ID_PREFIX = re.compile(r"^([A-Za-z]{2,})[-_]")
_TOKEN = re.compile(r"[A-Za-z0-9]+|[.,;:!?()\[\]|]|\s-\s")
_VALUE_WORDS = _set(
    """today tomorrow yesterday tonight morning afternoon evening night noon midnight
    monday tuesday wednesday thursday friday saturday sunday weekend week month year hour minute second
    day am pm next last ago earlier later soon now asap recently lately
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
    hundred thousand million dozen half"""
)
"""Words that give an argument's value (when, how many) rather than the operation."""
_SELF_WORDS = frozenset({"my", "mine", "me", "myself", "i"})
_READ_OPENERS = _set(
    """what which who whom whose where when why how is are was were did does do has have any anything
    anyone show list find display view see lookup"""
)
_IRREGULAR = dict(
    pair.split(":")
    for pair in _set(
        "sent:send paid:pay bought:buy sold:sell got:get gotten:get made:make took:take taken:take gave:give "
        "given:give left:leave kept:keep ran:run wrote:write written:write spent:spend held:hold told:tell "
        "brought:bring found:find lost:lose met:meet began:begin begun:begin shut:shut put:put set:set "
        "went:go gone:go did:do done:do saw:see seen:see knew:know known:know chose:choose chosen:choose "
        "broke:break broken:break froze:freeze frozen:freeze stole:steal stolen:steal drew:draw drawn:draw"
    )
)
"""Verb forms that do not end as the rest do."""
_PARTICLES = _set("off up down out back away over on into")
"""The second word of a phrasal verb, which may come after the object ("pass the invoice on")."""
_ARGUMENT_MARKS = _set("from about regarding with for")
_PLACES = _set("in on at to into onto inside within under")
"""Prepositions that start a phrase of their own: "from my boss in my inbox"."""
_CLAUSE_MARKS = _set("where saying")
"""Words after which a clause gives an argument's value ("where the build failed", "saying I'll join")."""
_CLAUSE_STARTS = _set("the a an i we you he she they it my our his her their this")


_DETERMINERS = _set("the my our your their his her its this that")


def _titled(tokens: Sequence[str], k: int, known: Callable[[str], bool]) -> bool:
    """Whether the capitalised word at `k` is part of a name given to a thing, even if it is a word of the
    API: capitalised words after `the`, `my`... and before the kind of thing they name ("the Reports folder",
    "my Work notebook", "the All-Staff group")."""
    i = k
    while i > 0 and tokens[i - 1].istitle():
        i -= 1
    j = k
    while j + 1 < len(tokens) and tokens[j + 1].istitle():
        j += 1
    after = tokens[j + 1] if j + 1 < len(tokens) else ""
    return (
        i > 0 and tokens[i - 1].lower() in _DETERMINERS and after.isalpha() and after.islower() and known(fold(after))
    )


def _clean(query: str, known: Callable[[str], bool]) -> tuple[list[str], list[tuple[str, float]]]:
    """The query's words (lowercase, folded, stop words kept, "" between clauses) once argument values are
    left out, and the words the values stand for, with their weights. `known`: whether the index has a
    word (an identifier made only of the API's words, `apiextensions.k8s.io`, is not a value).
    """
    text = query.translate(_APOSTROPHES)
    hints: list[tuple[str, float]] = []

    def called(m: re.Match[str]) -> str:
        if m.group(1).lower() in _CALLERS:
            return m.group(0)
        hints.append(("title" if m.group(2) == "titled" else "name", VALUE_WEIGHT))
        return m.group(1) + " , "

    text = _CALLED.sub(called, text)
    for pattern, hint in ((_EMAIL, "email"), (_URL, "url"), (_MONEY, "amount"), (_PERCENT, "percent")):
        if pattern.search(text):
            hints.append((hint, VALUE_WEIGHT))
    if _CHANNEL.search(text):
        hints.extend([("channel", CHANNEL_WEIGHT), ("~channel", CHANNEL_WEIGHT)])
    if _HANDLE.search(text):
        hints.extend([("username", HANDLE_WEIGHT), ("~user", HANDLE_WEIGHT)])
    text = _HANDLE.sub(" ", _CHANNEL.sub(" ", _EMAIL.sub(" ", _QUOTED.sub(" ", text))))
    text = _FILE.sub(" file ", _ASSIGNMENT.sub(" , ", text))
    text = _DOMAIN.sub(" ", _URL.sub(" ", _CONFIG_FILE.sub(" config file ", text)))
    text = _NEGATION.sub(
        lambda m: {"won": "will", "ca": "can", "can": "can"}.get(m.group(1), m.group(1)[:-1]) + " not", text
    )
    if _POSSESSIVE.search(text):
        hints.append(("user", POSSESSIVE_WEIGHT))
    membership = _MEMBERSHIP.search(text)
    if membership:
        hints.extend([("~member", MEMBER_WEIGHT), ("member", MEMBER_WEIGHT / 2), ("~user", MEMBER_WEIGHT / 2)])
        out = membership.group(1).lower() in ("remove", "kick", "take", "drop")
        hints.append(("~delete" if out else "~create", MEMBER_WEIGHT))
    text = _CLITIC.sub(lambda m: _CLITICS[m.group(1)], text)
    hints.extend((m.lower(), 1.0) for m in _VERSION_WORD.findall(text))
    text = _VERSION_WORD.sub(" ", text)

    def identifier(m: re.Match[str]) -> str:
        parts = [fold(w.lower()) for w in _WORD.findall(m.group(0)) if len(w) > 2 and not w.isdigit()]
        if parts and all(known(w) for w in parts):
            return " " + m.group(0).replace("_", " ").replace("-", " ") + " "
        prefix = _ID_PREFIX.match(m.group(0))
        if prefix:
            hints.append(("#" + fold(prefix.group(1).lower()), ID_PREFIX_WEIGHT))
        return " , "

    text = _ID.sub(identifier, text)
    seq: list[str] = []
    start = True
    tokens = _TOKEN.findall(text)
    joined = -1
    for k, token in enumerate(tokens):
        if k == joined:
            continue
        if not token[0].isalnum():
            seq.append("")
            start = start or token.strip() in ".!?:;-"
            continue
        lower = _fold_word(token.lower())
        after = _fold_word(tokens[k + 1].lower()) if k + 1 < len(tokens) else ""
        pair = fold(token.lower() + tokens[k + 1].lower()) if k + 1 < len(tokens) else ""
        if token.istitle() and tokens[k + 1 : k + 2] != [] and tokens[k + 1].istitle() and known(pair):
            seq.append(pair)  # a name the API writes as one word (To Do: todo)
            joined, start = k + 1, False
            continue
        name = not start and token.istitle() and len(token) > 1 and (lower not in CONCEPTS or _titled(tokens, k, known))
        if name and (lower,) not in PHRASES and (lower, after) not in _PAIRS:
            continue  # a name given to something (the Contracts folder, Dana): an argument value
        start = False
        seq.extend(_fold_word(w.lower()) for w in _WORD.findall(token))
    return seq, hints


def read_intent(query: str) -> bool:
    """Whether the query asks about something (a question) rather than asks for a change."""
    text = query.strip()
    first = next(iter(_WORD.findall(text.lower())), "")
    return text.endswith("?") or first in _READ_OPENERS


def _stems(word: str) -> list[str]:
    """What `word` may be a verb form of: `cancelled` -> cancell, cancel; `charging` -> charg, charge."""
    stems = [_IRREGULAR[word]] if word in _IRREGULAR else []
    for ending, back in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ied", "y"), ("d", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: len(word) - len(ending)]
            stems.append(stem + back)
            if len(stem) > 3 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])
    return stems


_PREFIXES = ("un", "up", "re", "de")
"""Prefixes a word may carry over the API's word (`upvote`, `unpin`)."""


def _abbreviates(word: str, short: str) -> bool:
    """Whether `short` is `word` with letters left out (`acct` of `account`)."""
    if not word.startswith(short[0]):
        return False
    rest = iter(word[1:])
    return all(c in rest for c in short[1:])


def _scaled(concept: Mapping[str, float], factor: float) -> dict[str, float]:
    return {term: weight * factor for term, weight in concept.items()}


class Searcher:
    """Ranks operations for a query over an index from `build_index`."""

    def __init__(self, index: Mapping[str, Any]) -> None:
        if index.get("version") != INDEX_VERSION:
            raise ValueError(f"search index version {index.get('version')} is not {INDEX_VERSION}")
        self.terms: Mapping[str, list[int]] = index["terms"]
        self.paths: list[list[str]] = [p.split() for p in index["paths"]]
        self.kinds: Sequence[str] = index["kinds"]
        self.twins: Sequence[int] = index["twins"]
        self.central: Sequence[int] = index["central"]
        n = max(1, index["documents"])
        self.path_idf: dict[str, float] = {}
        """The API's path words, each with how rare it is."""
        for parts in self.paths:
            for p in parts:
                if p not in self.path_idf:
                    df = len(self.terms.get(p, ())) // 2 or 1
                    self.path_idf[p] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        self._initials: dict[str, set[tuple[str, str]]] | None = None
        self.pairs = {pair for parts in self.paths for pair in itertools.pairwise(parts)}
        """Two words one after the other in the API's paths (`purchase order` of `/PurchaseOrders`)."""

    def _lemma(self, word: str) -> str:
        """`word` without the ending of a verb form (`cancelled`, `charging`, `applied`), when the API or
        the vocabulary knows the bare word."""
        for stem in _stems(word):
            if stem in self.terms or stem in CONCEPTS or (stem,) in PHRASES:
                return stem
        return word

    def _related(self, word: str) -> list[str]:
        """The API's words for other forms of `word`: its bare verb (`watching` -> watch), the one who does it
        (`watcher`, `voter`), and the word without a prefix (`upvote` -> vote, `unpin` ->
        pin)."""
        bases = [word, *_stems(word)]
        bases += [word[len(p) :] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 3]

        forms = [*bases, *(b + ("r" if b.endswith("e") else "er") for b in bases)]
        return [f for f in dict.fromkeys(forms) if f != word and f in self.terms]

    def _abbreviation(self, prefix: str) -> list[dict[str, float]]:
        """What an identifier's prefix abbreviates, among the words of the API's paths: the word it starts
        or leaves letters out of (`cus_` customer, `acct_` account; the most common one if it is far more
        common than any other), or the two consecutive words it gives the initials of (`pi_` payment
        intent)."""
        found: set[tuple[str, ...]] = set()
        if len(prefix) >= 3:
            for match in (str.startswith, _abbreviates):
                found = {(w,) for w in self.path_idf if match(w, prefix)}
                if found:
                    break
            ranked = sorted(found, key=lambda w: -len(self.terms.get(w[0], ())))
            if len(ranked) > 1 and len(self.terms.get(ranked[0][0], ())) >= 3 * len(self.terms.get(ranked[1][0], ())):
                found = {ranked[0]}
        elif len(prefix) == 2:
            if self._initials is None:
                self._initials = {}
                for parts in self.paths:
                    for a, b in itertools.pairwise(parts):
                        self._initials.setdefault(a[0] + b[0], set()).add((a, b))
            found = set(self._initials.get(prefix, ()))
        if len(found) != 1:
            return []
        out = []
        for w in found.pop():
            concept = {w: 1.0}
            concept.update(dict.fromkeys(CONCEPTS.get(w, ()), EXPANSION_WEIGHT))
            out.append(concept)
        return out

    def _phrases(self, seq: Sequence[str]) -> tuple[dict[int, tuple[str, ...]], list[bool]]:
        """Where the phrases users say start in `seq`, longest first ("do not disturb" before "to do"), then
        those of two words apart: a verb and its particle after the object ("pass the invoice on"), any
        other two with at most two words between ("let everyone know"); and which words they take.
        """
        taken = [not w for w in seq]
        starts: dict[int, tuple[str, ...]] = {}
        for n in range(min(_LONGEST, len(seq)), 1, -1):
            for i in range(len(seq) - n + 1):
                key = tuple(seq[i : i + n])
                if key in PHRASES and not any(taken[i : i + n]):
                    starts[i] = key
                    taken[i : i + n] = [True] * n
        for i, word in enumerate(seq):
            for j in range(i + 2, min(i + 6, len(seq))):
                if not seq[j - 1]:
                    break
                near = j - i - 1 <= (4 if seq[j] in _PARTICLES else 2)
                if near and not taken[i] and not taken[j] and (word, seq[j]) in PHRASES:
                    starts[i] = (word, seq[j])
                    taken[i] = taken[j] = True
                    break
        return starts, taken

    def concepts(self, query: str) -> list[dict[str, float]]:
        """The query as concepts, one per idea it speaks of, each a mapping of index terms to weights: a
        word as itself and as the concepts of the vocabulary it belongs to, a phrase users say as its
        concepts, two words an API writes as one (`config map`) as that word, and the hints of the values.
        """
        return self._read(query)[0]

    def _read(self, query: str) -> tuple[list[dict[str, float]], bool, set[str]]:
        """The query's concepts (see `concepts`), whether it is written in the API's own words, and the
        actions its first word asks for."""
        seq, hints = _clean(query, self.terms.__contains__)
        starts, taken = self._phrases(seq)
        named = {k for i, pair in enumerate(itertools.pairwise(seq)) if pair in self.pairs for k in (i, i + 1)}
        content = [w for w in seq if _content(w) and w not in _VALUE_WORDS and not w.isdigit()]
        technical = len(content) >= 3 and sum(w in self.path_idf for w in content) >= TECHNICAL * len(content)
        first = next((i for i, w in enumerate(seq) if _content(w) and w not in _SELF_WORDS), -1)
        question = read_intent(query)
        found: list[dict[str, float]] = []
        action: set[str] = set()
        argument = 0
        for i, word in enumerate(seq):
            if not word or word in _PLACES:
                argument = 0
            elif word in _ARGUMENT_MARKS:
                argument = 2
            elif word in _CLAUSE_MARKS or (word == "that" and i + 1 < len(seq) and seq[i + 1] in _CLAUSE_STARTS):
                argument = 4
            concept: dict[str, float] = {}
            if i in starts:
                concept = dict.fromkeys(PHRASES[starts[i]], PHRASE_WEIGHT)
                if not taken[i + 1] and _content(word):  # words apart: the first keeps its own sense too
                    for term, weight in self._word(word, technical, i == first, i in named).items():
                        concept[term] = max(concept.get(term, 0.0), weight)
            elif taken[i]:
                continue
            elif word in _SELF_WORDS:
                concept = {"me": SELF_WEIGHT}
            elif word in _VALUE_WORDS:
                if technical and word in self.terms:
                    concept = {word: 1.0}
                elif word in self.path_idf:
                    # the API names something so (`/me/player/recently-played`)
                    concept = {word: LITERAL_WEIGHT}
            elif not word.isdigit() and (_content(word) or (word,) in PHRASES):
                concept = self._word(word, technical, i == first, i in named)
                if question:
                    concept = {t: w * (READ_VERB_WEIGHT if t in _WRITES else 1.0) for t, w in concept.items()}
                if concept and argument and _content(word):
                    argument -= 1
                    concept = _scaled(concept, ARGUMENT_WEIGHT)
            for c, weight in list(concept.items()):
                if c in _IMPLIED and _IMPLIED[c] not in concept:
                    concept[_IMPLIED[c]] = weight * IMPLIED_WEIGHT
            if concept:
                found.append(concept)
                if i == first:
                    verb = any(c in _VERBS for c in concept)
                    action = {c for c in concept if c in _WRITES or (verb and not c.startswith("~"))}
        for a, b in itertools.pairwise(seq):
            joined = fold(a + b)
            if _content(a) and _content(b) and (joined in self.terms or joined in CONCEPTS):
                concept = {joined: 1.0} if joined in self.terms else {}
                concept.update(dict.fromkeys(CONCEPTS.get(joined, ()), EXPANSION_WEIGHT))
                found.append(concept)
        for hint, weight in hints:
            if hint.startswith("#"):
                found.extend(_scaled(c, weight) for c in self._abbreviation(hint[1:]))
            else:
                found.append({hint: weight})
        merged: dict[frozenset[str], dict[str, float]] = {}
        for concept in found:
            merged.setdefault(frozenset(concept), concept)
        return list(merged.values()), technical, action

    def _word(self, word: str, technical: bool, first: bool, paired: bool = False) -> dict[str, float]:
        """One word of the query as itself and its concepts. In the first place of a request a word users
        say for an action is that action ("email Dana"); elsewhere, if it also names a thing, it is the
        thing ("the email from Dana"). `paired`: the word and one beside it are two words in a row of the
        API's paths ("purchase order" of `/PurchaseOrders`): the word is read as the API's own.
        """
        heard = PHRASES.get((word,), ())
        said: tuple[str, ...] = ()
        concept: dict[str, float] = {}
        if _content(word):
            if word not in self.terms and word not in CONCEPTS and not heard:
                word = self._lemma(word)
                heard = PHRASES.get((word,), ())
            if word not in self.terms and word.startswith("re") and word[2:] in self.terms:
                word = word[2:]  # resend -> send
            said = CONCEPTS.get(word, ())
            own = word in self.path_idf and not said  # the API names something so: the word in its own sense
            paired = paired and word in self.path_idf
            literal = (technical and (said or own)) or not (said or heard) or paired
            concept[word] = 1.0 if literal else LITERAL_WEIGHT
            concept.update(dict.fromkeys(said, EXPANSION_WEIGHT))
            for form in self._related(word):
                concept[form] = max(concept.get(form, 0.0), RELATED_WEIGHT * concept[word])
        else:
            own = False
        things = [c for c in (*said, *heard) if c not in _VERBS]
        for c in heard:
            if c in _VERBS and things and not first:
                continue
            full = not (said or (own and technical) or paired) or (first and c in _VERBS)
            concept[c] = max(concept.get(c, 0.0), USER_WEIGHT if full else SHARED_WEIGHT)
        return concept

    def search(self, query: str, limit: int = 5, allowed: Iterable[int] | None = None) -> list[tuple[int, float]]:
        """(operation number, score) of the best `limit` operations, best first; ties by number."""
        concepts, technical, action = self._read(query)
        letters = {_ACTION_LETTERS[a] for a in action if a in _ACTION_LETTERS}
        scores: dict[int, float] = {}
        for concept in concepts:
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
        asked = {term for concept in concepts for term in concept}
        mine = "me" in asked
        question = read_intent(query)
        change = not (question or technical) and any(c in _WRITES for c in asked)
        # The path factor lowers a score by PATH_SHARE at most: operations far below the best cannot win.
        candidates = heapq.nsmallest(max(RERANK, limit), scores.items(), key=lambda item: (-item[1], item[0]))
        weighed = []
        for doc, score in candidates:
            kind = self.kinds[doc]
            factor = 1 - PATH_SHARE + PATH_SHARE * self._coverage(self.paths[doc], asked)
            if question and kind.startswith("r"):
                factor *= 1 + READ_BOOST + LIST_BOOST * ("l" in kind)
            elif change and kind.startswith("w"):
                factor *= 1 + WRITE_BOOST
            parts = self.paths[doc]
            if parts and parts[-1] in action:
                factor *= 1 + ACTION_MATCH
            if change and kind[-1] in letters:
                factor *= 1 + VERB_AGREEMENT
            if mine and "m" in kind:
                factor *= 1 + SELF_SHARE
            if "d" in kind:
                factor *= DEPRECATED
            if "g" in kind:
                factor *= GENERIC
            if not technical:
                factor *= 1 + CENTRAL * self.central[doc] / 100
            weighed.append((doc, score * factor))
        weighed.sort(key=lambda item: (-item[1], item[0]))
        seen: dict[int, int] = {}
        ranked = []
        for doc, score in weighed:
            twin = self.twins[doc]
            seen[twin] = seen.get(twin, 0) + 1
            ranked.append((doc, score * (1.0 if technical else TWIN_FACTOR ** max(0, seen[twin] - 2))))
        ranked.sort(key=lambda item: (-item[1], item[0]))
        return [(doc, score / 100) for doc, score in ranked[:limit]]

    def _coverage(self, parts: Sequence[str], asked: set[str]) -> float:
        """The share of an operation's path words (weighed by how rare each is) the query speaks of: of two
        operations that match the same words, the one whose path says nothing more (`/groups/{id}` rather
        than `/groups/{id}/planner`) is what was asked for."""
        if not parts:
            return 1.0
        total = hit = 0.0
        for p in parts:
            weight = self.path_idf.get(p, 1.0)
            total += weight
            if p in asked or any(c in asked for c in CONCEPTS.get(p, ())):
                hit += weight
        return hit / total if total else 1.0
