package jobs

// Issuing a document: the organisation's answers become a finished
// document. The readiness check says whether it may be issued; an issued
// document gets its version (a new one only when the answers behind it
// changed, with a note of what changed); the document is drawn as PDF or
// HTML. The window and the headless commands both use it, so a document
// made either way is the same document.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/notice"
	"tietosuojapakki/pdf/terms"
	"tietosuojapakki/wizard"
)

// Kind is a document the program makes.
type Kind string

// The documents.
const (
	Notice    Kind = "notice"    // tietosuojaseloste
	Terms     Kind = "terms"     // käsittelijäehdot
	Practices Kind = "practices" // the vendor's privacy practices page
)

// Request says which document to make.
type Request struct {
	Kind Kind
	// Lang is the document's language; "" is the organisation's main
	// document language (its first of fi, sv, en in the answers), never
	// the language of the user's system: a Finnish company's notice is
	// Finnish whichever computer makes it.
	Lang vocab.Lang
	// Register is the notice of one register, by its number in the
	// answers (1 for the first, as the window lists them); 0 makes one
	// notice of all registers. A number, not a name: two registers may
	// share a name.
	Register int
	Draft    bool // a draft is not issued: no version, a watermark
	// Preview shows the document as it would be issued now, with the
	// version it would get, without recording anything.
	Preview bool
	Today   time.Time
}

// ErrNoRegister is returned when a register is asked for that the answers
// do not have.
var ErrNoRegister = errors.New("no such register")

// Make composes the document, issuing a version when it is neither a
// draft nor a preview. An issued document must be ready: while its
// answers lack something it needs, Make returns an *IncompleteError and
// records nothing.
func Make(ctx context.Context, st *data.Store, org int64, r Request) (*doc.Document, error) {
	a, err := st.Answers(ctx, org)
	if err != nil {
		return nil, err
	}
	if r.Today.IsZero() {
		r.Today = st.Now()
	}
	if r.Lang == "" {
		r.Lang = DocumentLang(a)
	}
	if r.Register < 0 || r.Register > len(a.Registers) {
		return nil, fmt.Errorf("%w: %d (the answers have %d)", ErrNoRegister, r.Register, len(a.Registers))
	}
	if !r.Draft && !r.Preview {
		if missing := Missing(Findings(a, r.Kind, r.Register, r.Lang)); len(missing) > 0 {
			return nil, &IncompleteError{Findings: missing}
		}
	}
	var regs []int
	if r.Register > 0 {
		regs = []int{r.Register - 1}
	}
	var v data.DocumentVersion
	var history []notice.Change
	if !r.Draft {
		if v, history, err = version(ctx, st, org, a, r, regs); err != nil {
			return nil, err
		}
	}
	forgetAudit(st, org, r) // an issued notice replaces the old one its audit was about
	// The document speaks its reader's language: every free-text answer
	// in its translation, a missing one marked (a final document has none:
	// the check above refuses it).
	loc, _ := data.Localize(a, string(r.Lang))
	return compose(loc, r, regs, v, history)
}

// version is the version the document gets (issued, or only looked up
// for a preview) and the change history before it, newest first.
func version(ctx context.Context, st *data.Store, org int64, a *data.Answers, r Request, regs []int) (data.DocumentVersion, []notice.Change, error) {
	snap := snapshot(a, r.Kind, regs)
	scope := versionScope(a, regs)
	sum := sha256.Sum256(snap)
	hash := hex.EncodeToString(sum[:])
	noteFor := func(prev string) string { return changedParts(prev, string(snap)) }
	all, err := st.DocumentVersions(ctx, org, string(r.Kind), scope)
	if err != nil {
		return data.DocumentVersion{}, nil, err
	}
	var v data.DocumentVersion
	if r.Preview {
		v = wouldIssue(all, hash, r.Today, noteFor)
	} else if v, _, err = st.IssueDocument(ctx, org, string(r.Kind), scope, hash, string(snap), noteFor); err != nil {
		return v, nil, err
	}
	var history []notice.Change
	for _, old := range all {
		if old.Version < v.Version {
			history = append(history, notice.Change{Version: old.Version, Date: day(old.IssuedOn), Note: noteText(a, old.Version, old.Note, string(r.Lang))})
		}
	}
	if v.Version > 1 {
		// The current version's own note heads the history.
		history = append([]notice.Change{{Version: v.Version, Date: day(v.IssuedOn), Note: noteText(a, v.Version, v.Note, string(r.Lang))}}, history...)
	}
	return v, history, nil
}

// compose builds the document of r with its version v (none for a draft).
func compose(a *data.Answers, r Request, regs []int, v data.DocumentVersion, history []notice.Change) (*doc.Document, error) {
	switch r.Kind {
	case Notice:
		opt := notice.Options{Lang: string(r.Lang), Registers: regs, Draft: r.Draft, Version: v.Version, History: history,
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
		opt := terms.Options{Lang: string(r.Lang), Draft: r.Draft, Date: r.Today}
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

// versionScope names the history a document's versions belong to: "*"
// for the notice of all registers (and the processor's documents), the
// register's stored name for one register, so that "asiakasrekisteri" and
// "Asiakasrekisteri" continue one history. Two registers of one name keep
// their histories apart by their number.
func versionScope(a *data.Answers, regs []int) string {
	if len(regs) != 1 {
		return "*"
	}
	name := a.Registers[regs[0]].Name
	for i, r := range a.Registers {
		if i != regs[0] && strings.EqualFold(strings.TrimSpace(r.Name), strings.TrimSpace(name)) {
			return fmt.Sprintf("%s #%d", name, regs[0]+1)
		}
	}
	return name
}

// FindRegister finds a register as the user gives it on the command line:
// by its number (1 for the first) or by its name, as the user may type it
// (case and spaces around it do not matter). It returns the number for
// Request.Register. Two registers of that name are an error that tells to
// use the number.
func FindRegister(a *data.Answers, key string) (int, error) {
	key = strings.TrimSpace(key)
	if n, err := strconv.Atoi(key); err == nil {
		if n < 1 || n > len(a.Registers) {
			return 0, fmt.Errorf("%w: %d (the answers have %d)", ErrNoRegister, n, len(a.Registers))
		}
		return n, nil
	}
	found := 0
	for i, r := range a.Registers {
		if strings.EqualFold(strings.TrimSpace(r.Name), key) {
			if found > 0 {
				return 0, fmt.Errorf("%w: several registers are called %q; give its number instead (%d, %d, …)", ErrNoRegister, key, found, i+1)
			}
			found = i + 1
		}
	}
	if found == 0 {
		return 0, fmt.Errorf("%w: %q", ErrNoRegister, key)
	}
	return found, nil
}

// DocumentLang is the organisation's main document language: the first of
// its document languages that the program writes, Finnish when none is set.
func DocumentLang(a *data.Answers) vocab.Lang {
	return vocab.LangOf(wizard.MainLanguage(a))
}

// Findings are the completeness findings that concern one document (for
// the notice of register number reg, or of all registers when reg is 0) in
// lang, every severity: a text missing in Swedish blocks the Swedish
// document only (wizard.CheckFor). The processor's documents also need the
// processor terms switched on.
func Findings(a *data.Answers, k Kind, reg int, lang vocab.Lang) []wizard.Finding {
	fs := wizard.ForDocument(wizard.CheckFor(a, string(lang)), k != Notice, reg-1)
	if k != Notice && !a.ProcessorTerms.Enabled {
		fs = append(fs, wizard.Finding{Article: "28(3)", Severity: wizard.Missing, Register: -1,
			Message: wizard.T("Käsittelijäehdot eivät ole käytössä: vastaa ohjatun täytön vaiheen 6 ensimmäiseen kysymykseen.",
				"Villkoren för personuppgiftsbiträde är inte i bruk: svara på den första frågan i steg 6.",
				"Processor terms are not switched on: answer the first question of step 6.")})
	}
	return fs
}

// Missing keeps the findings that stop a document from being issued.
func Missing(fs []wizard.Finding) []wizard.Finding {
	var out []wizard.Finding
	for _, f := range fs {
		if f.Severity == wizard.Missing {
			out = append(out, f)
		}
	}
	return out
}

// IncompleteError is returned by Make for a document that may not be
// issued yet: the answers lack what the findings say. Only a draft can be
// made of it.
type IncompleteError struct {
	Findings []wizard.Finding // the Missing findings
}

func (e *IncompleteError) Error() string { return e.Text("en") }

// Text says, in lang, that the document was not made and why.
func (e *IncompleteError) Text(lang string) string {
	lines := []string{incompleteText.In(lang)}
	for _, f := range e.Findings {
		lines = append(lines, "  "+wizard.FindingText(f, lang))
	}
	return strings.Join(lines, "\n")
}

// incompleteText is the same for either face (the command line adds its
// --draft advice).
var incompleteText = vocab.Text{
	FI: "Asiakirjaa ei tehty, koska vastauksista puuttuu vielä jotain. Täydennä vastaukset tai tee luonnos:",
	SV: "Dokumentet skapades inte eftersom något ännu saknas i svaren. Komplettera svaren eller gör ett utkast:",
	EN: "The document was not made because the answers still lack something. Complete the answers or make a draft:",
}

// Format is the drawing of a document: "pdf" or "html". FormatFor picks it
// for a file: the format given, else from the file's name (.html, .htm),
// else PDF.
func FormatFor(path, format string) (string, error) {
	if format == "" {
		format = "pdf"
		if l := strings.ToLower(path); strings.HasSuffix(l, ".html") || strings.HasSuffix(l, ".htm") {
			format = "html"
		}
	}
	if format != "pdf" && format != "html" {
		return "", fmt.Errorf("unknown format %q (pdf or html)", format)
	}
	return format, nil
}

// SaveDocument draws d as format and writes it to path through the one
// private-file writer (WriteFile: the path is checked against the database
// at dbPath before anything is drawn or written).
func SaveDocument(d *doc.Document, format, path, dbPath string) error {
	return WriteFile(path, dbPath, func(w io.Writer) error { return Render(w, d, format) })
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
	if len(a.Translations) > 0 {
		// A changed translation changes what a document in that
		// language says: it is a new version too.
		put("translations", a.Translations)
	}
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
