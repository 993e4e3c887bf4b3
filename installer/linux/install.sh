#!/bin/sh
# Install the dialdesk bundle (dist/dialdesk from `make bundle`).
#   installer/linux/install.sh            per user: ~/.local/opt/dialdesk, ~/.local/bin
#   sudo installer/linux/install.sh      system-wide: /opt/dialdesk, /usr/local/bin
#   installer/linux/install.sh --user    per user even as root
#   installer/linux/install.sh [--user] --uninstall
# The per-user install also makes dialdesk the tel:/callto:/sip: handler; system-wide, each
# user runs `dialdesk handler register` (or the admin ships a mimeapps.list).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
bundle=${DIALDESK_BUNDLE:-$here/dist/dialdesk}

scope=system
[ "$(id -u)" = 0 ] || scope=user
if [ "${1:-}" = "--user" ]; then scope=user; shift; fi
if [ "$scope" = system ]; then
  prefix=/opt/dialdesk bin=/usr/local/bin share=/usr/share system=1
else
  prefix=$HOME/.local/opt/dialdesk bin=$HOME/.local/bin
  share=${XDG_DATA_HOME:-$HOME/.local/share} system=0
fi

if [ "${1:-}" = "--uninstall" ]; then
  [ "$system" = 0 ] && "$bin/dialdesk" handler unregister >/dev/null 2>&1 || true
  rm -rf "$prefix" "$bin/dialdesk" "$share/applications/dialdesk.desktop" \
    "$share/icons/hicolor/scalable/apps/dialdesk.svg" \
    "$share/metainfo/io.github.dialdesk.metainfo.xml"
  echo "dialdesk removed (settings, history and keyring secrets are kept)."
  exit 0
fi

[ -x "$bundle/dialdesk" ] || { echo "no bundle at $bundle: run make bundle" >&2; exit 1; }
mkdir -p "$prefix" "$bin" "$share/applications" "$share/icons/hicolor/scalable/apps" \
  "$share/metainfo"
rm -rf "$prefix" && cp -a "$bundle" "$prefix"
ln -sf "$prefix/dialdesk" "$bin/dialdesk"
install -m 644 "$here/resources/icons/dialdesk.svg" "$share/icons/hicolor/scalable/apps/"
install -m 644 "$here/resources/linux/io.github.dialdesk.metainfo.xml" "$share/metainfo/"
# The .desktop file dialdesk itself writes, with the installed launcher in Exec.
sed "s|^Exec=dialdesk |Exec=$bin/dialdesk |" "$here/resources/linux/dialdesk.desktop" \
  > "$share/applications/dialdesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
if [ "$system" = 0 ]; then
  "$bin/dialdesk" handler register || echo "link handler not registered (is xdg-utils installed?)"
fi
"$bin/dialdesk" --version
