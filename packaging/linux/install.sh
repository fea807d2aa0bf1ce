#!/bin/sh
# Install Newsletter Desk for you alone, no administrator needed:
#   the app in ~/.local/opt/newsletter-desk, the command ~/.local/bin/newsletter-desk,
#   and "Newsletter Desk" with its icon in your applications menu.
# Run it again to update. "./install.sh --uninstall" removes the app; your data stays.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/newsletter-desk"
bin="$HOME/.local/bin"
entry="$share/applications/newsletter-desk.desktop"

remove_icons() {
  for size in 16 24 32 48 64 128 256 512; do
    rm -f "$share/icons/hicolor/${size}x${size}/apps/newsletter-desk.png"
  done
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt"
  rm -f "$bin/newsletter-desk" "$entry"
  remove_icons
  echo "Newsletter Desk is removed. Your newsletters, lists and settings are kept."
  exit 0
fi

rm -rf "$opt"
mkdir -p "$opt" "$bin" "$share/applications"
cp -R "$here/newsletter-desk" "$here/_internal" "$opt/"
ln -sf "$opt/newsletter-desk" "$bin/newsletter-desk"
sed "s|^Exec=.*|Exec=\"$opt/newsletter-desk\"|" "$here/newsletter-desk.desktop" > "$entry"
remove_icons
for png in "$here"/icons/newsletter-desk-*.png; do
  size=${png##*-}
  size=${size%.png}
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$share/icons/hicolor/${size}x${size}/apps/newsletter-desk.png"
done
# Menus pick the new entry and icon up sooner when their caches are refreshed (optional tools).
update-desktop-database -q "$share/applications" 2>/dev/null || true
gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
echo "Newsletter Desk is installed: open it from your applications menu, or run newsletter-desk."
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "(To run it from a terminal, add $bin to your PATH.)" ;;
esac
