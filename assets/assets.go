// Package assets embeds what the program carries with it: the icon and the
// UI translations (one folder per part of the window, one JSON file per
// language, registered with Fyne's lang package).
package assets

import "embed"

// I18n holds i18n/<part>/<lang>.json.
//
//go:embed i18n
var I18n embed.FS

// Icon is the application icon (PNG).
//
//go:embed icon.png
var Icon []byte

// Parts lists the translation folders under i18n.
var Parts = []string{"i18n/ui", "i18n/requests"}
