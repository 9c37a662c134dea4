"""Parameter tables headed in the document's language, in the forty-third registry batch
(benchmarks/docs/registry_truth): an Italian guide's field table `| Campo | Default | Note |` whose Note column
opens with "obbligatorio" (required) for the fields that must be given, and a Spanish one with a column
`Obligatorio` answered sí / no. They are parameter tables as their English counterparts are; a note that only
uses the word further on, and a two-column table of names and values, say nothing of the kind."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ITALIAN = """\
# Guida all'API

## `POST /orders`

Corpo della richiesta:

```json
{"item": "book", "quantity": 2, "note": "gift", "express": false}
```

| Campo | Default | Note |
| --- | --- | --- |
| `item` | — | obbligatorio; il codice dell'articolo |
| `quantity` | — | obbligatorio (1-30) |
| `note` | `null` | testo libero; rende obbligatorio il campo `express` |
| `express` | `false` | opzionale |
"""

SPANISH = """\
# Guía de la API

## `GET /orders`

| Parámetro | Tipo | Obligatorio | Descripción |
| --- | --- | --- | --- |
| `status` | texto | sí | Estado de los pedidos |
| `limit` | entero | no | Cuántos devolver |
"""

VALUES = """\
# Guida all'API

## `GET /orders`

Elenca gli ordini.

| Campo | Valore |
| --- | --- |
| `region` | `eu` |
| `store` | `north` |
"""


def test_an_italian_note_column_says_which_fields_are_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ITALIAN)
    assert params_of(ops[("POST", "/orders")]) == {
        ("item", "body"): True,
        ("quantity", "body"): True,
        ("note", "body"): False,
        ("express", "body"): False,
    }


def test_a_spanish_required_column_answers_si_or_no(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SPANISH)
    assert params_of(ops[("GET", "/orders")]) == {("status", "query"): True, ("limit", "query"): False}


def test_a_table_of_names_and_values_is_no_parameter_table(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, VALUES)
    assert params_of(ops[("GET", "/orders")]) == {}
