#!/usr/bin/env bash
# Ingestion over HTTP against a running service: each source document of graph-seed/ ingested N
# times under fresh ids (the first call of each adds the document), then again unchanged (only
# reading and finding nothing new). Prints the median wall time of each. The reader's quality:
#   java -jar target/migration-graph.jar --evaluate-ingestion
# usage: bench/ingest.sh [runs=5] [url=http://127.0.0.1:8080/graphql] [key=$MIGRATION_GRAPH_KEY]
set -euo pipefail
runs=${1:-5}
url=${2:-http://127.0.0.1:8080/graphql}
key=${3:-${MIGRATION_GRAPH_KEY:?give an editor key as the third argument or in MIGRATION_GRAPH_KEY}}
here=$(cd "$(dirname "$0")/.." && pwd)
python3 - "$runs" "$url" "$key" "$here/graph-seed/documents" <<'PY'
import json, statistics, sys, time, urllib.request, pathlib
runs, url, key, folder = int(sys.argv[1]), sys.argv[2], sys.argv[3], pathlib.Path(sys.argv[4])
QUERY = """mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  documentAdded paragraphs mentions proposals newProposals userErrors { code message } } }"""
def ingest(doc_id, title, text):
    body = json.dumps({"query": QUERY, "variables": {"input": {"id": doc_id, "title": title, "date": "2021-01-01", "text": text}}}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json", "Authorization": "Bearer " + key})
    start = time.perf_counter()
    answer = json.load(urllib.request.urlopen(request))
    elapsed = (time.perf_counter() - start) * 1000
    result = answer["data"]["ingestDocument"]
    assert not result["userErrors"], result["userErrors"]
    return elapsed, result
stamp = int(time.time())
for path in sorted(folder.glob("*.txt")):
    text = path.read_text(encoding="utf-8")
    first, again = [], []
    for run in range(runs):
        doc_id = f"doc:bench-{stamp}-{path.stem}-{run}"
        t, r = ingest(doc_id, "Bench " + path.stem, text)
        first.append(t)
        t2, r2 = ingest(doc_id, "Bench " + path.stem, text)
        again.append(t2)
        assert r2["newProposals"] == 0, r2
    print(f"{path.name}: {r['paragraphs']} paragraphs, {r['mentions']} mentions, {r['proposals']} proposals; "
          f"first ingest median {statistics.median(first):.0f} ms, same text again {statistics.median(again):.0f} ms (n={runs})")
PY
