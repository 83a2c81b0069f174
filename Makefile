# The two set-up commands of the README are `make run` and `make test`.
# Both install what is missing first (Debian/Ubuntu: system packages with
# apt-get, Go tools with go install).

GO        ?= go
PKGS      := gcc libgl1-mesa-dev xorg-dev
TESTPKGS  := $(PKGS) poppler-utils
STATICCHECK := $(shell $(GO) env GOPATH)/bin/staticcheck
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps test-deps lint bench fuzz screenshots package

## run: install the missing system packages, then build and open the program
run: deps
	$(GO) run . $(ARGS)

## test: gofmt, go vet, staticcheck and every test (what CI runs)
test: test-deps lint
	$(GO) test -count=1 ./...
	./scripts/offline-check.sh

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

lint:
	@bad=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$bad" ]; then echo "gofmt would change:"; echo "$$bad"; exit 1; fi
	$(GO) vet ./...
	$(STATICCHECK) ./...

## bench: every benchmark with its figures, then the window's start-up
## time and idle memory under Xvfb
bench: deps
	./scripts/bench.sh

## screenshots: a PNG of each wizard step under Xvfb into docs/screenshots/
screenshots:
	./scripts/screenshots.sh

## package: an installable .tar.xz with the fyne tool
package: deps
	$(GO) install fyne.io/fyne/v2/cmd/fyne@v2.7.1
	$$($(GO) env GOPATH)/bin/fyne package -os linux -release
