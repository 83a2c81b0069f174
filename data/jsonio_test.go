package data

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	for _, name := range companies {
		t.Run(name, func(t *testing.T) {
			st := openTemp(t)
			f3 := roundTrip(t, st, importTemp(t, st, name))
			orig := readFile(t, name)
			if f3.Organisation.Name != orig.Organisation.Name || len(f3.Registers) != len(orig.Registers) ||
				len(f3.Requests) != len(orig.Requests) || len(f3.Processors) != len(orig.Processors) {
				t.Fatalf("content lost: %+v", f3.Organisation)
			}
			for i, r := range f3.Requests {
				if r.Ref != orig.Requests[i].Ref || len(r.History) == 0 {
					t.Errorf("request %d: ref %q history %d", i, r.Ref, len(r.History))
				}
			}
		})
	}
	// A company with two breaches: one closed after notification, one
	// assessed as no risk and still open.
	t.Run("breaches", func(t *testing.T) {
		ctx := context.Background()
		st := openTemp(t)
		clockAt(t, st, "2026-11-30T10:00:00Z")
		id := importTemp(t, st, exampleName)
		addTwoBreaches(t, st, id)
		f3 := roundTrip(t, st, id)
		if len(f3.Breaches) != 2 {
			t.Fatalf("breaches %d, want 2", len(f3.Breaches))
		}
		want, err := st.Breach(ctx, id, "2026-B01")
		if err != nil {
			t.Fatal(err)
		}
		got := f3.Breaches[0]
		if got.Ref != "2026-B01" || !got.AwareAt.Equal(want.AwareAt) || !got.ClosedAt.Equal(want.ClosedAt) ||
			got.AuthorityCase != "TSV/123/2026" || got.Risk != RiskSome || len(got.History) != len(want.History) || len(got.History) < 4 {
			t.Errorf("breach B01 after the round trip: %+v", got)
		}
		if b := f3.Breaches[1]; b.Ref != "2026-B02" || b.Risk != RiskNone || !b.ClosedAt.IsZero() || b.RiskReasons == "" {
			t.Errorf("breach B02 after the round trip: %+v", b)
		}
		var out bytes.Buffer
		if err := WriteFile(&out, f3); err != nil {
			t.Fatal(err)
		}
		if errs := validateBytes(t, loadSchema(t), out.Bytes()); len(errs) > 0 {
			t.Errorf("export with breaches breaks the schema: %v", errs)
		}
		if !strings.Contains(out.String(), `"aware_at": "2026-03-28T18:00:00Z"`) {
			t.Errorf("aware_at not written as RFC 3339 UTC:\n%s", out.String())
		}
	})
}

// addTwoBreaches enters 2026-B01 (assessed, notified, closed) and 2026-B02
// (assessed as no risk, open).
func addTwoBreaches(t *testing.T, st *Store, id int64) {
	t.Helper()
	ctx := context.Background()
	ref, err := st.AddBreach(ctx, id, Breach{AwareAt: mustLocal(t, "2026-03-28T20:00"), OccurredAt: mustLocal(t, "2026-03-28T08:15"),
		Description: "Asiakasrekisterin varmuuskopio lähti väärälle vastaanottajalle", DataSubjects: "asiakkaat: nimi, puhelin",
		SubjectsApprox: 40, RecordsApprox: 40, Consequences: "huijauspuhelut", Measures: "vastaanottaja poisti viestin"})
	if err != nil || ref != "2026-B01" {
		t.Fatalf("add: %q %v", ref, err)
	}
	steps := []error{
		st.AssessBreach(ctx, id, ref, RiskSome, "puhelinnumerot voivat päätyä huijareille"),
		st.NotifyBreach(ctx, id, ref, mustLocal(t, "2026-03-30T09:00"), "TSV/123/2026", ""),
		st.DoNotInformSubjects(ctx, id, ref, "vastaanottaja poisti tiedot heti"),
		st.CloseBreach(ctx, id, ref),
	}
	ref2, err := st.AddBreach(ctx, id, Breach{AwareAt: mustLocal(t, "2026-10-25T03:30+02:00"), Description: "Kadonnut USB-tikku, salattu"})
	steps = append(steps, err, st.AssessBreach(ctx, id, ref2, RiskNone, "tikku on salattu"))
	for i, err := range steps {
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
}

// roundTrip exports the organisation, imports the file as a new one and
// exports that: the two files must be the same bytes. It returns the
// second export.
func roundTrip(t *testing.T, st *Store, id int64) *File {
	t.Helper()
	ctx := context.Background()
	f1, err := st.ExportFile(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var b1 bytes.Buffer
	if err := WriteFile(&b1, f1); err != nil {
		t.Fatal(err)
	}
	f2, ps := ParseFile(bytes.NewReader(b1.Bytes()))
	if len(ps) > 0 {
		t.Fatalf("exported file does not import: %v", ps)
	}
	id2, err := st.ImportFile(ctx, f2)
	if err != nil {
		t.Fatal(err)
	}
	f3, err := st.ExportFile(ctx, id2)
	if err != nil {
		t.Fatal(err)
	}
	var b3 bytes.Buffer
	if err := WriteFile(&b3, f3); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b3.Bytes()) {
		t.Fatalf("export, import, export differ:\n%s\n---\n%s", b1.String(), b3.String())
	}
	return f3
}

// A company exported halfway through the wizard imports again as it was.
func TestIncompleteAnswersImport(t *testing.T) {
	in := `{"format":"tietosuojapakki/answers","version":1,"organisation":{"name":"Puolivalmis Oy"},"registers":[{"name":"Asiakkaat"}]}`
	f, ps := ParseFile(strings.NewReader(in))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	st := openTemp(t)
	id, err := st.ImportFile(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := st.Answers(context.Background(), id)
	if a.Organisation.Name != "Puolivalmis Oy" || len(a.Registers) != 1 || a.Registers[0].Name != "Asiakkaat" {
		t.Fatalf("got %+v", a)
	}
}

func TestParseFileProblems(t *testing.T) {
	example := testdataFile(t, exampleName)
	ex := string(example)
	cases := []struct {
		name  string
		input string
		want  []string // each must appear in the Finnish text, in this order
	}{
		{"truncated", ex[:200], []string{"loppuu kesken"}},
		{"not json", "Tämä on tekstitiedosto", []string{"ei ole kelvollista JSONia", "rivi 1"}},
		{"one running number written twice", strings.Replace(ex, `"ref": "2026-002"`, `"ref": "2026-0001"`, 1), []string{`requests[1].ref: Pyynnön viite "2026-0001"`}},
		{"unknown field", strings.Replace(ex, `"city": "Tampere"`, `"city": "Tampere", "kaupunki": "Tampere"`, 1), []string{`kenttä "kaupunki"`}},
		{"empty right in a list", strings.Replace(ex, `"rights": ["access"]`, `"rights": ["access", ""]`, 1), []string{"requests[0].rights[1]"}},
		{"type error path", strings.Replace(ex, `"dpo": null`, `"dpo": "ei ole"`, 1), []string{"\norganisation.dpo:"[2:]}},
		{"another format", `{"format":"other/thing","version":1}`, []string{"format:", "ei ole Tietosuojapakin"}},
		{"future version", strings.Replace(ex, `"version": 2`, `"version": 7`, 1), []string{"version:", "versiota 7"}},
		{"wrong type", strings.Replace(ex, `"personal_identity_code": false`, `"personal_identity_code": "ei"`, 1), []string{"personal_identity_code", "väärää tyyppiä"}},
		{"all at once", strings.NewReplacer(
			`"3312457-9"`, `"3312457-8"`,
			`"tietosuoja@ajanvarauskivi.fi",`+"\n    \"website\"", `"tietosuoja.ajanvarauskivi.fi",`+"\n    \"website\"",
			`"33100"`, `"331000"`,
			`"+358 40 123 4567",`+"\n    \"email\"", `"12",`+"\n    \"email\"",
			`"https://www.ajanvarauskivi.fi"`, `"ajanvarauskivi"`,
			`"2024-03-01"`, `"2024-02-30"`,
			`"processor_ids": ["tilitoimisto", "palvelin", "sahkoposti"]`, `"processor_ids": ["tilitoimisto", "palvelu", "sahkoposti"]`,
			`"name": "Ajanvaraus Kivi Oy"`, `"name": ""`,
		).Replace(ex), []string{
			"organisation.name:", "organisation.business_id:", "organisation.postal_code:", "organisation.phone:",
			"organisation.email:", "organisation.website:", "processors[0].dpa_date:", `registers[0].processor_ids[1]: Käsittelijää "palvelu"`,
		}},
		{"request problems", strings.NewReplacer(`"ref": "2026-002"`, `"ref": "2026-001"`, `"rights": ["access"]`, `"rights": ["everything"]`,
			`"answered_on": "2026-02-16"`, `"answered_on": "2026-01-16"`).Replace(ex),
			[]string{"requests[0].rights[0]", "requests[0].answered_on", "requests[1].ref"}},
		{"breach problems", strings.Replace(ex, `"requests":`, `"breaches": [
			{"ref": "2026-B1", "aware_at": "2026-03-01T10:00:00Z", "description": "x"},
			{"ref": "2026-B02", "aware_at": "2026-03-01T10:00:00Z", "description": "y", "risk": "maybe", "subjects_approx": -3},
			{"ref": "2026-B002", "description": " ", "measures": "`+strings.Repeat("m", 100_001)+`"}], "requests":`, 1),
			[]string{"breaches[0].ref: Loukkauksen viitteen", `breaches[1].risk: `, "breaches[1].subjects_approx", `breaches[2].ref: Loukkauksen viite "2026-B002"`,
				"breaches[2].aware_at: Kirjaa", "breaches[2].description: Kerro", "breaches[2].measures"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, ps := ParseFile(strings.NewReader(c.input))
			if len(ps) == 0 || f != nil {
				t.Fatalf("no problems reported")
			}
			text := ps.Text("fi")
			at := 0
			for _, w := range c.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("%q not found (in order) in:\n%s", w, text)
				}
				at += i
			}
			if en := ps.Text("en"); en == text {
				t.Errorf("English text equals Finnish: %s", en)
			}
		})
	}
}

// A type error names the field by its JSON path, as every other problem.
func TestTypeErrorPath(t *testing.T) {
	ex := testdataFile(t, exampleName)
	_, ps := ParseFile(strings.NewReader(strings.Replace(string(ex), `"dpo": null`, `"dpo": "ei ole"`, 1)))
	if len(ps) != 1 || ps[0].Path != "organisation.dpo" {
		t.Fatalf("got %v", ps)
	}
}

// Every issue code speaks the three languages.
func TestIssueTexts(t *testing.T) {
	for code, tx := range issueTexts {
		for i, s := range tx {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: language %d empty", code, i)
			}
		}
		if tx[0] == tx[1] || tx[0] == tx[2] {
			t.Errorf("%s: not translated", code)
		}
	}
}

func FuzzParseFile(f *testing.F) {
	for _, name := range companies {
		b, _ := os.ReadFile("testdata/" + name)
		f.Add(b)
	}
	f.Add([]byte(`{"format":"tietosuojapakki/answers","version":1}`))
	f.Add([]byte(`{"format":"tietosuojapakki/answers","version":1,"requests":[{"ref":"x"}]}`))
	f.Add([]byte(`[`))
	// Encodings and duplicate keys (encoding.go).
	min := `{"format":"tietosuojapakki/answers","version":1,"organisation":{"name":"Kivi Oy","phone":"(09) 4255 0692"}}`
	f.Add(append([]byte{0xEF, 0xBB, 0xBF}, min...))
	f.Add(utf16Bytes(min, false, true))
	f.Add(utf16Bytes(min, true, true))
	f.Add(latin1(strings.Replace(min, "Kivi", "Kivä", 1)))
	f.Add([]byte(strings.Replace(min, `"version":1`, `"version":1,"version":1`, 1)))
	f.Add([]byte(strings.Replace(min, "Kivi", `Kivi \ud800`, 1)))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, ps := ParseFile(bytes.NewReader(b))
		if (file == nil) == (len(ps) == 0) {
			t.Fatalf("file %v with %d problems", file != nil, len(ps))
		}
		for _, p := range ps {
			for _, l := range []string{"fi", "sv", "en"} {
				if p.Message(l) == "" {
					t.Fatal("empty message")
				}
			}
		}
		if file == nil {
			return
		}
		// A file that passed must write out and read back with no problems.
		var buf bytes.Buffer
		if err := WriteFile(&buf, file); err != nil {
			t.Fatal(err)
		}
		if _, ps := ParseFile(&buf); len(ps) > 0 {
			t.Fatalf("re-read: %v", ps)
		}
	})
}

// Moving to another laptop keeps the issued versions and what the log's
// retention has purged.
func TestRoundTripKeepsVersionsAndPurge(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	id := importTemp(t, st, "answers-example.json")
	if _, _, err := st.IssueDocument(ctx, id, "notice", "*", "hash-1", `{"a":1}`, nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.IssueDocument(ctx, id, "notice", "*", "hash-2", `{"a":2}`, func(string) string { return "organisation" }); err != nil {
		t.Fatal(err)
	}
	st.DB().Exec("UPDATE requests SET purged = 1, requester_name = '' WHERE ref = '2026-001'")
	f1, _ := st.ExportFile(ctx, id)
	var b1 bytes.Buffer
	WriteFile(&b1, f1)
	f2, ps := ParseFile(bytes.NewReader(b1.Bytes()))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	id2, err := st.ImportFile(ctx, f2)
	if err != nil {
		t.Fatal(err)
	}
	f3, _ := st.ExportFile(ctx, id2)
	var b3 bytes.Buffer
	WriteFile(&b3, f3)
	if !bytes.Equal(b1.Bytes(), b3.Bytes()) {
		t.Fatal("export, import, export differ")
	}
	vs, _ := st.DocumentVersions(ctx, id2, "notice", "*")
	if len(vs) != 2 || vs[0].Version != 2 || vs[0].Note != "organisation" || vs[1].Snapshot != `{"a":1}` {
		t.Fatalf("versions after the move: %+v", vs)
	}
	if !f3.Requests[0].Purged || f3.Requests[1].Purged {
		t.Fatalf("purged flags: %v %v", f3.Requests[0].Purged, f3.Requests[1].Purged)
	}
	// A second copy of a version is refused with its place.
	f3.Documents = append(f3.Documents, f3.Documents[0])
	if ps := CheckFile(f3); len(ps) != 1 || ps[0].Path != "documents[2].version" {
		t.Fatalf("duplicate version: %v", ps)
	}
}

func TestProblemsSummaryAgrees(t *testing.T) {
	one := Problems{{Path: "organisation.name", Err: issue("org.name_missing")}}
	two := append(one, Problem{Path: "format", Err: issue("json.trailing")})
	for _, tc := range []struct {
		ps   Problems
		lang string
		want string
	}{
		{one, "fi", "1 virhe:\n"}, {two, "fi", "2 virhettä:\n"},
		{one, "sv", "1 fel:\n"}, {two, "sv", "2 fel:\n"},
		{one, "en", "1 problem:\n"}, {two, "en", "2 problems:\n"},
	} {
		if got := tc.ps.Summary(tc.lang); !strings.HasPrefix(got, tc.want) || !strings.HasSuffix(got, tc.ps.Text(tc.lang)) {
			t.Errorf("Summary(%s) = %q, want it to start %q", tc.lang, got, tc.want)
		}
	}
}
