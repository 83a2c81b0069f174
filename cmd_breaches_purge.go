package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

// purge removes the personal texts of the breaches past the breach log's
// retention (data.PurgeBreaches), after asking unless --yes is given.
func (c *breachesCmd) purge(_ []string) error {
	l := c.lang
	refs, err := c.st.ExpiredBreaches(c.ctx, c.org)
	if err != nil {
		return err
	}
	months, err := c.st.BreachRetentionMonths(c.ctx, c.org)
	if err != nil {
		return err
	}
	m := strconv.Itoa(months)
	if len(refs) == 0 {
		fmt.Fprintln(c.stdout, word(l, "Ei poistettavaa: mikään suljettu loukkaus ei ole ylittänyt säilytysaikaa ("+m+" kk).",
			"Inget att radera: ingen avslutad incident har passerat lagringstiden ("+m+" mån).",
			"Nothing to purge: no closed breach is past the retention period ("+m+" months)."))
		return nil
	}
	fmt.Fprintf(c.stdout, "%s %s\n", word(l, "Säilytysaika päättynyt:", "Lagringstiden har gått ut:", "Retention ended:"), strings.Join(refs, ", "))
	if !c.f.yes {
		fmt.Fprint(c.stdout, word(l, "Poistetaanko näiden kuvaukset, rekisteröidyt, seuraukset, toimet ja perustelut? Viite, ajat ja riski säilyvät. (k/e) ",
			"Radera deras beskrivningar, registrerade, följder, åtgärder och motiveringar? Referens, tider och risk bevaras. (j/n) ",
			"Remove their descriptions, data subjects, consequences, measures and reasons? Reference, times and risk are kept. (y/n) "))
		line, _ := bufio.NewReader(c.stdin).ReadString('\n')
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "k", "kyllä", "j", "ja", "y", "yes":
		default:
			fmt.Fprintln(c.stdout, word(l, "Mitään ei poistettu.", "Inget raderades.", "Nothing was removed."))
			return nil
		}
	}
	n, err := c.st.PurgeBreaches(c.ctx, c.org)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s %d\n", word(l, "Poistettu:", "Raderade:", "Purged:"), n)
	return nil
}
