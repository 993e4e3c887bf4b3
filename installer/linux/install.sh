#!/bin/sh
# Install or remove the dialdesk bundle (dist/dialdesk from `make bundle`).
#
#   installer/linux/install.sh --user               ~/.local/opt/dialdesk, ~/.local/bin/dialdesk,
#                                                   menu entry, icon, metainfo; registers the
#                                                   tel:/callto:/sip: handler for this user
#   sudo installer/linux/install.sh --system        /opt/dialdesk, /usr/local/bin/dialdesk,
#                                                   /usr/share/…; each user then runs
#                                                   `dialdesk handler register` (or the admin
#                                                   ships a mimeapps.list)
#   installer/linux/install.sh --user --uninstall   removes what --user installed and what the
#                                                   app added for this user (link handler,
#                                                   autostart entry), refreshes the caches;
#                                                   settings, history and keyring secrets stay
#   … --uninstall --purge                           also deletes them (per user only)
#
# The scope is never guessed: exactly one of --user and --system. Unknown options are
# errors (a typo such as --unistall must not install anything). DIALDESK_BUNDLE=DIR
# installs another bundle folder.
set -eu

usage() {
  sed -n '2,/^set -eu/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
  exit 2
}
fail() { echo "install.sh: $*" >&2; exit 2; }

scope='' action=install purge=0
for arg in "$@"; do
  case $arg in
    --user | --system)
      [ -z "$scope" ] || [ "$scope" = "${arg#--}" ] || fail "choose one of --user and --system"
      scope=${arg#--} ;;
    --uninstall) action=uninstall ;;
    --purge) purge=1 ;;
    -h | --help) usage ;;
    *) fail "unknown option: $arg (see --help)" ;;
  esac
done
[ -n "$scope" ] || fail "say where: --user (this user) or --system (all users, as root)"
[ "$purge" = 0 ] || [ "$action" = uninstall ] || fail "--purge goes with --uninstall"
[ "$purge" = 0 ] || [ "$scope" = user ] || fail "--purge is per user: run it as each user"
if [ "$scope" = system ] && [ "$(id -u)" != 0 ]; then
  fail "--system needs root (sudo); or install for yourself with --user"
fi

here=$(cd "$(dirname "$0")/../.." && pwd)
bundle=${DIALDESK_BUNDLE:-$here/dist/dialdesk}
if [ "$scope" = system ]; then
  prefix=/opt/dialdesk bin=/usr/local/bin share=/usr/share
else
  prefix=$HOME/.local/opt/dialdesk bin=$HOME/.local/bin
  share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
config=${XDG_CONFIG_HOME:-$HOME/.config}
menu_entry=$share/applications/dialdesk.desktop
icon=$share/icons/hicolor/scalable/apps/dialdesk.svg
metainfo=$share/metainfo/io.github.dialdesk.metainfo.xml

refresh_caches() {
  # mimeinfo.cache lists which .desktop files take which schemes: without a refresh,
  # `xdg-mime query default x-scheme-handler/tel` keeps naming a removed dialdesk.
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$share/applications" 2>/dev/null || true
  fi
  if [ -f "$share/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "$action" = uninstall ]; then
  app=$prefix/dialdesk
  if [ "$scope" = user ]; then
    if [ "$purge" = 1 ] && [ -x "$app" ]; then
      "$app" secret delete password >/dev/null 2>&1 || true
      "$app" secret delete api-key >/dev/null 2>&1 || true
    fi
    # What the app added for this user: the link handler (its .desktop file and the
    # defaults in mimeapps.list) and the autostart entry.
    [ -x "$app" ] && "$app" handler unregister >/dev/null 2>&1 || true
    for list in "$config/mimeapps.list" "$share/applications/mimeapps.list"; do
      # (what handler unregister does, for a bundle too broken to run it)
      [ -f "$list" ] && sed -i -e '/^x-scheme-handler\//s/\([=;]\)dialdesk\.desktop;\{0,1\}/\1/' \
        -e '/^x-scheme-handler\/[a-z]*=$/d' "$list"
    done
    rm -f "$config/autostart/dialdesk.desktop"
  fi
  rm -rf "$prefix"
  rm -f "$bin/dialdesk" "$menu_entry" "$icon" "$metainfo"
  rmdir "$share/metainfo" 2>/dev/null || true
  refresh_caches
  if [ "$purge" = 1 ]; then
    rm -rf "$config/dialdesk" "$share/dialdesk" "${XDG_STATE_HOME:-$HOME/.local/state}/dialdesk"
    echo "dialdesk removed, with its settings, history, logs and keyring secrets."
  elif [ "$scope" = user ]; then
    echo "dialdesk removed (settings, history and keyring secrets are kept; --purge deletes them)."
  else
    echo "dialdesk removed. Users who registered it keep a link handler and autostart entry"
    echo "that point nowhere: each runs 'installer/linux/install.sh --user --uninstall' or"
    echo "deletes ~/.local/share/applications/dialdesk.desktop and ~/.config/autostart/dialdesk.desktop."
  fi
  exit 0
fi

[ -x "$bundle/dialdesk" ] && [ -x "$bundle/dialdesk-link" ] \
  || { echo "install.sh: no bundle at $bundle: run make bundle" >&2; exit 1; }
mkdir -p "$(dirname "$prefix")" "$bin" "$share/applications" "$(dirname "$icon")" "$share/metainfo"
rm -rf "$prefix" && cp -a "$bundle" "$prefix"
ln -sf "$prefix/dialdesk" "$bin/dialdesk"
install -m 644 "$here/resources/icons/dialdesk.svg" "$icon"
install -m 644 "$here/resources/linux/io.github.dialdesk.metainfo.xml" "$metainfo"
# The .desktop file dialdesk itself writes, with the bundle's link executable in Exec: a
# click (and the menu entry) costs a Python start, not a Qt load.
sed "s|^Exec=dialdesk |Exec=$prefix/dialdesk-link |" "$here/resources/linux/dialdesk.desktop" \
  > "$menu_entry"
refresh_caches
if [ "$scope" = user ]; then
  "$prefix/dialdesk" handler register || echo "link handler not registered (is xdg-utils installed?)"
fi
"$prefix/dialdesk" --version
