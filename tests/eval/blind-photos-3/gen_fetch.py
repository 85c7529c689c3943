#!/usr/bin/env python3
# Generates fetch.sh from select.tsv (versions pinned below; keep in sync with build_manifest.py).
import collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
sel=[l.rstrip('\n').split('\t') for l in open(os.path.join(HERE,'select.tsv')) if l.strip()]
deb=collections.OrderedDict(); npm=collections.OrderedDict()
DEBV={'libdlib19.1':'19.24+dfsg-1','gramps':'5.1.5-1','psychtoolbox-3-common':'3.0.18.12.dfsg1-1.1','libvlfeat-doc':'0.9.21+full-1','visp-images-data':'3.5.0-1','libjs-jquery-backstretch':'2.1.17-4','libjs-bootstrap5-doc':'5.2.3+dfsg-8','ruby-rmagick-doc':'4.2.3-2+deb12u1','jmagick6-docs':'6.6.9~20130201-svn99-4','tuxpaint-data':'1:0.9.28-sdl2-1','golang-github-elazarl-goproxy-dev':'1.1-1','libgdata-tests':'0.18.1-2','texlive-latex-extra-doc':'2022.20230122-4','libjs-of-ocaml-doc':'4.0.0-2'}
NPMS={'vladmandic__face-api@1.7.15':'@vladmandic/face-api@1.7.15','health.gov.au__health-design-system@2.0.0-beta.1':'@health.gov.au/health-design-system@2.0.0-beta.1','startbootstrap-agency@7.0.12':'startbootstrap-agency@7.0.12','argon-design-system-free@1.2.0':'argon-design-system-free@1.2.0','material-kit@2.0.4':'material-kit@2.0.4'}
for s in sel:
    kind,pkg,inner=s[2].split('/',2)
    (deb if kind=='debian' else npm).setdefault(pkg,[]).append(inner)
L=['#!/bin/bash','# Re-downloads every source of manifest.json at the exact version and extracts only the listed photos.',
   '# Run as root. Usage: fetch.sh [OUTDIR]  (default /work/coord/blindphotos3)','set -euo pipefail',
   'OUT="${1:-/work/coord/blindphotos3}"','mkdir -p "$OUT"','TMP="$(mktemp -d)"','chmod 755 "$TMP"','trap \'rm -rf "$TMP"\' EXIT','',
   'deb() { # pkg version member...','  local pkg="$1" ver="$2"; shift 2','  ( cd "$TMP" && apt-get download -q "$pkg=$ver" >/dev/null 2>&1 )',
   '  local f; f="$(ls "$TMP"/"${pkg}"_*.deb | head -1)"','  mkdir -p "$OUT/debian/$pkg"',
   '  dpkg-deb --fsys-tarfile "$f" | tar -x -C "$OUT/debian/$pkg" "$@"','  rm -f "$f"','}','',
   'npmpkg() { # spec dir member...','  local spec="$1" dir="$2"; shift 2','  local f; f="$(cd "$TMP" && npm pack --silent "$spec" | tail -1)"',
   '  mkdir -p "$OUT/npm/$dir"','  tar -xzf "$TMP/$f" -C "$OUT/npm/$dir" "$@"','  rm -f "$TMP/$f"','}','']
for pkg,files in deb.items():
    L.append(f"deb {pkg} '{DEBV[pkg]}' \\\n  " + ' \\\n  '.join(f"'./{x}'" for x in files))
for d,files in npm.items():
    L.append(f"npmpkg '{NPMS[d]}' '{d}' \\\n  " + ' \\\n  '.join(f"'{x}'" for x in files))
L.append('echo "fetched into $OUT"')
open(os.path.join(HERE,'fetch.sh.new'),'w').write('\n'.join(L)+'\n')
