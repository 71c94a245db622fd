#!/usr/bin/env bash
# The API and the exports with curl. usage: bash docs/examples/curl.sh [http://localhost:8080]
set -euo pipefail
BASE=${1:-http://localhost:8080}

echo '# A GraphQL query'
curl -s "$BASE/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"{ entity(id: \"state:PHL\") { name ... on MemberState { iso3 m49 } } }"}'
echo

echo '# An export, with its caching headers'
curl -s -o /tmp/member-states.csv -D - "$BASE/export/nodes.csv?kind=MemberState" \
  | grep -iE '^(HTTP|etag|last-modified|content-type|content-disposition)' | tr -d '\r'
echo "$(($(wc -l < /tmp/member-states.csv) - 1)) Member States in /tmp/member-states.csv"

echo '# The same export again, only if it changed'
etag=$(curl -s -o /dev/null -D - "$BASE/export/nodes.csv?kind=MemberState" | grep -i '^etag' | cut -d' ' -f2- | tr -d '\r')
curl -s -o /dev/null -w 'HTTP %{http_code}\n' -H "If-None-Match: $etag" "$BASE/export/nodes.csv?kind=MemberState"

echo '# What the IOM facts rest on, for a reference manager (BibTeX)'
curl -s "$BASE/export/citations.bib?entity=org:iom" | head -8

echo '# A persisted query: the hash alone, over GET'
query='{ stats { entities relations } }'
hash=$(printf '%s' "$query" | sha256sum | cut -d' ' -f1)
curl -s "$BASE/graphql" -H 'Content-Type: application/json' \
  -d "{\"query\":\"$query\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"$hash\"}}}" > /dev/null
curl -s -G "$BASE/graphql" --data-urlencode "extensions={\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"$hash\"}}"
echo
