package data

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// A letter is one more event of the append-only history, kept when the
// store is reopened and described in each language.
func TestRecordLetter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	org, err := st.CreateOrganisation(ctx, "Testi Oy")
	if err != nil {
		t.Fatal(err)
	}
	ref, err := st.AddRequest(ctx, org, Request{Received: st.Today().Format("2006-01-02"), Rights: []Right{RightAccess}, Requester: Requester{Name: "Anna"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.RecordLetter(ctx, org, ref, "ack", "sv", "pdf"); err != nil {
		t.Fatal(err)
	}
	var re *RequestError
	if err := st.RecordLetter(ctx, org, "1999-001", "ack", "fi", "pdf"); !errors.As(err, &re) {
		t.Errorf("unknown request: %v", err)
	}
	st.Close()
	if st, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e, err := st.GetRequest(ctx, org, ref)
	if err != nil {
		t.Fatal(err)
	}
	ev := e.History[len(e.History)-1]
	if ev.Kind != EventLetter || ev.New != "ack" || ev.At == "" {
		t.Fatalf("event %+v", ev)
	}
	for lang, want := range map[string]string{"fi": "Kirje tehty: vastaanottoilmoitus (sv, pdf)", "sv": "Brev skrivet: mottagningsbekräftelse", "en": "Letter made: acknowledgement"} {
		if got := EventText(ev, lang); !strings.Contains(got, want) {
			t.Errorf("%s: %q", lang, got)
		}
	}
}

func TestWriteTableCSV(t *testing.T) {
	var buf bytes.Buffer
	rows := [][]string{{"Asiakkaat", "0401234567", "=1+1", "-x", "Sähköposti; puhelin"}}
	if err := WriteTableCSV(&buf, []string{"a", "b", "c", "d", "e"}, rows); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff")))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Asiakkaat", `="0401234567"`, "'=1+1", "'-x", "Sähköposti; puhelin"}
	if len(recs) != 2 || strings.Join(recs[1], "|") != strings.Join(want, "|") {
		t.Errorf("%q", recs)
	}
}
