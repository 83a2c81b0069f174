// Package jobs is what the program does for the user, the same whichever
// face asks: the window (package ui) and the command line (package main)
// both call it, so a document, a report, a restore or an error message
// comes out the same from either.
//
// One file per job:
//
//   - issue.go: issuing a document (the readiness check, the version, the
//     language, the drawing as PDF or HTML);
//   - reports.go: the request-log report and the one-request summary;
//   - audit.go: auditing an old notice and making a new organisation of
//     it, its findings kept until the new notice is issued;
//   - startup.go: start-up and restore under the database's lock;
//   - output.go: the one private-file writer, which checks the output path
//     before anything is written;
//   - errtext.go: the one function that words an error in the user's
//     language.
//
// Dependencies go one way: main, ui -> jobs -> wizard, pdf/..., data.
// Nothing below jobs imports it, and jobs imports no Fyne.
package jobs
