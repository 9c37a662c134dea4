"""A code block that holds only a request line on concrete values (`GET /v1/settings/global`), in a section
under a heading that states the route's template (`### GET /v1/settings/{settings type}`, then `#### Request`):
the request as sent, an example of that template, as a raw HTTP request with headers would be."""

from __future__ import annotations

from .blocks import Section
from .mention import Mention
from .requests import path_key, request_lines, split_target
from .templating import example_of


def _stated_template(section: Section) -> tuple[str, str] | None:
    """The one template route the section's heading states, if it states exactly one."""
    keys = {(method, path_key(split_target(raw).path)) for _, method, raw in request_lines(section.title)}
    if len(keys) != 1:
        return None
    (key,) = keys
    return key if "{}" in key[1] else None


def sent_request_lines(sections: list[Section], mentions: list[list[Mention]]) -> None:
    """Concrete request lines of code blocks, in sections titled without a request line, that fit the template
    the nearest enclosing heading states: marked as sent requests (`http`), examples of that template."""
    stack: list[int] = []
    for index, section in enumerate(sections):
        while stack and sections[stack[-1]].level >= section.level > 0:
            stack.pop()
        if section.level > 0:
            stack.append(index)
        if request_lines(section.title):
            continue
        enclosing = next((i for i in reversed(stack[:-1]) if request_lines(sections[i].title)), None)
        template = _stated_template(sections[enclosing]) if enclosing is not None else None
        if template is None:
            continue
        for mention in mentions[index]:
            shown = mention.kind == "line" and not mention.prose and "{" not in mention.target.path
            if shown and example_of(mention, template):
                mention.kind = "http"
