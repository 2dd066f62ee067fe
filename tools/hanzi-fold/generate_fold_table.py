#!/usr/bin/env python3
"""Builds generator/Parsing/Text/fold-table.txt: traditional -> simplified Hanzi, one character each.

The parser reads pages in either script by folding traditional characters to simplified ones before it
matches its lexicons (titles, surnames, meeting words), then restores the printed characters in what it
extracts. Only one-to-one folds of characters that are never themselves simplified forms are kept, so a
simplified page is left exactly as it is.

Input: Unihan_Variants.txt (kSimplifiedVariant), plain or .bz2; Debian's unicode-data ships it.
Output: one line per pair, "<traditional><simplified>", sorted by code point; byte-identical for the same input.
"""
import argparse
import bz2
import re

DEFAULT_INPUT = "/usr/share/unicode/Unihan_Variants.txt.bz2"
DEFAULT_OUTPUT = "generator/Parsing/Text/fold-table.txt"


def read_lines(path):
    opener = bz2.open if path.endswith(".bz2") else open
    with opener(path, "rt", encoding="utf-8") as f:
        yield from f


def code_point(token):
    return int(token[2:].split("<")[0], 16)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--input", default=DEFAULT_INPUT)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    args = parser.parse_args()

    simplified = {}
    for line in read_lines(args.input):
        if not line.startswith("U+"):
            continue
        source, field, value = line.rstrip("\n").split("\t")[:3]
        if field != "kSimplifiedVariant":
            continue
        simplified[code_point(source)] = [code_point(t) for t in value.split()]

    pairs = []
    for source, targets in simplified.items():
        # The parser folds one UTF-16 unit to one, so a simplified form outside the BMP is no choice it could make:
        # 開 lists 开 and an extension-B form, and folds to 开.
        bmp_targets = [t for t in targets if t <= 0xFFFF]
        # Keep a fold only when it is one-to-one and the source is never a simplified form itself (乾, 著 stay).
        if source in targets or len(set(bmp_targets)) != 1:
            continue
        target = bmp_targets[0]
        if source > 0xFFFF or target == source:
            continue
        pairs.append((source, target))

    pairs.sort()
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        for source, target in pairs:
            out.write(chr(source) + chr(target) + "\n")
    print(f"{len(pairs)} folds written to {args.output}")


if __name__ == "__main__":
    main()
