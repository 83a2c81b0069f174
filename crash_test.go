package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
)

// TestCrashSafety kills a writing process (TestCrashChild) with SIGKILL at
// random moments, again and again on the same database, and after each
// kill checks that the file is whole and that every write the child
// reported as done is there: each answer at its last reported value or a
// later one, each request entered with its history, each reported import
// with all its requests, and no import half there.
func TestCrashSafety(t *testing.T) {
	if os.Getenv("TSP_CRASH_CHILD") != "" {
		t.Skip("in the child")
	}
	kills := 60
	if testing.Short() {
		kills = 5
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 7))

	path := filepath.Join(t.TempDir(), "tsp.db")
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	org, err := st.CreateOrganisation(context.Background(), "Kaatuva Oy")
	if err != nil {
		t.Fatal(err)
	}
	st.Close()

	w := crashWitness{answers: map[string]int{}, imports: map[string]int{}, requestLines: map[string]int{}}
	for gen := 1; gen <= kills; gen++ {
		// Kill a third of the children at any moment from their start (in
		// the middle of opening, recovering the journal, migrating), the
		// rest while they write.
		early := rng.IntN(3) == 0
		delay := time.Duration(rng.IntN(120)) * time.Millisecond
		if early {
			delay = time.Duration(rng.IntN(60)) * time.Millisecond
		}
		runCrashChild(t, path, gen, org, early, delay, &w)
		w.verify(t, path, org)
		if t.Failed() {
			t.Fatalf("after kill %d", gen)
		}
	}
	if w.answerLines == 0 || len(w.imports) == 0 || len(w.requestLines) == 0 {
		t.Fatalf("the children reported %d answers, %d requests and %d imports: the test saw no writes",
			w.answerLines, len(w.requestLines), len(w.imports))
	}
	t.Logf("%d kills; %d answer writes, %d requests and %d imports reported done",
		kills, w.answerLines, len(w.requestLines), len(w.imports))
}

// crashWitness is what the children reported as done.
type crashWitness struct {
	answers      map[string]int // path -> last value reported
	imports      map[string]int // organisation name -> its number of requests
	answerLines  int
	requestLines map[string]int // reference -> the value in the requester's name
	requests     int            // requests in each imported file
}

// runCrashChild starts one child, kills it after delay (counted from its
// start when early, from its "ready" otherwise) and reads what it
// reported.
func runCrashChild(t *testing.T, path string, gen int, org int64, early bool, delay time.Duration, w *crashWitness) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(),
		"TSP_CRASH_CHILD="+path, "TSP_CRASH_GEN="+strconv.Itoa(gen), "TSP_CRASH_ORG="+strconv.FormatInt(org, 10))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1024)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var got []string
	kill := time.After(delay)
	if !early {
		kill = nil
	}
	timeout := time.After(20 * time.Second)
read:
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				break read
			}
			got = append(got, l)
			if l == "ready" && !early {
				kill = time.After(delay)
			}
		case <-kill:
			cmd.Process.Kill() // SIGKILL: no deferred function, no Close
			kill = nil
		case <-timeout:
			cmd.Process.Kill()
			t.Fatalf("child %d did not get ready", gen)
		}
	}
	cmd.Wait()
	for _, l := range got {
		f := strings.Fields(l)
		switch {
		case len(f) > 0 && f[0] == "error":
			t.Fatalf("child %d: %s", gen, l)
		case len(f) == 4 && f[0] == "done":
			n, err := strconv.Atoi(f[3])
			if err != nil {
				t.Fatalf("child %d: %q", gen, l)
			}
			switch f[1] {
			case "answer":
				w.answers[f[2]] = max(w.answers[f[2]], n)
				w.answerLines++
			case "request":
				w.requestLines[f[2]] = n
			case "import":
				w.imports[f[2]] = n
				w.requests = n
			}
		}
	}
}

// verify opens the database as the next start would and checks it.
func (w *crashWitness) verify(t *testing.T, path string, org int64) {
	t.Helper()
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	var result string
	if err := raw.QueryRow("PRAGMA integrity_check").Scan(&result); err != nil || result != "ok" {
		t.Errorf("integrity_check: %q %v", result, err)
	}
	raw.Close()

	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var doc any
	var answers string
	if err := st.DB().QueryRow("SELECT answers FROM organisations WHERE id = ?", org).Scan(&answers); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(answers), &doc); err != nil {
		t.Fatal(err)
	}
	for p, want := range w.answers {
		s, _ := data.GetPath(doc, p).(string)
		if n, err := strconv.Atoi(s); err != nil || n < want {
			t.Errorf("%s is %q, but %d was reported done", p, s, want)
		}
	}

	for ref, value := range w.requestLines {
		e, err := st.GetRequest(context.Background(), org, ref)
		if err != nil {
			t.Errorf("request %s was reported done: %v", ref, err)
			continue
		}
		if want := "Pyytäjä " + strconv.Itoa(value); e.Requester.Name != want || len(e.History) == 0 {
			t.Errorf("request %s: %q with %d events, want %q with its history", ref, e.Requester.Name, len(e.History), want)
		}
	}

	rows, err := st.DB().Query(`SELECT o.name, count(DISTINCT r.id), count(e.rowid) FROM organisations o
		LEFT JOIN requests r ON r.org_id = o.id LEFT JOIN request_events e ON e.request_id = r.id
		WHERE o.name LIKE 'crash-%' GROUP BY o.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	found := map[string]bool{}
	for rows.Next() {
		var name string
		var requests, events int
		if err := rows.Scan(&name, &requests, &events); err != nil {
			t.Fatal(err)
		}
		found[name] = true
		// Reported or not (a commit may land just before the kill), an
		// import is whole: every request, each with its history.
		if w.requests > 0 && requests != w.requests || events < requests {
			t.Errorf("import %s has %d requests and %d events: half an import", name, requests, events)
		}
	}
	for name := range w.imports {
		if !found[name] {
			t.Errorf("import %s was reported done but is missing", name)
		}
	}
}
