"""Reads ActorGraph's JSON export the way its consumers do, and checks that
nothing was lost: the JSON Schema in docs/, and NetworkX's node_link_graph
with the call docs/formats.md gives.

    python check_json.py ACTORGRAPH_BINARY REPO_FOLDER WORK_FOLDER

Checks the export of Graphs/ against `actorgraph describe` (counts by kind
and by relation type), and a graph of hostile names that this script
writes itself, so it knows every name that must come back unchanged.
"""
import importlib.metadata
import json
import pathlib
import subprocess
import sys

import jsonschema
import networkx as nx

binary, repo, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
schema = json.loads((repo / "docs" / "actorgraph-1.schema.json").read_text())
validator = jsonschema.Draft202012Validator(schema)
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def export(files, out):
    subprocess.run([binary, "export", *map(str, files), "--to", "json", "-o", str(out)], check=True)
    return json.loads(out.read_text(encoding="utf-8"))


def load(data):
    # The one call docs/formats.md documents.
    return nx.node_link_graph(data, edges="relations", nodes="entities", source="subject", target="object", name="id", key="id")


def counts_from_describe(files):
    text = subprocess.run([binary, "describe", *map(str, files), "--top", "0"], check=True, capture_output=True, text=True).stdout
    kinds, types, section = {}, {}, None
    for line in text.splitlines():
        if line.startswith("Entities by kind"):
            section = kinds
        elif line.startswith("Relations by type"):
            section = types
        elif line.startswith("Most connected"):
            section = None
        elif section is not None and line.strip():
            name, count = line.split()
            section[name] = int(count)
    return kinds, types


def check_export(name, files):
    data = export(files, work / f"{name}.json")
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    check(not errors, f"{name}: the schema rejects the export: {errors[:1]}")
    graph = load(data)
    check(isinstance(graph, nx.MultiDiGraph), f"{name}: NetworkX did not make a MultiDiGraph")
    check(graph.number_of_nodes() == len(data["entities"]), f"{name}: node count")
    check(graph.number_of_edges() == len(data["relations"]), f"{name}: edge count")
    for entity in data["entities"]:
        node = graph.nodes[entity["id"]]
        for key in ("kind", "name", "aliases", "attributes", "citations"):
            check(node.get(key) == entity[key], f"{name}: {entity['id']}.{key} differs in NetworkX")
    for relation in data["relations"]:
        edge = graph.edges[relation["subject"], relation["object"], relation["id"]]
        for key in ("type", "status", "claimants", "attributes", "citations"):
            check(edge.get(key) == relation[key], f"{name}: {relation['id']}.{key} differs in NetworkX")
    return data, graph


# The strike graph: counts by kind and type as `describe` gives them.
strike = [repo / "Graphs" / "catalogue.ag", repo / "Graphs" / "baghdad-2024-01-04.ag"]
data, graph = check_export("strike", strike)
strike_counts = (graph.number_of_nodes(), graph.number_of_edges())
kinds, types = counts_from_describe(strike)
seen_kinds, seen_types = {}, {}
for _, attributes in graph.nodes(data=True):
    seen_kinds[attributes["kind"]] = seen_kinds.get(attributes["kind"], 0) + 1
for _, _, attributes in graph.edges(data=True):
    seen_types[attributes["type"]] = seen_types.get(attributes["type"], 0) + 1
check(seen_kinds == kinds, f"strike: kinds {seen_kinds} != describe's {kinds}")
check(seen_types == types, f"strike: relation types {seen_types} != describe's {types}")
check(any(edge["status"] == "alleged" and edge["claimants"] for _, _, edge in graph.edges(data=True)), "strike: no alleged relation with claimants")
check(any(len(a["values"]) > 1 for n in data["entities"] for a in n["attributes"]), "strike: no disputed value kept side by side")

# Hostile names, written into .ag by this script and expected back exactly.
names = ['He said "stop"', "C:\\path\\to\\", "two\nlines", "<b>&amp;</b> & <i>", "حركة النجباء", "emoji 😀",
         "=cmd|' /C calc'!A0", "\\N \\G placeholders", "tab\there"]


def ag_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


lines = ['source r0 "Wire ' + ag_string("<&>")[1:-1] + '" [reliability: B]']
for index, text in enumerate(names):
    lines.append(f"group g{index} {ag_string(text)} aka {ag_string('alias ' + text)}")
for index in range(1, len(names)):
    lines.append(f"g0 attacked g{index} [status: alleged, by: g1, date: 2024-01, src: r0 {ag_string(names[index])} 2, note: {ag_string(names[index])}]")
(work / "hostile.ag").write_text("\n".join(lines) + "\n", encoding="utf-8")
data, graph = check_export("hostile", [work / "hostile.ag"])
for index, text in enumerate(names):
    node = graph.nodes[f"g{index}"]
    check(node["name"] == text, f"hostile: name {text!r} came back as {node['name']!r}")
    check(node["aliases"] == ["alias " + text], f"hostile: alias of {text!r}")
for relation in data["relations"]:
    edge = graph.edges[relation["subject"], relation["object"], relation["id"]]
    target = names[int(relation["object"][1:])]
    check(edge["citations"][0]["quote"] == target and edge["citations"][0]["credibility"] == 2, f"hostile: quote {target!r}")
    check(relation["time"] == {"date": "2024-01"}, "hostile: a month-only date lost its precision")

if failures:
    print("\n".join("json: FAILED " + f for f in failures))
    sys.exit(1)
print(f"json: ok (jsonschema {importlib.metadata.version('jsonschema')}, NetworkX {nx.__version__}: strike graph {strike_counts[0]} entities and "
      f"{strike_counts[1]} relations as describe counts them; {len(names)} hostile names back unchanged)")
