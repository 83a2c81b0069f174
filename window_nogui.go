//go:build nogui

// The command-line twin, tietosuojapakki-cli: the same commands as the
// program, without the window. Fyne and GLFW link the X11 and OpenGL
// libraries and initialise their packages at every start, about 6 ms of a
// 30 ms `notice` (issue 16); a program for scripts and for cmd.exe or
// PowerShell needs none of it. On Windows the twin is also built for the
// console subsystem, so the prompt waits for it and its exit code is set
// (Tietosuojapakki.exe, a GUI-subsystem program, can do neither).

package main

import (
	"fmt"
	"io"

	"tietosuojapakki/data/vocab"
)

// noCommandHelp is what help says of a start without a command.
const noCommandHelp = "This is the command-line version: it has no window (exit 2 without a command)."

// runGUI says that this build has no window and where the window is; exit
// 2, as for any command this program does not have.
func runGUI(_ []string, stderr io.Writer) int {
	fmt.Fprintln(stderr, vocab.Text{
		FI: "Tämä on Tietosuojapakin komentoriviversio (tietosuojapakki-cli), jossa ei ole ikkunaa. Ikkunan avaa Tietosuojapakki. Komennot: tietosuojapakki-cli help",
		SV: "Det här är Tietosuojapakkis kommandoradsversion (tietosuojapakki-cli), utan fönster. Fönstret öppnas med Tietosuojapakki. Kommandona: tietosuojapakki-cli help",
		EN: "This is Tietosuojapakki's command-line version (tietosuojapakki-cli), without the window. The window opens with Tietosuojapakki. Commands: tietosuojapakki-cli help",
	}.In(string(userLang())))
	return exitUsage
}
