"""Files written by the programs colleagues use, read by `actorgraph import`:
NetworkX's GraphML and GEXF, igraph's GraphML, FollowTheMoney entity lines
made with the followthemoney library, and a CSV written by Python's csv
module. Each file holds the hostile names; what `import` writes must check
clean and hold every name and every relation the program was given.
"""
import csv
import importlib.metadata
import json
import subprocess

import igraph
import networkx as nx
from followthemoney import model

from common import HOSTILE_NAMES, Check

run = Check("import")

# Actors with the hostile names, alternately groups and people, and
# relations between neighbours: (subject index, type, object index, date).
KINDS = ["group" if index % 2 == 0 else "person" for index in range(len(HOSTILE_NAMES))]
LINKS = [(index, "attacked" if index % 3 else "allied-with", (index + 1) % len(HOSTILE_NAMES), f"2024-01-{index + 1:02d}")
         for index in range(len(HOSTILE_NAMES))]


def imported(path, *extra):
    """The JSON export of what `actorgraph import PATH` writes (export checks it)."""
    out = run.work / f"{path.name}.ag"
    result = subprocess.run([run.binary, "import", str(path), "-o", str(out), *extra], capture_output=True, text=True, timeout=300)
    if not run.check(result.returncode == 0, f"{path.name}: import failed: {result.stderr[-2000:]}"):
        return None
    exported = run.work / f"{path.name}.json"
    result = subprocess.run([run.binary, "export", str(out), "-o", str(exported)], capture_output=True, text=True, timeout=300)
    if not run.check(result.returncode == 0, f"{path.name}: what import wrote does not check: {result.stderr[-2000:]}"):
        return None
    return json.loads(exported.read_text(encoding="utf-8"))


def compare(label, document, links=LINKS, kinds=KINDS, given=HOSTILE_NAMES):
    """Every name with its kind, and every link by the names at its ends;
    `given` are the names as the program stored them."""
    if document is None:
        return
    names = {entity["id"]: entity["name"] for entity in document["entities"]}
    got_kinds = {entity["name"]: entity["kind"] for entity in document["entities"]}
    want_kinds = dict(zip(given, kinds))
    run.check(got_kinds == want_kinds, f"{label}: entities {sorted(got_kinds.items())} != {sorted(want_kinds.items())}")
    got = sorted((names[r["subject"]], r["type"], names[r["object"]]) for r in document["relations"])
    want = sorted((given[s], t, given[o]) for s, t, o, _ in links)
    run.check(got == want, f"{label}: relations {got} != {want}")
    cited = all(any(c["source"] == "imp1" for c in r["citations"]) for r in document["relations"])
    run.check(cited, f"{label}: a relation does not cite the imported file")


def networkx_files():
    graph = nx.MultiDiGraph()
    for index, (name, kind) in enumerate(zip(HOSTILE_NAMES, KINDS)):
        graph.add_node(f"n{index}", label=name, kind=kind)
    for subject, kind, object_, date in LINKS:
        graph.add_edge(f"n{subject}", f"n{object_}", type=kind, date=date)
    graphml, gexf = run.work / "networkx.graphml", run.work / "networkx.gexf"
    nx.write_graphml(graph, graphml)
    nx.write_gexf(graph, gexf)
    compare("NetworkX GraphML", imported(graphml))
    compare("NetworkX GEXF", imported(gexf))


def igraph_file():
    graph = igraph.Graph(directed=True)
    graph.add_vertices(len(HOSTILE_NAMES))
    graph.vs["name"] = HOSTILE_NAMES
    graph.vs["kind"] = KINDS
    graph.add_edges([(subject, object_) for subject, _, object_, _ in LINKS])
    graph.es["type"] = [kind for _, kind, _, _ in LINKS]
    graph.es["date"] = [date for _, _, _, date in LINKS]
    path = run.work / "igraph.graphml"
    graph.write_graphml(str(path))
    compare("igraph GraphML", imported(path))


def followthemoney_file():
    lines, stored = [], []
    for index, (name, kind) in enumerate(zip(HOSTILE_NAMES, KINDS)):
        proxy = model.make_entity("Organization" if kind == "group" else "Person")
        proxy.id = f"e{index}"
        proxy.add("name", name)
        # The library cleans names as it stores them (a line break becomes a space).
        stored.append(proxy.first("name"))
        lines.append(proxy.to_dict())
    # Memberships: a person member of the group before it.
    links = []
    for index in range(1, len(HOSTILE_NAMES), 2):
        membership = model.make_entity("Membership")
        membership.id = f"m{index}"
        membership.add("member", f"e{index}")
        membership.add("organization", f"e{index - 1}")
        membership.add("startDate", "2023-10")
        lines.append(membership.to_dict())
        links.append((index, "member-of", index - 1, None))
    path = run.work / "entities.ftm"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    compare("followthemoney", imported(path), links=links, given=stored)


def csv_file():
    path = run.work / "links.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Source", "Target", "Link", "Date"])
        for subject, kind, object_, date in LINKS:
            writer.writerow([HOSTILE_NAMES[subject], HOSTILE_NAMES[object_], kind, date])
    mapping = run.work / "links-mapping.json"
    mapping.write_text(json.dumps({"columns": {"Link": "type"}, "endpointKind": "group"}), encoding="utf-8")
    compare("Python csv", imported(path, "--mapping", str(mapping)), kinds=["group"] * len(HOSTILE_NAMES))


networkx_files()
igraph_file()
followthemoney_file()
csv_file()
run.finish(f"NetworkX {nx.__version__} GraphML and GEXF, igraph {igraph.__version__} GraphML, "
           f"followthemoney {importlib.metadata.version('followthemoney')} lines, a csv-module table: {len(HOSTILE_NAMES)} hostile names each, read back")
