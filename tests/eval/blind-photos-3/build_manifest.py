#!/usr/bin/env python3
# Builds manifest.json from select.tsv (run after fetch.sh has populated the folder).
import json, hashlib, os, sys
BASE = sys.argv[1] if len(sys.argv) > 1 else '/work/coord/blindphotos3'
HERE = os.path.dirname(os.path.abspath(__file__))
DEB = {  # package: (version, licence as stated)
 'libdlib19.1': ('19.24+dfsg-1', 'Boost-Software-License-1.0 (debian/copyright Files: *); example photos are PASCAL VOC / web images with no separate licence stated'),
 'gramps': ('5.1.5-1', 'GPL-2+ (debian/copyright Files: *); example photos not separately licensed, some are Wikimedia images'),
 'psychtoolbox-3-common': ('3.0.18.12.dfsg1-1.1', 'Expat / GPL-2+ (debian/copyright)'),
 'libvlfeat-doc': ('0.9.21+full-1', 'BSD-2-clause (debian/copyright Files: *); these are photos of real people (project authors)'),
 'visp-images-data': ('3.5.0-1', 'GPL-2 (debian/copyright); Solvay 1927 photo is public domain by age'),
 'libjs-jquery-backstretch': ('2.1.17-4', 'Expat (debian/copyright)'),
 'libjs-bootstrap5-doc': ('5.2.3+dfsg-8', 'Expat / CC-BY-3.0 for docs (debian/copyright); file named unsplash-photo'),
 'ruby-rmagick-doc': ('4.2.3-2+deb12u1', 'MIT-X (debian/copyright Files: *)'),
 'jmagick6-docs': ('6.6.9~20130201-svn99-4', 'LGPL-2.1+ per debian/copyright (free-text)'),
 'tuxpaint-data': ('1:0.9.28-sdl2-1', 'GPL-2+ (debian/copyright Files: *)'),
 'golang-github-elazarl-goproxy-dev': ('1.1-1', 'BSD-3-clause (debian/copyright Files: *)'),
 'libgdata-tests': ('0.18.1-2', 'LGPL-2.1+ (debian/copyright Files: *)'),
 'libjs-of-ocaml-doc': ('4.0.0-2', 'LGPL-2.1+ (debian/copyright Files: *); thumbnails of Wikimedia photos, no separate licence stated'),
 'texlive-latex-extra-doc': ('2022.20230122-4', 'mixed per-CTAN-package licences (mostly LPPL) per TeX Live debian/copyright; check each file'),
}
NPM = {  # folder: (npm spec, licence)
 'vladmandic__face-api@1.7.15': ('@vladmandic/face-api@1.7.15', 'MIT (package.json license)'),
 'health.gov.au__health-design-system@2.0.0-beta.1': ('@health.gov.au/health-design-system@2.0.0-beta.1', 'GNU GENERAL PUBLIC LICENSE v3 (package.json license)'),
 'startbootstrap-agency@7.0.12': ('startbootstrap-agency@7.0.12', 'MIT (package.json license); photos are stock'),
 'argon-design-system-free@1.2.0': ('argon-design-system-free@1.2.0', 'MIT (package.json license); photos are stock'),
 'material-kit@2.0.4': ('material-kit@2.0.4', 'MIT (package.json license); photos are stock'),
}
out = []
for line in open(os.path.join(HERE, 'select.tsv')):
    line = line.rstrip('\n')
    if not line: continue
    id_, cls, rel, ages, what = line.split('\t')
    kind, pkg, inner = rel.split('/', 2)
    if kind == 'debian':
        ver, lic = DEB[pkg]; src = f'debian {pkg} {ver} {inner}'
    else:
        spec, lic = NPM[pkg]; src = f'npm {spec} {inner}'
    path = os.path.join(BASE, rel)
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    out.append(dict(id=id_, **{'class': cls}, path=path, ages=ages, what=what, source=src, licence=lic, sha256=sha))
json.dump(out, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
print(len(out))
