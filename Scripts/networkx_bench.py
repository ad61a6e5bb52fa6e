#!/usr/bin/env python3
"""NetworkX side of the ActorGraph release benchmark.

The Swift benchmark (actorgraph-bench) writes a graph and its queries into a
folder D, runs `python3 Scripts/networkx_bench.py D [--max-pairs N]`, and reads
one JSON object from standard output. Progress and messages go to standard
error.

Input files in D (entity indices are 0-based integers):
  meta.json         {"entities": n, "relations": m}
  edges.txt         one relation per line: SOURCE TARGET
  pairs.txt         one shortest-path query per line: SOURCE TARGET
  centers.txt       one entity per line (radius-2 neighbourhood queries)
  small_meta.json   optional; same format, for the betweenness graph
  small_edges.txt   optional; if either small file is missing, betweenness
                    is skipped and reported as null

Semantics: each graph is an undirected nx.Graph holding the nodes 0..n-1,
with parallel edges collapsed.
  shortest path  nx.shortest_path(G, s, t): length in edges, null if no path
  neighbourhood  nx.single_source_shortest_path_length(G, c, cutoff=2):
                 the number of nodes reached, the center included
  betweenness    nx.betweenness_centrality(G_small, normalized=True), exact:
                 the 10 highest scores, ties broken by lower node index

Timing: time.perf_counter around each single NetworkX call (file parsing is
not timed for queries); load_seconds covers reading edges.txt and building
the graph; peak_memory_mib is the process's peak resident set size.

Output on stdout:
  {"networkx_version": "3.6.1",
   "load_seconds": float,
   "peak_memory_mib": float,
   "shortest_path": {"seconds": [float, ...], "lengths": [int or null, ...]},
   "neighborhood": {"seconds": [float, ...], "sizes": [int, ...]},
   "betweenness": {"seconds": float, "top": [[node, score], ...]} or null}

Exit status: 0 on success, 1 for missing or malformed input files, 2 for bad
usage, 3 if NetworkX is not installed.
"""

import argparse
import json
import os
import resource
import sys
import time

try:
    import networkx as nx
except ImportError:
    sys.stderr.write(
        "networkx_bench.py: NetworkX is not installed for this python3.\n"
        "Install it with:  pip install networkx\n"
    )
    sys.exit(3)

TOP_COUNT = 10
NEIGHBORHOOD_RADIUS = 2


class InputError(Exception):
    """A benchmark input file is missing or malformed."""


def log(message):
    print(f"networkx: {message}", file=sys.stderr, flush=True)


def read_meta(path):
    try:
        with open(path, encoding="utf-8") as file:
            meta = json.load(file)
        return int(meta["entities"]), int(meta["relations"])
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from error
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path}: expected {{\"entities\": n, \"relations\": m}}") from error


def read_integers(path):
    """All whitespace-separated integers of a file, as a list."""
    try:
        with open(path, "rb") as file:
            return list(map(int, file.read().split()))
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from error
    except ValueError as error:
        raise InputError(f"{path}: {error}") from error


def check_indices(path, numbers, entities):
    if numbers and (min(numbers) < 0 or max(numbers) >= entities):
        raise InputError(f"{path}: entity index outside 0..{entities - 1}")


def read_pairs(path, entities):
    numbers = read_integers(path)
    if len(numbers) % 2:
        raise InputError(f"{path}: expected two integers per line")
    check_indices(path, numbers, entities)
    it = iter(numbers)
    return list(zip(it, it))


def read_centers(path, entities):
    centers = read_integers(path)
    check_indices(path, centers, entities)
    return centers


def load_graph(edges_path, meta_path):
    """Build the undirected graph; returns (graph, seconds spent loading)."""
    entities, relations = read_meta(meta_path)
    log(f"loading {relations} edges on {entities} entities from {os.path.basename(edges_path)} ...")
    start = time.perf_counter()
    numbers = read_integers(edges_path)
    if len(numbers) % 2:
        raise InputError(f"{edges_path}: expected two integers per line")
    it = iter(numbers)
    graph = nx.Graph()
    graph.add_nodes_from(range(entities))
    graph.add_edges_from(zip(it, it))
    seconds = time.perf_counter() - start
    check_indices(edges_path, numbers, entities)
    if len(numbers) // 2 != relations:
        log(f"warning: {edges_path} has {len(numbers) // 2} edges, meta says {relations}")
    log(f"loaded in {seconds:.2f} s ({graph.number_of_edges()} distinct undirected edges)")
    return graph, seconds


def time_shortest_paths(graph, pairs):
    seconds, lengths = [], []
    for source, target in pairs:
        start = time.perf_counter()
        try:
            path = nx.shortest_path(graph, source, target)
        except nx.NetworkXNoPath:
            path = None
        seconds.append(time.perf_counter() - start)
        lengths.append(None if path is None else len(path) - 1)
    return {"seconds": seconds, "lengths": lengths}


def time_neighborhoods(graph, centers):
    seconds, sizes = [], []
    for center in centers:
        start = time.perf_counter()
        reached = nx.single_source_shortest_path_length(graph, center, cutoff=NEIGHBORHOOD_RADIUS)
        seconds.append(time.perf_counter() - start)
        sizes.append(len(reached))
    return {"seconds": seconds, "sizes": sizes}


def time_betweenness(graph):
    start = time.perf_counter()
    scores = nx.betweenness_centrality(graph, normalized=True)
    seconds = time.perf_counter() - start
    top = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:TOP_COUNT]
    return {"seconds": seconds, "top": [[node, score] for node, score in top]}


def peak_memory_mib():
    # On Linux, ru_maxrss survives fork and exec, so a script started by a
    # large process would report that process's peak; VmHWM is this
    # process's own high-water mark.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    bytes_per_unit = 1 if sys.platform == "darwin" else 1024  # macOS reports bytes, Linux kB
    return peak * bytes_per_unit / (1024 * 1024)


def parse_arguments():
    parser = argparse.ArgumentParser(description="Time NetworkX graph queries for the ActorGraph benchmark.")
    parser.add_argument("folder", help="folder written by actorgraph-bench")
    parser.add_argument("--max-pairs", type=int, metavar="N", help="time at most N shortest-path pairs (default: all)")
    arguments = parser.parse_args()
    if arguments.max_pairs is not None and arguments.max_pairs < 0:
        parser.error("--max-pairs must not be negative")
    return arguments


def run(folder, max_pairs):
    def path(name):
        return os.path.join(folder, name)

    graph, load_seconds = load_graph(path("edges.txt"), path("meta.json"))
    entities = graph.number_of_nodes()
    pairs = read_pairs(path("pairs.txt"), entities)[:max_pairs]
    centers = read_centers(path("centers.txt"), entities)

    log(f"timing {len(pairs)} shortest paths ...")
    shortest_path = time_shortest_paths(graph, pairs)
    log(f"timing {len(centers)} radius-{NEIGHBORHOOD_RADIUS} neighbourhoods ...")
    neighborhood = time_neighborhoods(graph, centers)

    if os.path.exists(path("small_edges.txt")) and os.path.exists(path("small_meta.json")):
        small_graph, _ = load_graph(path("small_edges.txt"), path("small_meta.json"))
        log("timing exact betweenness centrality ...")
        betweenness = time_betweenness(small_graph)
        log(f"betweenness took {betweenness['seconds']:.2f} s")
    else:
        log("no small_edges.txt/small_meta.json: skipping betweenness")
        betweenness = None

    return {
        "networkx_version": nx.__version__,
        "load_seconds": load_seconds,
        "peak_memory_mib": peak_memory_mib(),
        "shortest_path": shortest_path,
        "neighborhood": neighborhood,
        "betweenness": betweenness,
    }


def main():
    arguments = parse_arguments()
    try:
        result = run(arguments.folder, arguments.max_pairs)
    except InputError as error:
        print(f"networkx_bench.py: error: {error}", file=sys.stderr)
        return 1
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
