package terms

import "tietosuojapakki/data/vocab"

// Counted periods of the terms, each in the form its sentence needs:
// "vähintään 1 päivä etukäteen", "viimeistään 1 päivän kuluessa",
// "senast 1 timme", "within 1 hour".
var (
	daysAhead   = vocab.Count{{"päivä", "päivää"}, {"dag", "dagar"}, {"day", "days"}}
	daysWithin  = vocab.Count{{"päivän", "päivän"}, {"dag", "dagar"}, {"day", "days"}}
	hoursWithin = vocab.Count{{"tunnin", "tunnin"}, {"timme", "timmar"}, {"hour", "hours"}}
)
