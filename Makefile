# The two set-up commands of the README are `make run` and `make test`.
# Both install what is missing first (Debian/Ubuntu: system packages with
# apt-get, Go tools with go install).

GO        ?= go
PKGS      := gcc libgl1-mesa-dev xorg-dev
TESTPKGS  := $(PKGS) poppler-utils
# Where `go install` puts the tools (GOBIN, else GOPATH/bin).
TOOLBIN   := $(or $(shell $(GO) env GOBIN),$(shell $(GO) env GOPATH)/bin)
# The Go tools of the checks, pinned: a new release of a linter must not
# turn a build red on its own.
STATICCHECK := $(TOOLBIN)/staticcheck
GOCYCLO     := $(TOOLBIN)/gocyclo
GOVULNCHECK := $(TOOLBIN)/govulncheck
GOWINRES    := $(TOOLBIN)/go-winres
# The Windows build: Fyne's GLFW driver is C, so cgo with mingw-w64.
WINPKGS   := gcc-mingw-w64-x86-64 zip
WINENV    := CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Every package of ours: the main module and quietlocale, the small module
# beside it (a module of its own only for its import path; see its doc).
GOPKGS    := ./... fi.tietosuojapakki/quietlocale
# The build tags of the program as it ships (why: scripts/tags.sh).
TAGS      := $(shell . ./scripts/tags.sh && echo "$$PRODUCT_TAGS")

.PHONY: run test deps test-deps lint complexity vulncheck bench fuzz screenshots package windows windows-deps windows-check wine-smoke

## run: install the missing system packages, then build and open the program
run: deps
	$(GO) run -tags '$(TAGS)' . $(ARGS)

## test: gofmt, go vet, staticcheck, the complexity gate, every test with
## the race detector, govulncheck, then the built program: quiet on stderr
## under every locale, its headless jobs with no network, and the
## command-line twin without Fyne (what CI runs)
test: test-deps lint
	$(GO) test -race -count=1 -tags '$(TAGS)' $(GOPKGS)
	GOVULNCHECK=$(GOVULNCHECK) ./scripts/vulncheck.sh
	@bin=$$(mktemp -d); trap 'rm -rf "$$bin"' EXIT; \
	$(GO) build -tags '$(TAGS)' -o "$$bin/tietosuojapakki" . && \
	BIN="$$bin/tietosuojapakki" ./scripts/quiet-check.sh && \
	BIN="$$bin/tietosuojapakki" ./scripts/offline-check.sh
	./scripts/cli-twin-check.sh

deps:
	@missing=$$(for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

test-deps:
	@missing=$$(for p in $(TESTPKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@[ -x $(STATICCHECK) ] || $(GO) install honnef.co/go/tools/cmd/staticcheck@v0.8.2
	@[ -x $(GOCYCLO) ] || $(GO) install github.com/fzipp/gocyclo/cmd/gocyclo@v0.6.0
	@[ -x $(GOVULNCHECK) ] || $(GO) install golang.org/x/vuln/cmd/govulncheck@v1.9.0

lint:
	@bad=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$bad" ]; then echo "gofmt would change:"; echo "$$bad"; exit 1; fi
	$(GO) vet $(GOPKGS)
	$(GO) vet -tags nogui .
	$(STATICCHECK) $(GOPKGS)
	$(STATICCHECK) -tags nogui .
	GOCYCLO=$(GOCYCLO) ./scripts/complexity.sh

## complexity: list the functions above gocyclo 15 (fails on a new one)
complexity: test-deps
	GOCYCLO=$(GOCYCLO) ./scripts/complexity.sh

## vulncheck: govulncheck ./... (the database is on the network; see
## scripts/vulncheck.sh for GOVULNDB and VULNCHECK=required)
vulncheck: test-deps
	GOVULNCHECK=$(GOVULNCHECK) ./scripts/vulncheck.sh

## fuzz: every fuzz target for FUZZTIME (default 10s) each
fuzz:
	./scripts/fuzz.sh

## windows: dist/Tietosuojapakki.exe and the zip to hand out (exe, Finnish
## read-me, licences), cross-built on Linux after the Windows checks
windows: windows-deps windows-check
	GOWINRES=$(GOWINRES) ./scripts/windows.sh

## windows-check: go vet for Windows, and the pure-Go tests of data/...
## and jobs compiled for Windows (make wine-smoke runs some under Wine)
windows-check: windows-deps
	$(WINENV) $(GO) vet $(GOPKGS)
	@dir=$$(mktemp -d); trap 'rm -rf "$$dir"' EXIT; \
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $(GO) test -c -o "$$dir/" ./data/... ./jobs && \
	echo "windows-check: $$(ls "$$dir" | wc -l) test binaries of data/... and jobs built for Windows"

## wine-smoke: the Windows build's headless commands under Wine (Debian's
## wine64, with a test stand-in for a DLL it lacks; see the script)
wine-smoke: windows
	@missing=$$(for p in wine64 poppler-utils; do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	./scripts/wine-smoke.sh dist/Tietosuojapakki.exe

windows-deps:
	@missing=$$(for p in $(WINPKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@[ -x $(GOWINRES) ] || $(GO) install github.com/tc-hib/go-winres@v0.3.3

## bench: the product beside its floors (bench/floors), alternating, medians
## of BENCH_N (default 9): window start to first frame and idle memory
## under Xvfb, the notice command vs bare gofpdf; then every Go benchmark
BENCHPKGS := xvfb x11-utils libgl1-mesa-dri
bench: deps
	@missing=$$(for p in $(BENCHPKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	./scripts/bench.sh

## screenshots: a PNG of each wizard step under Xvfb into docs/screenshots/
screenshots:
	./scripts/screenshots.sh

## package: an installable .tar.xz with the fyne tool
package: deps
	$(GO) install fyne.io/fyne/v2/cmd/fyne@v2.7.1
	$$($(GO) env GOPATH)/bin/fyne package -os linux -release --tags '$(TAGS)'
