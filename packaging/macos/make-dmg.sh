#!/usr/bin/env bash
# Wrap dist/Newsletter Desk.app (from scripts/package.sh on macOS) in a compressed .dmg with an
# Applications shortcut to drag it onto. macOS only: uses hdiutil. Steps in docs/installers.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
app="dist/Newsletter Desk.app"
[ -d "$app" ] || { echo "make-dmg: $app is missing; run scripts/package.sh first" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$app/Contents/Info.plist")
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="dist/newsletter-desk-$version-macos.dmg"
rm -f "$dmg"
hdiutil create -volname "Newsletter Desk $version" -srcfolder "$stage" -fs HFS+ \
  -format UDZO -ov "$dmg"
echo "make-dmg: $dmg"
