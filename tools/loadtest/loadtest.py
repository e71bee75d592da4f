#!/usr/bin/env python3
"""Bounded load test of `marsad serve`, loopback only.

N concurrent clients (threads, one keep-alive connection each) run for a fixed time, or until a
fixed total of requests is reached, whichever comes first. Each client alternates
GET /api/events (filters drawn from a fixed list) and POST /api/extract (articles drawn from a
JSON Lines corpus), with a seeded random generator so that runs are repeatable. Prints the count
of answers by status, server errors (5xx), transport errors and p50/p99 latency per endpoint.

    python3 tools/loadtest/loadtest.py --url http://127.0.0.1:5080 --clients 100 --seconds 30 \\
        --max-requests 200000 --articles ../shared/data/news/saudinewsnet_2015_syria_iraq_conflict.jsonl
"""
import argparse
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse

GETS = [
    "/api/events?page_size=100",
    "/api/events?type=REMOTE&page_size=100",
    "/api/events?actor=ISIL&page_size=50",
    "/api/events?country=SY&modality=asserted&page_size=100&page=2",
    "/api/events?near=36.2,37.16&km=30&page_size=100",
    "/api/events?bbox=35,32,42,37&page_size=200",
    "/api/events?from=2015-07-01&to=2015-07-31&page_size=100",
    "/api/events?text=%D8%AD%D9%84%D8%A8&page_size=100",
    "/api/events?mentions=true&type=CAPTURE&page_size=100",
]


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:5080")
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--articles", required=True, help="JSON Lines with a text field, posted to /api/extract")
    parser.add_argument("--max-article-chars", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()

    target = urllib.parse.urlsplit(args.url)
    if target.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("loadtest: loopback addresses only")
    articles = []
    with open(args.articles, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            text = record.get("text") or ""
            if text.strip():
                articles.append(((record.get("title") or "") + "\n\n" + text)[: args.max_article_chars].encode("utf-8"))
    if not articles:
        sys.exit("loadtest: no article text in " + args.articles)

    lock = threading.Lock()
    latencies = {"GET /api/events": [], "POST /api/extract": []}
    statuses = {}
    errors = []
    issued = [0]
    deadline = time.monotonic() + args.seconds

    def client(index):
        rng = random.Random(args.seed * 1000 + index)
        connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
        turn = index % 2
        while time.monotonic() < deadline:
            with lock:
                if issued[0] >= args.max_requests:
                    return
                issued[0] += 1
            turn ^= 1
            if turn:
                name, method, path, body, headers = "GET /api/events", "GET", rng.choice(GETS), None, {}
            else:
                name, method, path = "POST /api/extract", "POST", "/api/extract?published=2015-07-15"
                body = rng.choice(articles)
                headers = {"Content-Type": "text/plain; charset=utf-8"}
            start = time.monotonic()
            try:
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                status = response.status
            except Exception as e:  # a transport failure is counted, and the client reconnects
                with lock:
                    errors.append(f"{name}: {type(e).__name__}: {e}")
                connection.close()
                connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
                continue
            elapsed = time.monotonic() - start
            with lock:
                latencies[name].append(elapsed)
                statuses[(name, status)] = statuses.get((name, status), 0) + 1
        connection.close()

    began = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - began

    total = sum(statuses.values())
    server_errors = sum(n for (_, status), n in statuses.items() if status >= 500)
    print(f"loadtest: {args.clients} clients, {wall:.1f} s, {total} answers ({total / wall:.1f}/s), "
          f"{server_errors} server errors (5xx), {len(errors)} transport errors, cap {args.max_requests} requests")
    for (name, status), n in sorted(statuses.items()):
        print(f"  {name} {status}: {n}")
    for name, values in latencies.items():
        print(f"  {name}: n={len(values)} p50={percentile(values, 50) * 1000:.0f} ms p99={percentile(values, 99) * 1000:.0f} ms "
              f"max={max(values, default=float('nan')) * 1000:.0f} ms")
    for e in errors[:10]:
        print("  error:", e)
    return 1 if server_errors or errors else 0


if __name__ == "__main__":
    sys.exit(main())
