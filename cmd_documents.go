package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/issue"
	"tietosuojapakki/wizard"
)

func init() {
	register(command{name: "check", args: "[--org NAME|ID]",
		summary: "list what the answers still lack, article by article (exit 1 when something blocks a document)",
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			org := fs.String("org", "", "organisation `name or number`")
			return func(e *env, args []string) error {
				if len(args) > 0 {
					return usagef("takes no arguments")
				}
				st, id, err := e.openOrg(*org)
				if err != nil {
					return err
				}
				defer st.Close()
				a, err := st.Answers(e.ctx, id)
				if err != nil {
					return err
				}
				fs := wizard.Check(a)
				printFindings(e, fs)
				if wizard.Blocking(fs) {
					return errIncomplete
				}
				if len(fs) == 0 {
					fmt.Fprintln(e.stdout, word(e.lang, "Vastaukset ovat valmiit.", "Svaren är kompletta.", "The answers are complete."))
				}
				return nil
			}
		}})
	for _, k := range issue.Kinds {
		registerDocument(k)
	}
}

// errIncomplete ends a command with exit 1 after the findings were printed.
var errIncomplete = errors.New("incomplete")

var documentSummaries = map[issue.Kind]string{
	issue.Notice:    "write the privacy notice (tietosuojaseloste) as PDF or HTML",
	issue.Terms:     "write the processor terms (käsittelijäehdot) as PDF or HTML",
	issue.Practices: "write the vendor's privacy practices page as PDF or HTML",
}

// registerDocument adds the command that writes one kind of document.
func registerDocument(k issue.Kind) {
	args := "[--org NAME|ID] [--lang fi|sv|en] [--format pdf|html] [--draft] --out FILE"
	if k == issue.Notice {
		args = "[--org NAME|ID] [--register NAME] [--lang fi|sv|en] [--format pdf|html] [--draft] --out FILE"
	}
	register(command{name: string(k), args: args, summary: documentSummaries[k],
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			org := fs.String("org", "", "organisation `name or number`")
			out := fs.String("out", "", "the `file` to write")
			format := fs.String("format", "", "pdf or html (default: from the file name, else pdf)")
			draft := fs.Bool("draft", false, "make a draft marked LUONNOS even when answers are missing; no version is issued")
			var reg *string
			if k == issue.Notice {
				reg = fs.String("register", "", "only this register (`name`); default: all registers in one notice")
			}
			return func(e *env, args []string) error {
				if len(args) > 0 {
					return usagef("takes no arguments")
				}
				if *out == "" {
					return usagef("--out FILE is needed")
				}
				f := *format
				if f == "" {
					f = "pdf"
					if strings.HasSuffix(strings.ToLower(*out), ".html") || strings.HasSuffix(strings.ToLower(*out), ".htm") {
						f = "html"
					}
				}
				if f != "pdf" && f != "html" {
					return usagef("--format must be pdf or html")
				}
				// Issuing records a version: make sure the file can be
				// written before that, not after.
				if fi, err := os.Stat(filepath.Dir(*out)); err != nil || !fi.IsDir() {
					return fmt.Errorf("%s: %s", filepath.Dir(*out), word(e.lang, "kansiota ei ole", "mappen finns inte", "no such folder"))
				}
				st, id, err := e.openOrg(*org)
				if err != nil {
					return err
				}
				defer st.Close()
				r := issue.Request{Kind: k, Lang: e.lang, Draft: *draft}
				if reg != nil {
					r.Register = *reg
				}
				if !r.Draft {
					a, err := st.Answers(e.ctx, id)
					if err != nil {
						return err
					}
					if fs := blockingFor(k, a, r.Register); len(fs) > 0 {
						printFindings(e, fs)
						fmt.Fprintln(e.stderr, word(e.lang,
							"Asiakirjaa ei tehty. Täydennä vastaukset tai tee luonnos valitsimella --draft.",
							"Dokumentet skapades inte. Komplettera svaren eller gör ett utkast med --draft.",
							"The document was not made. Complete the answers or make a draft with --draft."))
						return errIncomplete
					}
				}
				d, err := issue.Make(e.ctx, st, id, r)
				if err != nil {
					return err
				}
				var buf bytes.Buffer
				if err := issue.Render(&buf, d, f); err != nil {
					return err
				}
				return writeFile(*out, buf.Bytes())
			}
		}})
}

// blockingFor keeps the Missing findings that stop this document.
func blockingFor(k issue.Kind, a *data.Answers, register string) []wizard.Finding {
	regIndex := -1
	if register != "" {
		regIndex, _ = issue.FindRegister(a, register) // an unknown name fails in issue.Make
	}
	var out []wizard.Finding
	for _, f := range wizard.ForDocument(wizard.Check(a), k != issue.Notice, regIndex) {
		if f.Severity == wizard.Missing {
			out = append(out, f)
		}
	}
	if k != issue.Notice && !a.ProcessorTerms.Enabled {
		out = append(out, wizard.Finding{Article: "28(3)", Severity: wizard.Missing,
			Message: wizard.T("Käsittelijäehdot eivät ole käytössä: vastaa ohjatun täytön vaiheen 6 ensimmäiseen kysymykseen.",
				"Villkoren för personuppgiftsbiträde är inte i bruk: svara på den första frågan i steg 6.",
				"Processor terms are not switched on: answer the first question of step 6.")})
	}
	return out
}

func printFindings(e *env, fs []wizard.Finding) {
	for _, sev := range []wizard.Severity{wizard.Missing, wizard.Weak} {
		var lines []string
		for _, f := range fs {
			if f.Severity == sev {
				lines = append(lines, "  "+wizard.FindingText(f, e.lang))
			}
		}
		if len(lines) == 0 {
			continue
		}
		head := word(e.lang, "Puuttuu (estää asiakirjan):", "Saknas (hindrar dokumentet):", "Missing (blocks the document):")
		w := e.stderr
		if sev == wizard.Weak {
			head = word(e.lang, "Suositus:", "Rekommendation:", "Advice:")
			w = e.stdout
		}
		fmt.Fprintln(w, head)
		fmt.Fprintln(w, strings.Join(lines, "\n"))
	}
}

// openOrg opens the store and resolves --org.
func (e *env) openOrg(org string) (*data.Store, int64, error) {
	st, err := e.openStore()
	if err != nil {
		return nil, 0, err
	}
	id, err := st.FindOrganisation(e.ctx, org)
	if err != nil {
		st.Close()
		return nil, 0, err
	}
	return st, id, nil
}

// writeFile writes a finished file whole (temporary file, sync, rename)
// with mode 0600, whatever was at path before.
func writeFile(path string, b []byte) error {
	return data.WriteExport(path, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}
