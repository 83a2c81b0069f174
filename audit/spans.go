package audit

import "strings"

// span is a sentence of the text with its byte offsets.
type span struct {
	s          string
	start, end int
}

// spans returns every sentence of the text, with paragraphs wrapped by a
// PDF joined first. Joining puts a space where the newline was, so the
// offsets stay those of the text.
func (d *doc) spans() []span {
	if d.spanCache != nil {
		return d.spanCache
	}
	var out []span
	for _, l := range reflow(d.lines) {
		rest, off := l.s, l.start
		for _, s := range sentences(l.s) {
			i := strings.Index(rest, s)
			if i < 0 {
				continue
			}
			out = append(out, span{s: s, start: off + i, end: off + i + len(s)})
			rest, off = rest[i+len(s):], off+i+len(s)
		}
	}
	d.spanCache = out
	return out
}

// inTopics reports whether offset i lies in a section on one of the topics.
func (d *doc) inTopics(i int, ts ...topic) bool {
	for _, s := range d.sections {
		if len(s.content) == 0 {
			continue
		}
		last := s.content[len(s.content)-1]
		if i >= d.lines[s.head].start && i <= last.start+len(last.s) {
			for _, t := range ts {
				if s.topic == t {
					return true
				}
			}
		}
	}
	return false
}
