#!/usr/bin/env python3
"""Generate generator/Naming/Pinyin/pinyin-table.txt from Unihan kMandarin readings.

Usage (from anywhere; paths default relative to the repository root):

    python3 tools/pinyin/generate_pinyin_table.py [--input PATH] [--output PATH]

The input is Unihan_Readings.txt, plain or bz2-compressed (Debian/Ubuntu package
``unicode-data`` installs /usr/share/unicode/Unihan_Readings.txt.bz2).
Only the Python standard library is used. The output depends only on the input
file's contents, so the same input gives a byte-identical table.

Output format (ASCII, LF line endings):

    # comment lines (anywhere; ignored by the reader)
    <syllable> <syllable> ...            first non-comment line, sorted ordinally
    <start hex> <codes>                  one line per run of code points

Each data line covers the code points start, start+1, ... with one fixed
2-character code each. A code is two digits of ALPHABET (base 62, high digit
first) giving the 0-based index into the syllable list; "--" means that code
point has no reading. Runs never cross a 64-code-point boundary, and runs with no
readings at all are omitted, so lines stay short and a Unihan update gives a
local diff. Data lines are in ascending code point order and never overlap.
"""

import argparse
import bz2
import os
import re
import sys
import unicodedata

DEFAULT_INPUT = "/usr/share/unicode/Unihan_Readings.txt.bz2"
REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "generator", "Naming", "Pinyin", "pinyin-table.txt")

# CJK Unified Ideographs Extension A, CJK Unified Ideographs, CJK Compatibility Ideographs.
RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
NO_READING = "--"
LINE_SPAN = 64

SYLLABLE_RE = re.compile(r"^[a-z]+$")


def in_ranges(cp):
    return any(lo <= cp <= hi for lo, hi in RANGES)


def strip_tones(reading):
    """'lǜ' -> 'lv', 'nǚ' -> 'nv', 'ê' -> 'e', 'ḿ' -> 'm', 'huáng' -> 'huang'."""
    decomposed = unicodedata.normalize("NFD", reading.strip().lower())
    # u + COMBINING DIAERESIS is the only mark that changes the letter; every other
    # combining mark (tones, the circumflex of ê) is dropped.
    decomposed = decomposed.replace("u\u0308", "v")
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if not SYLLABLE_RE.match(out):
        raise ValueError("cannot reduce reading %r to ASCII pinyin (got %r)" % (reading, out))
    return out


def open_text(path):
    if path.endswith(".bz2"):
        return bz2.open(path, "rt", encoding="utf-8", newline="")
    return open(path, "rt", encoding="utf-8", newline="")


def read_readings(path):
    """Return ({code point: toneless syllable}, header info dict)."""
    readings = {}
    header = {}
    with open_text(path) as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            if line.startswith("#"):
                m = re.match(r"^#\s*(Unicode version|Date):\s*(.+?)\s*$", line)
                if m and m.group(1) not in header:
                    header[m.group(1)] = m.group(2)
                continue
            if not line:
                continue
            parts = line.split("\t")
            if len(parts) < 3 or parts[1] != "kMandarin":
                continue
            cp = int(parts[0][2:], 16)
            if cp > 0xFFFF or not in_ranges(cp):
                continue
            values = parts[2].split()
            if not values:
                continue
            # Unihan lists the zh-Hans preferred reading first.
            readings[cp] = strip_tones(values[0])
    return readings, header


def encode_index(index):
    base = len(ALPHABET)
    if not 0 <= index < base * base:
        raise ValueError("syllable index %d does not fit in two base-%d digits" % (index, base))
    return ALPHABET[index // base] + ALPHABET[index % base]


def build_table(readings, header, source_name):
    syllables = sorted(set(readings.values()))
    index_of = {s: i for i, s in enumerate(syllables)}

    lines = [
        "# Hanzi -> toneless Mandarin pinyin: first kMandarin reading per BMP ideograph (u-umlaut written v).",
        "# Source: %s (Unicode version: %s; Date: %s)"
        % (source_name, header.get("Unicode version", "unknown"), header.get("Date", "unknown")),
        "# Regenerate: python3 tools/pinyin/generate_pinyin_table.py [--input /usr/share/unicode/Unihan_Readings.txt.bz2]",
        "# Format: next line = syllables (sorted); then '<start hex> <2 base-62 digits per code point>', '--' = none.",
        "# Alphabet: " + ALPHABET,
        "# Characters: %d, syllables: %d" % (len(readings), len(syllables)),
        " ".join(syllables),
    ]

    for lo, hi in RANGES:
        block = lo - lo % LINE_SPAN
        while block <= hi:
            first = max(block, lo)
            last = min(block + LINE_SPAN - 1, hi)
            cps = [cp for cp in range(first, last + 1) if cp in readings]
            if cps:
                start, end = cps[0], cps[-1]
                codes = "".join(
                    encode_index(index_of[readings[cp]]) if cp in readings else NO_READING
                    for cp in range(start, end + 1)
                )
                lines.append("%04X %s" % (start, codes))
            block += LINE_SPAN

    return "\n".join(lines) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", default=DEFAULT_INPUT, help="Unihan_Readings.txt or .txt.bz2 (default: %(default)s)")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="table to write (default: %(default)s)")
    args = parser.parse_args(argv)

    readings, header = read_readings(args.input)
    if not readings:
        print("error: no kMandarin readings found in %s" % args.input, file=sys.stderr)
        return 1
    # Only the file name goes into the header so the output does not depend on where the input lives.
    text = build_table(readings, header, os.path.basename(args.input))

    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    print("wrote %s: %d characters, %d bytes" % (args.output, len(readings), len(text.encode("ascii"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
