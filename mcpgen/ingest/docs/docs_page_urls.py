"""A URL the page gives as where the API's documentation is read, not where its requests go: "Full API
documentation is available at `http://localhost:8002/docs`", "Interactive docs are served at
http://localhost:8000/redoc", "Swagger UI: http://host/swagger-ui/".

Such a sentence reads like a base URL statement ("the API ... is available at ..."), but what it places is a page
for people (a generated Swagger/ReDoc site, an `/api-docs` schema), so its path is no prefix of the routes: a
page listing `GET /experiments` beside it serves `/experiments`, not `/docs/experiments`. Two signs say so, each
enough: the clause naming the URL speaks of documentation ("documentation", "docs", "Swagger", "ReDoc",
"reference"), or the URL's last path segment is one of the well-known documentation pages (`/docs`, `/redoc`,
`/swagger`, `/swagger-ui`, `/api-docs`, `/apidocs`, `/openapi.json`). A base URL that merely contains such a
word further in (`https://host/docs-api/v1`) is not touched.
"""

from __future__ import annotations

import re

_DOCS_CLAUSE = re.compile(r"(?i)\b(?:documentation|docs|swagger|redoc|reference|openapi spec\w*)\b")
_DOCS_PAGE = re.compile(
    r"(?i)^(?:https?|\{[a-z_]+\})://[^/\s]+(?:/[^\s?#]*)?/(?:docs|redoc|swagger(?:-ui)?(?:\.html)?|api-?docs|"
    r"openapi\.(?:json|ya?ml)|swagger\.(?:json|ya?ml))/?(?:[?#]\S*)?$"
)


def names_docs_page(clause: str, url: str) -> bool:
    """Whether `clause`, the words that state `url` (up to and including it), places the API's documentation
    rather than the base its requests are sent to."""
    words = clause[: clause.rfind(url)] if url in clause else clause
    return bool(_DOCS_CLAUSE.search(words) or _DOCS_PAGE.match(url.rstrip(".,;:`")))
