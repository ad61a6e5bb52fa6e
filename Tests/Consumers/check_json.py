"""Reads ActorGraph's JSON export the way its consumers do, and checks that
nothing was lost: the JSON Schema in docs/, and NetworkX's node_link_graph
with the call docs/formats.md gives. The strike graph is checked against
`actorgraph describe`, the hostile graph against the names it was written with.
"""
import importlib.metadata
import json

import jsonschema
import networkx as nx

from common import HOSTILE_NAMES, Check, hostile_graph

run = Check("json")
validator = jsonschema.Draft202012Validator(json.loads((run.repo / "docs" / "actorgraph-1.schema.json").read_text()))


def load(data):
    # The one call docs/formats.md documents.
    return nx.node_link_graph(data, edges="relations", nodes="entities", source="subject", target="object", name="id", key="id")


def check_export(name, files):
    data = json.loads(run.export(files, "json", f"{name}.json").read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    run.check(not errors, f"{name}: the schema rejects the export: {errors[:1]}")
    graph = load(data)
    run.check(isinstance(graph, nx.MultiDiGraph), f"{name}: NetworkX did not make a MultiDiGraph")
    run.check(graph.number_of_nodes() == len(data["entities"]), f"{name}: node count")
    run.check(graph.number_of_edges() == len(data["relations"]), f"{name}: edge count")
    for entity in data["entities"]:
        node = graph.nodes[entity["id"]]
        for key in ("kind", "name", "aliases", "attributes", "citations"):
            run.check(node.get(key) == entity[key], f"{name}: {entity['id']}.{key} differs in NetworkX")
    for relation in data["relations"]:
        edge = graph.edges[relation["subject"], relation["object"], relation["id"]]
        for key in ("type", "status", "claimants", "attributes", "citations"):
            run.check(edge.get(key) == relation[key], f"{name}: {relation['id']}.{key} differs in NetworkX")
    return data, graph


data, graph = check_export("strike", run.strike)
strike_counts = (graph.number_of_nodes(), graph.number_of_edges())
kinds, types = run.describe_counts(run.strike)
seen_kinds, seen_types = {}, {}
for _, attributes in graph.nodes(data=True):
    seen_kinds[attributes["kind"]] = seen_kinds.get(attributes["kind"], 0) + 1
for _, _, attributes in graph.edges(data=True):
    seen_types[attributes["type"]] = seen_types.get(attributes["type"], 0) + 1
run.check(seen_kinds == kinds, f"strike: kinds {seen_kinds} != describe's {kinds}")
run.check(seen_types == types, f"strike: relation types {seen_types} != describe's {types}")
run.check(any(edge["status"] == "alleged" and edge["claimants"] for _, _, edge in graph.edges(data=True)), "strike: no alleged relation with claimants")
run.check(any(len(a["values"]) > 1 for n in data["entities"] for a in n["attributes"]), "strike: no disputed value kept side by side")

data, graph = check_export("hostile", [hostile_graph(run.work)])
for index, text in enumerate(HOSTILE_NAMES):
    node = graph.nodes[f"g{index}"]
    run.check(node["name"] == text, f"hostile: name {text!r} came back as {node['name']!r}")
    run.check(node["aliases"] == ["alias " + text], f"hostile: alias of {text!r}")
for relation in data["relations"]:
    edge = graph.edges[relation["subject"], relation["object"], relation["id"]]
    target = HOSTILE_NAMES[int(relation["object"][1:])]
    run.check(edge["citations"][0]["quote"] == target and edge["citations"][0]["credibility"] == 2, f"hostile: quote {target!r}")
    run.check(relation["time"] == {"date": "2024-01"}, "hostile: a month-only date lost its precision")

run.finish(f"jsonschema {importlib.metadata.version('jsonschema')}, NetworkX {nx.__version__}: strike graph {strike_counts[0]} entities "
           f"and {strike_counts[1]} relations as describe counts them; {len(HOSTILE_NAMES)} hostile names back unchanged")
