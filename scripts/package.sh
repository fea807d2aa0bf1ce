#!/usr/bin/env bash
# Build the app for this OS with PyInstaller (packaging/newsletter-desk.spec):
#   dist/newsletter-desk/        one-folder build: what the installers wrap
#   dist/newsletter-desk-onefile one-file build (the .exe on Windows)
#   dist/Newsletter Desk.app     on macOS
#   dist/newsletter-desk-VERSION-linux-ARCH.tar.gz   on Linux: the one-folder build, a menu
#                                entry, the icon and install.sh
# DIST and WORK move the output and scratch folders (the smoke test builds into a temp folder);
# PYTHON picks the interpreter (default: the project's .venv, set up on first use).
# Windows setup.exe and macOS .dmg are made from these on their own OS: docs/installers.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${DIST:-dist}"
work="${WORK:-build}"
if [ -z "${PYTHON:-}" ]; then
  scripts/venv.sh
  PYTHON=.venv/bin/python
fi
"$PYTHON" -c 'import PyInstaller' 2>/dev/null || {
  echo "package: PyInstaller is missing; install the dev extra: pip install -e '.[dev]'" >&2; exit 1; }

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/newsletter-desk.spec

if [ "$(uname -s)" = Linux ]; then
  version=$("$PYTHON" -c 'import engine; print(engine.__version__)')
  tarball="$dist/newsletter-desk-$version-linux-$(uname -m).tar.gz"
  # The extras go beside the app files under the same top folder, newsletter-desk/.
  extras="$work/linux-extras/newsletter-desk"
  rm -rf "$extras"
  mkdir -p "$extras/icons"
  cp packaging/linux/newsletter-desk.desktop packaging/linux/install.sh packaging/linux/README.txt \
    "$extras/"
  cp resources/icons/newsletter-desk-*.png "$extras/icons/"
  chmod 755 "$extras/install.sh"
  tar --owner=0 --group=0 -czf "$tarball" \
    -C "$dist" newsletter-desk -C "$work/linux-extras" newsletter-desk
  echo "package: $tarball"
fi
echo "package: $dist/newsletter-desk/ and $dist/newsletter-desk-onefile are ready"
