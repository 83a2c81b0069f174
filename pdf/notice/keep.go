package notice

import (
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// retention is the table of retention periods per data group with their
// ground (art. 13(2)(a)), exactly as the user entered them.
func (c *composer) retention(r data.Register) []doc.Block {
	t := c.t
	withGround := false
	for _, rr := range r.Retention {
		withGround = withGround || strings.TrimSpace(rr.Basis) != ""
	}
	var rows [][]string
	for _, rr := range r.Retention {
		what := strings.TrimSpace(rr.Data)
		if what == "" {
			continue
		}
		row := []string{what, c.orMiss(rr.Period, t.PeriodCol)}
		if withGround {
			row = append(row, strings.TrimSpace(rr.Basis))
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return para(nil, c.miss(t.SecRetention))
	}
	tab := doc.Table{Header: []string{t.DataCol, t.PeriodCol}, Rows: rows, Widths: []float64{2, 2}}
	if withGround {
		tab.Header = append(tab.Header, t.GroundCol)
		tab.Widths = []float64{2, 2, 2}
	}
	return []doc.Block{tab, doc.Paragraph{Text: t.RetentionEnd}}
}

// automated answers art. 13(2)(f): decisions based solely on automated
// processing (art. 22) with their logic and consequences, and profiling
// (art. 4(4)), asked apart because it is wider. Profiling is denied only
// when the user said no: an unanswered question denies nothing.
func (c *composer) automated(r data.Register) []doc.Block {
	t, ad := c.t, r.AutomatedDecisions
	var blocks []doc.Block
	switch {
	case ad.Used:
		blocks = para(blocks, t.AutomatedUsed)
		if logic := c.orMiss(ad.Logic, t.LogicMissing); logic != "" {
			blocks = para(blocks, endStop(t.AutomatedLogic(logic)))
		}
		if cons := c.orMiss(ad.Consequences, t.ConsequencesMissing); cons != "" {
			blocks = para(blocks, endStop(t.AutomatedConsequences(cons)))
		}
		blocks = para(blocks, t.AutomatedHuman)
	case ad.Profiling != nil && !*ad.Profiling:
		return para(nil, t.NoAutomatedNoProfiling)
	default:
		blocks = para(blocks, t.NoAutomated)
	}
	if ad.Profiling != nil && *ad.Profiling {
		if what := c.orMiss(ad.ProfilingDescription, t.ProfilingMissing); what != "" {
			blocks = para(blocks, endStop(t.Profiling(what)), t.ProfilingObject)
		}
	}
	return blocks
}

// endStop ends s with one full stop, unless it ends with other closing
// punctuation already.
func endStop(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") {
		return s
	}
	return s + "."
}

// security describes how the data is protected: manual material in the
// user's words, the IT measures with their vocabulary label and a short
// explanation, and the user's free text.
func (c *composer) security(s data.SecurityDescription) []doc.Block {
	t := c.t
	var blocks []doc.Block
	if m := strings.TrimSpace(s.Manual); m != "" {
		blocks = para(blocks, endStop(t.Manual(m)))
	}
	var items []string
	for _, code := range clean(s.Measures) {
		term, ok := vocab.Find(vocab.SecurityMeasures, code)
		if !ok {
			items = append(items, code)
			continue
		}
		items = append(items, term.Label.In(c.lang)+": "+term.Help.In(c.lang))
	}
	if len(items) > 0 {
		blocks = append(blocks, doc.Paragraph{Text: t.MeasuresIntro}, doc.List{Items: items})
	}
	blocks = para(blocks, endStop(s.Other))
	if len(blocks) == 0 {
		return para(nil, c.miss(t.SecSecurity))
	}
	return blocks
}

// sharedSecuritySection tells once how all the registers are protected when
// they share the same measures.
func (c *composer) sharedSecuritySection() doc.Section {
	blocks := para(nil, c.t.SharedSecurity)
	return doc.Section{Title: c.t.SecSecurity, Blocks: append(blocks, c.security(c.regs[0].Security)...)}
}
