#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs a command in a fresh minimal Debian chroot, as on a new machine, with a clean clone of this
# repository (its committed HEAD) as the working directory.
# Usage: scripts/chroot.sh RELEASE COMMAND
#   RELEASE   bookworm, bookworm-backports (bookworm with backports in its apt sources), trixie or sid
#   COMMAND   a bash command line, run as root in /root/veerkracht
# Environment:
#   VEERKRACHT_CHROOT_CACHE    base systems and downloaded packages, kept between runs
#                              (default /var/cache/veerkracht/chroot)
#   VEERKRACHT_CHROOT_RESULTS  a folder of the host, mounted at /results in the chroot
#   VEERKRACHT_CHROOT_KEEP=1   keep the chroot afterwards (its path is printed)
#   VEERKRACHT_DEBIAN_MIRROR   Debian's mirror (default: the one in the host's apt sources)
# Needs root (debootstrap, mount, chroot).
set -euo pipefail

if (($# < 2)); then
  sed -n '2,/^set -euo/p' "$0" | sed '$d;s/^# \{0,1\}//' >&2
  exit 2
fi
release=$1
shift
command=$*

case $release in
  bookworm | trixie | sid) suite=$release ;;
  bookworm-backports) suite=bookworm ;;
  *) echo "chroot.sh: unknown release '$release' (bookworm, bookworm-backports, trixie or sid)" >&2; exit 2 ;;
esac
[ "$(id -u)" -eq 0 ] || { echo "chroot.sh: needs root (debootstrap, mount, chroot)" >&2; exit 2; }

root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${VEERKRACHT_CHROOT_CACHE:-/var/cache/veerkracht/chroot}
mkdir -p "$cache/apt/$release" "$cache/work"

mirror=${VEERKRACHT_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
  # The first plain Debian archive in the host's sources (deb822 'URIs:' or one-line 'deb').
  mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
    sed -n -E 's#^(URIs:[[:space:]]*|deb[[:space:]]+(\[[^]]*\][[:space:]]+)?)([a-z]+://[^[:space:]]*/debian)/?([[:space:]].*)?$#\3#p' | head -n 1) || true
  mirror=${mirror:-http://deb.debian.org/debian}
fi

if ! command -v debootstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

# The base system, made once per suite; a lock keeps two runs from making it together.
base="$cache/$suite-base.tar"
exec 9>"$cache/$suite.lock"
flock 9
if [ ! -s "$base" ]; then
  echo "chroot.sh: debootstrap $suite from $mirror (once; cached in $base)" >&2
  staging=$(mktemp -d "$cache/work/debootstrap-$suite.XXXXXX")
  debootstrap --variant=minbase --include=ca-certificates,git "$suite" "$staging" "$mirror" >"$staging.log" 2>&1 ||
    { tail -n 20 "$staging.log" >&2; rm -rf "$staging"; exit 1; }
  tar -C "$staging" -cf "$base.part" .
  mv "$base.part" "$base"
  rm -rf "$staging" "$staging.log"
fi
flock -u 9

target=$(mktemp -d "$cache/work/$release.XXXXXX")
cleanup() {
  local status=$? pid
  # What the command left running in the chroot (wine's server lingers after the MinGW test)
  # keeps its mounts busy.
  for pid in /proc/[0-9]*; do
    [ "$(readlink "$pid/root" 2>/dev/null)" = "$target" ] && kill "${pid#/proc/}" 2>/dev/null
  done
  sleep 1
  for mount in var/cache/apt/archives results dev proc; do
    if mountpoint -q "$target/$mount"; then
      umount -R "$target/$mount" 2>/dev/null || umount -R -l "$target/$mount" || true
    fi
  done
  if [ "${VEERKRACHT_CHROOT_KEEP:-0}" = 1 ]; then
    echo "chroot.sh: kept $target" >&2
  elif findmnt -rn -o TARGET | grep -q "^$target/"; then
    echo "chroot.sh: $target still has mounts; not removed" >&2
  else
    rm -rf "$target"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

tar -C "$target" -xf "$base"
# The base's root folder is mktemp's 0700, which locks every user but root out of the chroot (the
# PostGIS test runs its server as postgres, which then cannot even start initdb).
chmod 755 "$target"
cp /etc/resolv.conf "$target/etc/resolv.conf"
if [ "$suite" = sid ]; then
  # Debian's mirror can serve sid with an expired Release file.
  echo 'Acquire::Check-Valid-Until "false";' >"$target/etc/apt/apt.conf.d/99check-valid-until"
fi
if [ "$release" = bookworm-backports ]; then
  echo "deb $mirror bookworm-backports main" >"$target/etc/apt/sources.list.d/bookworm-backports.list"
fi

mount -t proc proc "$target/proc"
mount --rbind /dev "$target/dev"
mount --make-rslave "$target/dev"
mount --bind "$cache/apt/$release" "$target/var/cache/apt/archives"
if [ -n "${VEERKRACHT_CHROOT_RESULTS:-}" ]; then
  mkdir -p "$VEERKRACHT_CHROOT_RESULTS" "$target/results"
  mount --bind "$VEERKRACHT_CHROOT_RESULTS" "$target/results"
fi

git clone --quiet "$root_dir" "$target/root/veerkracht"

chroot "$target" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 TERM=dumb ${CI:+CI="$CI"} bash -c "cd /root/veerkracht && $command"
