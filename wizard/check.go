package wizard

import (
	"fmt"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// Severity says whether a finding stops the documents from being issued.
type Severity int

const (
	// Missing blocks issuing the document: a required item is absent.
	Missing Severity = iota + 1
	// Weak is advice: the document can be issued, but it would be better.
	Weak
)

// Finding is one thing the documents lack, with the question that mends it.
type Finding struct {
	// Article is the provision the item comes from, e.g. "13(1)(c)" (GDPR)
	// or "TSL 29 §" (Tietosuojalaki).
	Article string
	// QuestionID is the catalogue question that mends the finding (or the
	// ID of the step whose record list needs a record).
	QuestionID string
	// Path is the concrete answer path, e.g. "registers.1.purposes.0.legal_basis".
	Path string
	// Register is the register's index, -1 when not register-specific.
	Register int
	Severity Severity
	// Message says plainly what to do.
	Message Text
	// Lang is the only document language the finding blocks ("" for all).
	Lang string
}

// Check lists everything the answers still lack for the privacy notice and,
// when enabled, the processor terms.
func Check(a *data.Answers) []Finding {
	c := checkAnswers(a)
	c.translations(a) // check_lang.go
	return c.out
}

// checkAnswers runs every check of Check but the translations', which
// CheckFor wants for one language only.
func checkAnswers(a *data.Answers) *checker {
	c := &checker{}
	c.organisation(a)
	c.registers(a)
	c.processors(a)
	c.website(a)
	c.webTools(a)
	c.knownTransfers(a)
	c.thirdCountryNames(a)
	c.recipientRoles(a)
	c.processorTerms(a)
	c.outdatedTexts(a)
	return c
}

// Blocking reports whether any finding blocks issuing the documents.
func Blocking(findings []Finding) bool {
	for _, f := range findings {
		if f.Severity == Missing {
			return true
		}
	}
	return false
}

// FindingText is a finding as one line in lang:
// "13(1)(a) — Yrityksen nimi puuttuu."
func FindingText(f Finding, lang string) string {
	return f.Article + " — " + f.Message.In(lang)
}

type checker struct {
	out []Finding
}

func (c *checker) add(sev Severity, article, qid, path string, reg int, msg Text) {
	c.out = append(c.out, Finding{Article: article, QuestionID: qid, Path: path, Register: reg, Severity: sev, Message: msg})
}

// tf formats each language of t with the same arguments.
func tf(t Text, args ...any) Text {
	return T(fmt.Sprintf(t.FI, args...), fmt.Sprintf(t.SV, args...), fmt.Sprintf(t.EN, args...))
}

// cat joins texts language by language.
func cat(a, b Text) Text { return T(a.FI+b.FI, a.SV+b.SV, a.EN+b.EN) }

func known(list []vocab.Term, code string) bool {
	_, ok := vocab.Find(list, code)
	return ok
}
