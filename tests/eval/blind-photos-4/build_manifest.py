#!/usr/bin/env python3
"""Builds manifest.json from select.tsv after fetch.sh has laid the sources in /work/coord/blindphotos4."""
import csv, hashlib, json, os, sys
BASE = '/work/coord/blindphotos4'
R = os.path.dirname(os.path.abspath(__file__))
NPM = {  # dir under npm/ -> (name@version, licence)
  '_undp_design-system': ('@undp/design-system@1.4.5', 'MIT (package.json "license"); photos are UNDP material shipped in stories/assets, not separately licensed'),
  '_wfp_ui': ('@wfp/ui@1.22.5', 'Apache-2 (package.json "license"); photo is WFP material shipped in src/assets, not separately licensed'),
  'material-dashboard': ('material-dashboard@3.1.0', 'MIT (package.json, Creative Tim); stock photos not separately licensed'),
  'soft-ui-design-system': ('soft-ui-design-system@1.0.4', 'MIT (package.json, Creative Tim); stock photos not separately licensed'),
  'black-dashboard': ('black-dashboard@1.0.0', 'MIT (package.json, Creative Tim); stock photos not separately licensed'),
  'now-ui-kit': ('now-ui-kit@1.3.0', 'Creative Tim License (package.json: www.creative-tim.com/license); stock photos not separately licensed'),
  'paper-dashboard-2': ('paper-dashboard-2@2.0.0', 'Creative Tim License (package.json: www.creative-tim.com/license); stock photos not separately licensed'),
  'startbootstrap-resume': ('startbootstrap-resume@7.0.6', 'MIT (package.json, Start Bootstrap); stock photo not separately licensed'),
  'startbootstrap-stylish-portfolio': ('startbootstrap-stylish-portfolio@6.0.6', 'MIT (package.json, Start Bootstrap); stock photos not separately licensed'),
  'blk-design-system': ('blk-design-system@1.0.2', 'Creative Tim License (package.json: www.creative-tim.com/license); stock photos not separately licensed'),
  'gentelella': ('gentelella@4.2.0', 'MIT (package.json); stock photos not separately licensed'),
  'admin-lte': ('admin-lte@2.4.18', 'MIT (package.json); stock photos not separately licensed'),
  '_ons_design-system': ('@ons/design-system@72.11.0', 'MIT (package.json); photo is ONS material, not separately licensed'),
  '_qld-gov-au_qgds-bootstrap5': ('@qld-gov-au/qgds-bootstrap5@2.0.6', 'ISC (package.json); photo not separately licensed'),
  '_massds_mayflower-assets': ('@massds/mayflower-assets@13.2.0', 'MIT (package.json); placeholder photo not separately licensed'),
}
DEB = {
  'mate-backgrounds': ('1.26.0-1', 'GPL-2+ (debian/copyright Files: nature/Aqua.jpg, Charles Barbin 2008)'),
  'gimp-help-en': ('2.10.34-2', 'GFDL-NIV-1.2+ (gimp-help-common copyright)'),
  'opencv-doc': ('4.6.0+dfsg-12', 'Apache-2.0 AND BSD-3-Clause (debian/copyright Files: *); sample images not separately licensed'),
}
used = set()
for d in ['blind-photos', 'blind-photos-2', 'blind-photos-3']:
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
