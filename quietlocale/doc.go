// Package quietlocale keeps Fyne from logging a locale error on stderr
// before the program's main function runs.
//
// Fyne's lang package reads the user's locale in its package
// initialisation (lang.init → AddTranslationsFS → updateLocalizer →
// go-locale's GetLocales → language.Parse). Under LANG=C.UTF-8 (the
// default of many Linux installations and containers), a locale with a
// modifier (fi_FI@euro) or an empty item in LANGUAGE, the parse fails and
// Fyne prints "Fyne error: Error parsing user locale C" on stderr: noise
// around every headless command, before any code of ours could intervene.
//
// This package's init runs first and, only when one of those locales would
// not parse, sets LANGUAGE to the ones that do (the modifier dropped), or
// to "en" when none does, which is what Fyne falls back to anyway. The
// window then chooses its own language as before (Finnish by default).
//
// Why a module of its own: Go initialises packages in the order of their
// import paths among those whose imports are ready (the "Program
// initialization" section of the Go specification, Go 1.21 and later).
// Every package this one imports is also a dependency of Fyne's lang
// package, so this one is ready no later than lang, and its path,
// fi.tietosuojapakki/…, sorts before fyne.io/…: it runs first. A package
// of the tietosuojapakki module sorts after fyne.io and would run too
// late. The main module reaches it through a replace directive; nothing is
// fetched. Keep its imports to lang's dependencies: the main package's
// TestQuietUnderEveryLocale fails if the order is ever lost.
//
// On Windows, macOS, Android and the web, Fyne asks the system, not the
// environment, and this package does nothing.
package quietlocale
