#!/usr/bin/env bash
# Collects the licence texts of everything linked into a build: Go itself
# (standard library and runtime) and each module a linked package comes
# from, as found in the module cache. Usage: licenses.sh OUTDIR, with GOOS,
# GOARCH and CGO_ENABLED of the build in the environment (the Windows build
# links other packages than the Linux one). Fails when a third-party module
# has no licence file, rather than ship without it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
mkdir -p "$out"
cp "$(go env GOROOT)/LICENSE" "$out/Go-LICENSE.txt"
missing=0
while IFS=$'\t' read -r path version dir; do
	case $path in fi.tietosuojapakki/*) continue ;; esac # ours
	# Licence files of the module, wherever they sit in it (Fyne keeps
	# the fonts' licences in theme/font, GLFW its own under glfw/), but
	# not those of test data.
	files=$(cd "$dir" && find . -type f \( -iname 'LICEN[CS]E*' -o -iname 'COPYING*' -o -iname 'NOTICE*' -o -iname 'AUTHORS*' \) \
		-not -path '*/testdata/*' -not -path '*/_*' | sort)
	if [ -z "$files" ]; then
		echo "licenses: no licence file in $path@$version ($dir)"
		missing=$((missing + 1))
		continue
	fi
	dest="$out/$(tr '/' '_' <<<"$path")"
	while read -r f; do
		mkdir -p "$dest/$(dirname "$f")"
		cp "$dir/$f" "$dest/$f"
	done <<<"$files"
	echo "$path $version" >>"$out/modules.txt"
done < <(go list -deps -f '{{with .Module}}{{if not .Main}}{{.Path}}{{"\t"}}{{.Version}}{{"\t"}}{{.Dir}}{{end}}{{end}}' . | sort -u)
[ "$missing" = 0 ] || exit 1
echo "licenses: $(wc -l <"$out/modules.txt") modules and Go into $out"
