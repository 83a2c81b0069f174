package jobs

// The letters that answer a request of the log (acknowledgement,
// extension notice, answer, refusal): composed from the log entry and the
// answers, and recorded in the request's history, so that the log shows
// what the requester was sent and when.

import (
	"context"
	"fmt"
	"io"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/letters"
)

// LetterOptions choose the letter to make.
type LetterOptions struct {
	Ref  string       // the request's reference in the log (2026-001)
	Kind letters.Kind // ack, extension, answer or refusal
	// Lang is the requester's language; "" is the organisation's main
	// document language (the log does not keep the requester's).
	Lang vocab.Lang
	// Format is what the letter is drawn as ("pdf", "html", "text"); it
	// is written into the history event. "" is "pdf".
	Format string
	// Preview composes the letter without recording it in the history.
	Preview bool
}

// MakeLetter composes the letter o asks for and, unless it is a preview,
// appends a "letter" event (data.EventLetter) to the request's history.
// Its errors: the request unknown or purged (*data.RequestError), the log
// not supporting the letter yet, e.g. a refusal letter for a request not
// refused (*letters.Error). Nothing is recorded when it fails. The letter
// is dated with the store's clock.
func MakeLetter(ctx context.Context, st *data.Store, org int64, o LetterOptions) (*doc.Document, error) {
	if _, err := letters.ParseKind(string(o.Kind)); err != nil {
		return nil, err
	}
	if o.Format == "" {
		o.Format = "pdf"
	}
	if _, err := LetterFormat("", o.Format); err != nil {
		return nil, err
	}
	e, err := st.GetRequest(ctx, org, o.Ref)
	if err != nil {
		return nil, err
	}
	a, err := st.Answers(ctx, org)
	if err != nil {
		return nil, err
	}
	if o.Lang == "" {
		o.Lang = DocumentLang(a)
	}
	loc, _ := data.Localize(a, string(o.Lang))
	d, err := letters.Compose(loc, e, o.Kind, letters.Options{Lang: string(o.Lang), Date: st.Now()})
	if err != nil {
		return nil, err
	}
	if !o.Preview {
		if err := st.RecordLetter(ctx, org, e.Ref, string(o.Kind), string(o.Lang), o.Format); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// LetterFormat picks a letter's drawing for a file: the format given
// ("pdf", "html" or "text": plain text for an e-mail), else from the
// file's name (.pdf, .html, .htm, .txt), else plain text.
func LetterFormat(path, format string) (string, error) {
	if format == "" {
		if f, err := FormatFor(path, ""); err == nil && (f == "html" || strings.HasSuffix(strings.ToLower(path), ".pdf")) {
			return f, nil
		}
		return "text", nil
	}
	switch format {
	case "pdf", "html", "text":
		return format, nil
	}
	return "", fmt.Errorf("unknown format %q (pdf, html or text)", format)
}

// RenderLetter draws a letter as "pdf", "html" or "text" (the document's
// plain text, to paste into an e-mail).
func RenderLetter(w io.Writer, d *doc.Document, format string) error {
	if format == "text" {
		_, err := io.WriteString(w, d.PlainText())
		return err
	}
	return Render(w, d, format)
}
