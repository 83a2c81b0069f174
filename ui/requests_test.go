package ui

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
)

// reqShell opens the window on a database of its own holding the example
// company (2026-001 answered, 2026-002 open, received 3.11.2026), with the
// store's clock on 28.11.2026: 2026-002 is then due within a week.
func reqShell(t *testing.T) (*Shell, *requestsView) {
	t.Helper()
	sh := reqWindow(t)
	sh.showScreen(screenRequests)
	if sh.requests == nil {
		t.Fatal("the request log screen is not built")
	}
	return sh, sh.requests
}

// reqWindow is the window of reqShell as it opens, on the wizard.
func reqWindow(t testing.TB) *Shell {
	t.Helper()
	a := test.NewTempApp(t)
	st, err := data.Open(filepath.Join(t.TempDir(), "req.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	st.SetClock(func() time.Time { return time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC) })
	st.SetSetting(data.SettingUserName, "Tiina Testaaja")
	fh, err := os.Open(datatest.WriteExample(t))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	f, ps := data.ParseFile(fh)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	if _, err := st.ImportFile(context.Background(), f); err != nil {
		t.Fatal(err)
	}
	sh := newShell(a, st, &manualClock{})
	sh.Win.Resize(fyne.NewSize(1200, 680))
	return sh
}

func reqDialogOpen(sh *Shell) bool { return sh.Win.Canvas().Overlays().Top() != nil }

func reqRefs(v *requestsView) []string {
	var out []string
	for i := 0; i < v.rows.total; i++ {
		out = append(out, v.rows.at(i).Ref)
	}
	return out
}

// TestRequestsAddExtendAnswer walks a request through the dialogs as a
// user would and checks the table and the store after each step.
func TestRequestsAddExtendAnswer(t *testing.T) {
	sh, v := reqShell(t)
	ctx := context.Background()
	if !v.banner.Visible() || !strings.Contains(v.bannerText.Text, "myöhässä: 0 · erääntyy 7 päivän sisällä: 1 · lähin määräpäivä 3.12.2026") {
		t.Errorf("due notice %q (visible %v)", v.bannerText.Text, v.banner.Visible())
	}
	if got := strings.Join(reqRefs(v), " "); got != "2026-002 2026-001" {
		t.Fatalf("rows %s", got)
	}

	// Add: the received date is today by default; a missing name and right
	// are shown beside their fields and the dialog stays open.
	test.Tap(v.addButton)
	f := v.form
	if f.received.Text != "28.11.2026" {
		t.Errorf("received defaults to %q", f.received.Text)
	}
	f.received.SetText("")
	test.Type(f.received, "20.11.2026")
	test.Type(f.contact, "ohman@example.fi")
	test.Tap(f.save)
	if !reqDialogOpen(sh) {
		t.Fatal("the dialog closed on a validation error")
	}
	if f.errs["name"].Hidden || f.errs["rights"].Hidden || !f.errs["received"].Hidden {
		t.Errorf("errors: name %q rights %q received %q", f.errs["name"].Text, f.errs["rights"].Text, f.errs["received"].Text)
	}
	if f.errs["name"].Text != "Kirjoita pyytäjän nimi." {
		t.Errorf("name error %q", f.errs["name"].Text)
	}
	if f.received.Text != "20.11.2026" || f.contact.Text != "ohman@example.fi" {
		t.Error("typed text was lost")
	}
	test.Type(f.name, `Öhman; "Ässä"`)
	test.Tap(f.rights[data.RightErasure])
	f.register.SetText("Asiakasrekisteri")
	test.Tap(f.save)
	if reqDialogOpen(sh) {
		t.Fatalf("the dialog stayed open: %v", f.general.Text)
	}
	e, err := sh.Store.GetRequest(ctx, v.org, "2026-003")
	if err != nil {
		t.Fatal(err)
	}
	if e.Requester.Name != `Öhman; "Ässä"` || e.Received != "2026-11-20" || e.Due != "2026-12-21" || e.Register != "Asiakasrekisteri" ||
		len(e.Rights) != 1 || e.Rights[0] != data.RightErasure || e.History[0].By != "Tiina Testaaja" {
		t.Errorf("stored %+v", e)
	}
	if got := strings.Join(reqRefs(v), " "); got != "2026-003 2026-002 2026-001" || v.count.Text != "Pyyntöjä: 3" {
		t.Errorf("rows %s, count %q", got, v.count.Text)
	}
	if v.selected != "2026-003" || !strings.Contains(v.detail.title.Text, "Öhman") {
		t.Errorf("selected %q, title %q", v.selected, v.detail.title.Text)
	}

	// Extend: the told date defaults to today; the reason is recorded.
	test.Tap(v.detail.extend)
	a := v.action
	test.Type(a.text, "Tiedot kolmessa järjestelmässä")
	test.Tap(a.save)
	if reqDialogOpen(sh) {
		t.Fatalf("extend dialog stayed open: %v", a.errs)
	}
	e, _ = sh.Store.GetRequest(ctx, v.org, "2026-003")
	if !e.Extended || e.ExtensionToldOn != "2026-11-28" || e.Due != "2027-02-22" || e.ExtensionReason != "Tiedot kolmessa järjestelmässä" {
		t.Errorf("after extend %+v", e)
	}
	if !v.detail.extend.Disabled() {
		t.Error("extend still enabled after the extension")
	}

	// Answer with a refusal: the reminder of art. 12(4) appears; a date
	// before receipt is refused beside the field.
	test.Tap(v.detail.answer)
	a = v.action
	a.refusal.SetSelectedIndex(4) // legal_retention
	if a.reminder.Hidden || !strings.Contains(a.reminder.Text, "tuomioistuimelta") {
		t.Errorf("refusal reminder %q hidden %v", a.reminder.Text, a.reminder.Hidden)
	}
	a.date.SetText("1.11.2026")
	test.Type(a.text, "Kirjanpitoaineisto säilytetään 6 vuotta")
	test.Tap(a.save)
	if !reqDialogOpen(sh) || a.errs["answered_on"].Hidden || !strings.Contains(a.errs["answered_on"].Text, "20.11.2026") {
		t.Fatalf("answer before receipt: %q", a.errs["answered_on"].Text)
	}
	a.date.SetText("27.11.2026")
	test.Tap(a.save)
	if reqDialogOpen(sh) {
		t.Fatalf("answer dialog stayed open: %q", a.general.Text)
	}
	e, _ = sh.Store.GetRequest(ctx, v.org, "2026-003")
	if e.Status != data.StatusRefused || e.AnsweredOn != "2026-11-27" || e.RefusalReason != "legal_retention" {
		t.Errorf("after answer %+v", e)
	}
	kinds := []string{}
	for _, h := range e.History {
		kinds = append(kinds, h.Kind)
	}
	if got := strings.Join(kinds, " "); got != "created extended edited answered status_changed" {
		t.Errorf("history %s", got)
	}
	if len(v.detail.history.Objects) != len(e.History) {
		t.Errorf("history shows %d of %d events", len(v.detail.history.Objects), len(e.History))
	}

	// Filters and search: the search runs after a pause in typing, a
	// filter at once, both off the UI goroutine (here: when the test's
	// clock moves).
	v.search.SetText("öhman")
	clockOf(sh).Advance(reqSearchDelay)
	if got := strings.Join(reqRefs(v), " "); got != "2026-003" {
		t.Errorf("search öhman: %s", got)
	}
	v.search.SetText("")
	v.status.SetSelectedIndex(reqStatusIndex(data.FilterClosed))
	clockOf(sh).Advance(reqSearchDelay)
	if got := strings.Join(reqRefs(v), " "); got != "2026-003 2026-001" {
		t.Errorf("closed: %s", got)
	}
	v.status.SetSelectedIndex(0)
	v.right.SetSelectedIndex(1) // access
	clockOf(sh).Advance(0)
	if got := strings.Join(reqRefs(v), " "); got != "2026-001" {
		t.Errorf("access: %s", got)
	}
}

func TestRequestsNotificationAndRetention(t *testing.T) {
	sh, v := reqShell(t)
	want := fyne.NewNotification(lang.L("requests.notification.title"), v.bannerText.Text)
	sh.notifiedOrg = 0 // as at a new start
	test.AssertNotificationSent(t, want, func() { sh.rebuild() })

	p := v.retention
	if p.months.Text != "36" {
		t.Errorf("retention shown %q", p.months.Text)
	}
	p.months.SetText("0")
	p.save()
	if p.err.Hidden || !strings.Contains(p.err.Text, "1–240") {
		t.Errorf("retention 0: %q", p.err.Text)
	}
	p.months.SetText("24")
	p.save()
	if !p.err.Hidden {
		t.Errorf("retention 24 refused: %q", p.err.Text)
	}
	if n, _ := sh.Store.LogRetentionMonths(context.Background(), v.org); n != 24 {
		t.Errorf("stored retention %d", n)
	}
}

// TestRequestsTranslations: every key the screen uses is in fi, sv and en.
func TestRequestsTranslations(t *testing.T) {
	re := regexp.MustCompile(`lang\.L\("(requests\.[a-z_.]+)"\)`)
	files, _ := filepath.Glob("requests*.go")
	used := map[string]bool{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
	}
	for _, c := range reqStatusFilters {
		used["requests.filter.status."+reqOrAll(c)] = true
	}
	if len(used) < 40 {
		t.Fatalf("only %d keys found", len(used))
	}
	sets := map[string]map[string]string{}
	for _, l := range []string{"fi", "sv", "en"} {
		b, err := os.ReadFile(filepath.Join("..", "assets", "i18n", "requests", l+".json"))
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		sets[l] = m
	}
	for _, l := range []string{"fi", "sv", "en"} {
		m := sets[l]
		for k := range used {
			if strings.TrimSpace(m[k]) == "" {
				t.Errorf("%s.json lacks %s", l, k)
			}
		}
		for k, s := range m {
			if !used[k] {
				t.Errorf("%s.json has unused %s", l, k)
			}
			// The same %-verbs in every language, or Sprintf garbles.
			if strings.Count(s, "%") != strings.Count(sets["fi"][k], "%") {
				t.Errorf("%s %s: verbs differ from fi", l, k)
			}
		}
	}
}

// tapRow taps the middle of table row i, as the mouse does.
func tapRow(t *testing.T, v *requestsView, i int) {
	t.Helper()
	cell := widget.NewLabel("x").MinSize().Height
	pad := theme.Padding()
	y := cell + pad + float32(i)*(cell+pad) + cell/2
	test.TapAt(v.table, fyne.NewPos(20, y))
	if want := v.rows.at(i).Ref; v.selected != want {
		t.Fatalf("tapping row %d selected %q, want %q", i, v.selected, want)
	}
}

// TestRequestDetailFollowsSelection: five requests opened in turn each
// show their own received date, name and due date in the detail pane
// (the pane kept the first request's rows for every later one).
func TestRequestDetailFollowsSelection(t *testing.T) {
	sh, v := reqShell(t)
	ctx := context.Background()
	received := []string{"2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-27"}
	for i, r := range received {
		_, err := sh.Store.AddRequest(ctx, v.org, data.Request{Received: r, Rights: []data.Right{data.RightAccess},
			Requester: data.Requester{Name: "Pyytäjä " + strconv.Itoa(i+1)}})
		if err != nil {
			t.Fatal(err)
		}
	}
	sh.Tabs.SelectIndex(2) // the user opens Pyyntöloki
	v.reload()
	if v.rows.total != 7 {
		t.Fatalf("%d rows", v.rows.total)
	}
	for i := range v.rows.total {
		tapRow(t, v, i)
		e, err := sh.Store.GetRequest(ctx, v.org, v.selected)
		if err != nil {
			t.Fatal(err)
		}
		for field, want := range map[string]string{
			"received": data.FormatDate(e.Received),
			"due":      data.FormatDate(e.Due),
		} {
			got := v.detail.values[field]
			if got == nil || !strings.HasPrefix(got.Text, want) {
				t.Errorf("row %d (%s): %s shows %v, want %s", i, e.Ref, field, got, want)
			}
		}
		if !strings.Contains(v.detail.title.Text, e.Requester.Name) {
			t.Errorf("row %d: title %q, want %s", i, v.detail.title.Text, e.Requester.Name)
		}
		if n := len(v.detail.facts.Objects); n != len(v.detail.values) {
			t.Errorf("row %d: %d rows drawn for %d facts", i, n, len(v.detail.values))
		}
	}
}

// TestDueNoticeInWindow: at start the window itself says that a request
// is due within 7 days (not only a desktop notification); "Näytä" opens
// the request log on the requests that need attention.
func TestDueNoticeInWindow(t *testing.T) {
	sh := reqWindow(t)
	if sh.due == nil || !sh.due.Visible() || !findText(sh.due, "Pyyntöloki: määräaikoja. Huomio – myöhässä: 0 · erääntyy 7 päivän sisällä: 1 · lähin määräpäivä 3.12.2026.") {
		t.Fatal("the window does not show the due notice at start")
	}
	test.Tap(findButton(sh.due, "Näytä"))
	v := sh.requests
	if sh.Tabs.SelectedIndex() != screenRequests || v.filter.Status != data.FilterAttention {
		t.Fatalf("Näytä opened tab %d with filter %q", sh.Tabs.SelectedIndex(), v.filter.Status)
	}
	if sh.due.Visible() {
		t.Fatal("the notice stays after it was followed")
	}
	sh.SetLanguage("fi") // a rebuild does not bring it back
	if sh.due.Visible() && len(sh.due.Objects) > 0 {
		t.Fatal("the notice came back after a rebuild")
	}
}
