"""Words for operation search (`search.py`): how a text, an operation's route and a method read as lowercase
words with plural endings folded, and the vocabulary of the words users say for API verbs and nouns, read as
concepts (`~refund`). Shipped beside `search.py` in every discovery package; standard library only.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Sequence

from .vocabulary import VOCABULARY

WORD = re.compile(
    r"[A-Z]{2,}s(?![a-z])|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+"
)
"""A word of text or of a name: camelCase and runs of capitals split (`HTTPServer`: HTTP, Server), an acronym's
plural kept whole (`PRs`, `IPs`, `URLs`: not `P` and `Rs`)."""


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP = word_set(
    """a an and are as at be by can do does for from has have how i if in into is it its me my of on or our
    please that the their them then there these this to was we what when where which who will with you your
    want need would like could should some any via using use used per all also just so up out about
    were been being am anything something nothing since until till whether here really actually still yet
    already ever very too else us they he him his she her hers those than onto off over down away back
    anymore nobody anyone everyone somebody whatever but once own though although because why again
    s t m re ve ll d"""
)
_KEEP_S = ("ss", "us", "is", "os", "as", "ys")


def fold(word: str) -> str:
    """Plural folding: `policies` -> `policy`, `boxes` -> `box`, `events` -> `event`, `status` stays."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-1]
    return word


def fold_word(word: str) -> str:
    """`fold`, but a stop word stays as it is (`does` is not a `doe`)."""
    return word if word in _STOP else fold(word)


def words(text: str) -> list[str]:
    """Folded lowercase words of `text`, stop words left out: `listNamespacedPod` -> list, namespaced, pod."""
    return [w for w in sequence(text) if is_content(w)]


def sequence(text: str) -> list[str]:
    """All folded words of `text`, stop words kept (compounds and phrases span them); an API version
    (`v1beta1`) stays one word."""
    out: list[str] = []
    for chunk in text.split():
        out.extend(_chunk_words(chunk))
    return out


@functools.lru_cache(maxsize=1 << 16)
def _chunk_words(chunk: str) -> tuple[str, ...]:
    """`sequence` of one run of text without spaces: an index reads the same names and words many thousand
    times over (Graph's 11,422 operations: about half a million runs)."""
    lower = chunk.lower()
    if _VERSION.match(lower):
        return (lower,)
    return tuple(fold_word(raw.lower()) for raw in WORD.findall(chunk))


def is_content(word: str) -> bool:
    return word not in _STOP and (len(word) > 1 or word.isdigit())


_TAG = re.compile(r"<[^<>]*>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
URL = re.compile(r"\b(?:https?://|www\.)\S+")


def plain(text: str) -> str:
    """`text` without markup: HTML tags, link targets and URLs left out."""
    return URL.sub(" ", _MD_LINK.sub(r"\1", _TAG.sub(" ", text)))


def first_sentence(text: str) -> str:
    """The first sentence of `text` (at most 200 characters), markup left out."""
    first = plain(text).strip().split("\n", 1)[0]
    for stop in (". ", "; "):
        if stop in first:
            first = first.split(stop, 1)[0]
    return first[:200]


_VERSION = re.compile(r"^v\d+([a-z]+\d*)?(\.\d+)*$")
PARAM = re.compile(r"\{[^{}]*\}")


def route(path: str) -> tuple[list[str], list[str]]:
    """The literal segments of a path key, as (context, resource): the last one names what the operation
    acts on or does (`reply` of `/me/messages/{id}/microsoft.graph.reply`, the `members` of
    `/groups/{id}/members/$ref`); a path whose kind of object is a parameter has no resource.
    """
    raw = [PARAM.sub("", seg) for seg in path.split("?", 1)[0].split("/")]
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


def namespace_segments(path: str) -> list[str]:
    """The path's namespaces, which name no resource: a segment right before an API version
    (`apps` of `/apis/apps/v1/...`, `api` of `/api/v1/...`) and a domain name
    (`rbac.authorization.k8s.io`)."""
    segments = path.split("?", 1)[0].strip("/").split("/")
    out: list[str] = []
    for segment, following in itertools.pairwise([*segments, ""]):
        tail = segment.rsplit(".", 1)[-1]
        group = bool(_VERSION.match(following)) and not segment.startswith("{")
        if group or ("." in segment and 2 <= len(tail) <= 3 and tail.isalpha()):
            out.append(segment)
    return out


def namespaces(path: str) -> frozenset[str]:
    """The words of the path's namespaces (`namespace_segments`). Users do not say them: an operation's path is
    no less spoken of when they are left unsaid. OData's link to an object (`/groups/{id}/members/$ref`) counts
    as one: the link itself."""
    out = {
        word
        for segment in namespace_segments(path)
        for word in sequence(segment.replace(".", " "))
    }
    if "$ref" in path.split("?", 1)[0].strip("/").split("/"):
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
            key = tuple(fold_word(w) for w in re.findall(r"[a-z0-9]+", phrase.lower()))
            if key:
                heard.setdefault(key, set()).add(concept)
    return {w: tuple(sorted(c)) for w, c in said.items()}, {
        p: tuple(sorted(c)) for p, c in heard.items()
    }


CONCEPTS, PHRASES = _vocabulary()
"""A word's concepts: an operation that says `meeting` is indexed under `~appointment` too, with the
concept's own frequency across the API, so a synonym weighs what the idea weighs, not what a rare word
weighs. PHRASES: what users say, to the concepts they mean."""
LONGEST_PHRASE = max((len(p) for p in PHRASES), default=1)
PHRASE_STARTS = {p[:2] for p in PHRASES if len(p) > 1}
WRITES = word_set(
    "~create ~update ~delete ~cancel ~send ~reply ~forward ~upload ~accept ~decline ~start ~stop ~resume ~restart "
    "~restore ~share ~copy ~move ~archive ~assign ~capture ~increment ~attach ~detach ~finalize"
)
ACTIONS = WRITES | {"~get", "~list", "~search", "~count", "~verify", "~download"}
"""Concepts that are actions (the rest are things)."""
IMPLIED = {
    "~cancel": "~delete",
    **dict.fromkeys(
        (
            *(
                "~stop",
                "~resume",
                "~increment",
                "~archive",
                "~move",
                "~scale",
                "~cordon",
                "~flag",
                "~finalize",
            ),
            *("~accept", "~decline"),
        ),
        "~update",
    ),
}
"""Actions that APIs often do with another operation: cancelling by deleting, pausing or declining by updating."""


def word_concepts(ws: Sequence[str], k: int) -> frozenset[str]:
    """The concepts of the word at `k` of `ws`, and of the compounds it starts (`payment method`)."""
    return _concepts_from(tuple(ws[k : k + 3]))


@functools.lru_cache(maxsize=1 << 16)
def _concepts_from(run: tuple[str, ...]) -> frozenset[str]:
    """`word_concepts` of a run's first word, the run being it and the (at most two) words after it: an index
    reads the same few runs many thousand times over."""
    found = set(CONCEPTS.get(run[0], ()))
    joined = run[0]
    for nxt in run[1:]:
        joined += nxt
        found.update(CONCEPTS.get(fold(joined), ()))
    return frozenset(found)


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
READ_ACTIONS = (
    "get",
    "list",
    "find",
    "search",
    "query",
    "check",
    "preview",
    "validate",
)
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


def _segments(path: str) -> tuple[str, ...]:
    """A path's segments, each parameter as `{}`, trailing parameters left out: `/users/{id}` -> (users,)."""
    segments = [
        "{}" if s.startswith("{") else s
        for s in PARAM.sub("{}", path.split("?", 1)[0]).split("/")
        if s
    ]
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
        return sum(
            len(k) >= n and all(p in ("{}", s) for p, s in zip(prefix, k, strict=False))
            for k in keys
        )

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


# Word forms: how a word of a request may be another form of a word the API uses.

IRREGULAR = dict(
    pair.split(":")
    for pair in word_set(
        "sent:send paid:pay bought:buy sold:sell got:get gotten:get made:make took:take taken:take gave:give "
        "given:give left:leave kept:keep ran:run wrote:write written:write spent:spend held:hold told:tell "
        "brought:bring found:find lost:lose met:meet began:begin begun:begin shut:shut put:put set:set "
        "went:go gone:go did:do done:do saw:see seen:see knew:know known:know chose:choose chosen:choose "
        "broke:break broken:break froze:freeze frozen:freeze stole:steal stolen:steal drew:draw drawn:draw"
    )
)
"""Verb forms that do not end as the rest do."""


def stems(word: str) -> list[str]:
    """What `word` may be a verb form of: `cancelled` -> cancell, cancel; `charging` -> charg, charge."""
    out = [IRREGULAR[word]] if word in IRREGULAR else []
    for ending, back in (
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("ied", "y"),
        ("d", ""),
    ):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: len(word) - len(ending)]
            out.append(stem + back)
            if len(stem) > 3 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
    return out


SPELLED_NOUNS = (("scription", "scribe"), ("mission", "mit"))
"""Nouns whose verb changes its spelling (`subscribe` -> subscription, `submit` -> submission): read both ways."""
NOUN_ENDINGS = (
    *SPELLED_NOUNS,
    ("ation", "e"),
    ("ation", ""),
    ("ion", "e"),
    ("ion", ""),
    ("ment", ""),
    ("al", "e"),
    ("al", ""),
    ("y", ""),
)


def derived(word: str) -> list[str]:
    """Other parts of speech of `word`, by regular endings: `deletion` -> delete, `healthy` -> health,
    `collect` -> collection, `enroll` -> enrollment, `subscribe` -> subscription, `submit` -> submission
    (only the API's words are kept, by the caller)."""
    out = []
    for ending, back in NOUN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            out.append(word[: len(word) - len(ending)] + back)
    stem = word[:-1] if word.endswith("e") else word
    if len(stem) >= 4:
        out += [stem + "ion", stem + "ation", word + "ment", stem + "al", word + "y"]
    out += [
        word[: -len(verb)] + noun for noun, verb in SPELLED_NOUNS if word.endswith(verb)
    ]
    return out


PREFIXES = ("un", "up", "re", "de")
"""Prefixes a word may carry over the API's word (`upvote`, `unpin`)."""


def abbreviates(word: str, short: str) -> bool:
    """Whether `short` is `word` with letters left out (`acct` of `account`)."""
    if not word.startswith(short[0]):
        return False
    rest = iter(word[1:])
    return all(c in rest for c in short[1:])


PIECE_COST = 2
"""What one more piece of a run-together name costs, in letters left unknown."""
_JOINERS = word_set("by of vs for and to in on per at")
"""Short words that run-together names put between their words (`playerdashboardbyclutch`)."""


def split_joined(word: str, known: Callable[[str], bool]) -> list[str]:
    """The words a name that runs several together is made of (`playergamelog` -> player, game, log;
    `franchisehistory` -> franchise, history; `boxscorev` -> box, score, v): the split that leaves the fewest
    letters outside words `known` (of at least three letters), then has the fewest pieces. A joiner (`by`, `vs`)
    counts only between two known words, a version's `v` only at the end; letters no known word covers make one
    word of their own, never two in a row. [] when it does not split so, or known words cover fewer than four
    letters."""
    n = len(word)
    best: list[tuple[int, int, tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = (0, 0, ())
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        unknown, count, pieces = here
        after_known = bool(pieces) and not pieces[-1].startswith("?")
        for j in range(i + 1, n + 1):
            piece = word[i:j]
            if piece == word:
                continue
            word_of = len(piece) >= 3 and (
                known(piece) or (j == n and known(fold(piece)))
            )
            joiner = (piece in _JOINERS and after_known and j < n) or (
                piece == "v" and j == n
            )
            if word_of or joiner:
                step = 0
            elif len(piece) >= 4 and not (pieces and pieces[-1].startswith("?")):
                step, piece = len(piece), "?" + piece
            else:
                continue
            there = best[j]
            if (
                there is None
                or unknown + step + PIECE_COST * (count + 1)
                < there[0] + PIECE_COST * there[1]
            ):
                best[j] = (unknown + step, count + 1, (*pieces, piece))
    end = best[n]
    if end is None or n - end[0] < 4:
        return []
    return [fold(p.lstrip("?")) for p in end[2]]


JOINED_LENGTH = 8
"""Names at least this long may run several words together."""
ADOPTION = 3
"""How many times more often an API must name its resources with a word users say for a thing than with the
vocabulary's words for it, for the word to carry the thing's concept there (see `adopted_words`)."""


def adopted_words(paths: Sequence[Sequence[str]]) -> dict[str, set[str]]:
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
        for c in {c for k in range(len(ws)) for c in word_concepts(ws, k)}:
            said[c] = said.get(c, 0) + 1
    out: dict[str, set[str]] = {}
    for phrase, concepts in PHRASES.items():
        word = phrase[0]
        if len(phrase) != 1 or word in CONCEPTS or not is_content(word):
            continue
        things = {c for c in concepts if c not in ACTIONS}
        if len(things) == 1 and spoken.get(word, 0) > ADOPTION * said.get(
            min(things), 0
        ):
            out[word] = things
    return out


_NAME_FIELDS = ("resource", "path")
"""The fields of an operation that hold its names as they are written in paths."""
_PATH_TEXT = re.compile(r"/\S*")


def split_joined_names(
    fields_of: list[dict[str, list[str]]],
    described: Sequence[str],
    summarised: Sequence[bool],
) -> None:
    """Names and paths that run words together (`/playercareerstats`, `boxscoresummaryv2`), in an API whose prose
    never writes them so, get the words they are made of beside them (`split_joined`), read from the words of
    its prose, its other names and the vocabulary's longer words. `fields_of`: each operation's fields as words
    (`search.build_index`), changed in place; `described`: each one's description as written; `summarised`: whether
    it has a summary of its own (else its summary field is its description's)."""
    prose = {w for w in CONCEPTS if len(w) >= 4} | {
        w for phrase in PHRASES for w in phrase if len(w) >= 4
    }
    written: list[list[str]] = []
    for f, text, own in zip(fields_of, described, summarised, strict=True):
        # a description that writes a path (`GET /boxscore`, all some APIs have) does not write its words
        said = (
            sequence(_PATH_TEXT.sub(" ", plain(text)))
            if "/" in text
            else f["description"]
        )
        written += (f["summary"] if own else [], said, f["tags"], f["params"])
        for ws in written[-4:]:
            prose.update(ws)
    names = {w for f in fields_of for field in _NAME_FIELDS for w in f[field]}
    joined = {
        w for w in names if len(w) >= JOINED_LENGTH and w.isalpha() and w not in prose
    }
    if not joined:
        return
    # a name the prose writes as words in a row (`daemonset` of `DaemonSet`) is the API's own: left whole
    starts = {w[:i] for w in joined for i in range(1, len(w))}
    for ws in written:
        for k, a in enumerate(ws):
            if a in starts:
                two = a + ws[k + 1] if k + 1 < len(ws) else ""
                for run in (two, two + ws[k + 2] if two and k + 2 < len(ws) else ""):
                    joined.discard(fold(run))
    if not joined:
        return
    known = prose | names

    def parts(word: str) -> list[str]:
        # a form of a known word (`namespaced`, `reporting`, `disconnect`) is one word, not two
        forms = [
            *stems(word),
            *derived(word),
            *(word[len(p) :] for p in (*PREFIXES, "dis", "in")),
        ]
        if word not in joined or any(f in known for f in forms if len(f) >= 4):
            return []
        return split_joined(word, known.__contains__)

    first = {w: ps for w in joined if (ps := parts(w))}
    # a part that is itself such a name (`boxscore` of `boxscoreadvanced`) gives its own parts too
    split = {
        w: [x for p in ps for x in (p, *first.get(p, ()))] for w, ps in first.items()
    }
    for f in fields_of:
        for field in _NAME_FIELDS:
            if any(w in split for w in f[field]):
                f[field] = [x for w in f[field] for x in (w, *split.get(w, ()))]
