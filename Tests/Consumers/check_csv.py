"""Reads the CSV tables as a spreadsheet importer would (Python's csv
module, RFC 4180, from the folder and from the ZIP) and compares them with
ActorGraph's JSON export of the same files: every entity and relation with
its ids, names, type, status and dates, every citation, and the formula
guard on the hostile names.
"""
import csv
import io
import json
import zipfile

from common import HOSTILE_NAMES, Check, hostile_graph

run = Check("csv")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def read_tables(tables):
    """{name: list of row dicts}, from {name: text}, checking the layout Kumu needs."""
    rows = {}
    for name, text in tables.items():
        run.check(text.startswith("\ufeff"), f"{name}: no UTF-8 byte order mark for Excel")
        rows[name] = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    return rows


def unguard(cell):
    """A cell as the spreadsheet shows it: a guarded formula loses its apostrophe."""
    if cell.startswith("'") and cell[1:2] in FORMULA_STARTS and cell[1:]:
        return cell[1:]
    return cell


def compare(name, files):
    oracle = json.loads(run.export(files, "json", f"{name}.json").read_text(encoding="utf-8"))
    folder = run.export(files, "csv", f"{name}-csv")
    archive = run.export(files, "csv", f"{name}.zip")
    from_folder = {path.name: path.read_bytes().decode("utf-8") for path in folder.iterdir()}
    with zipfile.ZipFile(archive) as opened:
        run.check(opened.testzip() is None, f"{name}: the ZIP has a corrupt member")
        from_zip = {member: opened.read(member).decode("utf-8") for member in opened.namelist()}
    run.check(from_zip == from_folder, f"{name}: the ZIP and the folder differ")
    run.check(sorted(from_folder) == ["citations.csv", "entities.csv", "relations.csv", "sources.csv"], f"{name}: files {sorted(from_folder)}")
    tables = read_tables(from_folder)

    first_entity_columns = from_folder["entities.csv"].removeprefix("\ufeff").split("\r\n", 1)[0].split(",")[:2]
    first_relation_columns = from_folder["relations.csv"].removeprefix("\ufeff").split("\r\n", 1)[0].split(",")[:3]
    run.check(first_entity_columns == ["Label", "Type"], f"{name}: entities.csv starts {first_entity_columns}")
    run.check(first_relation_columns == ["From", "To", "Type"], f"{name}: relations.csv starts {first_relation_columns}")
    for table, rows in tables.items():
        for row in rows:
            for cell in row.values():
                run.check(not (cell or "").startswith(FORMULA_STARTS), f"{name}: {table} has an unguarded formula cell {cell!r}")

    entities = {entity["id"]: entity for entity in oracle["entities"]}
    names = {entity_id: entity["name"] for entity_id, entity in entities.items()}
    run.check([row["ID"] for row in tables["entities.csv"]] == list(entities), f"{name}: entity ids or their order")
    for row in tables["entities.csv"]:
        entity = entities.get(row["ID"])
        if run.check(entity is not None, f"{name}: unknown entity {row['ID']!r}"):
            run.check(unguard(row["Label"]) == entity["name"], f"{name}: Label {row['Label']!r} != {entity['name']!r}")
            run.check(row["Type"] == entity["kind"], f"{name}: Type of {row['ID']}")
            aliases = [unguard(alias) for alias in row["Aliases"].split("|")] if row["Aliases"] else []
            if not any("|" in alias for alias in entity["aliases"]):
                run.check(aliases == [unguard(a) for a in entity["aliases"]], f"{name}: aliases of {row['ID']}")
    relations = oracle["relations"]
    run.check([row["ID"] for row in tables["relations.csv"]] == [r["id"] for r in relations], f"{name}: relation ids or their order")
    for row, relation in zip(tables["relations.csv"], relations):
        run.check((row["From ID"], row["To ID"]) == (relation["subject"], relation["object"]), f"{name}: ends of {relation['id']}")
        run.check((unguard(row["From"]), unguard(row["To"])) == (names[relation["subject"]], names[relation["object"]]), f"{name}: From/To names of {relation['id']}")
        run.check(row["Type"] == relation["type"] and row["Status"] == relation["status"], f"{name}: type or status of {relation['id']}")
        run.check((row["Claimant IDs"].split("|") if row["Claimant IDs"] else []) == relation["claimants"], f"{name}: claimants of {relation['id']}")
        time = relation.get("time", {})
        run.check((row["Date"], row["Start"], row["End"]) == (time.get("date", ""), time.get("from", ""), time.get("to", "")), f"{name}: time of {relation['id']}")
    expected_citations = sum(len(item["citations"]) + sum(len(v["citations"]) for a in item["attributes"] for v in a["values"])
                             for item in oracle["entities"] + oracle["relations"])
    run.check(len(tables["citations.csv"]) == expected_citations, f"{name}: {len(tables['citations.csv'])} citation rows, {expected_citations} citations")
    quotes = {(row["Item"], unguard(row["Quote"])) for row in tables["citations.csv"]}
    for relation in relations:
        for citation in relation["citations"]:
            run.check((relation["id"], citation.get("quote", "")) in quotes, f"{name}: citation of {relation['id']} lost")
    sources = {source["id"]: source for source in oracle["sources"]}
    for row in tables["sources.csv"]:
        source = sources.get(row["ID"])
        if run.check(source is not None, f"{name}: unknown source {row['ID']}"):
            run.check(unguard(row["Title"]) == source["title"] and row["Reliability"] == source.get("reliability", ""), f"{name}: source {row['ID']}")
    return len(entities), len(relations), len(tables["citations.csv"])


strike = compare("strike", run.strike)
compare("hostile", [hostile_graph(run.work)])
guarded = run.export([hostile_graph(run.work)], "csv", "guard").joinpath("entities.csv").read_text(encoding="utf-8")
run.check("\"'=cmd|' /C calc'!A0\"" in guarded, "hostile: the formula name is not written as guarded text")
run.finish(f"Python csv, RFC 4180, folder and ZIP alike: strike graph {strike[0]} entities, {strike[1]} relations and {strike[2]} "
           f"citations with ids, names, types, statuses and dates; {len(HOSTILE_NAMES)} hostile names, formulas guarded")
