package main

import (
	"fmt"
	"io"

	"tietosuojapakki/jobs"
	"tietosuojapakki/pdf/letters"
)

// letter writes a letter that answers the request REF (ack, extension,
// answer, refusal) and records it in the request's history.
func (c *requestsCmd) letter(args []string) error {
	kind, err := letters.ParseKind(c.f.kind)
	if err != nil {
		return err
	}
	if c.f.out == "" {
		return usagef("--out FILE %s", word(c.lang, "puuttuu", "saknas", "is missing"))
	}
	format := c.f.format
	if format == "text" && c.f.out != jobs.Stdout {
		format = "" // the default: from the file's name
	}
	if format, err = jobs.LetterFormat(c.f.out, format); err != nil {
		return usagef("--format: pdf, html, text")
	}
	db, err := c.database()
	if err != nil {
		return err
	}
	// The letter is recorded in the history: check the file first.
	if c.f.out != jobs.Stdout {
		if err := jobs.CheckOutput(c.f.out, db); err != nil {
			return err
		}
	}
	d, err := jobs.MakeLetter(c.ctx, c.st, c.org, jobs.LetterOptions{Ref: args[0], Kind: kind, Lang: c.docLang, Format: format})
	if err != nil {
		return err
	}
	if err := jobs.WriteOutput(c.f.out, db, c.stdout, func(w io.Writer) error { return jobs.RenderLetter(w, d, format) }); err != nil {
		return err
	}
	if c.f.out != jobs.Stdout {
		fmt.Fprintln(c.stdout, c.f.out)
	}
	return nil
}
