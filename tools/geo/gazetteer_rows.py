"""The compiled gazetteer's rows (data/geo/gazetteer.tsv.gz: comment lines, then a header, then
one tab-separated row per place; column 8 holds the names joined by «|»), for the geo tools."""
import gzip


def gazetteer_rows(path):
    """Yields each data row of the gazetteer at `path` as its list of columns."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if header is None:
                header = cols
                continue
            yield cols
