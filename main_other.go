//go:build !windows

package main

import (
	"io"
	"os"
)

// useParentConsole does nothing outside Windows: a program there always
// writes to the terminal it was started from.
func useParentConsole() {}

// systemLocale is "" outside Windows: there the locale is in LANG and its
// kin, which userLang reads.
func systemLocale() string { return "" }

// inputStream is the standard input of the headless commands.
func inputStream() io.Reader { return os.Stdin }
