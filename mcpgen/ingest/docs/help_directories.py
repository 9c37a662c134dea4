"""A directory of an API's commands printed as its help output: a code block holding an object whose every member
maps a command's name to the full URL that runs it, all on one origin, the name a word of its URL's path (lines
as JSON prints them, but read leniently: such blocks are pasted by hand, with repeated keys and missing commas):

    Call `http://host:8087/help` to get the help. The result is:

    {
      "get": "http://host:8087/get/stateID?prettyPrint",
      "set": "http://host:8087/set/stateID?value=1",
      "objects": "http://host:8087/objects?pattern=system.*"
    }

Each URL is a GET route (a listing of links states no method: they are what a client opens), and the URL the
paragraph before the block names on the same origin is the route that prints it. A path word written as a
variable name (`stateID`, `stateID1,stateID2`) is a placeholder when the page's example URLs, in paragraphs or
in code, put other values in its place (`/get/system.adapter.admin.0.alive`); then it is one wherever the
directory writes it. Query names are those of the URL and of the examples of its path, all optional; where the
URL's own query keys are such variable words (`?stateID1=0.7`), its keys are values, and only its literal names
are parameters. A section named after a command that says the request takes POST too adds that POST; one named
after a command the directory leaves out, showing its URL, adds that route in the directory's shape.
"""

from __future__ import annotations

import re

from .blocks import Block, Document
from .mention import Mention
from .requests import Target, split_target

_PAIR = re.compile(r"""^\s*"(?P<key>[A-Za-z_][\w-]*)"\s*:\s*"(?P<url>https?://[^"\s]+)"\s*,?\s*$""")
_FRAME = re.compile(r"^\s*[{}]?\s*,?\s*$")
_URL = re.compile(r"https?://[^\s`'\"<>()\[\]]+")
_ORIGIN = re.compile(r"^https?://[^/?#]+")
_VARIABLE = re.compile(r"[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*|ID)+\d*")
"""A word written as a variable name in camel case (`stateID`, `stateID2`, `tableName`)."""
_NAME = re.compile(r"[A-Za-z_][\w-]*")
_POST_TOO = re.compile(r"\bPOST\b[^.]{0,40}\b(?:too|also|as well)\b|\b(?:also|too)\b[^.]{0,40}\bPOST\b")


def _pairs(block: Block) -> list[tuple[str, str]]:
    """The `"name": "URL"` members of a code block made of them alone (braces and blank lines aside)."""
    pairs = []
    for line in block.text.splitlines():
        if match := _PAIR.match(line):
            pairs.append((match["key"], match["url"]))
        elif not _FRAME.match(line):
            return []
    return pairs


def _directory(pairs: list[tuple[str, str]]) -> bool:
    """Three or more members on one origin, each name a segment of its URL's path."""
    origins = {_ORIGIN.match(url)[0].lower() for _, url in pairs}  # type: ignore[index]
    return len(pairs) >= 3 and len(origins) == 1 and all(key in split_target(url).path.split("/") for key, url in pairs)


def _segments(path: str) -> list[str]:
    return path.rstrip("/").split("/")


def _variables(segment: str, key: str) -> list[str]:
    """The variable-name words a segment is made of (`stateID1,stateID2`), or none; the command's own name
    (`getBulk`) is a word of the route, not one of them."""
    words = segment.split(",")
    return words if segment != key and all(_VARIABLE.fullmatch(w) for w in words) else []


def _fits(template: list[str], example: list[str], key: str) -> bool:
    """Whether `example` is the template's path with values at (some of) its variable words."""
    return len(template) == len(example) and all(
        t == e or (bool(_variables(t, key)) and bool(e)) for t, e in zip(template, example, strict=True)
    )


def _examples(doc: Document, directory: Block) -> list[Target]:
    """Every URL the page writes outside the directory: paragraphs, list items, code."""
    texts = []
    for section in doc.sections:
        for block in section.blocks:
            if block is directory:
                continue
            texts.append(block.text)
            texts.extend(f"{term} {text}" for term, text in block.items)
            texts.extend(cell for row in block.rows for cell in row)
    return [split_target(url.rstrip(".,;:")) for text in texts for url in _URL.findall(text)]


def _filled(templates: list[tuple[str, Target]], examples: list[Target]) -> set[str]:
    """The variable words some example puts another value in place of."""
    filled: set[str] = set()
    for key, template in templates:
        want = _segments(template.path)
        for example in examples:
            have = _segments(example.path)
            if _fits(want, have, key):
                for t, e in zip(want, have, strict=True):
                    if t != e:
                        filled.update(_variables(t, key))
    return filled


def _placed(segment: str, words: list[str], filled: set[str]) -> str:
    """A segment with its filled words as placeholders; numbered names of one variable (`stateID1,stateID2`)
    are a list of its values, one placeholder (`{stateID}`)."""
    if not words or not set(words) & filled:
        return segment
    bases = {re.sub(r"\d+$", "", w) for w in words}
    if len(words) > 1 and len(bases) == 1 and all(w[-1].isdigit() for w in words):
        return f"{{{bases.pop()}}}"
    return ",".join(f"{{{w}}}" if w in filled else w for w in words)


def _route(key: str, template: Target, examples: list[Target], filled: set[str]) -> Target:
    """The template with its filled words as placeholders and the query names it and its examples write."""
    path = "/".join(_placed(part, _variables(part, key), filled) for part in template.path.split("/"))
    free = any(name in filled for name, _, _ in template.query)  # `?stateID1=0.7`: its keys are values
    names = [name for name, _, _ in template.query if name not in filled]
    if not free:
        want = _segments(template.path)
        names += [
            name
            for example in examples
            if _fits(want, _segments(example.path), key)
            for name, _, _ in example.query
            if _NAME.fullmatch(name)
        ]
    return Target(template.origin, path, [(name, "", False) for name in dict.fromkeys(names)])


def _unlisted_commands(doc: Document, origin: str, routes: list[tuple[str, Target]]) -> list[Mention]:
    """Sections named after a command the directory leaves out (`### setValueFromBody`) that show it as a URL on
    the directory's origin, the title its first path word: a route of the directory's shape, so its value sits
    where the directory's routes of its length all hold one placeholder (`/setValueFromBody/{stateID}`); its
    method the one its text names, else GET."""
    keys = {key for key, _ in routes}
    shapes: dict[tuple[int, int], set[str]] = {}
    for _, route in routes:
        segments = _segments(route.path)
        for i, segment in enumerate(segments):
            if re.fullmatch(r"\{[^{}]+\}", segment):
                shapes.setdefault((len(segments), i), set()).add(segment)
    found = []
    for section in doc.sections:
        title = section.title.strip()
        if not _NAME.fullmatch(title) or title in keys:
            continue
        said = " ".join(b.text for b in section.blocks if b.kind == "text")
        urls = [split_target(u.rstrip(".,;:")) for u in _URL.findall(said)]
        shown = next((t for t in urls if t.origin.lower() == origin and t.path.split("/")[1:2] == [title]), None)
        methods = set(re.findall(r"\b(?:GET|POST|PUT|PATCH|DELETE)\b", said))
        if shown is None or len(methods) > 1:
            continue
        segments = _segments(shown.path)
        for i in range(2, len(segments)):
            names = shapes.get((len(segments), i), set())
            if len(names) == 1:
                segments[i] = next(iter(names))
        target = Target(shown.origin, "/".join(segments), [(n, "", False) for n, _, _ in shown.query])
        method = methods.pop() if methods else "GET"
        found.append(Mention(method, target, section.where, "line", inferred=method == "GET"))
    return found


def directory_routes(doc: Document) -> list[Mention]:
    """GET mentions (marked as inferred) of every route a help directory printed in `doc` lists and of the URL the
    paragraph before it names; the POST a section named after a command says that command takes too; the routes
    of sections named after commands the directory leaves out (`_unlisted_commands`)."""
    found: list[Mention] = []
    for section in doc.sections:
        for index, block in enumerate(section.blocks):
            pairs = _pairs(block) if block.kind == "code" else []
            if not pairs or not _directory(pairs):
                continue
            origin = _ORIGIN.match(pairs[0][1])[0].lower()  # type: ignore[index]
            templates = [(key, split_target(url)) for key, url in pairs]
            examples = _examples(doc, block)
            filled = _filled(templates, examples)
            routes = [(key, _route(key, t, examples, filled)) for key, t in templates]
            found.extend(Mention("GET", route, block.where, "line", inferred=True) for _, route in routes)
            before = section.blocks[index - 1] if index else None
            if before is not None and before.kind == "text":
                stated = {split_target(u).path for _, u in pairs}
                for url in _URL.findall(before.text):
                    target = split_target(url.rstrip(".,;:"))
                    if target.origin.lower() == origin and target.path not in stated:
                        found.append(Mention("GET", target, before.where, "line", inferred=True))
            found.extend(_unlisted_commands(doc, origin, routes))
            for other in doc.sections:
                route = dict(routes).get(other.title.strip())
                said = " ".join(b.text for b in other.blocks if b.kind == "text")
                if route is not None and _POST_TOO.search(said):
                    found.append(Mention("POST", Target(route.origin, route.path), other.where, "line"))
    return found
