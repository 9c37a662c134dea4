"""A search query without its argument values (`search.py`): quoted text, e-mail addresses, URLs, identifiers,
amounts, names given to things ("the Marketing team") are left out of the words searched for, though what they
stand for counts a little (an address means `email`, `#general` a channel, `cus_` a customer). Shipped beside
`search.py` in every discovery package; standard library only.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from .terms import (
    ACTIONS,
    CONCEPTS,
    PHRASE_STARTS,
    PHRASES,
    URL,
    WORD,
    fold,
    fold_word,
    is_content,
    sequence,
    word_set,
)

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


# Query understanding: what a user types, without its argument values, as the API's words and concepts.

_RIGHT_NOW = re.compile(r"\bright (?=now\b|away\b)", re.I)
"""`right` in "right now", "right away": no right (a permission) asked for."""
_APOSTROPHES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}
)
_QUOTED = re.compile(r"(?:(?<=\s)|^)'[^']+'(?=[\s.,;:!?)]|$)|\"[^\"]*\"")
_EMAIL = re.compile(r"\S+@\S+")
_MONEY = re.compile(
    r"[$\u20ac\u00a3]\s?\d|\d\s?(?:usd|eur|gbp|dollars?|euros?|cents?)\b", re.I
)
_PERCENT = re.compile(r"\d\s?%|\bpercent\b", re.I)
_ASSIGNMENT = re.compile(r"\S+=\S*")
_FILE = re.compile(
    r"\b[\w-]+\.(?:docx?|xlsx?|pptx?|pdf|txt|csv|png|jpe?g|gif|zip|xml|md|html?)\b",
    re.I,
)
_CONFIG_FILE = re.compile(
    r"\b[\w-]*\.(?:conf|cfg|ini|ya?ml|json|toml|properties|env)\b", re.I
)
_API_NAME = re.compile(
    r"(?<![\w./@:-])((?:[a-z][\w-]*\.)+[a-z][\w-]*|[a-z][\w-]*(?=/v\d))(?:/(v\d+(?:[a-z]+\d*)?))?(?![\w@-]|[./]\w)",
    re.I,
)
"""A dotted name or a name before a version (`coordination.k8s.io`, `batch/v1beta1`, `storage.k8s.io/v1`): when
the API's paths have a namespace so named, that part of the API by its own name (an API group), not a host name."""
API_NAME_WEIGHT = 1.0
"""Each word of such a name, as the API writes it (`batch`, not the jobs users mean by the word)."""
_DOMAIN = re.compile(r"\b(?:[\w-]+\.)+[a-z]{2,6}\b/?\S*", re.I)
_NEGATION = re.compile(
    r"\b(won|can|ca|don|doesn|didn|isn|aren|wasn|weren|hasn|haven|hadn|shouldn|wouldn|couldn)'t\b"
)
_POSSESSIVE = re.compile(r"(?<=[a-z\s(])[A-Z][a-z]+'s\b")
_CHANNEL = re.compile(r"(?<![\w&#])#[A-Za-z][\w.-]*")
"""A channel as chats write it (`#general`, `#proj-falcon`)."""
_PERSON = r"(?:[A-Z][a-z]+|\S+@\S+|him|her|them|us)"
_MEMBERSHIP = re.compile(
    rf"\b((?i:add|put|invite|bring|remove|kick|take|drop))\s+{_PERSON}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){_PERSON})*"
    r"\s+(?:to|into|in|from|out of|onto|on)\b|\b(kick)\b(?!\s+off\b)[^.;!?]{1,40}?\b(?:out of|from)\b"
)
"""Someone (a name, an address, a pronoun for people) put into or taken out of something; whoever is kicked out
of something ("kick the spammer out of my server") is one of its members."""
_MEMBER_OF = re.compile(rf"\b(?:is|are|am)\s+(?:{_PERSON}|I)\s+(?:in|on)\s*[?.!]*\s*$")
"""A question of what someone is in ("which groups is Nina in?"): their memberships."""
_CALLED = re.compile(
    r"\b(\w+)\s+(called|named|titled)\s+(?:\"[^\"]*\"|'[^']+'|(?:[A-Z][\w.-]*\s*)+|[\w.-]+)"
)
"""A name given to a thing ("a namespace called staging"): the name is an argument value."""
_SLUG = re.compile(
    r"(?<![\w./@:-])([A-Za-z0-9][\w.-]*)/([A-Za-z0-9][\w.-]*[A-Za-z0-9])(?![\w/])"
)
"""`owner/name` (`acme/widgets`, `torvalds/linux`): a repository as code hosts name one. Both halves are argument
values unless both are the API's own words (`read/write`, `image/png`)."""
REPOSITORY_WEIGHT = 0.3
_NUMBERED = re.compile(r"(?<![\w&#])#\d+\b")
"""`#4410`: an issue, a pull request or a ticket by its number."""
_PHONE = re.compile(r"(?<![\w+])\+\d[\d ().-]{6,}\d\b")
"""`+1 415 555 0100`: a phone number in international form."""
_EMOJI = re.compile(
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?<![\w:]):[a-z0-9_+-]+:(?![\w:])"
)
"""An emoji, as a character (\U0001f389) or a chat's short code (`:eyes:`): a reaction, or an emoji itself."""
_WHEN = re.compile(
    r"(?<![\w:])(?:\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d{1,2}:\d{2}(?![\w:])|today|tonight|tomorrow|yesterday"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:last|next|this|past)\s+(?:week|month|year|quarter)"
    r"|\d+\s+(?:hours|days|weeks)\s+ago)\b(?!:)",
    re.I,
)
"""A date or a time ("tomorrow at 8am", "on Friday", "last week"): an argument of date-time."""
_MONTH = re.compile(
    r"\b(?:(in|on|since|until|by|from|before|after|during|through|early|late|mid|\d{1,2})\s+)?"
    r"(?:january|february|march|april|june|july|august|september|october|november|december)\b(\s+\d)?",
    re.I,
)
"""A month, as a date ("in March", "1 and 15 March", "March 3") rather than a word ("march the rules")."""
_HOST = re.compile(
    r"(?<![\w@/.:-])(?:[a-z0-9-]+\.)+(?!(?:js|ts|py|rb|go|sh|rs)\b)[a-z]{2,6}(?![\w/.@-])",
    re.I,
)
"""A host name without scheme or path (`example.org`, `www.acme.io`): a domain."""
_IP = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?(?![\w.])")
"""An IPv4 address or range (`203.0.113.10`, `10.0.0.0/16`)."""
_COLOUR = re.compile(
    r"\b(?:red|green|blue|yellow|orange|purple|pink|grey|gray|brown|teal|violet)\b",
    re.I,
)
"""A colour's name ("show it in green"): a colour."""
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z_][\w.-]*")
"""A handle as social sites write it (`@jack`): a user, by their username."""
HANDLE_WEIGHT = 0.5
_CALLERS = word_set(
    "who whom i we you he she they someone somebody anyone everyone nobody that which people"
)
_OWN = re.compile(r"\b(my|our|your|their|his|her|its|\w+'s)\s+own\b(?:\s+(\w+))?", re.I)
"""`own` after a possessive ("my own access", "the account's own details") only stresses whose: not `owner`."""


_CLITIC = re.compile(r"'(s|re|ve|m|ll|d)\b")
_CLITICS = {
    "s": " is",
    "re": " are",
    "ve": " have",
    "m": " am",
    "ll": " will",
    "d": " would",
}
_VERSION_WORD = re.compile(r"\bv\d+(?:[a-z]+\d*)?\b")
_ID = re.compile(r"\b[A-Za-z]*[-_]?[A-Za-z0-9]*\d[\w-]*|\b[a-z]{2,6}_[A-Za-z0-9_]+")
_ID_PREFIX = re.compile(r"^([A-Za-z]{2,})[-_]")
_HYPHENATED = re.compile(r"\b([A-Za-z]+)(\s+)([a-z]+(?:-[a-z]+)+)\b")
"""A word, then a lowercase name of words joined by hyphens (`deployment debug-tools`)."""
_STAMPED = re.compile(r"[a-z]{2,6}_[A-Za-z0-9]*\d[A-Za-z0-9]*")
"""An identifier a service stamps with a short prefix (`sub_1NxQ`, `cus_123`): a value, whatever its prefix spells."""
_TOKEN = re.compile(r"[A-Za-z0-9]+|[.,;:!?()\[\]|]|\s-\s")
_READ_OPENERS = word_set(
    """what which who whom whose where when why how is are was were did does do has have any anything
    anyone show list find display view see lookup"""
)


_SUBJECT_VERBS = word_set(
    "is was has had got gets left leaves joined joins just needs wants will would can should did does started moved"
)
"""Words after a capitalised first word that make it the subject of a sentence, a name ("Mark got promoted")."""
_DETERMINERS = word_set("the my our your their his her its this that")


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
        i > 0
        and tokens[i - 1].lower() in _DETERMINERS
        and after.isalpha()
        and after.islower()
        and known(fold(after))
    )


_PHRASE_PAIRS = {pair for phrase in PHRASES for pair in itertools.pairwise(phrase)}
"""Two words in a row of a phrase users say."""


def _own(m: re.Match[str]) -> str:
    """`my own X` as `my X`, unless `own X` is part of a phrase users say (`my own copy`: a fork)."""
    after = m.group(2) or ""
    if ("own", fold(after.lower())) in _PHRASE_PAIRS:
        return m.group(0)
    return f"{m.group(1)} {after}".rstrip()


def _after_noun(tokens: Sequence[str], k: int, known: Callable[[str], bool]) -> bool:
    """Whether the capitalised word at `k` follows a word of the API that names a kind of thing ("the column
    Priority", "channel General"): the name of one of them. A word for an action names no kind ("a new Bitcoin
    address", "list Radar reviews")."""
    before = tokens[k - 1] if k > 0 else ""
    return (
        before.isalpha()
        and before.islower()
        and is_content(before)
        and known(fold(before))
        and not ACTIONS.intersection(CONCEPTS.get(fold(before), ()))
    )


def _after_kind(
    tokens: Sequence[str],
    k: int,
    kind: Callable[[str, str], bool],
    paired: Callable[[str, str], bool],
) -> bool:
    """Whether the capitalised word at `k` follows a word for a kind of thing the API has operations on
    ("portfolio Data Platform", "team Sales"): the start of the name of one of them, even if the vocabulary
    knows the word, unless the API's paths say the two together (`/portfolioShares`)."""
    before = tokens[k - 1] if k > 0 else ""
    if not (before.isalpha() and before.islower() and is_content(before)):
        return False
    word = fold_word(before.lower())
    if ACTIONS.intersection(CONCEPTS.get(word, ())):
        return False  # "a new Team": a word for an action names no kind
    return kind(fold_word(tokens[k - 2].lower()) if k > 1 else "", word) and not paired(
        word, fold_word(tokens[k].lower())
    )


def clean(
    query: str,
    known: Callable[[str], bool],
    named: Callable[[str], bool] = lambda word: False,
    spelled: Callable[[str], bool] = lambda name: False,
    kind: Callable[[str, str], bool] = lambda before, word: False,
    paired: Callable[[str, str], bool] = lambda word, after: False,
) -> tuple[list[str], list[tuple[str, float]]]:
    """The query's words (lowercase, folded, stop words kept, "" between clauses) once argument values are
    left out, and the words the values stand for, with their weights. `known`: whether the index has a
    word (an identifier made only of the API's words, `apiextensions.k8s.io`, is not a value). `named`:
    whether the API's paths name something so (a capitalised `Radar` or `Treasury` is that part of the API,
    not a name given to a thing). `spelled`: whether the API's paths have a namespace so named
    (`coordination.k8s.io`, `batch`): that part of the API, by its own name, not a host name or a word.
    `kind`: whether a word (after the one before it, "" for the first) names a kind of thing the API has
    operations on: the words joined by hyphens after it are a thing's name (`deployment debug-tools`, `daemon
    set node-exporter`), not words of the request, unless the API or the vocabulary writes them as one word or
    users say them as a phrase (`read-only`). `paired`: whether the API's paths have two words one after
    the other (`windows autopilot` of `/windowsAutopilotDeviceIdentities`).
    """
    text = _RIGHT_NOW.sub(" ", query.translate(_APOSTROPHES))
    hints: list[tuple[str, float]] = []

    def called(m: re.Match[str]) -> str:
        if m.group(1).lower() in _CALLERS:
            return m.group(0)
        hints.append(("title" if m.group(2) == "titled" else "name", VALUE_WEIGHT))
        return m.group(1) + " , "

    text = _CALLED.sub(called, text)

    def api_name(m: re.Match[str]) -> str:
        if not spelled(m.group(1).lower()):
            return m.group(0)
        words = sequence(m.group(1).replace(".", " "))
        hints.extend(
            (w, API_NAME_WEIGHT)
            for w in words
            if len(w) > 2 and not w.isdigit() and known(w)
        )
        if m.group(2):
            hints.append((m.group(2).lower(), 1.0))
        return " , "

    text = _API_NAME.sub(api_name, text)

    def slug(m: re.Match[str]) -> str:
        if _FILE.fullmatch(m.group(2)) or _CONFIG_FILE.fullmatch(m.group(2)):
            return m.group(0)  # a file in a folder (`docs/install.md`)
        owner, name = (
            [
                fold(w.lower())
                for w in WORD.findall(part)
                if len(w) > 2 and not w.isdigit()
            ]
            for part in m.groups()
        )
        if all(known(w) for w in owner + name):
            return " ".join(m.groups())
        if owner and not any(
            known(w) for w in owner
        ):  # an owner's name is not a word of the API
            hints.extend(
                [("~repository", REPOSITORY_WEIGHT), ("repository", REPOSITORY_WEIGHT)]
            )
        return " , "

    text = _SLUG.sub(slug, text)
    for pattern, values in (
        (_EMOJI, ("~reaction", "emoji")),
        (_NUMBERED, ("number",)),
        (_PHONE, ("phone",)),
    ):
        if pattern.search(
            text
        ):  # a value of its own kind: what it stands for counts, its text is no word
            hints.extend((value, VALUE_WEIGHT) for value in values)
            text = pattern.sub(" , ", text)
    for pattern, hint in (
        (_EMAIL, "email"),
        (URL, "url"),
        (_MONEY, "amount"),
        (_PERCENT, "percent"),
    ):
        if pattern.search(text):
            hints.append((hint, VALUE_WEIGHT))
    host = next(
        (
            m
            for m in _HOST.finditer(text)
            if not (_FILE.fullmatch(m[0]) or _CONFIG_FILE.fullmatch(m[0]))
        ),
        None,
    )
    for found, hint in (
        (host, "domain"),
        (_IP.search(text), "ip"),
        (_COLOUR.search(text), "color"),
    ):
        if found:
            hints.append((hint, VALUE_WEIGHT))
    if _WHEN.search(text) or any(m[1] or m[2] for m in _MONTH.finditer(text)):
        hints.extend([("date", VALUE_WEIGHT), ("time", VALUE_WEIGHT)])
    if _CHANNEL.search(text):
        hints.extend([("channel", CHANNEL_WEIGHT), ("~channel", CHANNEL_WEIGHT)])
    if _HANDLE.search(text):
        hints.extend([("username", HANDLE_WEIGHT), ("~user", HANDLE_WEIGHT)])
    text = _HANDLE.sub(" ", _CHANNEL.sub(" ", _EMAIL.sub(" ", _QUOTED.sub(" ", text))))
    text = _FILE.sub(" file ", _ASSIGNMENT.sub(" , ", text))
    text = _DOMAIN.sub(" ", URL.sub(" ", _CONFIG_FILE.sub(" config file ", text)))
    text = _NEGATION.sub(
        lambda m: (
            {"won": "will", "ca": "can", "can": "can"}.get(m.group(1), m.group(1)[:-1])
            + " not"
        ),
        text,
    )
    if _POSSESSIVE.search(text):
        hints.append(("user", POSSESSIVE_WEIGHT))
    membership = _MEMBERSHIP.search(text)
    if membership or _MEMBER_OF.search(text):
        hints.extend(
            [
                ("~member", MEMBER_WEIGHT),
                ("member", MEMBER_WEIGHT / 2),
                ("~user", MEMBER_WEIGHT / 2),
            ]
        )
    if membership:
        out = (membership.group(1) or membership.group(2)).lower() in (
            "remove",
            "kick",
            "take",
            "drop",
        )
        hints.append(("~delete" if out else "~create", MEMBER_WEIGHT))
    text = _CLITIC.sub(lambda m: _CLITICS[m.group(1)], _OWN.sub(_own, text))
    hints.extend((m.lower(), 1.0) for m in _VERSION_WORD.findall(text))
    text = _VERSION_WORD.sub(" ", text)

    def identifier(m: re.Match[str]) -> str:
        parts = [
            fold(w.lower())
            for w in WORD.findall(m.group(0))
            if len(w) > 2 and not w.isdigit()
        ]
        if (
            parts
            and all(known(w) for w in parts)
            and not _STAMPED.fullmatch(m.group(0))
        ):
            return " " + m.group(0).replace("_", " ").replace("-", " ") + " "
        prefix = _ID_PREFIX.match(m.group(0))
        if prefix:
            hints.append(("#" + fold(prefix.group(1).lower()), ID_PREFIX_WEIGHT))
        return " , "

    text = _ID.sub(identifier, text)

    def hyphenated(m: re.Match[str]) -> str:
        before = WORD.findall(text[: m.start()])
        parts = m.group(3).split("-")
        joined = fold("".join(parts))
        if (
            kind(
                fold_word(before[-1].lower()) if before else "",
                fold_word(m.group(1).lower()),
            )
            and all(
                len(w) > 1 and is_content(w) for w in parts
            )  # not `sign-in`, `e-mail`
            and not (
                known(joined)
                or joined in CONCEPTS
                or tuple(map(fold_word, parts)) in PHRASES
            )  # `read-only`
        ):
            return m.group(1) + m.group(2) + ", "
        return m.group(0)

    text = _HYPHENATED.sub(hyphenated, text)
    seq: list[str] = []
    start = True
    tokens = _TOKEN.findall(text)
    joined = dropped = -1
    for k, token in enumerate(tokens):
        if k == joined:
            continue
        if not token[0].isalnum():
            seq.append("")
            start = start or token.strip() in ".!?:;-"
            continue
        lower = fold_word(token.lower())
        after = fold_word(tokens[k + 1].lower()) if k + 1 < len(tokens) else ""
        pair = (
            fold(token.lower() + tokens[k + 1].lower()) if k + 1 < len(tokens) else ""
        )
        if (
            token.istitle()
            and tokens[k + 1 : k + 2] != []
            and tokens[k + 1].istitle()
            and known(pair)
        ):
            seq.append(pair)  # a name the API writes as one word (To Do: todo)
            joined, start = k + 1, False
            continue
        subject = (
            start
            and token.istitle()
            and after in _SUBJECT_VERBS
            and is_content(lower)
            and lower not in _CALLERS
        )
        name = subject or (
            not start
            and token.istitle()
            and len(token) > 1
            and not paired(
                lower, after
            )  # the API's own words: "the Windows Autopilot devices"
            and (
                _titled(tokens, k, known)
                or (
                    lower not in CONCEPTS
                    and not (named(lower) and not _after_noun(tokens, k, known))
                )
            )
        )
        within = bool(seq) and (seq[-1], lower) in _PHRASE_PAIRS  # Do Not Disturb
        # the name of one thing of a kind ("portfolio Data Platform"), whatever words it is made of
        given = (
            not start
            and token.istitle()
            and len(token) > 1
            and (dropped == k - 1 or _after_kind(tokens, k, kind, paired))
        )
        if (
            given
            or subject
            or (
                name
                and (lower,) not in PHRASES
                and (lower, after) not in PHRASE_STARTS
                and not within
            )
        ):
            dropped = k if given else dropped
            continue  # a name given to something (the Contracts folder, Dana): an argument value
        start = False
        parts = [fold_word(w.lower()) for w in WORD.findall(token)]
        if lower in CONCEPTS and not set(CONCEPTS[lower]) & {
            c for w in parts for c in CONCEPTS.get(w, ())
        }:
            seq.append(
                lower
            )  # a name the vocabulary knows whole (SharePoint: a site), its parts do not
        else:
            seq.extend(parts)
    return seq, hints


def read_intent(query: str) -> bool:
    """Whether the query asks about something (a question) rather than asks for a change."""
    text = query.strip()
    first = next(iter(WORD.findall(text.lower())), "")
    return text.endswith("?") or first in _READ_OPENERS
