"""Parts of a document about running the server, not about a request: "Configuration options", "Configuration
Reference > `[server]`", "Environment Variables", "Deployment", "Installation", "Features", "Command-line options",
"Custom Endpoints" (the routes a reader adds in the server's config).

Such a part names no route, yet the owner logic may give it one: the route named last before it (the part
continues it, as "Parameters" continues `## POST /payment` in a flat layout), or the one route a sibling part
names in passing. Its options, keys and feature names are what an operator configures or a reader is sold, never
what a caller sends, so the part belongs to no operation. So too the reference of a library function: a heading
naming it (`### serve`) over its call signature (`serve(app, model, [options])`), then its "arguments", which
the reader passes in code, not in a request. Only a part that names no route anywhere on its heading path nor in
the parts under it is read so: `### Settings` under `## PUT /v1/settings` stays that request's."""

from __future__ import annotations

import re

from .blocks import Document, Section
from .mention import Mention

_RUNNING_HEADING = re.compile(
    r"\b(?:config(?:uration)?s?|configur(?:e|ing)|settings|environment[- ]variables?|env(?:ironment)?[- ]vars?|"
    r"deploy(?:ment|ing)?|install(?:ation|ing)?|docker|features|development|contributing|licen[cs]e|changelog|"
    r"command[- ]line(?: options| switches| flags| arguments)?|cli (?:options|flags)|"
    r"custom (?:rest |api |http )?(?:end ?points|routes))\b|"
    r"环境变量|配置|部署|安装|特性|许可证",
    re.I,
)


def settings_sections(
    doc: Document, mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """The owners, without the parts about running the server that name no route on their path or below."""
    by_path = {section.path: section for section in doc.sections}
    named = {section.path for section, found in zip(doc.sections, mentions, strict=True) if found}
    result = list(owners)
    for index, section in enumerate(doc.sections):
        path = section.path
        if result[index] is None or not path:
            continue
        if any(path[:k] in named for k in range(1, len(path) + 1)):
            continue  # the part or a heading above it names a route: the request's own part
        if any(other[: len(path)] == path for other in named):
            continue  # a part under it names one: its introduction
        titles = path[1:] if len(path) > 1 else path  # not the document's own title ("Settings API")
        running = any(_RUNNING_HEADING.search(title) for title in titles)
        if running or any(_function_reference(by_path.get(path[:k])) for k in range(2, len(path) + 1)):
            result[index] = None
    return result


def _function_reference(section: Section | None) -> bool:
    """A heading naming a function (`serve`, `` `client.get_items()` ``) over a code block of its call signature."""
    if section is None:
        return False
    name = section.title.strip(" `*").removesuffix("()")
    if not re.fullmatch(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*", name) or not section.blocks:
        return False
    first = section.blocks[0]
    lines = [line.strip() for line in first.text.strip().splitlines()]
    call = rf"(?:[\w$]+\.)*{re.escape(name.rsplit('.', 1)[-1])}\s*\(.*\)\s*;?"
    return first.kind == "code" and len(lines) == 1 and re.fullmatch(call, lines[0]) is not None
