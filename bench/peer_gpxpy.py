#!/usr/bin/env python3
"""Peer for `make bench-import`: parses every GPX file under a folder with
gpxpy (Debian's python3-gpxpy) and sums their 2D length, so the work is not
optimised away. Prints the number of files and the total length."""
import os
import sys

import gpxpy

total = 0.0
files = 0
for root, _, names in os.walk(sys.argv[1]):
    for name in sorted(names):
        with open(os.path.join(root, name), encoding="utf-8") as f:
            g = gpxpy.parse(f)
        total += g.length_2d()
        files += 1
print(files, round(total))
