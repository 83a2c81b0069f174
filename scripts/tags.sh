# The build tags of the program as it ships, in one place: sourced by the
# scripts that build it (bench, start-up, checks, screenshots, Windows) and
# read by the Makefile (run, test, package). Comma-separated, as both go
# build -tags and fyne package --tags take them.
#
# no_emoji: Fyne leaves out its colour emoji font (EmojiOne, 4 MB). The
# program draws no emoji, yet Fyne parses that font once for every text
# style it draws (regular and bold at start, about 4.5 MB of heap each)
# and links it into the binary. Without it the idle window uses about
# 14 MiB less (issue 16) and the screens look the same (the screenshot
# walk gives identical images); an emoji a user types falls back to the
# system's fonts like any other character the bundled fonts lack.
PRODUCT_TAGS=no_emoji
