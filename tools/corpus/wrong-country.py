#!/usr/bin/env python3
"""Count the located system events that lie in a country none of the article's gold places lies in
(issue 10: "no event in a country the gold does not name"), from `marsad eval --json` output.

The countries of an article's gold are the country-level gold places and the countries of the
system place mentions that found a gold place; a gold point place the system never found adds no
country, so the count is an upper bound. Usage:
  marsad eval DIR --shared ../shared --json | python3 tools/corpus/wrong-country.py [-v]
"""
import json
import sys


def main():
    verbose = "-v" in sys.argv[1:]
    report = json.load(sys.stdin)
    total = wrong = 0
    for a in report["articles"]:
        countries = set()
        for po in a["place_outcomes"]:
            g = po["gold"]
            if g.get("is_country") and g.get("country"):
                countries.add(g["country"])
            if po.get("found_by") and po["found_by"].get("country"):
                countries.add(po["found_by"]["country"])
        events = [g["system"] for g in a["gold_events"] if g.get("system")] + [u["event"] for u in a["unmatched_system_events"]]
        for e in events:
            loc = e.get("location") or {}
            if not loc.get("country"):
                continue
            total += 1
            if countries and loc["country"] not in countries:
                wrong += 1
                if verbose:
                    print("%s\t%s\t%s\tgold: %s" % (a["name"], loc["country"], loc.get("name"), ",".join(sorted(countries))))
    print("%d of %d located events lie in a country none of their article's gold places lies in" % (wrong, total))


if __name__ == "__main__":
    main()
