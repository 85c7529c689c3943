#!/usr/bin/env python3
"""Carve the JPEG costumes/backgrounds embedded in Scratch 1.4 .sb project files
(Debian package scratch 1.4.0.6~dfsg1-6.1) into pkgs/scratch/carved/<Category>__<Project>__<k>.jpg.
Each JPEG runs from an SOI marker (FFD8FF) to the last EOI (FFD9) before the next SOI."""
import glob, os
B = '/work/coord/blindphotos/pkgs/scratch'
P = B + '/usr/share/scratch/Projects'
OUT = B + '/carved'
os.makedirs(OUT, exist_ok=True)
for f in sorted(glob.glob(P + '/**/*.sb', recursive=True)):
    b = open(f, 'rb').read()
    name = os.path.relpath(f, P)[:-3].replace('/', '__').replace(' ', '_')
    i, k = b.find(b'\xff\xd8\xff'), 0
    while i >= 0:
        j = b.find(b'\xff\xd9', i)
        if j < 0:
            break
        nxt = b.find(b'\xff\xd8\xff', j)
        end = j + 2
        while True:
            j2 = b.find(b'\xff\xd9', end)
            if j2 < 0 or (nxt >= 0 and j2 > nxt):
                break
            end = j2 + 2
        open(f'{OUT}/{name}__{k}.jpg', 'wb').write(b[i:end])
        k += 1
        i = b.find(b'\xff\xd8\xff', end)
