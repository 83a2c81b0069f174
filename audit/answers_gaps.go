package audit

import (
	"slices"

	"tietosuojapakki/data"
)

// templateGap is a template's unfilled gap in a value: "[yrityksen
// nimi]", "(mikä)", "XXX", "xx.xx.20xx", "…". A value holding one states
// nothing yet; the rules report the gap (template_placeholder) and the
// wizard asks.
var templateGap = re(`\[[^\]]{0,40}\]|\((?:mikä|mitkä|mitä|vilken|vilka|vilket|vad|which|what|specify|täsmennä)\)|\bX{3,}\b|\bxx\.\s?xx\.|\b20xx\b|…|\.\.\.|<(?:yritys|nimi|company|name|företag|namn)>`)

// unreadable is text read wrongly: UTF-8 decoded as Windows-1252 ("Ã¤"
// for "ä") or a control character a PDF's font left in.
var unreadable = lazy(`[ÃÂ][\x{80}-\x{BF}]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]`)

// gap reports whether s holds a template's gap, or text read wrongly:
// either way it states no fact as written.
func gap(s string) bool { return templateGap.MatchString(s) || unreadable.MatchString(s) }

// dropGaps leaves out of a every value that holds a template's gap or
// text read wrongly: an item of a list goes, a single field is emptied.
func dropGaps(a *data.Answers) {
	o := &a.Organisation
	for _, s := range []*string{&o.Name, &o.Street, &o.City, &o.PrivacyContact.Name, &o.PrivacyContact.Title} {
		if gap(*s) {
			*s = ""
		}
	}
	dropped := map[string]bool{}
	a.Processors = slices.DeleteFunc(a.Processors, func(p data.Processor) bool {
		dropped[p.ID] = gap(p.Name)
		return dropped[p.ID]
	})
	for i := range a.Processors {
		if gap(a.Processors[i].Service) {
			a.Processors[i].Service = ""
		}
	}
	for i := range a.Registers {
		r := &a.Registers[i]
		if gap(r.Name) {
			r.Name = ""
		}
		r.DataSubjects = slices.DeleteFunc(r.DataSubjects, gap)
		r.Purposes = slices.DeleteFunc(r.Purposes, func(p data.Purpose) bool { return gap(p.Description) })
		for j := range r.Purposes {
			if pu := &r.Purposes[j]; gap(pu.Law) || gap(pu.LegitimateInterest) {
				pu.Law, pu.LegitimateInterest = "", ""
			}
		}
		r.DataCategories = slices.DeleteFunc(r.DataCategories, func(c data.DataCategory) bool { return gap(c.Name) })
		r.Sources = slices.DeleteFunc(r.Sources, func(s data.Source) bool { return gap(s.Description) })
		r.Recipients = slices.DeleteFunc(r.Recipients, func(x data.Recipient) bool { return gap(x.Name) || gap(x.Reason) })
		r.Retention = slices.DeleteFunc(r.Retention, func(x data.RetentionRule) bool { return gap(x.Data) || gap(x.Period) || gap(x.Basis) })
		r.ProcessorIDs = slices.DeleteFunc(r.ProcessorIDs, func(id string) bool { return dropped[id] })
	}
}
