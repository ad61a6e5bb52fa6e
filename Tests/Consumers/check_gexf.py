"""Reads the GEXF export with NetworkX's read_gexf, the way a Python analyst
would, and checks it against ActorGraph's own JSON export of the same files
(the oracle): node and edge counts, every entity's id, name and kind, every
relation's id, ends, type and status, the dates with their precision, and
the GEXF 1.3 namespace. The strike graph is also checked against
`actorgraph describe`, the hostile graph against the names it was written with.
"""
import json
from collections import Counter
import xml.etree.ElementTree as ElementTree

import networkx as nx

from common import HOSTILE_NAMES, Check, hostile_graph

run = Check("gexf")
GEXF_13 = "{http://gexf.net/1.3}"


def check_export(name, files):
    path = run.export(files, "gexf", f"{name}.gexf")
    oracle = json.loads(run.export(files, "json", f"{name}.json").read_text(encoding="utf-8"))
    root = ElementTree.parse(path).getroot()
    run.check(root.tag == GEXF_13 + "gexf" and root.get("version") == "1.3", f"{name}: not a GEXF 1.3 document: {root.tag} {root.get('version')}")
    # Without a version NetworkX tries 1.2draft first, then every version it knows; 1.3 is among them.
    graph = nx.read_gexf(path)
    # NetworkX makes a MultiDiGraph only when two edges join the same pair; the relation id is each edge's `id` either way.
    pairs = [(relation["subject"], relation["object"]) for relation in oracle["relations"]]
    expected_type = nx.MultiDiGraph if len(set(pairs)) < len(pairs) else nx.DiGraph
    run.check(type(graph) is expected_type, f"{name}: NetworkX made a {type(graph).__name__}, not a {expected_type.__name__}")
    run.check(graph.number_of_nodes() == len(oracle["entities"]), f"{name}: {graph.number_of_nodes()} nodes, the graph has {len(oracle['entities'])}")
    run.check(graph.number_of_edges() == len(oracle["relations"]), f"{name}: {graph.number_of_edges()} edges, the graph has {len(oracle['relations'])}")
    # A column left out at its declared default: NetworkX keeps the defaults apart, in graph.graph.
    node_default, edge_default = graph.graph.get("node_default", {}), graph.graph.get("edge_default", {})
    for entity in oracle["entities"]:
        node = graph.nodes.get(entity["id"])
        if not run.check(node is not None, f"{name}: entity {entity['id']!r} is missing"):
            continue
        node = {**node_default, **node}
        run.check(node.get("label") == entity["name"], f"{name}: {entity['id']} is named {node.get('label')!r}, not {entity['name']!r}")
        run.check(node.get("kind") == entity["kind"], f"{name}: {entity['id']}.kind differs")
        run.check(json.loads(node.get("aliases", "null")) == entity["aliases"], f"{name}: {entity['id']}.aliases differ")
        run.check(json.loads(node.get("attributes", "null")) == entity["attributes"], f"{name}: {entity['id']}.attributes differ")
    edges = {data.get("id"): data for _, _, data in graph.edges(data=True)}
    for relation in oracle["relations"]:
        edge = edges.get(relation["id"])
        if not run.check(edge is not None, f"{name}: relation {relation['id']} is missing"):
            continue
        edge = {**edge_default, **edge}
        ends = graph.has_edge(relation["subject"], relation["object"], key=relation["id"]) if graph.is_multigraph() \
            else graph.has_edge(relation["subject"], relation["object"])
        run.check(ends, f"{name}: {relation['id']} joins other entities")
        for key in ("type", "status"):
            run.check(edge.get(key) == relation[key], f"{name}: {relation['id']}.{key} is {edge.get(key)!r}, not {relation[key]!r}")
        run.check(json.loads(edge.get("claimants", "null")) == relation["claimants"], f"{name}: {relation['id']}.claimants differ")
        run.check(json.loads(edge.get("citations", "null")) == relation["citations"], f"{name}: {relation['id']}.citations differ")
        time = relation.get("time", {})
        written = {key: edge[key] for key in ("date", "from", "to") if key in edge}
        run.check(written == time, f"{name}: {relation['id']} dates as written {written} != {time}")
        run.check(("start" in edge or "end" in edge) == bool(time), f"{name}: {relation['id']} has an interval without a date, or none with one")
    return oracle, graph


oracle, graph = check_export("strike", run.strike)
strike_counts = (graph.number_of_nodes(), graph.number_of_edges())
kinds, types = run.describe_counts(run.strike)
seen_kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
seen_types = Counter(relation_type for _, _, relation_type in graph.edges(data="type"))
run.check(seen_kinds == Counter(kinds), f"strike: kinds {dict(seen_kinds)} != describe's {kinds}")
run.check(seen_types == Counter(types), f"strike: relation types {dict(seen_types)} != describe's {types}")
run.check(graph.graph.get("mode") == "dynamic", "strike: the dated graph is not dynamic")
run.check(any(attributes.get("viz", {}).get("color") for _, attributes in graph.nodes(data=True)), "strike: no node has a viz colour")

oracle, graph = check_export("hostile", [hostile_graph(run.work)])
for index, text in enumerate(HOSTILE_NAMES):
    node = graph.nodes[f"g{index}"]
    run.check(node["label"] == text, f"hostile: name {text!r} came back as {node['label']!r}")
    run.check(json.loads(node["aliases"]) == ["alias " + text], f"hostile: alias of {text!r}")  # never at the default here
for _, target, data in graph.edges(data=True):
    text = HOSTILE_NAMES[int(target[1:])]
    citation = json.loads(data["citations"])[0]
    run.check(citation["quote"] == text and citation["credibility"] == 2, f"hostile: quote {text!r}")
    run.check(data["attr.note"] == text, f"hostile: note {text!r} came back as {data['attr.note']!r}")
    # A month-only date: the days it covers for Gephi's timeline, the month as written beside them.
    run.check((data.get("date"), data.get("start"), data.get("end")) == ("2024-01", "2024-01-01", "2024-01-31"),
              f"hostile: the month-only date became {data.get('date')!r} {data.get('start')!r}-{data.get('end')!r}")

run.finish(f"NetworkX {nx.__version__} read_gexf: strike graph {strike_counts[0]} entities and {strike_counts[1]} relations "
           f"as describe counts them, ids, names, kinds, types, statuses, evidence and dates as the JSON export has them; "
           f"{len(HOSTILE_NAMES)} hostile names back unchanged")
