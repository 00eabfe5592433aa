"""NetworkX's answers for the structure, path and community tests.

Reads {"n", "edges": [[u, v, w]...], "directed", "weighted", "algorithm", "params"} on stdin and
prints JSON: per-vertex lists (components numbered by their smallest vertex, unreached
distances as -1) or, for the community algorithms, modularity figures.
"""
import json
import sys

import networkx as nx


def build(data, cls):
    g = cls()
    g.add_nodes_from(range(data["n"]))
    for u, v, w in data["edges"]:
        g.add_edge(u, v, weight=w if data["weighted"] else 1.0)
    return g


def simple(data):
    """The simple undirected graph: what core numbers and triangles are defined on."""
    g = build(data, nx.Graph)
    g.remove_edges_from(list(nx.selfloop_edges(g)))
    return g


def by_smallest_vertex(n, components):
    number = [0] * n
    for index, members in enumerate(sorted(components, key=min)):
        for v in members:
            number[v] = index
    return number


def distances(n, lengths):
    return [lengths.get(v, -1) for v in range(n)]


def paths_graph(data):
    return build(data, nx.MultiDiGraph if data["directed"] else nx.MultiGraph)


def community_graph(data):
    # Each relationship one undirected edge; parallel ones add up, as in rollcall.
    return build(data, nx.MultiGraph)


def answer(data):
    n, algorithm, params = data["n"], data["algorithm"], data["params"]
    if algorithm == "wcc":
        return by_smallest_vertex(n, nx.connected_components(build(data, nx.Graph)))
    if algorithm == "scc":
        return by_smallest_vertex(n, nx.strongly_connected_components(build(data, nx.DiGraph)))
    if algorithm == "core":
        core = nx.core_number(simple(data))
        return [core[v] for v in range(n)]
    if algorithm == "triangles":
        g = build(data, nx.Graph)  # self-loops kept: NetworkX must ignore them itself
        t, c = nx.triangles(g), nx.clustering(g)
        return {"triangles": [t[v] for v in range(n)], "clustering": [c[v] for v in range(n)]}
    if algorithm == "bfs":
        lengths = nx.single_source_shortest_path_length(
            paths_graph(data), params["source"], cutoff=params.get("maxDepth"))
        return distances(n, lengths)
    if algorithm == "dijkstra":
        lengths = nx.single_source_dijkstra_path_length(paths_graph(data), params["source"])
        return distances(n, lengths)
    if algorithm == "modularity":
        g, labels = community_graph(data), params["communities"]
        groups = {}
        for v in range(n):
            groups.setdefault(labels[v], set()).add(v)
        ours = nx.community.modularity(g, list(groups.values()), weight="weight")
        if not params.get("louvain"):
            return {"modularity": ours}
        theirs = nx.community.louvain_communities(g, weight="weight", seed=1)
        return {"modularity": ours,
                "louvain": nx.community.modularity(g, theirs, weight="weight")}
    raise SystemExit("unknown algorithm " + algorithm)


if __name__ == "__main__":
    print(json.dumps(answer(json.load(sys.stdin))))
