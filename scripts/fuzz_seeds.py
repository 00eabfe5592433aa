#!/usr/bin/env python3
"""Writes a fuzz target's seed inputs, gathered from the test suite, into a directory.

    scripts/fuzz_seeds.py TARGET OUT_DIR

cypher:  every statement of tests/queries/**/*.test (setup blocks and case queries) and of the
         .cypher scripts under queries/ and tests/
csv:     every .csv/.tsv file under tests/ and data/, behind the two option bytes fuzz_csv.cpp
         reads (default options, with and without a header; ';' and tab files with theirs)
params:  every `param NAME = JSON` of the query tests, as NAME=JSON
records: nothing here: fuzz_records_seeds writes records with the storage encoders

Seeds are gathered on every run, so new tests feed the fuzzers without anyone copying files.
"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASE_KEYWORDS = ("case", "skip", "param", "ordered", "unordered")


def test_files():
    return sorted((ROOT / "tests").rglob("*.test"))


def blocks(path):
    block = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.strip():
            if not line.lstrip().startswith("#"):
                block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def split_statements(script):
    # Good enough for seeds: the fuzzer mutates them anyway.
    return [s.strip() for s in script.split(";") if s.strip()]


def cypher_seeds():
    for path in test_files():
        for block in blocks(path):
            head = block[0].strip()
            if head == "setup":
                yield from split_statements("\n".join(block[1:]))
            elif head.startswith("case"):
                lines = [l for l in block[1:] if l.strip().split(" ")[0] not in CASE_KEYWORDS]
                query = []
                for line in lines:
                    if line.strip() == "----":
                        break
                    query.append(line)
                if query:
                    yield "\n".join(query)
    for path in sorted(list((ROOT / "queries").rglob("*.cypher")) +
                       list((ROOT / "tests").rglob("*.cypher"))):
        yield from split_statements(path.read_text(encoding="utf-8", errors="replace"))


def csv_seeds():
    files = sorted(list((ROOT / "tests").rglob("*.csv")) + list((ROOT / "tests").rglob("*.tsv")) +
                   list((ROOT / "data").rglob("*.csv")))
    for path in files:
        data = path.read_bytes()[:8192]
        terminator = b"\t" if path.suffix == ".tsv" else b";" if b";" in data[:200] else b","
        yield terminator + bytes([0x07]) + data  # backslash escapes, skip empty lines, header
        yield terminator + bytes([0x13]) + data  # no header, 3-byte buffer


def params_seeds():
    pattern = re.compile(r"^\s*param\s+(\w+)\s*=\s*(.+)$")
    for path in test_files():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            match = pattern.match(line)
            if match:
                yield f"{match.group(1)}={match.group(2)}"


SEEDS = {"cypher": cypher_seeds, "csv": csv_seeds, "params": params_seeds}


def main():
    target, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for seed in SEEDS.get(target, lambda: [])():
        data = seed.encode() if isinstance(seed, str) else seed
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
        count += 1
    print(f"fuzz_seeds: {count} {target} seeds in {out}")


if __name__ == "__main__":
    main()
