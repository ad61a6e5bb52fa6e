"""Checks the Neo4j CSV set the way `neo4j-admin database import full`
reads it (no Neo4j server is available here): the header grammar of every
file (`name:type`, `:ID(space)`, `:START_ID(space)`, `:END_ID(space)`,
`:LABEL`, `:TYPE`), unique ids in each id space, every start and end id
resolving, and each node and relationship with its properties against the
JSON export of the same files. Arrays are split on U+001F, the delimiter
the import command is given.
"""
import csv
import io
import json
import re

from common import HOSTILE_NAMES, Check, hostile_graph

run = Check("neo4j")
DELIMITER = "\u001f"
TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date", "localtime", "time",
         "localdatetime", "datetime", "duration"}
HEADER = re.compile(r"^(?P<name>[^:]*)(?::(?P<type>[A-Za-z_]+)(?:\((?P<space>[^()]+)\))?(?P<array>\[\])?)?$")


def parse_header(name, header):
    """[(property, type, id space, is array)], checking each field's grammar."""
    fields = []
    for field in header:
        match = HEADER.match(field)
        if not run.check(match is not None, f"{name}: header field {field!r} is not name:type"):
            continue
        kind = match["type"]
        if kind in ("ID", "START_ID", "END_ID", "LABEL", "TYPE"):
            run.check(not match["array"], f"{name}: {field!r} cannot be an array")
        elif kind is not None:
            run.check(kind in TYPES and match["space"] is None, f"{name}: {field!r} has no valid type")
        else:
            run.check(match["name"] != "", f"{name}: an empty header field")
        fields.append((match["name"], kind, match["space"], bool(match["array"])))
    names = [f[0] for f in fields if f[0]]
    run.check(len(names) == len(set(names)), f"{name}: a property named twice in {header}")
    return fields


def read(folder, name):
    """The rows of a file as dicts keyed by property (or by :ID, :LABEL ...), arrays split."""
    text = (folder / name).read_text(encoding="utf-8")
    run.check(not text.startswith("\ufeff"), f"{name}: a byte order mark")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    fields = parse_header(name, rows[0])
    records = []
    for number, row in enumerate(rows[1:], start=2):
        run.check(len(row) == len(fields), f"{name}: row {number} has {len(row)} fields, the header {len(fields)}")
        record = {}
        for (prop, kind, space, array), cell in zip(fields, row):
            key = prop if prop and kind not in ("ID",) else f":{kind}" + (f"({space})" if space else "")
            if kind == "ID":
                record[f":ID({space})"] = cell
                if prop:
                    record[prop] = cell
                continue
            record[key] = (cell.split(DELIMITER) if cell else []) if array or kind == "LABEL" else cell
        records.append(record)
    return fields, records


def compare(name, files):
    oracle = json.loads(run.export(files, "json", f"{name}.json").read_text(encoding="utf-8"))
    folder = run.export(files, "neo4j", f"{name}-neo4j")
    _, entities = read(folder, "entities.csv")
    _, sources = read(folder, "sources.csv")
    _, relations = read(folder, "relations.csv")
    _, cites = read(folder, "cites.csv")
    entity_ids = [row[":ID(Entity)"] for row in entities]
    source_ids = [row[":ID(Source)"] for row in sources]
    run.check(len(entity_ids) == len(set(entity_ids)), f"{name}: duplicate entity ids")
    run.check(len(source_ids) == len(set(source_ids)), f"{name}: duplicate source ids")
    for row in relations:
        run.check(row[":START_ID(Entity)"] in entity_ids and row[":END_ID(Entity)"] in entity_ids, f"{name}: {row['id']} has an end that is no entity")
        run.check(re.fullmatch(r"[A-Z0-9_]+", row[":TYPE"]) is not None, f"{name}: relationship type {row[':TYPE']!r}")
    for row in cites:
        run.check(row[":START_ID(Entity)"] in entity_ids and row[":END_ID(Source)"] in source_ids, f"{name}: a CITES end does not resolve")

    expected = {entity["id"]: entity for entity in oracle["entities"]}
    run.check(entity_ids == list(expected), f"{name}: entities differ from the JSON export's")
    for row in entities:
        entity = expected.get(row["id"])
        if run.check(entity is not None, f"{name}: unknown entity {row['id']!r}"):
            run.check(row["name"] == entity["name"], f"{name}: name {row['name']!r} != {entity['name']!r}")
            run.check(row["kind"] == entity["kind"] and row[":LABEL"][0] == "Entity" and len(row[":LABEL"]) == 2, f"{name}: labels of {row['id']}")
            run.check(row["aliases"] == entity["aliases"], f"{name}: aliases of {row['id']}")
            for attribute in entity["attributes"]:
                values = row.get("attr_" + re.sub(r"[^A-Za-z0-9_]", "_", attribute["key"]))
                run.check(values == [value["text"] for value in attribute["values"]], f"{name}: attribute {attribute['key']} of {row['id']}")
    run.check([row["id"] for row in relations] == [relation["id"] for relation in oracle["relations"]], f"{name}: relation ids")
    for row, relation in zip(relations, oracle["relations"]):
        run.check((row[":START_ID(Entity)"], row[":END_ID(Entity)"]) == (relation["subject"], relation["object"]), f"{name}: ends of {relation['id']}")
        run.check(row["type"] == relation["type"] and row["status"] == relation["status"], f"{name}: type or status of {relation['id']}")
        run.check(row["claimants"] == relation["claimants"], f"{name}: claimants of {relation['id']}")
        run.check(row["sources"] == [c["source"] for c in relation["citations"]], f"{name}: sources of {relation['id']}")
        run.check(row["quotes"] == [c.get("quote", "") for c in relation["citations"]], f"{name}: quotes of {relation['id']}")
        time = relation.get("time", {})
        for field in ("date", "from", "to"):
            run.check(row[field] == time.get(field, ""), f"{name}: {field} of {relation['id']}")
            if row[field]:
                precision = {4: "year", 7: "month", 10: "day"}[len(row[field])]
                run.check(row[field + "_precision"] == precision, f"{name}: precision of {relation['id']}.{field}")
    return len(entities), len(relations), len(sources), len(cites)


strike = compare("strike", run.strike)
compare("hostile", [hostile_graph(run.work)])
run.finish(f"neo4j-admin's header grammar, unique ids, every end resolved: strike graph {strike[0]} entities, {strike[1]} relations, "
           f"{strike[2]} sources, {strike[3]} citations of entities, against the JSON export; {len(HOSTILE_NAMES)} hostile names")
