#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Puts Leaflet (from the npm registry, its integrity checked) into third_party/leaflet/: the
# minified script, its stylesheet and its licence, which the web atlas copies into every atlas.
# Run only to change the version; the files are committed, so a build needs no network.
set -euo pipefail

version=1.9.4
integrity=sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=$root/third_party/leaflet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack "leaflet@$version" --silent >/dev/null
tarball=leaflet-$version.tgz
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "vendor-leaflet: $tarball has integrity $actual, expected $integrity" >&2
  exit 1
fi
tar xf "$tarball"
mkdir -p "$target"
# The source map is not shipped: the comment that points to it goes, so no browser asks for it.
sed '/^\/\/# sourceMappingURL=/d' package/dist/leaflet.js > "$target/leaflet.js"
cp package/dist/leaflet.css "$target/leaflet.css"
cp package/LICENSE "$target/LICENSE"
echo "vendor-leaflet: Leaflet $version in $target"
