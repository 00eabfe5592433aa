#!/usr/bin/env bash
# Configures a build folder with Ninja: scripts/configure.sh BUILD_DIR [CMAKE_ARGS...]
# A folder configured earlier with another generator (an older Makefile picked Unix Makefiles
# when ninja was not yet installed) is started over instead of failing with CMake's
# "generator ... does not match the generator used previously".
set -euo pipefail
dir=$1
shift
cache="$dir/CMakeCache.txt"
if [ -f "$cache" ] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$cache"; then
  echo "configure: $dir was configured with another generator; starting it over"
  rm -rf "$dir"
fi
exec cmake -S . -B "$dir" -G Ninja "$@"
