//go:build !windows

package main

// useParentConsole does nothing outside Windows: a program there always
// writes to the terminal it was started from.
func useParentConsole() {}
