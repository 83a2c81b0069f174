package main

import "testing"

// TestOpensWindow: only what starts the window keeps away from the parent
// console on Windows; every headless command and help attach to it.
func TestOpensWindow(t *testing.T) {
	cases := []struct {
		args []string
		want bool
	}{
		{nil, true},
		{[]string{"--db", `C:\Users\Mäkelä\tsp.db`}, true},
		{[]string{"-db=x.db"}, true},
		{[]string{"help"}, false},
		{[]string{"-h"}, false},
		{[]string{"--help"}, false},
		{[]string{"-help"}, false},
		{[]string{"orgs", "--db", "x.db"}, false},
		{[]string{"notice", "--out", "seloste.pdf"}, false},
		{[]string{"nosuchcommand"}, false}, // run prints its error there
	}
	for _, c := range cases {
		if got := opensWindow(c.args); got != c.want {
			t.Errorf("opensWindow(%q) = %v, want %v", c.args, got, c.want)
		}
	}
}
