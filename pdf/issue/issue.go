// Package issue turns an organisation's answers into a finished document:
// it picks the composer, gives an issued document its version (a new one
// only when the answers behind it changed, with a note of what changed) and
// draws it as PDF or HTML. The window and the headless commands both use
// it, so a document made either way is the same document.
package issue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/notice"
	"tietosuojapakki/pdf/terms"
)

// Kind is a document the program makes.
type Kind string

// The documents.
const (
	Notice    Kind = "notice"    // tietosuojaseloste
	Terms     Kind = "terms"     // käsittelijäehdot
	Practices Kind = "practices" // the vendor's privacy practices page
)

// Kinds lists the documents in the order the window offers them.
var Kinds = []Kind{Notice, Terms, Practices}

// Request says which document to make.
type Request struct {
	Kind     Kind
	Lang     string // fi, sv, en
	Register string // for the notice: one register by name; "" = all registers
	Draft    bool   // a draft is not issued: no version, a watermark
	// Preview shows the document as it would be issued now, with the
	// version it would get, without recording anything.
	Preview bool
	Today   time.Time
}

// ErrNoRegister is returned when Request.Register names no register.
var ErrNoRegister = errors.New("no register of that name")

// Make composes the document, issuing a version when it is not a draft.
func Make(ctx context.Context, st *data.Store, org int64, r Request) (*doc.Document, error) {
	a, err := st.Answers(ctx, org)
	if err != nil {
		return nil, err
	}
	if r.Today.IsZero() {
		r.Today = st.Now()
	}
	regs, err := selectRegisters(a, r.Register)
	if err != nil {
		return nil, err
	}
	snap := snapshot(a, r.Kind, regs)
	var v data.DocumentVersion
	var history []notice.Change
	if !r.Draft {
		// The stored name, so that "asiakasrekisteri" and "Asiakasrekisteri"
		// continue one history.
		scope := "*"
		if len(regs) == 1 {
			scope = a.Registers[regs[0]].Name
		}
		sum := sha256.Sum256(snap)
		hash := hex.EncodeToString(sum[:])
		noteFor := func(prev string) string { return changedParts(prev, string(snap)) }
		all, err := st.DocumentVersions(ctx, org, string(r.Kind), scope)
		if err != nil {
			return nil, err
		}
		if r.Preview {
			v = wouldIssue(all, hash, r.Today, noteFor)
		} else {
			v, _, err = st.IssueDocument(ctx, org, string(r.Kind), scope, hash, string(snap), noteFor)
			if err != nil {
				return nil, err
			}
		}
		for _, old := range all {
			if old.Version < v.Version {
				history = append(history, notice.Change{Version: old.Version, Date: day(old.IssuedOn), Note: noteText(old.Version, old.Note, r.Lang)})
			}
		}
		if v.Version > 1 {
			// The current version's own note heads the history.
			history = append([]notice.Change{{Version: v.Version, Date: day(v.IssuedOn), Note: noteText(v.Version, v.Note, r.Lang)}}, history...)
		}
	}
	switch r.Kind {
	case Notice:
		opt := notice.Options{Lang: r.Lang, Registers: regs, Draft: r.Draft, Version: v.Version, History: history,
			Created: r.Today, Updated: r.Today}
		if !r.Draft {
			opt.Updated = day(v.IssuedOn)
			opt.Created = opt.Updated
			if n := len(history); n > 0 {
				opt.Created = history[n-1].Date
			}
		}
		return notice.Compose(a, opt), nil
	case Terms, Practices:
		opt := terms.Options{Lang: r.Lang, Draft: r.Draft, Date: r.Today}
		if !r.Draft {
			opt.Date = day(v.IssuedOn)
		}
		if r.Kind == Terms {
			return terms.Compose(a, opt), nil
		}
		return terms.Practices(a, opt), nil
	}
	return nil, fmt.Errorf("unknown document %q", r.Kind)
}

// wouldIssue is the version IssueDocument would give, without writing it.
func wouldIssue(all []data.DocumentVersion, hash string, today time.Time, noteFor func(string) string) data.DocumentVersion {
	if len(all) > 0 && all[0].Hash == hash {
		return all[0]
	}
	v := data.DocumentVersion{Version: 1, IssuedOn: today.Format(time.DateOnly), Hash: hash}
	if len(all) > 0 {
		v.Version = all[0].Version + 1
		v.Note = noteFor(all[0].Snapshot)
	}
	return v
}

// Render draws d as "pdf" or "html".
func Render(w io.Writer, d *doc.Document, format string) error {
	switch format {
	case "", "pdf":
		return pdf.WritePDF(w, d, pdf.Options{})
	case "html":
		return pdf.WriteHTML(w, d)
	}
	return fmt.Errorf("unknown format %q (pdf or html)", format)
}

func selectRegisters(a *data.Answers, name string) ([]int, error) {
	if name == "" {
		return nil, nil
	}
	i, err := FindRegister(a, name)
	if err != nil {
		return nil, err
	}
	return []int{i}, nil
}

// FindRegister finds a register by name, as the user may type it (case and
// spaces around it do not matter). Two registers of that name are an error:
// the document would be ambiguous.
func FindRegister(a *data.Answers, name string) (int, error) {
	found := -1
	for i, r := range a.Registers {
		if strings.EqualFold(strings.TrimSpace(r.Name), strings.TrimSpace(name)) {
			if found >= 0 {
				return -1, fmt.Errorf("%w: several registers are called %q; rename one in the wizard", ErrNoRegister, name)
			}
			found = i
		}
	}
	if found < 0 {
		return -1, fmt.Errorf("%w: %q", ErrNoRegister, name)
	}
	return found, nil
}

// parts are the pieces of the answers a document stands on; the snapshot
// keeps them by name so that a later version can say which changed.
type parts map[string]json.RawMessage

func snapshot(a *data.Answers, k Kind, regs []int) []byte {
	p := parts{}
	put := func(key string, v any) {
		b, _ := json.Marshal(v)
		p[key] = b
	}
	put("organisation", a.Organisation)
	switch k {
	case Notice:
		for i, r := range a.Registers {
			if len(regs) == 0 || regs[0] == i {
				// The place keeps two registers of one name apart.
				put(fmt.Sprintf("register:%d:%s", i, r.Name), r)
			}
		}
		put("processors", a.Processors)
		put("website", a.Website)
		put("request_log", a.RequestLog)
	default:
		put("processor_terms", a.ProcessorTerms)
		if k == Practices {
			put("registers", a.Registers)
		}
	}
	b, _ := json.Marshal(p) // map keys are sorted: the same answers give the same bytes
	return b
}

// changedParts lists the parts that differ between two snapshots, as codes
// joined by commas ("organisation,register:Asiakkaat").
func changedParts(prev, cur string) string {
	var a, b parts
	_ = json.Unmarshal([]byte(prev), &a)
	_ = json.Unmarshal([]byte(cur), &b)
	var out []string
	seen := map[string]bool{}
	for _, m := range []parts{b, a} {
		for _, k := range sortedKeys(m) {
			if seen[k] {
				continue
			}
			seen[k] = true
			if string(a[k]) != string(b[k]) {
				out = append(out, k)
			}
		}
	}
	return strings.Join(out, ",")
}

func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}
