"""Routes the text itself disowns: a request named to compare with ("just like ``GET /a/:id``"), a design the
authors considered and did not take ("We considered making this ``POST /a`` instead"), the former spelling of a
route ("``POST /:tid/tags`` is now ``PUT /:tid/tags``"), a legacy name of the operation ("a legacy endpoint,
``POST /v1/x``, that operates the same"), a request of another service named to explain something ("the ``GET
/servers`` call to the ``compute`` service becomes ``compute.GET.servers``"), a route whose section says it is
not implemented ("Not yet implemented."), and a WebSocket's route (`GET /ws` under "WebSocket API", or
"Subscribe over WebSocket."). None of them is an HTTP operation of the API."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, Section
from .mention import Mention
from .requests import METHODS, request_lines
from .socket_tables import connect_parameters

_REQUEST = rf"[`*]*(?:{'|'.join(METHODS)})\s+[`*]*(?:/|https?://)[^\s`*]*[`*]*"
_COMPARED = re.compile(
    rf"\b(?:(?:just|exactly|much)\s+(?:like|as)|(?:similar|analogous|identical)\s+to)\s+(?:for\s+|with\s+)?"
    rf"(?:the\s+)?{_REQUEST}",
    re.I,
)
""""just like ``GET /storage/v1/immutable/:storage_index``": another operation, named to compare with."""
_FORMER = re.compile(
    rf"{_REQUEST}(?=\s+(?:is\s+now|(?:has\s+been|have\s+been|was|were)\s+(?:replaced|renamed|superseded|"
    r"moved)|(?:is|was)\s+deprecated\s+in\s+favou?r\s+of|became|becomes)\b)",
    re.I,
)
""""``POST /:tid/tags`` is now ``PUT /:tid/tags``": the first is a spelling the API no longer has."""
_OTHER_SERVICE = re.compile(
    rf"{_REQUEST}(?=\s+(?:calls?|requests?)\s+(?:to|of|on|against)\s+(?:the\s+|an?\s+)?"
    r"(?:[`*]+[\w.-]+[`*]+\s+(?:service|api|server|backend|provider)|[\w.-]+\s+(?:service|backend))\b)",
    re.I,
)
""""the ``GET /servers`` call to the ``compute`` service": a request another service answers."""
_LEGACY_ALIAS = re.compile(
    rf"\b(?:legacy|deprecated|old(?:er)?)\s+(?:endpoint|route|path|url|alias|name|spelling),?\s+{_REQUEST}"
    r"(?=,?\s+(?:that|which)\s+(?:operates|works|behaves|does|acts)\s+(?:exactly\s+)?the\s+same\b)",
    re.I,
)
""""there is a legacy endpoint, `POST /v1/quarantine_media/<room_id>`, that operates the same": another name of
the operation the section describes, not an operation of its own."""
_CONSIDERED = re.compile(
    r"(?i)\b(?:we|they|i)\s+(?:have\s+)?(?:considered|rejected)\b|\bwas\s+(?:considered|rejected)\b"
)
_INSTEAD = re.compile(r"(?i)\binstead\b|\brather\s+than\b|\balternatives?\b|\brejected\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def disowned(text: str) -> str:
    """`text` with the requests it disowns replaced by words that name none (a comparison, a considered and
    rejected design, a former spelling, another service's request)."""
    text = _COMPARED.sub("just like the operation named", _FORMER.sub("the former operation", text))
    text = _OTHER_SERVICE.sub("the other service's operation", text)
    text = _LEGACY_ALIAS.sub("a legacy name of this operation", text)
    if not _CONSIDERED.search(text):
        return text
    sentences = _SENTENCE_END.split(text)
    kept = [
        re.sub(_REQUEST, "the design considered", s) if _CONSIDERED.search(s) and _INSTEAD.search(s) else s
        for s in sentences
    ]
    return " ".join(kept) if kept != sentences else text


_UNIMPLEMENTED = re.compile(
    r"(?i)^\W*(?:not\s+(?:yet\s+)?implemented|unimplemented|not\s+implemented\s+yet|coming\s+soon|"
    r"reserved\s+for\s+future\s+use|to\s+be\s+implemented)\b"
)


_WEBSOCKET = re.compile(r"(?i)\bweb ?sockets?\b")
_OVER_WEBSOCKET = re.compile(r"(?i)\b(?:over|via|through|using|with)\s+(?:an?\s+|the\s+)?web ?sockets?\b")


def _websocket(section: Section, first: str) -> bool:
    """A section titled by a request line that is a WebSocket's: under (or itself) a heading naming WebSocket,
    or opening with a sentence saying it works over one."""
    return any(_WEBSOCKET.search(title) for title in section.path) or bool(_OVER_WEBSOCKET.search(first))


def unimplemented_sections(doc: Document) -> Document:
    """`doc` without the sections titled by a request line whose text opens saying it is not implemented, or
    that is a WebSocket's route (and the sections under them)."""
    sections: list[Section] = []
    dropped: int | None = None  # the level of the section being left out, while its subsections follow
    for section in doc.sections:
        if dropped is not None and section.level > dropped:
            continue
        dropped = None
        first = next((b for b in section.blocks if b.kind == "text"), None)
        opening = first.text if first is not None else ""
        socket = _websocket(section, opening) and not connect_parameters(section)  # a socket's own query table
        if request_lines(section.title) and (_UNIMPLEMENTED.match(opening) or socket):
            dropped = section.level
            continue
        sections.append(section)
    return replace(doc, sections=sections) if len(sections) != len(doc.sections) else doc


_NOT_IMPLEMENTED = re.compile(
    rf"\b(?P<method>{'|'.join(METHODS)})\s+(?:requests?|method|calls?)\s+(?:to|on|of|for)\s+(?:the\s+)?"
    r"[`*]*(?P<target>[@/\w.{}-]+)[`*]*\s+(?:endpoint\s+|route\s+|resource\s+)?(?:is|are)\s+not\s+(?:yet\s+)?"
    r"(?:implemented|supported|available)\b"
)
""""The POST request to `@search` endpoint is not implemented.": that method on that route is no operation."""


def unimplemented_requests(doc: Document) -> set[tuple[str, str]]:
    """(method, the route's last segment or path) for each request a sentence of `doc` says is not implemented."""
    found = set()
    for section in doc.sections:
        for block in section.blocks:
            if block.kind == "text":
                found.update((m["method"], m["target"].strip("/")) for m in _NOT_IMPLEMENTED.finditer(block.text))
    return found


def drop_unimplemented(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out the requests the document says are not implemented (`unimplemented_requests`): those of that
    method whose path is the one named or ends with it."""
    if not (denied := unimplemented_requests(doc)):
        return
    for found in mentions:
        found[:] = [
            m
            for m in found
            if not any(
                m.method == method and (m.target.path.strip("/") == target or m.target.path.endswith("/" + target))
                for method, target in denied
            )
        ]


_REFUSED = re.compile(
    r"(?i)(?:^|\n)\s*HTTP/\d(?:\.\d)?\s+405\b|\b405\s+Method\s+Not\s+Allowed\b|\bMethod\s+Not\s+Allowed\b"
)


def drop_refused(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out a request shown being refused: a code block of one request (a curl command, a raw request)
    whose printed answer is `405 Method Not Allowed` shows a method the route does not serve ("By default the
    API is read-only:" then `curl -X DELETE .../people` answered 405), not an operation of the API."""
    for section, found in zip(doc.sections, mentions, strict=True):
        refused = {
            block.where
            for block in section.blocks
            if block.kind == "code"
            and _REFUSED.search(block.text)
            and sum(m.where == block.where and m.kind in ("curl", "http") for m in found) == 1
        }
        if refused:
            found[:] = [m for m in found if not (m.kind in ("curl", "http") and m.where in refused)]
