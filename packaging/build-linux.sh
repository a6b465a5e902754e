#!/usr/bin/env bash
# Build the one-folder Linux application with PyInstaller.
#
#   packaging/build-linux.sh [OUT]      (default OUT: the repository root)
#
# Result: OUT/dist/fielddoc/fielddoc (run it; without arguments it starts the
# desktop application) plus share/ with the .desktop file, the AppStream
# metadata and the icons, laid out as under /usr or ~/.local:
#   cp -r OUT/dist/fielddoc/share/* ~/.local/share/  and put fielddoc on PATH.
# Needs the dev extras (pyinstaller) in .venv, or PYTHON=/path/to/python.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
py="${PYTHON:-$root/.venv/bin/python}"
out="${1:-$root}"
mkdir -p "$out"

start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$out/dist" --workpath "$out/build" "$here/fielddoc.spec"

app="$out/dist/fielddoc"
share="$app/share"
mkdir -p "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
cp "$here/org.fielddoc.FieldDoc.desktop" "$share/applications/"
cp "$here/org.fielddoc.FieldDoc.metainfo.xml" "$share/metainfo/"
icons="$root/resources/icons"
cp "$icons/fielddoc.svg" "$share/icons/hicolor/scalable/apps/org.fielddoc.FieldDoc.svg"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$icons/fielddoc-$size.png" "$share/icons/hicolor/${size}x${size}/apps/org.fielddoc.FieldDoc.png"
done
end=$(date +%s)
size=$(du -sm "$app" | cut -f1)
echo "Built $app in $((end - start)) s, ${size} MiB"
