package notice

import "tietosuojapakki/data/vocab"

// logMonths is the request log's retention period: "1 kuukauden",
// "24 kuukautta" (Finnish says a duration of one in the accusative).
var logMonths = vocab.Count{{"kuukauden", "kuukautta"}, {"månad", "månader"}, {"month", "months"}}
