"""Parameter tables headed, and obligations worded, in the languages other than English API documentation is
written in: Chinese (`chinese_labels`), and the European languages here.

A guide written in Italian, Spanish, French, Portuguese or German heads its parameter table in that language
and says which parameters must be given in its words:

    | Campo      | Default | Note                  |      | Parámetro | Tipo   | Obligatorio | Descripción |
    | ---------- | ------- | --------------------- |      | --------- | ------ | ----------- | ----------- |
    | `n_qubits` | —       | obbligatorio (1-30)   |      | `limit`   | entero | no          | ...         |
    | `shots`    | 1024    | 1-65536               |

The headers are the words those languages use for a parameter's name (campo, nome, parametro, nombre, champ,
paramètre, Feld), its type (tipo, Typ), whether it is required (obbligatorio, obligatorio, requis, obrigatório,
erforderlich), its default (predefinito, por defecto, par défaut, padrão, Standardwert) and its description
(descrizione, descripción, descrição, Beschreibung, Note, Bemerkung): read with the English ones
(`params.table_roles`). A required column answers yes or no in the language (sì/no, oui/non, ja/nein, sim/não)
or with the word itself; a description or note that opens with the word for required or optional
("obbligatorio (1-30)", "facultatif, 10 par défaut") says the same as an English "Required." would."""

from __future__ import annotations

import re

from .chinese_labels import CJK_CONTEXT, CJK_HEADER_ROLES, CJK_REQUIRED_CELLS

EUROPEAN_HEADER_ROLES = {
    "name": (
        r"campo|nome(?: (?:del )?(?:campo|parametro))?|parametr[oi]|nombre(?: del (?:campo|parámetro))?|parámetros?"
        r"|champ|nom(?: du (?:champ|paramètre))?|paramètres?|parâmetros?|feld(?:name)?|parametername"
    ),
    "type": r"tipo(?: di dato| de dato)?|typ|datentyp",
    "required": (
        r"obbligatori[oa]\??|richiesto\??|obligatori[oa]\??|requerido\??|requis\??|obligatoire\??"
        r"|obrigatóri[oa]\??|erforderlich\??|pflicht(?:feld)?\??"
    ),
    "default": (
        r"(?:valore )?predefinito|(?:valor )?por defecto|(?:valeur )?par défaut|(?:valor )?padrão|standardwert|vorgabe"
    ),
    "description": r"descrizione|descripci[óo]n|descriç[ãa]o|beschreibung|bemerkung(?:en)?|hinweise?|nota|notas",
}
"""The column headers of a parameter table in Italian, Spanish, French, Portuguese and German, by role."""

_REQUIRED = r"obbligatori[oa]|richiest[oa]|obligatori[oa]|requerid[oa]|requis|obligatoire|obrigatóri[oa]|erforderlich"
_OPTIONAL = r"opzionale|facoltativ[oa]|opcional|optionnel(?:le)?|facultati(?:f|ve)|freiwillig"

EUROPEAN_REQUIRED_CELLS = {
    **dict.fromkeys(("sì", "si", "sí", "oui", "ja", "sim"), True),
    **dict.fromkeys(("non", "nein", "não", "nao"), False),
}
"""What a required cell answers besides English: yes (sì, sí, oui, ja, sim) or no (non, nein, não)."""

LANGUAGE_HEADER_ROLES = {
    role: "|".join(p for p in (CJK_HEADER_ROLES.get(role), EUROPEAN_HEADER_ROLES.get(role)) if p)
    for role in (*CJK_HEADER_ROLES, *(r for r in EUROPEAN_HEADER_ROLES if r not in CJK_HEADER_ROLES))
}
"""The column headers of a parameter table in the languages read besides English (Chinese, `chinese_labels`, and
these), by role."""
LANGUAGE_REQUIRED_CELLS = {**CJK_REQUIRED_CELLS, **EUROPEAN_REQUIRED_CELLS}
"""What a required cell answers in those languages."""
LANGUAGE_CONTEXT = CJK_CONTEXT
"""What a label over parameters says in those languages (`params.context_location`): the Chinese labels."""

_OPENING = re.compile(rf"(?i)^[\W_]*(?:(?P<required>{_REQUIRED})|{_OPTIONAL})(?![\w-])")


def worded_need(text: str) -> bool | None:
    """True when `text` opens with the word for required in one of these languages, False when with the word for
    optional, None otherwise."""
    match = _OPENING.match(text)
    return None if match is None else match["required"] is not None


__all__ = [
    "EUROPEAN_HEADER_ROLES",
    "EUROPEAN_REQUIRED_CELLS",
    "LANGUAGE_CONTEXT",
    "LANGUAGE_HEADER_ROLES",
    "LANGUAGE_REQUIRED_CELLS",
    "worded_need",
]
