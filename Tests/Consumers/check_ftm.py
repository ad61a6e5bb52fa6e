"""Reads the FollowTheMoney export with the followthemoney library, as Aleph
and the `ftm` tools do, and checks that nothing was lost on the way:

- every line is an entity of a concrete schema whose properties exist and
  pass `Schema.validate`, with the required ones present, ids FtM accepts,
  and references to entities of the file whose schemata fit the ranges;
- loading each line with FtM's cleaning (`get_proxy(data, cleaned=False)`,
  what `ftm validate` does) changes no value and drops none, since FtM
  drops values silently;
- a filtered export (`--min-status confirmed`) is as valid;
- against ActorGraph's JSON export of the same files: every entity and
  relation is there, in the schema its kind and role call for, with its
  name (in FtM's name form), aliases, ends, type, claim, dates, sources,
  quotes and attributes; for the strike graph the kinds and relation types
  count as `describe` counts them.
"""
import importlib.metadata
import json
import subprocess
import sys

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.types import registry

from common import HOSTILE_NAMES, Check, ag_string, hostile_graph

run = Check("ftm")
KIND_SCHEMATA = {"person": "Person", "group": "Organization", "state": "PublicBody", "event": "Event", "place": "Address"}


def escaped(identifier):
    """The id escaping docs/formats.md describes, written again here so that
    the check does not trust the exporter's."""
    out = []
    data = identifier.encode("utf-8")
    for position, byte in enumerate(data):
        char = chr(byte)
        kept = char.isascii() and (char.isalnum() or char == "-")
        if kept and not (char == "-" and position == len(data) - 1):
            out.append(char)
        else:
            out.append(f".{byte:02x}")
    return "".join(out)


def load(name, files, *extra):
    """The export's lines, checked one by one against FtM's model."""
    path = run.export(files, "ftm", f"{name}.ftm", *extra)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_id = {}
    for data in lines:
        run.check(set(data) == {"id", "schema", "properties"}, f"{name}: keys {sorted(data)}")
        run.check(data["id"] not in by_id, f"{name}: id {data['id']} repeats")
        by_id[data["id"]] = data
    for data in lines:
        check_entity(name, data, by_id)
    return by_id


def check_entity(name, data, by_id):
    schema = model.get(data["schema"])
    where = f"{name}: {data['id']}"
    if not run.check(schema is not None and not schema.abstract, f"{where}: no concrete schema {data['schema']}"):
        return
    run.check(registry.entity.validate(data["id"]), f"{where}: FtM rejects the id")
    try:
        schema.validate(data)
    except InvalidData as error:
        run.check(False, f"{where}: {schema.name} validation: {error}")
    properties = data["properties"]
    for required in schema.required:
        run.check(properties.get(required), f"{where}: required {required} missing")
    for key, values in properties.items():
        prop = schema.properties.get(key)
        if not run.check(prop is not None and not prop.stub, f"{where}: {schema.name} has no property {key}"):
            continue
        run.check(isinstance(values, list) and values and all(isinstance(v, str) for v in values), f"{where}.{key}: not a list of strings")
        if prop.range is not None:
            for target in values:
                other = by_id.get(target)
                if run.check(other is not None, f"{where}.{key}: {target} is not in the file"):
                    run.check(model.get(other["schema"]).is_a(prop.range), f"{where}.{key}: {other['schema']} is not a {prop.range.name}")
    # FtM's own cleaning, as `ftm validate` and Aleph's loaders apply it.
    cleaned = model.get_proxy(data, cleaned=False).to_dict()
    run.check(cleaned["id"] == data["id"], f"{where}: FtM changed the id to {cleaned['id']!r}")
    for key in set(properties) | set(cleaned["properties"]):
        written, kept = properties.get(key, []), cleaned["properties"].get(key, [])
        run.check(written == kept, f"{where}.{key}: FtM's cleaning turned {written!r} into {kept!r}")


def ftm_kept(kind, text):
    """A value as FtM keeps it however often the file is loaded: the type's
    cleaning repeated until nothing changes (once is not always final for
    names and addresses)."""
    cleaned = kind.clean(text)
    while cleaned is not None and kind.clean(cleaned) != cleaned:
        cleaned = kind.clean(cleaned)
    return cleaned


def ftm_name(text):
    return ftm_kept(registry.name, text)


def ftm_text(text):
    """A text as FtM keeps it (NFC, unsafe characters replaced or removed, trimmed)."""
    return registry.text.clean(text) or ""


def props(entity, key):
    return entity["properties"].get(key, [])


def citation_line(citation, sources):
    """A citation in the wording the exports share (EvidenceText.citation)."""
    source = sources[citation["source"]]
    text = source["id"]
    if "quote" in citation:
        text += f' "{citation["quote"]}"'
    grade = source.get("reliability", "") + str(citation.get("credibility", ""))
    if grade:
        text += f" ({grade})"
    return ftm_text(text + " — " + source["title"])


def check_against_json(name, files, by_id):
    """Every entity and relation of the JSON oracle, as FtM carries it."""
    oracle = json.loads(run.export(files, "json", f"{name}.json").read_text(encoding="utf-8"))
    sources = {source["id"]: source for source in oracle["sources"]}
    roles = {relation_type["name"]: relation_type["role"] for relation_type in oracle["schema"]["relationTypes"]}
    names = {entity["id"]: entity["name"] for entity in oracle["entities"]}
    for source in oracle["sources"]:
        article = by_id.get("ag.src-" + escaped(source["id"]))
        if run.check(article is not None, f"{name}: source {source['id']} missing"):
            run.check(props(article, "title") == [ftm_text(source["title"])], f"{name}: title of {source['id']}")
            if "reliability" in source:
                run.check(f"reliability: {source['reliability']}" in props(article, "notes"), f"{name}: reliability of {source['id']}")
    for entity in oracle["entities"]:
        line = by_id.get("ag-" + escaped(entity["id"]))
        if not run.check(line is not None, f"{name}: entity {entity['id']} missing"):
            continue
        where = f"{name}: {entity['id']}"
        run.check(line["schema"] == KIND_SCHEMATA.get(entity["kind"], "LegalEntity"), f"{where}: schema {line['schema']} for kind {entity['kind']}")
        run.check(props(line, "keywords") == [entity["kind"]], f"{where}: kind")
        if line["schema"] == "Address":
            run.check(props(line, "full") == [ftm_kept(registry.address, entity["name"])], f"{where}: full address {props(line, 'full')}")
        run.check(props(line, "name") == [ftm_name(entity["name"])], f"{where}: name {props(line, 'name')} for {entity['name']!r}")
        aliases = list(dict.fromkeys(filter(None, (ftm_name(alias) for alias in entity["aliases"]))))
        run.check(props(line, "alias") == aliases, f"{where}: aliases {props(line, 'alias')} for {entity['aliases']}")
        check_attributes(where, entity["attributes"], props(line, "notes"))
        run.check(props(line, "summary") == list(dict.fromkeys(citation_line(c, sources) for c in entity["citations"])), f"{where}: citations")
        for position, citation in enumerate(entity["citations"]):
            documentation = by_id.get(f"ag.cite-{escaped(entity['id'])}-{position}")
            if run.check(documentation is not None, f"{where}: Documentation of citation {position} missing"):
                run.check(props(documentation, "document") == ["ag.src-" + escaped(citation["source"])], f"{where}: citation {position} source")
                run.check(props(documentation, "summary") == ([ftm_text(citation["quote"])] if ftm_text(citation.get("quote", "")) else []),
                          f"{where}: citation {position} quote")
    for relation in oracle["relations"]:
        line = by_id.get("ag." + relation["id"])
        if not run.check(line is not None, f"{name}: relation {relation['id']} missing"):
            continue
        check_relation(f"{name}: {relation['id']}", relation, line, roles, names, sources)
    return oracle


def check_relation(where, relation, line, roles, names, sources):
    schema = model.get(line["schema"])
    role = roles[relation["type"]]
    expected = {"containment": ("Membership",), "membership": ("Membership",), "command": ("Control",), "funding": ("Payment",)}.get(role, ())
    run.check(line["schema"] in expected + ("UnknownLink",), f"{where}: {line['schema']} for role {role}")
    # A funded-by relation is paid by its object.
    subject, target = (schema.edge_target, schema.edge_source) if line["schema"] == "Payment" else (schema.edge_source, schema.edge_target)
    run.check(props(line, subject) == ["ag-" + escaped(relation["subject"])], f"{where}: subject")
    run.check(props(line, target) == ["ag-" + escaped(relation["object"])], f"{where}: object")
    run.check(props(line, "purpose" if line["schema"] == "Payment" else "role") == [relation["type"]], f"{where}: type")
    if "status" in schema.properties:
        run.check(props(line, "status") == [relation["status"]], f"{where}: status")
    description = props(line, "description")
    if relation["claimants"] or relation["status"] != "reported":
        claim = relation["status"] + (" by " + ", ".join(names[c] for c in relation["claimants"]) if relation["claimants"] else "")
        run.check(description[:1] == [ftm_text(claim)], f"{where}: claim {description[:1]} for {claim!r}")
    check_attributes(where, relation["attributes"], description)
    time = relation.get("time", {})
    for key, prop in (("date", "date"), ("from", "startDate"), ("to", "endDate")):
        run.check(props(line, prop) == ([time[key]] if key in time else []), f"{where}: {prop} {props(line, prop)} for {time}")
    run.check(props(line, "proof") == list(dict.fromkeys("ag.src-" + escaped(c["source"]) for c in relation["citations"])), f"{where}: proof")
    run.check(props(line, "summary") == list(dict.fromkeys(citation_line(c, sources) for c in relation["citations"])), f"{where}: citations")


def check_attributes(where, attributes, lines):
    """Each attribute is one line `key: value / value`, its values side by side."""
    for attribute in attributes:
        found = [text for text in lines if text.startswith(attribute["key"] + ": ")]
        if not run.check(found, f"{where}: attribute {attribute['key']} missing"):
            continue
        position = len(attribute["key"]) + 2
        for value in attribute["values"]:
            found_at = found[0].find(ftm_text(value["text"]), position)
            run.check(found_at >= 0, f"{where}: value {value['text']!r} of {attribute['key']} not in order in {found[0]!r}")
            position = max(found_at, position) + len(ftm_text(value["text"]))


pip_check = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
run.check(pip_check.returncode == 0, f"the pinned packages conflict: {pip_check.stdout.strip()}")

strike = load("strike", run.strike)
oracle = check_against_json("strike", run.strike, strike)
kinds, types = run.describe_counts(run.strike)
seen_kinds, seen_types = {}, {}
for line in strike.values():
    if line["id"].startswith("ag-"):
        kind = props(line, "keywords")[0]
        seen_kinds[kind] = seen_kinds.get(kind, 0) + 1
    elif line["id"].startswith("ag.rel-"):
        relation_type = props(line, "purpose" if line["schema"] == "Payment" else "role")[0]
        seen_types[relation_type] = seen_types.get(relation_type, 0) + 1
run.check(seen_kinds == kinds, f"strike: kinds {seen_kinds} != describe's {kinds}")
run.check(seen_types == types, f"strike: relation types {seen_types} != describe's {types}")
schemata = sorted({line["schema"] for line in strike.values()})
run.check({"Membership", "Control", "Payment", "UnknownLink", "Documentation", "Article"} <= set(schemata), f"strike: schemata {schemata}")

# A filtered export must still point only at entities it holds.
confirmed = load("confirmed", run.strike, "--min-status", "confirmed")
run.check(0 < sum(line["id"].startswith("ag.rel-") for line in confirmed.values()) < len(oracle["relations"]), "confirmed: the filter kept no or every relation")

hostile = load("hostile", [hostile_graph(run.work)])
check_against_json("hostile", [hostile_graph(run.work)], hostile)
for index, text in enumerate(HOSTILE_NAMES):
    line = hostile.get(f"ag-g{index}", {"properties": {}})
    run.check(props(line, "name") == [ftm_name(text)], f"hostile: name {text!r} came back as {props(line, 'name')}")
for index in range(1, len(HOSTILE_NAMES)):
    line = hostile.get(f"ag.rel-{index - 1}", {"properties": {}})
    quote = f'r0 "{HOSTILE_NAMES[index]}" (B2) — Wire <&>'
    run.check(props(line, "summary") == [quote], f"hostile: quote {HOSTILE_NAMES[index]!r} came back as {props(line, 'summary')}")
    run.check(props(line, "date") == ["2024-01"], "hostile: a month-only date lost its precision")

# What FtM's own types do to names and ids, beyond the shared hostile names:
# enclosing quotes, odd spaces, zero-width characters, ids FtM's alphabet lacks.
edge_names = ['"Quoted"', '"two\nlines"', "  spaced \u00a0 out  ", "zero\u200bwidth", "'single'", "Cafe\u0301 \u2014 \u201cdecomposed\u201d"]
edge_place = "Street 1;\nAl-Karrada ,, Baghdad"
edge_ids = ["a_b.c", "trailing-", "rel-0", "x", "ag.rel-0", "nfd"]
edge = run.work / "ftm-edge.ag"
edge.write_text('kind place\nsource r0 "Wire" [url: "https://example.org/a"]\n' + f"place pl {ag_string(edge_place)}\n"
                + "".join(f"group {identifier} {ag_string(text)} aka {ag_string(text + ' ')} [src: r0 {ag_string(' ' + text)}]\n"
                          for identifier, text in zip(edge_ids, edge_names))
                + "a_b.c part-of trailing- [src: r0]\nrel-0 attacked x [date: 2024]\nag.rel-0 allied-with rel-0\nx attacked pl\nnfd attacked pl\n", encoding="utf-8")
check_against_json("edge", [edge], load("edge", [edge]))

versions = ", ".join(f"{package} {importlib.metadata.version(package)}" for package in ("followthemoney", "networkx", "jsonschema"))
run.finish(f"{versions} installed together: strike graph {len(oracle['entities'])} entities and {len(oracle['relations'])} relations "
           f"as {len(strike)} entities of {len(schemata)} schemata, valid, unchanged by FtM's cleaning, complete against the JSON export "
           f"and describe, and valid filtered by --min-status; {len(HOSTILE_NAMES)} hostile names and {len(edge_names) + 1} names and ids FtM rewrites in FtM's form, quotes unchanged")
