"""Reads the GraphML export with NetworkX and igraph, as Gephi, yEd and
their users' scripts would, and compares it with ActorGraph's JSON export of
the same files (itself checked by check_json.py): every entity with its
name, kind and aliases, every relation with its id, ends, type, status and
dates, for the strike graph and the hostile names.
"""
import importlib.metadata
import json
import warnings

import igraph
import networkx as nx

from common import HOSTILE_NAMES, Check, hostile_graph

run = Check("graphml")


def compare(name, files):
    oracle = json.loads(run.export(files, "json", f"{name}.json").read_text(encoding="utf-8"))
    path = run.export(files, "graphml", f"{name}.graphml")
    entities = {entity["id"]: entity for entity in oracle["entities"]}
    relations = {relation["id"]: relation for relation in oracle["relations"]}

    graph = nx.read_graphml(path, force_multigraph=True)  # the call docs/formats.md documents
    run.check(isinstance(graph, nx.MultiDiGraph), f"{name}: NetworkX did not read a directed multigraph")
    run.check(graph.number_of_nodes() == len(entities), f"{name}: NetworkX nodes {graph.number_of_nodes()} != {len(entities)}")
    run.check(graph.number_of_edges() == len(relations), f"{name}: NetworkX edges {graph.number_of_edges()} != {len(relations)}")
    for node, data in graph.nodes(data=True):
        entity = entities.get(node)
        if run.check(entity is not None, f"{name}: NetworkX node {node!r} is no entity"):
            run.check(data["label"] == entity["name"], f"{name}: label of {node!r}: {data['label']!r} != {entity['name']!r}")
            run.check(data["kind"] == entity["kind"], f"{name}: kind of {node!r}")
            run.check(json.loads(data["aliases"]) == entity["aliases"], f"{name}: aliases of {node!r}")
            run.check(json.loads(data["attributes"]) == entity["attributes"], f"{name}: attributes of {node!r}")
    for subject, object_, key, data in graph.edges(keys=True, data=True):
        relation = relations.get(key)
        if run.check(relation is not None, f"{name}: NetworkX edge {key!r} is no relation"):
            run.check((subject, object_) == (relation["subject"], relation["object"]), f"{name}: ends of {key}")
            run.check(data["type"] == relation["type"] and data["status"] == relation["status"], f"{name}: type or status of {key}")
            run.check(json.loads(data["claimants"]) == relation["claimants"], f"{name}: claimants of {key}")
            run.check(json.loads(data["citations"]) == relation["citations"], f"{name}: citations of {key}")
            time = {field: data[field] for field in ("date", "from", "to") if field in data}
            run.check(time == relation.get("time", {}), f"{name}: time of {key}: {time} != {relation.get('time')}")
    run.check(json.loads(graph.graph["sources"]) == oracle["sources"], f"{name}: sources")

    with warnings.catch_warnings():
        # igraph says it skips the yFiles keys, which carry no attr.type: that is expected.
        warnings.simplefilter("ignore", RuntimeWarning)
        other = igraph.Graph.Read_GraphML(str(path))
    run.check(other.is_directed(), f"{name}: igraph read an undirected graph")
    run.check(other.vcount() == len(entities) and other.ecount() == len(relations), f"{name}: igraph counts {other.vcount()}/{other.ecount()}")
    run.check(sorted(other.vs["label"]) == sorted(entity["name"] for entity in entities.values()), f"{name}: igraph names")
    for edge in other.es:
        relation = relations.get(edge["id"])
        if run.check(relation is not None, f"{name}: igraph edge {edge['id']!r} is no relation"):
            ends = (other.vs[edge.source]["id"], other.vs[edge.target]["id"])
            run.check(ends == (relation["subject"], relation["object"]), f"{name}: igraph ends of {edge['id']}")
            run.check(edge["type"] == relation["type"] and edge["status"] == relation["status"], f"{name}: igraph type or status of {edge['id']}")
    return len(entities), len(relations)


strike = compare("strike", run.strike)
kinds, types = run.describe_counts(run.strike)
run.check(strike == (sum(kinds.values()), sum(types.values())), f"strike: {strike} != describe's counts")
compare("hostile", [hostile_graph(run.work)])
run.finish(f"NetworkX {nx.__version__}, igraph {importlib.metadata.version('igraph')}: strike graph {strike[0]} entities and {strike[1]} "
           f"relations with names, kinds, aliases, attributes, ends, types, statuses, claimants, citations and dates; "
           f"{len(HOSTILE_NAMES)} hostile names")
