#!/usr/bin/env bash
# bootstrap.sh: set up a fresh Debian 12 machine, build Adder and run it.
#
#   bash bootstrap.sh example   install what is missing, build, compile and run examples/hello.py
#   bash bootstrap.sh test      install what is missing, build, run the test suite, then
#                               build again with ASan+UBSan (build-asan/) and run it there too
#
# Missing Debian packages are installed with apt-get when run as root;
# otherwise the script prints the apt-get command to run and stops.
# The exit status is non-zero if any step fails.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

PACKAGES=(
  build-essential cmake ninja-build pkg-config python3
  clang libclang-dev libffi-dev libcriterion-dev
  gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm
  gcc-arm-linux-gnueabihf libc6-dev-armhf-cross qemu-user
)
JOBS=2   # ctest parallelism: CI machines are small

usage() {
  echo "usage: bash bootstrap.sh example|test" >&2
  exit 2
}

step() { printf '\n==> %s\n' "$*"; }

missing_packages() {
  local pkg status
  for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || printf '%s\n' "$pkg"
  done
}

install_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "bootstrap: not a Debian system (no dpkg-query); make sure these are installed:" >&2
    echo "  ${PACKAGES[*]}" >&2
    return 0
  fi
  local missing
  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]} == 0)); then
    echo "all ${#PACKAGES[@]} required packages are installed"
    return 0
  fi
  local install=(apt-get install -y --no-install-recommends "${missing[@]}")
  if ((EUID != 0)); then
    echo "bootstrap: missing Debian packages: ${missing[*]}" >&2
    echo "bootstrap: install them (as root) with:" >&2
    echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive ${install[*]}" >&2
    exit 1
  fi
  step "installing ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive "${install[@]}"
}

# configure_and_build DIR [cmake options...]
configure_and_build() {
  local dir=$1
  shift
  step "configuring $dir"
  cmake -S . -B "$dir" -G Ninja "$@" || return 1
  step "building $dir"
  cmake --build "$dir" || return 1
}

run_example() {
  configure_and_build build
  step "./build/adder run examples/hello.py"
  ./build/adder run examples/hello.py
}

run_tests() {
  local status=0
  configure_and_build build || status=1
  if ((status == 0)); then
    step "test suite (build/)"
    ctest --test-dir build --output-on-failure -j"$JOBS" || status=1
  fi
  # The sanitizer pass runs even if the first failed: CI reports both.
  if configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DADDER_SANITIZE=ON; then
    step "test suite under ASan+UBSan (build-asan/)"
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
      ctest --test-dir build-asan --output-on-failure -j"$JOBS" || status=1
  else
    status=1
  fi
  if ((status != 0)); then
    echo "bootstrap: FAILED (see the output above)" >&2
  else
    echo "bootstrap: all tests passed"
  fi
  return "$status"
}

(($# == 1)) || usage
case $1 in
  example) install_packages; run_example ;;
  test) install_packages; run_tests ;;
  *) usage ;;
esac
