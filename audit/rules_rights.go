package audit

import (
	"strings"

	"tietosuojapakki/data/vocab"
)

// rightWords find each right of art. 15–21 in the rights part of a notice,
// as notices word them: a verb ("siirtää tiedot", "få dina uppgifter
// överförda", "have your data moved"), a noun in a list ("oikaisu, poisto,
// siirto") or the right's name.
var rightWords = []struct {
	code string
	re   *pattern
	// abroad: the words are also those of a transfer outside the EU, so a
	// sentence that names one does not count.
	abroad bool
}{
	{"access", re(`tarkast|tarkist|pääsy|päästä (?:\p{L}+ )?(?:tietoihi|\p{L}*tietoihin)|saada tie(to|dot|tää)|nähdä|kopio\p{L}* (?:tiedoista|tiedoistasi|tiedoistaan|henkilötiedoista)|rätt till (insyn|tillgång)|insynsrätt|registerutdrag|få (tillgång|veta|ta del|en kopia av (dina|sina|de) )|ta del av|\baccess\b|copy of|see (your|the|their) (personal )?data|(see|know|find out) what (personal )?(data|information)|inspect`), false},
	{"rectification", re(`korja|oikais|oikaisu|rättelse|\brätta|korriger|rectif|correct|\bfix|amend`), false},
	{"erasure", re(`poist|unohdetu|hävittä|radera|radering|bortglömd|tas bort|ta bort|erasure|erase|delet|forgotten|remove`), false},
	{"restriction", re(`rajoit|begräns|restrict|limit (how|the (use|processing))|limitation of processing`), false},
	{"portability", re(`siirrettävyy|siirtää (?:\p{L}+ ){0,3}?(ne|tiedot|tietonsa|tietosi|tietojaan|omat)\b|siirtämi|\bsiirto\p{L}*|siirron|koneluettava|dataportabilitet|portabilit|överföra|överförda|flytta (?:\p{L}+ ){0,2}?(person)?uppgifter|flytt av (dina |sina )?(person)?uppgifter|maskinläsbar|machine-readable|transmit|(have|get) (your|their|the) (personal )?data (transferred|moved|transmitted)|(move|transfer) (?:\p{L}+ ){0,2}?(personal )?(data|information)\b`), true},
	{"objection", re(`vastust|invänd|motsätt|\bobject`), false},
}

var rightSentence = re(`oikeu|voit\b|rätt|du kan|\bright|you (can|may)`)

// wrapHyphen is a word a PDF broke at a line end ("si- irtää").
var wrapHyphen = lazy(`(\p{Ll})-\s+(\p{Ll})`)

// ruleRights names the rights missing from the rights sections and the
// sentences that speak of rights.
func ruleRights(c *checker) {
	var chunks []string
	for _, sp := range c.d.spans() {
		if rightSentence.MatchString(sp.s) || c.d.inTopics(sp.start, topicRights, topicComplaint) {
			chunks = append(chunks, wrapHyphen.ReplaceAllString(sp.s, "$1$2"))
		}
	}
	var miss []string
	for _, r := range rightWords {
		if !rightIn(chunks, r.re, r.abroad) {
			miss = append(miss, vocab.Label(vocab.Rights, r.code, c.lang))
		}
	}
	if len(miss) > 0 {
		c.add("missing_rights", -1, -1, strings.ToLower(strings.Join(miss, ", ")))
	}
}

// abroadWord names a place outside the EU/EEA (but not the EU itself: the
// GDPR is "EU:n tietosuoja-asetus").
var abroadWord = re(`ulkopuol|utanför|outside|third countr|kolmans|tredje land|yhdysval|\busa\b|united states`)

// rightIn reports whether a chunk names the right; with abroad, chunks on
// transfers outside the EU do not count.
func rightIn(chunks []string, r *pattern, abroad bool) bool {
	for _, s := range chunks {
		if r.MatchString(s) && !(abroad && abroadWord.MatchString(s)) {
			return true
		}
	}
	return false
}
