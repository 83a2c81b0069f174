#!/usr/bin/env bash
# The Windows build, made on Linux: dist/Tietosuojapakki.exe (64-bit, GUI
# subsystem, with the icon, version and product details of FyneApp.toml and
# a manifest: per-monitor DPI, common controls 6) and
# dist/Tietosuojapakki-VERSION-windows-amd64.zip with the exe, the Finnish
# read-me (LUEMINUT.txt) and the licence texts of all that is linked in.
#
# Needs: x86_64-w64-mingw32-gcc (Debian: gcc-mingw-w64-x86-64; Fyne's GLFW
# driver is C), zip, and go-winres (the Makefile installs it), which writes
# the resources into a .syso file that go build links in.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-dist}
winres=${GOWINRES:-$(go env GOPATH)/bin/go-winres}

# FyneApp.toml, the one place of the name and version.
field() { awk -F' *= *' -v k="$1" '$1 ~ "^[ \t]*" k "$" { gsub(/"/, "", $2); print $2; exit }' FyneApp.toml; }
name=$(field Name)
version=$(field Version)
build=$(field Build)
[ -n "$name" ] && [ -n "$version" ] && [ -n "$build" ] || { echo "windows: Name, Version or Build missing from FyneApp.toml"; exit 1; }
winversion=$version.$build # Windows versions have four numbers

mkdir -p "$out"
. scripts/tags.sh
# The command-line twin (window_nogui.go): the same commands without the
# window, for the console subsystem, so cmd.exe and PowerShell wait for it
# and get its exit code. Pure Go without Fyne: no cgo. Built before the
# GUI exe's resource file exists, so that it does not carry that exe's
# name, description and GUI manifest.
CGO_ENABLED=0 GOOS=windows GOARCH=amd64 \
	go build -trimpath -tags "nogui,$PRODUCT_TAGS" -ldflags "-s -w" -o "$out/tietosuojapakki-cli.exe" .
syso=rsrc_windows_amd64.syso
trap 'rm -f "$syso"' EXIT
"$winres" simply --arch amd64 --out rsrc --manifest gui \
	--icon assets/icon.png \
	--product-name "$name" --product-version "$winversion" --file-version "$winversion" \
	--file-description "$name: tietosuoja-asiakirjat pienyritykselle" \
	--original-filename "$name.exe"

# -H=windowsgui: no console window when opened from the Start menu (the
# headless commands attach to the console they are started from; see
# main_windows.go). -trimpath: no build paths of this machine in the exe.
# -tags release: Fyne's release mode, as fyne package -release builds;
# the others are the product's (scripts/tags.sh, read above).
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=${CC_WINDOWS:-x86_64-w64-mingw32-gcc} \
	go build -trimpath -tags "release,$PRODUCT_TAGS" -ldflags "-H=windowsgui -s -w" -o "$out/$name.exe" .

stage=$(mktemp -d)
trap 'rm -f "$syso"; rm -rf "$stage"' EXIT
dir=$stage/$name
mkdir -p "$dir"
cp "$out/$name.exe" "$out/tietosuojapakki-cli.exe" "$dir/"
sed 's/$/\r/' packaging/windows/LUEMINUT.txt >"$dir/LUEMINUT.txt" # Notepad of old Windows 10 wants CRLF
GOOS=windows GOARCH=amd64 CGO_ENABLED=1 ./scripts/licenses.sh "$dir/lisenssit" >/dev/null
# The C runtime that mingw-w64 links into the exe (crt, libgcc, winpthreads).
for p in mingw-w64-common gcc-mingw-w64-base; do
	if [ -f "/usr/share/doc/$p/copyright" ]; then
		cp "/usr/share/doc/$p/copyright" "$dir/lisenssit/$p-copyright.txt"
	fi
done
zipfile=$out/$name-$version-windows-amd64.zip
rm -f "$zipfile"
(cd "$stage" && zip -qr9X - "$name") >"$zipfile"
echo "windows: $out/$name.exe ($winversion) and $zipfile ($(du -h "$zipfile" | cut -f1))"
