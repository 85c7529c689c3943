#!/bin/bash
# Re-downloads every source of the blindphotos4 set at its exact version and unpacks it
# so that the paths in manifest.json resolve. Run as root. Usage: fetch.sh [DEST]
# (default DEST=/work/coord/blindphotos4). Needs: npm, apt-get (after apt-get update), dpkg-deb, tar.
set -euo pipefail
DEST="${1:-/work/coord/blindphotos4}"
mkdir -p "$DEST/npm" "$DEST/debian"
TMP="$(mktemp -d)"; chmod 777 "$TMP"
trap 'rm -rf "$TMP"' EXIT

NPM_PKGS=(
  "@undp/design-system@1.4.5"
  "@wfp/ui@1.22.5"
  "material-dashboard@3.1.0"
  "soft-ui-design-system@1.0.4"
  "now-ui-kit@1.3.0"
  "paper-dashboard-2@2.0.0"
  "black-dashboard@1.0.0"
  "startbootstrap-resume@7.0.6"
  "startbootstrap-stylish-portfolio@6.0.6"
  "blk-design-system@1.0.2"
  "gentelella@4.2.0"
  "admin-lte@2.4.18"
  "@ons/design-system@72.11.0"
  "@qld-gov-au/qgds-bootstrap5@2.0.6"
  "@massds/mayflower-assets@13.2.0"
)
for spec in "${NPM_PKGS[@]}"; do
  name="${spec%@*}"; safe="$(echo "$name" | tr '/@' '__')"
  out="$DEST/npm/$safe"; mkdir -p "$out"
  ( cd "$TMP" && tgz="$(npm pack "$spec" --silent | tail -1)" && tar xzf "$tgz" -C "$out" && rm -f "$tgz" )
  echo "npm $spec -> $out"
done

DEB_PKGS=(
  "mate-backgrounds=1.26.0-1"
  "opencv-doc=4.6.0+dfsg-12"
  "gimp-help-en=2.10.34-2"
)
for spec in "${DEB_PKGS[@]}"; do
  name="${spec%%=*}"
  ( cd "$TMP" && apt-get download "$spec" >/dev/null )
  mkdir -p "$DEST/debian/$name"
  dpkg-deb -x "$TMP/${name}_"*.deb "$DEST/debian/$name"
  rm -f "$TMP/${name}_"*.deb
  echo "debian $spec -> $DEST/debian/$name"
done
echo done
