#!/usr/bin/env bash
# Release build for macOS, one architecture per run (run it on an arm64 Mac and on an Intel Mac):
# PyInstaller's FieldDoc.app, every Mach-O file signed from the inside out with the hardened
# runtime and a secure timestamp (never codesign --deep), the app notarised and stapled, then a
# DMG, itself signed, notarised and stapled.
#
#   packaging/release-macos.sh             # signed and notarised release
#   packaging/release-macos.sh --unsigned  # CI without certificates: ad-hoc signature, still
#                                          # with the hardened runtime, no notarisation
#
# Nothing secret is in the repository. From the environment:
#   FIELDDOC_CODESIGN_IDENTITY   "Developer ID Application: Name (TEAMID)"
#   FIELDDOC_CODESIGN_P12_BASE64 + FIELDDOC_CODESIGN_P12_PASSWORD (optional): the certificate and
#                                key, imported into a temporary keychain deleted at the end (CI);
#                                otherwise the identity must be in the login keychain
#   notarisation, one of:
#     FIELDDOC_NOTARY_PROFILE    a notarytool keychain profile (xcrun notarytool store-credentials)
#     FIELDDOC_NOTARY_KEY_BASE64 + FIELDDOC_NOTARY_KEY_ID + FIELDDOC_NOTARY_ISSUER
#                                an App Store Connect API key (.p8, base64)
#   PYTHON (default .venv/bin/python): a Python of the architecture being built
# Outputs in release/: FieldDoc-<version>-macos-<arch>.dmg and SHA256SUMS-<arch>.txt
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
py="${PYTHON:-$root/.venv/bin/python}"
entitlements="$here/macos/entitlements.plist"
unsigned=0
[ "${1:-}" = "--unsigned" ] && unsigned=1

arch="$("$py" -c 'import platform; print(platform.machine())')"
case "$arch" in arm64|x86_64) ;; *) echo "unsupported architecture $arch" >&2; exit 1 ;; esac
version="$("$py" -c "import tomllib; print(tomllib.load(open('$root/pyproject.toml','rb'))['project']['version'])")"
dist="$root/dist"
app="$dist/FieldDoc.app"
out="$root/release"
work="$(mktemp -d)"
keychain=""

cleanup() {
  if [ -n "$keychain" ]; then security delete-keychain "$keychain" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "FieldDoc $version for $arch: building with PyInstaller"
rm -rf "$app" "$dist/fielddoc"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$dist" --workpath "$root/build" \
  "$here/fielddoc.spec"
test -x "$app/Contents/MacOS/fielddoc-gui" && test -x "$app/Contents/MacOS/fielddoc"
mkdir -p "$out"

if [ "$unsigned" = 1 ]; then
  identity="-"
  # An ad-hoc signature has no Team ID, so library validation would refuse every library: this
  # build (and only this one) also disables it, to run the hardened runtime in CI's smoke test.
  sign_entitlements="$work/entitlements-adhoc.plist"
  cp "$entitlements" "$sign_entitlements"
  /usr/libexec/PlistBuddy -c "Add :com.apple.security.cs.disable-library-validation bool true" \
    "$sign_entitlements"
  timestamp="--timestamp=none"
  echo "WARNING: ad-hoc signed, not notarised: Gatekeeper blocks it on other Macs. Not for release." >&2
else
  identity="${FIELDDOC_CODESIGN_IDENTITY:?set FIELDDOC_CODESIGN_IDENTITY (or pass --unsigned)}"
  sign_entitlements="$entitlements"
  timestamp="--timestamp"
  if [ -n "${FIELDDOC_CODESIGN_P12_BASE64:-}" ]; then
    keychain="$work/signing.keychain-db"
    kc_password="$(openssl rand -hex 16)"
    security create-keychain -p "$kc_password" "$keychain"
    security set-keychain-settings -lut 3600 "$keychain"
    security unlock-keychain -p "$kc_password" "$keychain"
    printf '%s' "$FIELDDOC_CODESIGN_P12_BASE64" | base64 --decode > "$work/cert.p12"
    security import "$work/cert.p12" -k "$keychain" -P "${FIELDDOC_CODESIGN_P12_PASSWORD:-}" \
      -T /usr/bin/codesign
    rm -f "$work/cert.p12"
    security set-key-partition-list -S apple-tool:,apple: -s -k "$kc_password" "$keychain" >/dev/null
    existing=()
    while IFS= read -r k; do existing+=("$k"); done < <(security list-keychains -d user | tr -d '" ')
    security list-keychains -d user -s "$keychain" "${existing[@]}"
  fi
fi

sign() {  # sign one file or bundle: hardened runtime, timestamp, never --deep
  codesign --force --options runtime "$timestamp" --sign "$identity" "$@"
}

# 1. Every Mach-O file (dylibs, .so extension modules, Qt's framework binaries, executables),
#    deepest first, so that each container is signed after what it holds.
find "$app/Contents" -type f -print0 | while IFS= read -r -d '' f; do
  if file -b "$f" | grep -q 'Mach-O'; then
    printf '%s\t%s\n' "$(awk -F/ '{print NF}' <<<"$f")" "$f"
  fi
done | sort -t$'\t' -k1,1nr | cut -f2- > "$work/macho.txt"
macho_count=$(wc -l < "$work/macho.txt" | tr -d ' ')
echo "$macho_count Mach-O files to sign"
while IFS= read -r f; do
  case "$f" in
    "$app/Contents/MacOS/fielddoc-gui"|"$app/Contents/MacOS/fielddoc") ;;  # with entitlements, below
    *) sign "$f" ;;
  esac
  if ! lipo "$f" -verify_arch "$arch" 2>/dev/null; then  # a wheel of the wrong architecture
    echo "$f has no $arch code ($(lipo -archs "$f" 2>/dev/null))" >&2; exit 1
  fi
done < "$work/macho.txt"
# 2. Nested bundles (Qt frameworks), deepest first, after their contents.
find "$app/Contents" -type d \( -name '*.framework' -o -name '*.app' -o -name '*.bundle' \) -print0 |
  while IFS= read -r -d '' d; do printf '%s\t%s\n' "$(awk -F/ '{print NF}' <<<"$d")" "$d"; done |
  sort -t$'\t' -k1,1nr | cut -f2- | while IFS= read -r d; do sign "$d"; done
# 3. The two executables with the entitlements, then the app itself.
sign --entitlements "$sign_entitlements" "$app/Contents/MacOS/fielddoc"
sign --entitlements "$sign_entitlements" "$app/Contents/MacOS/fielddoc-gui"
sign --entitlements "$sign_entitlements" "$app"
codesign --verify --strict --deep --verbose=2 "$app"  # verifying deeply is right; signing deeply is not

notarise() {  # submit one file, wait for the verdict, fail on anything but Accepted
  local auth=()
  if [ -n "${FIELDDOC_NOTARY_PROFILE:-}" ]; then
    auth=(--keychain-profile "$FIELDDOC_NOTARY_PROFILE")
  else
    printf '%s' "${FIELDDOC_NOTARY_KEY_BASE64:?set FIELDDOC_NOTARY_PROFILE or FIELDDOC_NOTARY_KEY_BASE64}" \
      | base64 --decode > "$work/notary.p8"
    auth=(--key "$work/notary.p8" --key-id "${FIELDDOC_NOTARY_KEY_ID:?}" --issuer "${FIELDDOC_NOTARY_ISSUER:?}")
  fi
  xcrun notarytool submit "$1" "${auth[@]}" --wait --timeout 2h --output-format json > "$work/notary.json"
  rm -f "$work/notary.p8"
  if ! grep -q '"status" *: *"Accepted"' "$work/notary.json"; then
    cat "$work/notary.json" >&2
    id=$(sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' "$work/notary.json" | head -1)
    if [ -n "$id" ]; then xcrun notarytool log "$id" "${auth[@]}" >&2 || true; fi
    exit 1
  fi
}

if [ "$unsigned" = 0 ]; then
  # The app is notarised and stapled on its own too: a monitor who copies FieldDoc.app out of
  # the DMG and opens it offline still passes Gatekeeper.
  ditto -c -k --keepParent "$app" "$work/FieldDoc.zip"
  notarise "$work/FieldDoc.zip"
  xcrun stapler staple "$app"
  spctl --assess --type execute --verbose=2 "$app"
fi

dmg="$out/FieldDoc-$version-macos-$arch.dmg"
rm -f "$dmg"
mkdir -p "$work/dmg"
ditto "$app" "$work/dmg/FieldDoc.app"
ln -s /Applications "$work/dmg/Applications"
hdiutil create -volname "FieldDoc $version" -srcfolder "$work/dmg" -fs HFS+ -format UDZO -ov "$dmg"
if [ "$unsigned" = 0 ]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
  notarise "$dmg"
  xcrun stapler staple "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
fi
(cd "$out" && shasum -a 256 "$(basename "$dmg")" > "SHA256SUMS-$arch.txt")
echo "Done: $dmg"
