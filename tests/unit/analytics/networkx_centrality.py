"""NetworkX's centralities for the C++ tests: reads the graph and the algorithm as JSON on stdin
and prints a JSON list of values indexed by vertex.

A multigraph keeps parallel edges, as rollcall's views do: PageRank and degree add them up, while
betweenness and closeness take the lightest. Closeness follows incoming distances in NetworkX,
rollcall's outgoing ones, hence the reversal."""
import json
import sys

import networkx as nx


def build(spec):
    graph = nx.MultiDiGraph() if spec["directed"] else nx.MultiGraph()
    graph.add_nodes_from(range(spec["n"]))
    for u, v, w in spec["edges"]:
        graph.add_edge(u, v, weight=w if spec["weighted"] else 1.0)
    return graph


def pagerank(graph, **options):
    """nx.pagerank needs NumPy and SciPy; without them, NetworkX's pure-Python power iteration
    (the same iteration, slower). Unweighted graphs carry weight 1 on every edge."""
    try:
        return nx.pagerank(graph, weight="weight", **options)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(graph, weight="weight", **options)


def run(spec, graph):
    weight = "weight" if spec["weighted"] else None
    params = spec["params"]
    algorithm = spec["algorithm"]
    if algorithm == "pagerank":
        scores = pagerank(graph, alpha=params.get("alpha", 0.85),
                          max_iter=params.get("max_iter", 1000), tol=params.get("tol", 1e-12))
        return {v: s * len(graph) for v, s in scores.items()}
    if algorithm == "degree":
        degrees = graph.out_degree(weight=weight) if spec["directed"] else graph.degree(weight=weight)
        return dict(degrees)
    if algorithm == "betweenness":
        return nx.betweenness_centrality(graph, normalized=False, weight=weight)
    if algorithm == "closeness":
        reversed_graph = graph.reverse() if spec["directed"] else graph
        return nx.closeness_centrality(reversed_graph, distance=weight,
                                       wf_improved=params.get("wf_improved", False))
    raise ValueError("unknown algorithm " + algorithm)


def main():
    spec = json.load(sys.stdin)
    values = run(spec, build(spec))
    print(json.dumps([float(values[v]) for v in range(spec["n"])]))


if __name__ == "__main__":
    main()
