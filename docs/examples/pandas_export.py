"""The graph in pandas: one GraphQL question with requests, then the CSV exports as data frames.

usage: python3 docs/examples/pandas_export.py [http://localhost:8080]
"""
import sys

import pandas as pd
import requests

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"

# One question over GraphQL: who took the floor at the 2019 briefing, and what says so.
QUERY = """
query Floor($id: ID!) {
  entity(id: $id) {
    name
    relations(types: ["TOOK_THE_FLOOR_AT"], direction: INCOMING, first: 5) {
      edges { node { name } citations { paragraph quote } }
    }
  }
}"""
answer = requests.post(f"{BASE}/graphql", json={"query": QUERY, "variables": {"id": "meeting:2019-12-12-member-state-briefing"}},
                       timeout=30).json()
meeting = answer["data"]["entity"]
print(f"Took the floor at {meeting['name']}:")
for edge in meeting["relations"]["edges"]:
    citation = edge["citations"][0]
    print(f"  {edge['node']['name']} (paragraph {citation['paragraph']}: \"{citation['quote'][:60]}\")")

# The whole graph as two data frames; every relation keeps its citations in columns.
nodes = pd.read_csv(f"{BASE}/export/nodes.csv")
edges = pd.read_csv(f"{BASE}/export/edges.csv")
print(f"\n{len(nodes)} entities, {len(edges)} relations")
print(nodes["kind"].value_counts().head(5).to_string())
print()
print(edges["relation"].value_counts().head(5).to_string())

# Which documents do the relations rest on? (one relation may cite several paragraphs, joined by " | ")
cited = edges["cited_documents"].dropna().str.split(" \\| ").explode().value_counts()
print()
print(cited.to_string())
