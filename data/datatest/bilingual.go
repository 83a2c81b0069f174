package datatest

import _ "embed"

// Bilingual is the example company with Finnish and Swedish as its
// document languages (Finnish the main one) and a Swedish translation of
// every free-text answer, in the portable format of version 2.
//
//go:embed kivi-kaksikielinen.json
var Bilingual []byte
