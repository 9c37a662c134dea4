"""A component file's `<template>`: the markup a Vue single-file component (`wallet-api-docs.vue`), a web component
or a framework's partial renders, written inside one `<template>` element at the top of the file:

    <template id="wallet-api-docs">
      <q-expansion-item label="Get wallet details">
        <code><span>GET</span> /api/v1/wallet</code>
        ...
    </template>

In a page, a `<template>` is inert markup a script clones (a row to copy, a dialog to show), and it is skipped as
such; at the top of a file of no `<html>`/`<body>`, it is what the file shows, so it is read in place. The
`<template>` elements nested in it that a framework renders in place (`v-if`, `v-for`, `v-slot`, `#header`) are
read so too; others stay skipped.

An element whose text the framework binds at run time to a named value (`<span v-text="baseUrl"></span>`, in a
curl line `curl <span v-text="baseUrl"></span>api/v1/wallet`) shows that value, unknown in the file: it is read as
a placeholder of that name (`{baseUrl}`), and where a path follows it glued (`api/v1/wallet`) the value is the base
the path is under (`{baseUrl}/api/v1/wallet`), not a word of the path. A binding to an expression (`v-text="hidden ?
'****' : key"`) stays empty."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

_BOUND_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")
_RENDERED = re.compile(r"^(?:v-(?:if|else-if|else|for|slot|show)\b|#)")
"""Attributes of a nested `<template>` a framework renders in place (Vue's directives and slot shorthand)."""


def unwrap_component_templates(soup: BeautifulSoup) -> None:
    """Read in place each `<template>` at the top of a page of no `<html>` or `<body>` element, and the rendered
    `<template>` elements nested in it."""
    if soup.find(["html", "body"]) is not None:
        return
    tops = [child for child in soup.children if isinstance(child, Tag) and child.name == "template"]
    for top in tops:
        nested = [t for t in top.find_all("template") if any(_RENDERED.match(name) for name in t.attrs)]
        for template in nested:
            template.unwrap()
        for text in list(top.find_all(string=True)):  # (the parser marks a template's text as inert: no longer)
            if type(text) is not NavigableString and isinstance(text, NavigableString) and text.parent is not None:
                text.replace_with(NavigableString(str(text)))
        for bound in top.find_all(attrs={"v-text": _BOUND_NAME}):
            if bound.get_text().strip() or not _BOUND_NAME.fullmatch(str(bound["v-text"])):
                continue
            after = bound.next_sibling
            glued = isinstance(after, NavigableString) and re.match(r"[A-Za-z0-9_]", str(after)) is not None
            bound.string = f"{{{bound['v-text']}}}" + ("/" if glued else "")
        top.unwrap()
