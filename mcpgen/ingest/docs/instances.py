"""Requests a page states as a method over an example of the route its section is titled by.

A prose reference titles each resource's section by its path, placeholders in emphasis
(`/data/*class*/*id* item`, `/summary`), and says the methods in sentences over an instance of it: "The
method ``PUT`` is allowed on individual items, e.g. ``/data/issue/42``", "A Summary page can be reached via
``/summary`` via the ``GET`` method". Such a sentence states the titled route, with that method, when its
path fits the title's template; an instance that does not fit it (an item's path in the section of a
property) states nothing. Where the page says it leaves a prefix out of its paths ("/rest removed for
brevity"), an example request's path after that prefix is an example of the route it fits.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, Section
from .mention import Mention
from .requests import METHODS, split_target
from .templating import generalise

_SEGMENT = r"(?:\*[A-Za-z_][\w-]*\*|[\w.@-]+)"
_TITLE = re.compile(rf"^(?P<path>/{_SEGMENT}?(?:/{_SEGMENT})*)(?:\s+[A-Za-z][\w ]*)?$")
"""A section title that is a path, perhaps with a word after it (`/data/*class* Collection`, `/summary`)."""
_METHOD = rf"`(?P<method>{'|'.join(METHODS)})`"
_PATH = r"`(?P<path>/[^`\s?]*)`"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def titled_template(section: Section) -> str:
    """The route the nearest path-titled section (this one or an enclosing one) names, `{name}` for its
    emphasised segments; "" when none is titled so."""
    return next(filter(None, map(_template_of, reversed(section.path))), "")


def _template_of(title: str) -> str:
    match = _TITLE.match(title.replace("\x00", "").replace("\\ ", "").replace("/ *", "/*").strip())
    return re.sub(r"\*([A-Za-z_][\w-]*)\*", r"{\1}", match["path"]) if match else ""


def _fits(instance: str, template: str) -> bool:
    have = instance.strip("/").split("/")
    want = template.strip("/").split("/")
    return len(have) == len(want) and all(w.startswith("{") or w == h for h, w in zip(have, want, strict=True))


def stated_over_instances(section: Section) -> list[Mention]:
    template = titled_template(section)
    if not template:
        return []
    found = []
    for block in section.blocks:
        if block.kind != "text":
            continue
        for sentence in _SENTENCE.split(" ".join(block.text.split())):
            methods = list(re.finditer(_METHOD, sentence))
            paths = [m for m in re.finditer(_PATH, sentence) if _fits(m["path"], template)]
            for i, method in enumerate(methods):
                end = methods[i + 1].start() if i + 1 < len(methods) else len(sentence)
                after = [p for p in paths if method.end() <= p.start() < end]
                if not after and len(methods) == 1:
                    after = paths  # "reached via ``/summary`` via the ``GET`` method"
                if len(after) == 1:  # one method over one instance of the titled route
                    found.append(Mention(method["method"], split_target(template), block.where, "line"))
    return found


_OMITTED = re.compile(
    r"(?:(?:have|has|with)\s+(?:the\s+)?`*(?P<after>/[\w.-]+)`*\s+(?:prefix\s+)?"
    r"|(?:the\s+)?`*(?P<before>/[\w.-]+)`*\s+(?:prefix\s+)?(?:is|are|will\s+be|has\s+been)\s+)"
    r"(?:removed|omitted|left\s+out|dropped)\b[^.]{0,80}?\bfor\s+(?:brevity|readability|simplicity)"
)
""""Partial URLs paths below will have /rest removed for brevity", "the ``/rest`` prefix is omitted from
relative links for brevity": a prefix of every route that the page's paths leave out."""


def omitted_prefix(doc: Document) -> str:
    for section in doc.sections:
        for block in section.blocks:
            if block.kind == "text":
                match = _OMITTED.search(" ".join(block.text.split()))
                if match:
                    return match["after"] or match["before"]
    return ""


def under_omitted_prefix(mention: Mention, prefix: str, stated: list[str], shown: dict[str, set[str]]) -> None:
    """`PUT https://example.com/demo/rest/data/issue/23` where the page leaves `/rest` out of its routes
    (`/data/{class}/{id}`): what follows the prefix is the example's path, when it fits a route stated for
    its method; what comes before it is where the server is mounted. One that fits none but begins with a
    stated route, its values ones the page shows for those placeholders (`/data/issue/@poe`, `issue` a
    class), is a route of its own under that one (`/data/{class}/@poe`)."""
    segments = mention.target.path.split("/")
    cut = prefix.strip("/").split("/")
    for i in range(1, len(segments) - len(cut)):
        if segments[i : i + len(cut)] == cut:
            rest = ["", *segments[i + len(cut) :]]
            shorter = replace(mention, target=replace(mention.target, path="/".join(rest)))
            generalise(shorter, [path.split("/") for path in stated])
            if "{" in shorter.target.path:
                mention.target.path = shorter.target.path
                return
            heads = [t for t in shown_templates(shown) if len(t) < len(rest) and _shown_in(rest, t, shown)]
            if heads:
                head = max(heads, key=len)
                mention.target.path = "/".join([*head, *rest[len(head) :]])
            return


def placeholder_values(doc: Document, stated: list[str]) -> dict[str, set[str]]:
    """Per stated route with placeholders (key `template`), and per placeholder name (key `{name}`), the values
    the page's paths in code show for it (`/data/issue/42`: class `issue`, id `42`)."""
    templates = [t for t in stated if "{" in t]
    shown: dict[str, set[str]] = {t: set() for t in templates}
    for section in doc.sections:
        for block in section.blocks:
            for path in re.findall(r"`(/[^`\s?]*)`", block.text) if block.kind == "text" else ():
                for template in (t for t in templates if _fits(path, t)):
                    for have, want in zip(path.strip("/").split("/"), template.strip("/").split("/"), strict=True):
                        if want.startswith("{"):
                            shown.setdefault(want, set()).add(have)
    return shown


def shown_templates(shown: dict[str, set[str]]) -> list[list[str]]:
    return [t.split("/") for t in shown if t.startswith("/")]


def _shown_in(rest: list[str], template: list[str], shown: dict[str, set[str]]) -> bool:
    return all(
        w == h if not w.startswith("{") else h in shown.get(w, ())
        for h, w in zip(rest[: len(template)], template, strict=True)
    )


def unstated_titled_routes(doc: Document, mentions: list[list[Mention]]) -> None:
    """In a page that states its methods over instances of its path-titled sections' routes, a section titled
    by a route that nothing in it or under it gives a method for (`/data/user/roles endpoint`, "This endpoint
    returns a list of all defined roles") is read as a URL is: GET, marked as inferred."""
    if not any(stated_over_instances(section) for section in doc.sections):
        return
    for i, section in enumerate(doc.sections):
        template = _template_of(section.title)
        if not template:
            continue
        end = next((j for j in range(i + 1, len(doc.sections)) if doc.sections[j].level <= section.level), None)
        under = [m for found in mentions[i : end or len(doc.sections)] for m in found]
        if not any(_fits(m.target.path, template) or _fits(template, m.target.path) for m in under):
            mentions[i].append(Mention("GET", split_target(template), section.where, "line", inferred=True))
