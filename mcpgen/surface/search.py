"""Operation search: a BM25F ranking over what each operation states, with a vocabulary of the words users
say for API verbs and nouns, and a reading of the query that tells the operation apart from its arguments.

This module is copied verbatim into every generated package that has a discovery surface (as
`search.py`, with `terms.py`, `query.py` and `vocabulary.py`): the index is built here at generation time and
queried there at run time, by the same code. It uses only the standard library, reads no network and no
model, and is deterministic.

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
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .query import clean, read_intent
from .terms import (
    ACTIONS,
    CONCEPTS,
    IMPLIED,
    LONGEST_PHRASE,
    PHRASES,
    PREFIXES,
    READ_ACTIONS,
    WORD,
    WRITES,
    abbreviates,
    adopted_words,
    central,
    derived,
    first_sentence,
    fold,
    fold_word,
    generic,
    is_content,
    method_verbs,
    namespace_segments,
    namespaces,
    plain,
    route,
    sequence,
    split_joined_names,
    stems,
    word_concepts,
    word_set,
    words,
)

INDEX_VERSION = 4

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
FIELD_NAME_WEIGHT = 1.0
"""A parameter or field named by two or three words, as one term, whatever the number of the others."""
FIELD_NAME_QUERY = 0.8
"""The weight of such a name said in a request, its words in a row ("fax number": `faxNumber`)."""

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
NAMED_SHARE = 0.2
"""A capitalised word of the API's paths in at most this share of its operations (`Radar`, `Treasury`; not Graph's
`Microsoft`) names a part of the API rather than a thing of the caller's."""
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
SPREAD = 0.8
"""A request over every one of a kind of thing ("in every namespace", "across all projects") weighs operations
scoped to one of them (the kind in their path before the end: `/namespaces/{namespace}/pods`) this much."""
_SPREAD = re.compile(r"\b(?:every|all|each|across(?:\s+all)?)\s+(?:the\s+|of\s+the\s+)?([a-z]+)")
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
NAMED_ITEM = 0.4
"""A request for a change that names a thing by its kind and name ("the pods of deployment web", "daemon set
node-exporter") raises the operations on one thing of that kind (`/deployments/{name}`, not the list), or on a part
of it the request asks for (`/statefulsets/{name}/status`), by this share: what the user names is what changes, even
when the words of the change speak of other kinds (pods, volumes, containers)."""
NAMED_QUESTION = 0.2
"""The same for a question about a thing it names ("show the definition of workflow order-sync"): reading that
thing answers it."""


def _texts(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


GENERIC_TITLE_WORDS = word_set(
    """api apis rest restful http https openapi swagger service services spec specification preview beta alpha
    public web server client sdk platform reference documentation interface the"""
)
NAME_PATH_SHARE = 0.05
"""A word of the API's name that this share of its operations, or more, has in its path is one of its words
(`calendar` of "Calendar API", `microsoft` of Microsoft Graph's `microsoft.graph.*` actions), not only a name."""


def product_names(title: str, paths: Sequence[str]) -> list[list[str]]:
    """How a user names the API itself, from its title's first word ("GitHub's v3 REST
    API": `git hub`, and `github`): "in my GitHub inbox" asks nothing of an operation
    about GitHub. None when that word is generic (`REST API`) or one of the API's
    words (see NAME_PATH_SHARE)."""
    first = re.sub(r"['\u2019]s$", "", next(iter(title.split()), ""))
    parts = [fold(w.lower()) for w in WORD.findall(first)]
    joined = fold("".join(parts))
    if not parts or len(joined) < 3 or joined in GENERIC_TITLE_WORDS or joined.isdigit():
        return []
    spoken = {joined, *parts}
    named = 0
    for path in paths:
        context, resource = route(path)
        named += bool(spoken & set(sequence(" ".join(context + resource))))
    if named >= NAME_PATH_SHARE * max(1, len(paths)):
        return []
    return [parts, [joined]] if len(parts) > 1 else [parts]


def build_index(documents: Sequence[Mapping[str, Any]], title: str = "") -> dict[str, Any]:
    """The index of `documents` (one per operation, in order). A document maps `name`, `summary`,
    `description`, `tags` and `params` to text or lists of texts, `path` to the path key, `method` to the
    HTTP method, `verb` (optional) to what the method does in words (`method_verbs`) and `flags` to a
    list that has `deprecated` for a deprecated operation. Returns JSON-ready data: per term, the
    operations it occurs in with their BM25 weights (scaled to integers, so the file stays small; a
    parameter named by two or three words is also one term, `=faxnumber`); per operation, its path words,
    its kind (`r` reads or `w` writes; `d` deprecated, `g` generic, `l` lists, `m` on the caller's own
    objects) and the number of the operations it does the same as (its twins)."""
    fields_of: list[dict[str, list[str]]] = []
    spaces_of: list[frozenset[str]] = []
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
            "name": sequence(" ".join(_texts(doc.get("name")))),
            "summary": sequence(summary),
            "resource": sequence(" ".join(resource)),
            "path": sequence(" ".join(context)),
            "verb": sequence(" ".join(_texts(doc.get("verb")) or method_verbs(method, path))),
            "tags": sequence(" ".join(_texts(doc.get("tags")))),
            "description": sequence(description),
            "params": sequence(" ".join(_texts(doc.get("params")))),
        }
        fields_of.append(f)
        spaces_of.append(namespaces(path))
        action = (resource[0] if resource else "").lower()
        read = method in ("GET", "HEAD") or (method == "POST" and action.startswith(READ_ACTIONS))
        deprecated = "deprecated" in _texts(doc.get("flags")) or "deprecated" in description[:200].lower()
        listing = method == "GET" and not path.split("?", 1)[0].rstrip("/").endswith("}")
        mine = "me" in f["path"] + f["resource"] + f["name"]
        flags = "d" * deprecated + "g" * generic(path) + "l" * listing + "m" * mine
        kinds.append(("r" if read else "w") + flags + _METHOD_LETTERS.get(method, ""))
        key = (method, " ".join(words(summary)), " ".join(f["resource"]))
        twins.append(keys.setdefault(key, len(keys)))
    split_joined_names(
        fields_of,
        [" ".join(_texts(doc.get("description"))) for doc in documents],
        [bool(" ".join(_texts(doc.get("summary"))).strip()) for doc in documents],
    )
    for f, spaces in zip(fields_of, spaces_of, strict=True):
        spoken = (w for w in f["path"] + f["resource"] if is_content(w) and w not in spaces and not w.isdigit())
        paths.append(" ".join(dict.fromkeys(spoken)))
    named_fields = [_field_names(_texts(doc.get("params"))) for doc in documents]
    n = len(fields_of)
    adopted = adopted_words([f["resource"] for f in fields_of])
    lengths = [{field: sum(map(is_content, f[field])) for field in FIELD_WEIGHTS} for f in fields_of]
    average = {field: (sum(ln[field] for ln in lengths) / n if n else 1.0) or 1.0 for field in FIELD_WEIGHTS}
    freqs: list[dict[str, float]] = []
    df: dict[str, int] = {}
    for f, length, fields_named in zip(fields_of, lengths, named_fields, strict=True):
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
                if is_content(word) or caller:
                    tf[word] = tf.get(word, 0.0) + w
                concepts = word_concepts(ws, k)
                if word in adopted:
                    concepts = concepts | adopted[word]
                for concept in concepts:
                    tf[concept] = tf.get(concept, 0.0) + w
        for name in fields_named:
            tf[name] = tf.get(name, 0.0) + FIELD_NAME_WEIGHT
        freqs.append(tf)
        for term in tf:
            df[term] = df.get(term, 0) + 1
    idf = {term: math.log(1 + (n - count + 0.5) / (count + 0.5)) for term, count in df.items()}
    postings: dict[str, list[int]] = {}
    for i, tf in enumerate(freqs):
        for term in sorted(tf):
            score = idf[term] * tf[term] * (K1 + 1) / (tf[term] + K1)
            postings.setdefault(term, []).extend((i, max(1, round(score * 100))))
    return {
        "version": INDEX_VERSION,
        "documents": n,
        "terms": {t: postings[t] for t in sorted(postings)},
        "paths": paths,
        "kinds": kinds,
        "twins": twins,
        "central": central([" ".join(_texts(doc.get("path"))) for doc in documents]),
        "names": product_names(title, [" ".join(_texts(doc.get("path"))) for doc in documents]),
        "placeholders": placeholder_kinds([" ".join(_texts(doc.get("path"))) for doc in documents]),
        "groups": sorted(
            {s.lower() for doc in documents for s in namespace_segments(" ".join(_texts(doc.get("path"))))}
        ),
    }


_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_IDENTIFYING = frozenset({"id", "ids", "name", "uuid", "guid", "arn", "identifier"})


def placeholder_kinds(paths: Sequence[str]) -> list[str]:
    """The kinds of thing the API's paths name only by a placeholder (`/{Bucket}/{Key}`,
    `{resourceGroupName}`: `bucket`, `key`, `resourcegroup`), each as one folded word, without the
    word that says how it is named (`id`, `name`)."""
    out = set()
    for path in paths:
        for name in _PLACEHOLDER.findall(path):
            words = [w for w in sequence(name) if is_content(w) and w not in _IDENTIFYING and not w.isdigit()]
            if words:
                out.add(fold("".join(words)))
    return sorted(out)


def _field_names(params: Sequence[str]) -> set[str]:
    """The parameter and field names of two or three words (`faxNumber`, `preferredDataLocation`), each as one
    term (`=faxnumber`): a request that says the words in a row names that field."""
    out = set()
    for param in params:
        words = [w for w in sequence(param) if is_content(w)]
        if 2 <= len(words) <= 3:
            out.add("=" + fold("".join(words)))
    return out


_METHOD_LETTERS = {"POST": "C", "PUT": "U", "PATCH": "U", "DELETE": "D"}
"""The last letter of an operation's kind: the action its method does (create, update, delete)."""
_ACTION_LETTERS = {"~create": "C", "~update": "U", "~delete": "D"}


_STATE_CHANGES = frozenset(["~accept", "~decline", "~cancel", "~finalize"])
"""Actions that APIs often do by setting a status (`PUT /quotes/{id}/status`): as the request's first verb, said
in the API's own words for them (`accept`, `cancel`; not `allow`), they also ask for `status` at IMPLIED_WEIGHT."""
_VALUE_WORDS = word_set(
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
_PARTICLES = word_set("off up down out back away over on into")
"""The second word of a phrasal verb, which may come after the object ("pass the invoice on")."""
_ARGUMENT_MARKS = word_set("from about regarding with for")
_PLACES = word_set("in on at to into onto inside within under")
"""Prepositions that start a phrase of their own: "from my boss in my inbox"."""
_ONTO = word_set("to on onto")
"""Where "add X to Y" names what X goes to."""
_RELATIONS = word_set(
    "between during across through within without against among around before after behind below beside beyond "
    "near past toward towards upon except including like unlike inside outside under"
)
"""Words that relate things rather than name one (see `Searcher._named`)."""
_CLAUSE_MARKS = word_set("where saying")
"""Words after which a clause gives an argument's value ("where the build failed", "saying I'll join")."""
_CLAUSE_STARTS = word_set("the a an i we you he she they it my our his her their this")


_KNOWN_THINGS = word_set("the my our your their his her its this that these those")
"""Words before a thing that already exists ("make my standup repeat", "make the group private")."""


def _unheard(word: str) -> bool:
    """Whether the vocabulary has no sense for `word`: no concept, no phrase of it alone."""
    return word not in CONCEPTS and (word,) not in PHRASES


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
        self.groups = frozenset(index["groups"])
        """The namespaces of the API's paths (`coordination.k8s.io`, `batch`), which a user may name as written."""
        n = self.documents = max(1, index["documents"])
        self.collections = frozenset(parts[-1] for parts in self.paths if parts) | frozenset(
            index.get("placeholders", ())
        )
        """The last words of the API's paths, and the kinds its placeholders name (`/{Bucket}`): the kinds of
        thing it has operations on of their own."""
        self.path_idf: dict[str, float] = {}
        """The API's path words, each with how rare it is."""
        for parts in self.paths:
            for p in parts:
                if p not in self.path_idf:
                    df = self._frequency(p) or 1
                    self.path_idf[p] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        self._initials: dict[str, set[tuple[str, str]]] | None = None
        self.names: list[tuple[str, ...]] = [tuple(name) for name in index.get("names", ())]
        """How users name the API itself (see `product_names`): no word of a request."""
        self.pairs = {pair for parts in self.paths for pair in itertools.pairwise(parts)}
        """Two words one after the other in the API's paths (`purchase order` of `/PurchaseOrders`)."""
        self.heads = {a for a, _ in self.pairs}
        """The first words of those: a verb and its particle (`check out`) are a word of the API's paths
        (`/checkout`) only where that word names something alone, not the first half of a name (`setup_intents`)."""

    def _idf(self, term: str) -> float:
        """How rare `term` is among the operations (BM25's inverse document frequency)."""
        df = len(self.terms.get(term, ())) // 2 or 1
        return math.log(1 + (self.documents - df + 0.5) / (df + 0.5))

    def _names_a_part(self, word: str) -> bool:
        """Whether `word` is a word of the API's paths in few enough of its operations to name a part of it."""
        return word in self.path_idf and self._frequency(word) <= NAMED_SHARE * self.documents

    def _frequency(self, word: str) -> int:
        """How many operations `word` occurs in (its postings are pairs of an operation and a weight)."""
        return len(self.terms.get(word, ())) // 2

    def _lemma(self, word: str) -> str:
        """`word` without the ending of a verb form (`cancelled`, `charging`, `applied`), when the API or
        the vocabulary knows the bare word."""
        for stem in stems(word):
            if stem in self.terms or stem in CONCEPTS or (stem,) in PHRASES:
                return stem
        return word

    def _related(self, word: str) -> list[str]:
        """The API's words for other forms of `word`: its bare verb (`watching` -> watch), the one who does it
        (`watcher`, `voter`), and the word without a prefix (`upvote` -> vote, `unpin` ->
        pin)."""
        bases = [word, *stems(word)]
        bases += [word[len(p) :] for p in PREFIXES if word.startswith(p) and len(word) - len(p) >= 3]

        forms = [*bases, *(b + ("r" if b.endswith("e") else "er") for b in bases)]
        if word not in self.terms:
            forms += [f for b in bases for f in derived(b)]  # disrupted -> disrupt -> disruption
            if word.endswith("er") and len(word) >= 6:  # the one who does it for the doing (`finalizer`, `tracker`)
                forms += [word[:-1], word[:-2]]
                bases += [word[:-2]]
            forms += [(b[:-1] if b.endswith("e") else b) + "ing" for b in bases if len(b) >= 4]  # bind -> binding
            forms += self._parts(word)
        elif word not in self.path_idf:  # a verb the API only mentions, for the thing its paths name (`subscribe`)
            forms += [f for f in (*derived(word), word + "ing") if f in self.path_idf]  # follow: /me/following
        return [f for f in dict.fromkeys(forms) if f != word and f in self.terms]

    def _parts(self, word: str) -> list[str]:
        """The two words of the API that `word` joins (`tracklist` -> track, list), one of them a word of its paths,
        when it splits so in one way."""
        splits = [
            (word[:i], fold(word[i:]))
            for i in range(3, len(word) - 2)
            if word[:i] in self.terms
            and fold(word[i:]) in self.terms
            and (word[:i] in self.path_idf or fold(word[i:]) in self.path_idf)
        ]
        return list(splits[0]) if len(splits) == 1 else []

    def _abbreviation(self, prefix: str) -> list[dict[str, float]]:
        """What an identifier's prefix abbreviates, among the words of the API's paths: the word it starts
        or leaves letters out of (`cus_` customer, `acct_` account; the most common one if it is far more
        common than any other), or the two consecutive words it gives the initials of (`pi_` payment
        intent)."""
        found: set[tuple[str, ...]] = set()
        if len(prefix) >= 3:
            for match in (str.startswith, abbreviates):
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
        for n in range(min(LONGEST_PHRASE, len(seq)), 1, -1):
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
                # a name written apart (watch list), unlike a verb and its particle (roll back), is never split
                compound = seq[j] not in _PARTICLES and fold(word + seq[j]) in CONCEPTS
                if near and not compound and not taken[i] and not taken[j] and (word, seq[j]) in PHRASES:
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

    def _read(self, query: str) -> tuple[list[dict[str, float]], bool, set[str], set[str]]:
        """The query's concepts (see `concepts`), whether it is written in the API's own words, the
        actions its first word asks for, and the kinds of the things it names (see
        `_named`)."""
        seq, hints = clean(
            query,
            self.terms.__contains__,
            self._names_a_part,
            self.groups.__contains__,
            lambda before, word: bool(before) and self._kind([before, word], 1),
            lambda word, after: (word, after) in self.pairs,
        )
        seq = self._unnamed(seq)
        starts, taken = self._phrases(seq)
        named = {k for i, pair in enumerate(itertools.pairwise(seq)) if pair in self.pairs for k in (i, i + 1)}
        content = [w for w in seq if is_content(w) and w not in _VALUE_WORDS and not w.isdigit()]
        technical = len(content) >= 3 and sum(w in self.path_idf for w in content) >= TECHNICAL * len(content)
        first = next((i for i, w in enumerate(seq) if is_content(w) and w not in _SELF_WORDS), -1)
        question = read_intent(query)
        found: list[dict[str, float]] = []
        action: set[str] = set()
        argument = 0
        joins = [
            (i, joined)
            for i, (a, b) in enumerate(itertools.pairwise(seq))
            if is_content(a)
            and (
                (is_content(b) and ((joined := fold(a + b)) in self.terms or joined in CONCEPTS))
                or (b in _PARTICLES and (joined := a + b) in self.path_idf and joined not in self.heads)
            )
        ]
        """Two words in a row that the API, or the vocabulary, writes as one (`config map`, `daemon set`)."""
        joined_at = {
            k for i, joined in joins if joined in self.terms and seq[i + 1] not in _PARTICLES for k in (i, i + 1)
        }
        """The words of such a name the API writes as one: each a part of that name, asking for no action."""
        kinds = [k for k in range(len(seq)) if self._named(seq, k)]
        """Where a kind is followed by a thing's name ("deployment web"; see `_named`)."""
        for i, word in enumerate(seq):
            if not word or word in _PLACES:
                argument = 0
            elif word in _ARGUMENT_MARKS:
                argument = 2
            elif word in _CLAUSE_MARKS or (word == "that" and i + 1 < len(seq) and seq[i + 1] in _CLAUSE_STARTS):
                argument = 4
            concept: dict[str, float] = {}
            if i in starts:
                phrase = starts[i]
                concept = dict.fromkeys(PHRASES[phrase], PHRASE_WEIGHT)
                if not taken[i + 1] and is_content(word):  # words apart: the first keeps its own sense too
                    for term, weight in self._word(word, technical, i == first, i in named).items():
                        concept[term] = max(concept.get(term, 0.0), weight)
                elif tuple(seq[i : i + len(phrase)]) == phrase and all(k in named for k in range(i, i + len(phrase))):
                    # the phrase is also two words in a row of the API's paths (`payment method` of
                    # `/payment_methods`): the API's own words count as themselves beside what users mean by them
                    found.extend(self._word(w, technical, False, True) for w in phrase if is_content(w))
                else:  # a word of the phrase whose form names a part of the API (`clock in`: `/clocking_records`)
                    for w in phrase:
                        for form in self._related(w) if is_content(w) and w not in self.terms else ():
                            if form in self.path_idf:
                                concept[form] = max(concept.get(form, 0.0), RELATED_WEIGHT)
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
                elif meant := [c for c in PHRASES.get((word,), ()) if c[1:] in self.path_idf]:
                    concept = dict.fromkeys(meant, LITERAL_WEIGHT)  # recently: what `/recent()` names
            elif not word.isdigit() and (is_content(word) or (word,) in PHRASES):
                concept = self._word(word, technical, i == first, i in named)
                if question or "~watch" in action:
                    concept = {t: w * (READ_VERB_WEIGHT if t in WRITES else 1.0) for t, w in concept.items()}
                if concept and argument and is_content(word):
                    argument -= 1
                    concept = _scaled(concept, ARGUMENT_WEIGHT)
            if i in joined_at:  # part of a name the API writes as one word: no action of its own
                concept = {c: w for c, w in concept.items() if c not in ACTIONS}
            for c, weight in list(concept.items()):
                if c in IMPLIED and IMPLIED[c] not in concept:
                    concept[IMPLIED[c]] = weight * IMPLIED_WEIGHT
                if c in _STATE_CHANGES and i == first and "status" not in concept and c in CONCEPTS.get(word, ()):
                    concept["status"] = weight * IMPLIED_WEIGHT
            if concept:
                if i == first and "~create" in concept and (self._added_to(seq, i) or self._made_so(seq, i)):
                    concept = {("~update" if c == "~create" else c): w for c, w in concept.items()}
                elif i == first and not question and not ACTIONS.intersection(concept) and any(k > i for k in kinds):
                    concept["~update"] = IMPLIED_WEIGHT  # "point service web at ...": a change to what it names
                found.append(concept)
                if i == first:
                    verb = any(c in ACTIONS for c in concept)
                    action = {c for c in concept if c in WRITES or (verb and not c.startswith("~"))}
                    if "~watch" in concept and concept["~watch"] >= max(concept.values()):
                        action.add("~watch")  # "watch X for changes": the changes are what is watched
        for n in (2, 3):
            for i in range(len(seq) - n + 1):
                words = seq[i : i + n]
                if all(is_content(w) for w in words) and (field := "=" + fold("".join(words))) in self.terms:
                    found.append({field: FIELD_NAME_QUERY})
        for _, joined in joins:
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
        items = {self._item(seq, k) for k in kinds} - {""}
        return list(merged.values()), technical, action, items

    def _unnamed(self, seq: list[str]) -> list[str]:
        """`seq` without the API's own name ("in my GitHub inbox"), unless nothing else is asked."""
        out = list(seq)
        for name in self.names:
            k = 0
            while k + len(name) <= len(out):
                if tuple(out[k : k + len(name)]) == name:
                    del out[k : k + len(name)]
                else:
                    k += 1
        return out if any(is_content(w) for w in out) else list(seq)

    def _made_so(self, seq: Sequence[str], verb: int) -> bool:
        """Whether "make" makes something that exists so ("make my Friday sync private", "make service web stick
        clients to one pod"): a change, not a new thing ("make a folder")."""
        return seq[verb] == "make" and (
            (verb + 1 < len(seq) and seq[verb + 1] in _KNOWN_THINGS) or self._named(seq, verb + 1, caused=True)
        )

    def _named(self, seq: Sequence[str], k: int, caused: bool = False) -> bool:
        """Whether the words at `k` name one thing that exists: a kind of thing the API has operations on, then
        its name (an identifier, left out as a value, or a word neither the API nor the vocabulary knows, and no
        word of a relation): "deployment web", "pod web-1". A name followed by another word is one only after
        "make" (`caused`: "make service web stick clients to one pod"); elsewhere the two more likely name a
        kind of thing together ("node exporter agent")."""
        if k + 1 >= len(seq) or not self._kind(seq, k):
            return False
        name, after = seq[k + 1], seq[k + 2] if k + 2 < len(seq) else ""
        return name == "" or (
            is_content(name)
            and name not in self.terms
            and _unheard(name)
            and name not in _RELATIONS
            and not name.endswith("ing")
            and (caused or not is_content(after))
        )

    def _item(self, seq: Sequence[str], k: int) -> str:
        """The API's word for the kind of thing whose name follows `k`: the longest the words up to `k` make
        (`cluster role binding` rather than `role binding`), or one the vocabulary has for
        it."""
        for n in (3, 2, 1):
            if k + 1 >= n:
                word = fold("".join(seq[k + 1 - n : k + 1]))
                if word in self.collections:
                    return word
        return next((c[1:] for c in CONCEPTS.get(fold(seq[k]), ()) if c[1:] in self.collections), "")

    def _kind(self, seq: Sequence[str], k: int) -> bool:
        """Whether the word at `k` ends the name of a kind of thing the API has operations on of its own: the
        word (`deployment`), a word the vocabulary has for it (`ticket` for `/issues`), or two words the API
        writes as one (`replication controller`)."""
        word = fold(seq[k])
        return (
            word in self.collections
            or any(c[1:] in self.collections for c in CONCEPTS.get(word, ()))
            or (k > 0 and fold(seq[k - 1] + seq[k]) in self.collections)
        )

    def _added_to(self, seq: Sequence[str], verb: int) -> bool:
        """Whether "add X to Y" adds to Y something the API has no path for ("add the annotation a=b to pod web",
        "add metadata to the charge"): a change to Y, not a new X. The words of X are words the API writes (a
        field, a word of its prose) or words neither it nor the vocabulary knows ("a toleration"), none of them in
        a path ("a secured variable" is a new variable where the API has `/variables`); Y, after `to`/`on`/`onto`,
        is one of its path words. X may hold a `to`/`on` of its own ("add a readiness probe on /healthz to
        deployment web")."""
        return any(self._added_at(seq, verb, place) for place in range(verb + 1, len(seq)) if seq[place] in _ONTO)

    def _added_at(self, seq: Sequence[str], verb: int, place: int) -> bool:
        """`_added_to` for the X before `place` and the Y after it."""
        added = [
            fold(w)
            for w in seq[verb + 1 : place]
            if w and is_content(w) and w not in _VALUE_WORDS and not ACTIONS.intersection(CONCEPTS.get(w, ()))
        ]
        target = next((w for w in seq[place + 1 :] if w and is_content(w) and w not in _VALUE_WORDS), None)
        return (
            bool(added)
            and (all(map(_unheard, added)) or any(w in self.terms for w in added))
            and not any(w in self.path_idf for w in added)
            and target is not None
            and fold(target) in self.path_idf
        )

    def _word(self, word: str, technical: bool, first: bool, paired: bool = False) -> dict[str, float]:
        """One word of the query as itself and its concepts. In the first place of a request a word users
        say for an action is that action ("email Dana"); elsewhere, if it also names a thing, it is the
        thing ("the email from Dana"). `paired`: the word and one beside it are two words in a row of the
        API's paths ("purchase order" of `/PurchaseOrders`): the word is read as the API's own.
        """
        heard = PHRASES.get((word,), ())
        said: tuple[str, ...] = ()
        concept: dict[str, float] = {}
        if is_content(word):
            spoken = word
            if word not in self.terms and word not in CONCEPTS and not heard:
                word = self._lemma(word)
                heard = PHRASES.get((word,), ())
            if word not in self.terms and word.startswith("re") and word[2:] in self.terms:
                word = word[2:]  # resend -> send; rename -> name, still an update
            said = tuple(dict.fromkeys((*CONCEPTS.get(word, ()), *CONCEPTS.get(spoken, ()))))
            own = word in self.path_idf and not said  # the API names something so: the word in its own sense
            paired = paired and word in self.path_idf
            literal = (technical and (said or own)) or not (said or heard) or paired
            concept[word] = 1.0 if literal else LITERAL_WEIGHT
            concept.update(dict.fromkeys(said, EXPANSION_WEIGHT))
            for form in self._related(word):
                concept[form] = max(concept.get(form, 0.0), RELATED_WEIGHT * concept[word])
        else:
            own = False
        things = [c for c in (*said, *heard) if c not in ACTIONS]
        for c in heard:
            if c in ACTIONS and things and not first:
                continue
            full = not (said or (own and technical) or paired) or (first and c in ACTIONS)
            concept[c] = max(concept.get(c, 0.0), USER_WEIGHT if full else SHARED_WEIGHT)
        return concept

    def search(self, query: str, limit: int = 5, allowed: Iterable[int] | None = None) -> list[tuple[int, float]]:
        """(operation number, score) of the best `limit` operations, best first; ties by number."""
        concepts, technical, action, items = self._read(query)
        letters = {_ACTION_LETTERS[a] for a in action if a in _ACTION_LETTERS}
        scores: dict[int, float] = {}
        for concept in concepts:
            # a word the API's paths use is its own thing: a word it stands for in other APIs (account: user)
            # tells no more than the word itself where nearly every operation has it (`/databaseAccounts/...`)
            said = next(iter(concept), "")
            cap = self._idf(said) if said in self.path_idf else 0.0
            for term, weight in concept.items():
                posting = self.terms.get(term)
                if not posting:
                    continue
                share = weight
                if cap and term != said and (rare := self._idf(term)) > cap:
                    share *= cap / rare
                for k in range(0, len(posting), 2):
                    doc = posting[k]
                    scores[doc] = scores.get(doc, 0.0) + share * posting[k + 1]
        if allowed is not None:
            keep = set(allowed)
            scores = {d: s for d, s in scores.items() if d in keep}
        asked = {term for concept in concepts for term in concept}
        mine = "me" in asked
        question = read_intent(query)
        change = not (question or technical or "~watch" in action) and any(c in WRITES for c in asked)
        spread = {
            w
            for m in _SPREAD.finditer(query.lower())
            if (w := fold_word(m.group(1))) in self.path_idf and w in self.collections
        }
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
            if (change or question) and parts and self._on_item(parts, kind, items, asked):
                factor *= 1 + (NAMED_ITEM if change else NAMED_QUESTION)
            if mine and "m" in kind:
                factor *= 1 + SELF_SHARE
            if spread and any(p in spread for p in parts[:-1]):
                factor *= SPREAD  # "in every namespace": not the operation scoped to one of them
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

    @staticmethod
    def _on_item(parts: Sequence[str], kind: str, items: set[str], asked: set[str]) -> bool:
        """Whether an operation acts on one of the things a request names: on the thing (`/deployments/{name}`),
        or on a part of it the request asks for (`/statefulsets/{name}/status`)."""
        if parts[-1] in items:
            return "l" not in kind
        return len(parts) > 1 and parts[-2] in items and parts[-1] in asked

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
