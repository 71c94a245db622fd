#!/usr/bin/env python3
"""Curators editing overlapping entities, for bench/curation-load.sh.

Each curator reads an entity's version, waits a moment (as a person would), and sends an
updateEntity based on that version; when someone else changed the entity in between, the
service answers CONFLICT, which is intended here. Afterwards it checks that no acknowledged
write was lost: every entity's version and history equal what the curators were told succeeded.
Usage: curators.py URL KEY SECONDS CURATORS [PAUSE]   (PAUSE: seconds each curator waits after a write, default 0)
"""
import json
import random
import statistics
import sys
import threading
import time
import urllib.request

URL, KEY, SECONDS, CURATORS = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
PAUSE = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
ENTITIES = ["org:iom", "org:unhcr", "state:PHL", "framework:gcm"]


def post(query, key=None):
    request = urllib.request.Request(URL, data=json.dumps({"query": query}).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Cache-Control": "no-cache",
                                              **({"Authorization": "Bearer " + key} if key else {})})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def version(entity):
    return post('{ entity(id: "%s") { version } }' % entity)["data"]["entity"]["version"]


lock = threading.Lock()
acknowledged = {e: [] for e in ENTITIES}
latencies, conflicts, errors = [], [0], []


def curator(number):
    rng = random.Random(number)
    deadline = time.monotonic() + SECONDS
    edit = 0
    while time.monotonic() < deadline:
        entity = rng.choice(ENTITIES)
        try:
            current = version(entity)
            time.sleep(rng.uniform(0.005, 0.05))
            edit += 1
            started = time.perf_counter()
            answer = post('mutation { updateEntity(input: {id: "%s", expectedVersion: %d, description: "curator %d, edit %d", '
                          'reason: "load benchmark"}) { revision userErrors { code message } } }' % (entity, current, number, edit), KEY)
            elapsed = (time.perf_counter() - started) * 1000
            payload = answer.get("data", {}) and answer["data"]["updateEntity"]
            with lock:
                latencies.append(elapsed)
                if payload and payload["revision"] is not None:
                    acknowledged[entity].append(payload["revision"])
                elif payload and payload["userErrors"] and payload["userErrors"][0]["code"] == "CONFLICT":
                    conflicts[0] += 1
                else:
                    errors.append(json.dumps(answer)[:200])
            if PAUSE:
                time.sleep(rng.uniform(0.5 * PAUSE, 1.5 * PAUSE))
        except Exception as e:  # a refused connection or a 5xx is an error, not a conflict
            with lock:
                errors.append(repr(e)[:200])


HISTORY = '{ entity(id: "%s") { version history(first: 100) { totalCount edges { node { number } } } } }'
before = {e: post(HISTORY % e)["data"]["entity"] for e in ENTITIES}

threads = [threading.Thread(target=curator, args=(n,)) for n in range(1, CURATORS + 1)]
started = time.monotonic()
for t in threads:
    t.start()
for t in threads:
    t.join()
duration = time.monotonic() - started

writes = len(latencies)
quantiles = statistics.quantiles(latencies, n=100) if writes > 1 else [0] * 99
succeeded = sum(len(v) for v in acknowledged.values())
print("%d curators%s: %d writes in %.1f s, %.1f writes/s, p50 %.1f ms, p99 %.1f ms; %d applied, %d refused as CONFLICT, %d errors"
      % (CURATORS, ", pausing about %.1f s after each write" % PAUSE if PAUSE else ", no pause", writes, duration, writes / duration, quantiles[49], quantiles[98], succeeded, conflicts[0], len(errors)))
for e in errors[:5]:
    print("  error:", e)

lost = 0
for entity, revisions in acknowledged.items():
    node = post(HISTORY % entity)["data"]["entity"]
    start = before[entity]
    newest = {edge["node"]["number"] for edge in node["history"]["edges"]}
    added = node["history"]["totalCount"] - start["history"]["totalCount"]
    ok = (node["version"] == start["version"] + len(revisions) and added == len(revisions)
          and set(sorted(revisions)[-100:]) <= newest)
    lost += 0 if ok else 1
    print("  %s: %d acknowledged; version %d -> %d, %d new history entries: %s" % (entity, len(revisions), start["version"],
          node["version"], added, "every acknowledged write is there" if ok else "MISMATCH"))
print("no acknowledged write lost" if lost == 0 else "%d entities lost acknowledged writes" % lost)
sys.exit(1 if lost or errors else 0)
