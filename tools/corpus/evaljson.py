"""Small readers of `marsad eval --json` events shared by the corpus tools (fp-classes.py,
merge-sim.py): the distance between two events' locations and an event's doer."""
import math


def km(a, b):
    """Great-circle km between two locations; 1e9 when either has no coordinates."""
    if not a or not b or a.get("lat") is None or b.get("lat") is None:
        return 1e9
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def doer(e):
    return (e["actor1"] or {}).get("id")
