#!/bin/sh
# Runs a command with a "USB stick" mounted: in its own user and mount
# namespace, a fresh tmpfs on /media holds one empty folder, /media/KIOSK-USB,
# mounted there as a stick of its own (so the kiosk's list of removable drives
# sees it, as it sees a stick the desktop mounts). CAMIE_TEST_USB_STICK names
# it for the test, which puts its pictures there. Nothing of the machine's own
# /media is touched.
set -eu
exec unshare --user --map-root-user --mount sh -c '
  set -eu
  mount -t tmpfs -o mode=0755 camie-media /media
  mkdir /media/KIOSK-USB
  mount -t tmpfs -o mode=0755,size=16m KIOSK-USB /media/KIOSK-USB
  CAMIE_TEST_USB_STICK=/media/KIOSK-USB exec "$@"
' with-usb-stick "$@"
