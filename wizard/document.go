package wizard

import "strings"

// ForDocument keeps the findings that concern one document: those of the
// processor terms (paths under processor_terms) for the terms and the
// practices page, the others for the privacy notice; for a notice of one
// register (register >= 0), only that register's and the organisation's.
func ForDocument(fs []Finding, processorTerms bool, register int) []Finding {
	var out []Finding
	for _, f := range fs {
		if strings.HasPrefix(f.Path, "processor_terms") != processorTerms {
			continue
		}
		if !processorTerms && register >= 0 && f.Register >= 0 && f.Register != register {
			continue
		}
		out = append(out, f)
	}
	return out
}
