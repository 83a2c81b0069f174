package audit

import (
	"regexp"
	"strings"

	"tietosuojapakki/data/vocab"
)

// rightWords find each right of art. 15–21 in the rights part of a notice.
var rightWords = []struct {
	code string
	re   *regexp.Regexp
}{
	{"access", re(`tarkast|pääsy|saada tie(to|dot)|nähdä|rätt till (insyn|tillgång)|registerutdrag|få (tillgång|veta|ta del)|\baccess\b|copy of`)},
	{"rectification", re(`korja|oikais|rättelse|\brätta|rectif|correct`)},
	{"erasure", re(`poist|unohdetu|radera|radering|bortglömd|erasure|erase|delet|forgotten`)},
	{"restriction", re(`rajoit|begräns|restrict`)},
	{"portability", re(`siirrettävyy|siirtää (ne |tiedot |tietonsa |tietosi )?(toiselle|järjestelmästä)|koneluettava|dataportabilitet|portabilit|överföra|överförda|flytta|maskinläsbar|machine-readable|transmit`)},
	{"objection", re(`vastust|invänd|invända|motsätt|\bobject`)},
}

var rightSentence = re(`oikeu|voit\b|rätt|du kan|\bright|you (can|may)`)

// ruleRights names the rights missing from the rights sections (or, with
// no such section, from the sentences that speak of rights).
func ruleRights(c *checker) {
	var b strings.Builder
	if c.d.has(topicRights) {
		for _, s := range c.d.sections {
			if s.topic == topicRights || s.topic == topicComplaint {
				b.WriteString(c.d.lines[s.head].s + "\n")
				for _, l := range s.content {
					b.WriteString(l.s + "\n")
				}
			}
		}
	}
	for _, sp := range c.d.spans() {
		if rightSentence.MatchString(sp.s) {
			b.WriteString(sp.s + "\n")
		}
	}
	text := b.String()
	var miss []string
	for _, r := range rightWords {
		if !r.re.MatchString(text) {
			miss = append(miss, vocab.Label(vocab.Rights, r.code, c.lang))
		}
	}
	if len(miss) > 0 {
		c.add("missing_rights", -1, -1, strings.ToLower(strings.Join(miss, ", ")))
	}
}
