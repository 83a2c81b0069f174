package data

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The concurrency tests run writers in other processes, as the command
// line and the window are: the test binary starts itself again with
// TSP_DATA_CHILD naming what the child does (TestDataChild), and reads
// what the child reports as done, one line each, on its standard output.

// child is a running child process.
type child struct {
	cmd   *exec.Cmd
	lines chan string
}

// startChild starts the test binary as a child doing mode on the database
// at path for organisation org.
func startChild(t *testing.T, mode, path string, org int64, extra ...string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestDataChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "TSP_DATA_CHILD="+mode, "TSP_DATA_DB="+path,
		"TSP_DATA_ORG="+strconv.FormatInt(org, 10))
	cmd.Env = append(cmd.Env, extra...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, lines: make(chan string, 4096)}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			c.lines <- sc.Text()
		}
		io.Copy(io.Discard, out)
		close(c.lines)
	}()
	return c
}

// wait waits for the child's end and returns its report lines (those
// starting with "done " or "error ", without the test framework's).
func (c *child) wait(t *testing.T) []string {
	t.Helper()
	var got []string
	for l := range c.lines {
		if strings.HasPrefix(l, "done ") || strings.HasPrefix(l, "error ") {
			got = append(got, l)
		}
	}
	c.cmd.Wait()
	return got
}

// waitFor reads lines until one equals want (or the child ends).
func (c *child) waitFor(t *testing.T, want string) {
	t.Helper()
	timeout := time.After(30 * time.Second)
	for {
		select {
		case l, ok := <-c.lines:
			if !ok {
				t.Fatalf("the child ended before %q", want)
			}
			if l == want {
				return
			}
		case <-timeout:
			t.Fatalf("no %q from the child", want)
		}
	}
}

// TestDataChild is the child's side; it does nothing in a normal run.
func TestDataChild(t *testing.T) {
	mode := os.Getenv("TSP_DATA_CHILD")
	if mode == "" {
		t.Skip("run by the concurrency tests")
	}
	path := os.Getenv("TSP_DATA_DB")
	org, _ := strconv.ParseInt(os.Getenv("TSP_DATA_ORG"), 10, 64)
	ctx := context.Background()
	report := func(format string, a ...any) { fmt.Printf(format+"\n", a...) }
	switch mode {
	case "verify": // records an identity check, as `requests verify` does
		st, err := Open(path)
		if err != nil {
			report("error %v", err)
			return
		}
		defer st.Close()
		if err := st.VerifyIdentity(ctx, org, os.Getenv("TSP_DATA_REF"), recentDay(), "passi"); err != nil {
			report("error %v", err)
			return
		}
		report("done verify")
	case "registers": // adds registers while the parent adds its own
		st, err := Open(path)
		if err != nil {
			report("error %v", err)
			return
		}
		defer st.Close()
		report("ready")
		n, _ := strconv.Atoi(os.Getenv("TSP_DATA_N"))
		for i := range n {
			name := fmt.Sprintf("lapsi-%d", i)
			if _, err := st.AppendRecord(ctx, org, "registers", Register{Name: name}); err != nil {
				report("error %v", err)
				return
			}
			report("done %s", name)
		}
	case "open": // a first use of a new database
		st, err := Open(path)
		if err != nil {
			report("error %v", err)
			return
		}
		st.Close()
		report("done open")
	case "backup", "restore": // copies again and again until killed
		childCopies(mode, path, os.Getenv("TSP_DATA_SRC"), report)
	case "lock": // tries the window lock once (TestLockAcrossProcesses)
		childLock(path, report)
	case "requests": // adds requests, each in its own open, until told to stop
		childAddRequests(ctx, path, org, report)
	}
}

// childAddRequests opens the store, adds one request and closes it, as
// one `requests add` command does, again and again for TSP_DATA_FOR.
func childAddRequests(ctx context.Context, path string, org int64, report func(string, ...any)) {
	d, _ := time.ParseDuration(os.Getenv("TSP_DATA_FOR"))
	end := time.Now().Add(d)
	id := os.Getenv("TSP_DATA_ID")
	for i := 0; time.Now().Before(end); i++ {
		st, err := Open(path)
		if err != nil {
			report("error open %v", err)
			return
		}
		ref, err := st.AddRequest(ctx, org, Request{Received: recentDay(), Channel: "email",
			Requester: Requester{Name: fmt.Sprintf("Pyytäjä %s-%d", id, i)}, Rights: []Right{RightAccess}})
		st.Close()
		if err != nil {
			report("error add %v", err)
			return
		}
		report("done %s %s-%d", ref, id, i)
	}
}

// recentDay is a date five days ago, YYYY-MM-DD: a received date every
// check accepts whatever day the tests run.
func recentDay() string { return time.Now().AddDate(0, 0, -5).Format(time.DateOnly) }

// childCopies takes backups (mode "backup") or restores src (mode
// "restore") one after the other until the parent kills it.
func childCopies(mode, path, src string, report func(string, ...any)) {
	var st *Store
	if mode == "backup" {
		var err error
		if st, err = Open(path); err != nil {
			report("error %v", err)
			return
		}
		defer st.Close()
	}
	report("ready")
	for {
		var err error
		if mode == "backup" {
			var target string
			if target, err = newBackupPath(path, BackupAuto, time.Now()); err == nil {
				err = st.backupAtomic(target)
			}
		} else {
			_, err = Restore(path, src, time.Now())
		}
		if err != nil {
			report("error %v", err)
			return
		}
		report("done %s", mode)
	}
}
