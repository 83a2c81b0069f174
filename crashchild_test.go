package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
)

// crashPaths are the answers the crash child keeps rewriting.
var crashPaths = []string{"organisation.street", "organisation.city", "organisation.phone", "organisation.privacy_contact.name"}

// TestCrashChild is the writer that TestCrashSafety kills. It runs only in
// the child process (TSP_CRASH_CHILD names the database) and writes until
// it is killed: one answer at a time, as the wizard saves, every second
// round a request entered in the log, and every fourth round an import of
// an organisation with its request log. After
// each commit it prints "done <kind> <id> <value>"; os.Stdout is not
// buffered, so a line printed is a line the parent reads.
func TestCrashChild(t *testing.T) {
	path := os.Getenv("TSP_CRASH_CHILD")
	if path == "" {
		t.Skip("the crash test's child; runs only when started by TestCrashSafety")
	}
	gen, _ := strconv.Atoi(os.Getenv("TSP_CRASH_GEN"))
	org, _ := strconv.ParseInt(os.Getenv("TSP_CRASH_ORG"), 10, 64)
	file, ps := data.ParseFile(bytes.NewReader(datatest.Example))
	if len(ps) > 0 {
		crashChildFail(ps)
	}
	ctx := context.Background()
	st, err := data.Open(path)
	if err != nil {
		crashChildFail(err)
	}
	fmt.Println("ready")
	for i := 0; ; i++ {
		// Values grow from child to child: a later child's value is
		// always larger than anything an earlier one wrote.
		value := strconv.Itoa(gen*10_000_000 + i)
		p := crashPaths[i%len(crashPaths)]
		if err := st.SetAnswer(ctx, org, p, value); err != nil {
			crashChildFail(err)
		}
		fmt.Printf("done answer %s %s\n", p, value)
		if i%2 == 1 {
			// A request entered in the log, as the request screen does.
			ref, err := st.AddRequest(ctx, org, data.Request{
				Received:  st.Today().Format(time.DateOnly),
				Channel:   "email",
				Requester: data.Requester{Name: "Pyytäjä " + value},
				Rights:    []data.Right{data.RightAccess},
			})
			if err != nil {
				crashChildFail(err)
			}
			fmt.Printf("done request %s %s\n", ref, value)
		}
		if i%4 == 3 {
			file.Organisation.Name = fmt.Sprintf("crash-%d-%d", gen, i)
			if _, err := st.ImportFile(ctx, file); err != nil {
				crashChildFail(err)
			}
			fmt.Printf("done import %s %d\n", file.Organisation.Name, len(file.Requests))
		}
	}
}

func crashChildFail(err error) {
	fmt.Printf("error %v\n", err)
	os.Exit(3)
}
