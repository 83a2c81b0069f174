package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"tietosuojapakki/data/vocab"
)

// purgeAsked is the part the request log's and the breach log's purges
// share: it names the entries past their retention, asks question (a
// yes/no in the user's language) unless yes is set, runs purge and prints
// how many were purged. Nothing is purged on any answer but yes.
func purgeAsked(out io.Writer, in io.Reader, l vocab.Lang, refs []string, yes bool, question vocab.Text, purge func() (int, error)) error {
	fmt.Fprintf(out, "%s %s\n", word(l, "Säilytysaika päättynyt:", "Lagringstiden har gått ut:", "Retention ended:"), strings.Join(refs, ", "))
	if !yes {
		fmt.Fprint(out, question.In(string(l)))
		line, _ := bufio.NewReader(in).ReadString('\n')
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "k", "kyllä", "j", "ja", "y", "yes":
		default:
			fmt.Fprintln(out, word(l, "Mitään ei poistettu.", "Inget raderades.", "Nothing was removed."))
			return nil
		}
	}
	n, err := purge()
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%s %d\n", word(l, "Poistettu:", "Raderade:", "Purged:"), n)
	return nil
}
