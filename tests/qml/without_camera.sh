#!/bin/sh
# Runs a command where no camera can be seen: in its own user and mount
# namespace, /dev is a copy without video* and media* nodes. The no-camera
# tests then test that path on any machine, a developer's with a webcam too.
set -eu
exec unshare --user --map-root-user --mount sh -c '
  set -eu
  dev=$(mktemp -d)
  mount -t tmpfs -o mode=0755 camie-no-camera "$dev"
  for node in /dev/* /dev/.[!.]*; do
    [ -e "$node" ] || [ -L "$node" ] || continue
    name=${node#/dev/}
    case "$name" in video* | media* | v4l*) continue ;; esac
    if [ -L "$node" ]; then
      cp -P "$node" "$dev/$name"
    elif [ -d "$node" ]; then
      mkdir "$dev/$name" && mount --rbind "$node" "$dev/$name"
    else
      : >"$dev/$name" && mount --bind "$node" "$dev/$name"
    fi
  done
  mount --rbind "$dev" /dev
  exec "$@"
' without-camera "$@"
