#!/usr/bin/env bash
# Installs the Debian packages Broadsheet needs, only those missing.
#   scripts/install-deps.sh build   libcmark-dev, libxml2-dev, libicu-dev, libgd-dev (pictures),
#                                   fonts-dejavu-core (the cover's type), libssl-dev (SHA-256), libcurl4 (URLSession)
#   scripts/install-deps.sh release the build packages plus libcurl4-openssl-dev: the release binary
#                                   links the Swift runtime statically, and its FoundationNetworking
#                                   then needs libcurl's link-time library (-lcurl) to link against
#   scripts/install-deps.sh test    the build packages plus epubcheck and chromium (to run the tests)
# Installing needs root: as another user it uses sudo, and says so first.
set -euo pipefail

packages=(libcmark-dev libxml2-dev libicu-dev libgd-dev fonts-dejavu-core libssl-dev libcurl4)
case "${1:-build}" in
    test) packages+=(epubcheck chromium) ;;
    release) packages+=(libcurl4-openssl-dev) ;;
esac

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing system packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    echo "(this needs root: running apt-get through sudo)" >&2
    sudo=(sudo)
else
    echo "error: installing packages needs root. Run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
