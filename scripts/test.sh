#!/usr/bin/env bash
# Builds with warnings as errors and runs the whole test suite (QtTest under CTest).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${VEERKRACHT_BUILD_DIR:-$root/build}

"$root/scripts/setup.sh" -DVEERKRACHT_WERROR=ON
ctest --test-dir "$build" --output-on-failure
