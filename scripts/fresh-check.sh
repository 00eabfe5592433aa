#!/usr/bin/env bash
# Runs the README's two commands the way a newcomer would: in a fresh Debian bookworm root
# (debootstrap; only the compiler, make, cmake and git), from a clean clone of this repository's
# HEAD: `make test`, `make demo`, then `make test` again, printing how long each took.
# A machine that already has the packages hides a missing line in install-deps.sh; this does not.
# Not part of `make test` (it downloads a Debian base system and takes most of an hour).
#
#   sudo scripts/fresh-check.sh [ROOT_DIR]     (default /tmp/rollcall-fresh; removed first)
#   MIRROR=http://deb.debian.org/debian scripts/fresh-check.sh
set -euo pipefail

root=${1:-/tmp/rollcall-fresh}
mirror=${MIRROR:-http://deb.debian.org/debian}
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
[ "$(id -u)" -eq 0 ] || { echo "fresh-check: run as root (debootstrap and chroot need it)" >&2; exit 2; }

if ! command -v debootstrap >/dev/null; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
fi

unmount_all() {
  for m in dev/pts dev proc sys; do
    mountpoint -q "$root/$m" && umount -l "$root/$m"
  done
  return 0
}
trap unmount_all EXIT

unmount_all
rm -rf "$root"
step() {  # step NAME COMMAND...: runs the command, prints its wall time
  local name=$1 start end
  shift
  start=$(date +%s)
  echo "fresh-check: == $name"
  "$@"
  end=$(date +%s)
  echo "fresh-check: $name took $((end - start)) s"
  times+=("$name: $((end - start)) s")
}
times=()

step debootstrap debootstrap --variant=minbase --include=build-essential,cmake,git,ca-certificates \
  bookworm "$root" "$mirror"
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"

git clone -q "$repo" "$root/src/rollcall"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 bash -c "cd /src/rollcall && $*"; }

step "make test" in_root make test
step "make demo" in_root make demo
step "make test (again)" in_root make test

echo "fresh-check: all passed on a fresh bookworm root ($root)"
printf 'fresh-check:   %s\n' "${times[@]}"
