package wizard

import "testing"

// BenchmarkCheck is the check's work on one keystroke for the flower shop
// (every rule of issue 14 has something to say).
func BenchmarkCheck(b *testing.B) {
	a := example(b)
	a.Registers = append(a.Registers, visitors())
	a.Website.MarketingTools = []string{"Meta-pikseli", "Google Ads"}
	for b.Loop() {
		Check(a)
	}
}
