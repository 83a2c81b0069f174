package data

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"tietosuojapakki/data/datatest"
)

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var out []byte
	u := utf16.Encode([]rune(s))
	if bom {
		u = append([]uint16{0xFEFF}, u...)
	}
	for _, c := range u {
		if bigEndian {
			out = binary.BigEndian.AppendUint16(out, c)
		} else {
			out = binary.LittleEndian.AppendUint16(out, c)
		}
	}
	return out
}

// latin1 encodes s in ISO 8859-1 (Windows-1252 for these letters).
func latin1(s string) []byte {
	var out []byte
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

// Files as Windows programs save them: each either reads exactly as the
// plain UTF-8 file, or is refused with the code and place given.
func TestParseFileEncodings(t *testing.T) {
	ex := string(datatest.Example)
	want, ps := ParseFile(strings.NewReader(ex))
	if len(ps) > 0 {
		t.Fatal(ps.Text("en"))
	}
	tests := []struct {
		name string
		in   []byte
		code string
		args []any
	}{
		{"UTF-8", []byte(ex), "", nil},
		{"UTF-8 with BOM (Notepad)", append([]byte{0xEF, 0xBB, 0xBF}, ex...), "", nil},
		{"UTF-16 LE with BOM (PowerShell 5.1 redirection)", utf16Bytes(ex, false, true), "", nil},
		{"UTF-16 BE with BOM", utf16Bytes(ex, true, true), "", nil},
		{"UTF-16 LE with BOM of a UTF-8 BOM", utf16Bytes("\ufeff"+ex, false, true), "", nil},
		{"Windows-1252 / Latin-1", latin1(strings.ReplaceAll(ex, "€", "EUR")), "encoding.not_utf8", []any{7, 17}},
		{"UTF-16 LE without BOM", utf16Bytes(ex, false, false), "encoding.not_utf8", []any{1, 2}},
		{"UTF-16 odd length", append(utf16Bytes(ex, false, true), '\n'), "encoding.utf16_broken", nil},
		{"lone surrogate in a UTF-16 file", append(utf16Bytes(`{"a":"`, false, true), 0x00, 0xD8, '"', 0, '}', 0), "encoding.utf16_broken", []any{7}},
		{"escaped lone surrogate", []byte(strings.Replace(ex, "Ajanvaraus Kivi Oy", `Ajanvaraus Kivi Oy \ud83d`, 1)), "json.lone_surrogate", nil},
		{"escaped low surrogate alone", []byte(strings.Replace(ex, "Ajanvaraus Kivi Oy", `Ajanvaraus Kivi Oy \udc00x`, 1)), "json.lone_surrogate", nil},
		{"escaped pair", []byte(strings.Replace(ex, "Ajanvaraus Kivi Oy", `Ajanvaraus Kivi Oy`, 1)), "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ps := ParseFile(bytes.NewReader(tc.in))
			if tc.code == "" {
				if len(ps) > 0 {
					t.Fatal(ps.Text("en"))
				}
				if !reflect.DeepEqual(f, want) {
					t.Error("reads differently from the UTF-8 file")
				}
				return
			}
			var is *Issue
			if len(ps) != 1 || !errors.As(ps[0].Err, &is) || is.Code != tc.code {
				t.Fatalf("problems %q, want %s", ps.Text("en"), tc.code)
			}
			if tc.args != nil && !reflect.DeepEqual(is.Args[:len(tc.args)], tc.args) {
				t.Errorf("args %v, want %v", is.Args, tc.args)
			}
			for _, lang := range []string{"fi", "sv", "en"} {
				if strings.Contains(ps.Text(lang), "\ufffd") || strings.Contains(ps.Text(lang), "%!") {
					t.Errorf("%s: %q", lang, ps.Text(lang))
				}
			}
		})
	}
}

// The escaped pair above decodes to the real character, never U+FFFD.
func TestEscapedPairDecodes(t *testing.T) {
	in := strings.Replace(string(datatest.Example), "Ajanvaraus Kivi Oy", `Ajanvaraus Kivi Oy \ud83d\ude00`, 1)
	f, ps := ParseFile(strings.NewReader(in))
	if len(ps) > 0 {
		t.Fatal(ps.Text("en"))
	}
	if f.Organisation.Name != "Ajanvaraus Kivi Oy 😀" {
		t.Errorf("name %q", f.Organisation.Name)
	}
}

func TestParseFileDuplicateKeys(t *testing.T) {
	ex := string(datatest.Example)
	tests := []struct {
		name, from, to string
		at             []string
	}{
		{"top level", `"format": "tietosuojapakki/answers",`, `"format": "tietosuojapakki/answers", "format": "tietosuojapakki/answers",`, []string{"format"}},
		{"in the organisation", `"name": "Ajanvaraus Kivi Oy",`, `"name": "Ajanvaraus Kivi Oy", "name": "Toinen Oy",`, []string{"organisation.name"}},
		{"differing in case", `"name": "Ajanvaraus Kivi Oy",`, `"name": "Ajanvaraus Kivi Oy", "Name": "Toinen Oy",`, []string{"organisation.Name"}},
		{"in a list element", `"dpa_date": "2024-03-01"`, `"dpa_date": "2024-03-01", "dpa_date": "2025-03-01"`, []string{"processors[0].dpa_date"}},
		{"two at once", `"format": "tietosuojapakki/answers",`, `"format": "tietosuojapakki/answers", "version": 1, "version": 1,`, []string{"version", "version"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(ex, tc.from) {
				t.Fatalf("the example has no %s", tc.from)
			}
			f, ps := ParseFile(strings.NewReader(strings.Replace(ex, tc.from, tc.to, 1)))
			if f != nil {
				t.Fatal("a file with a duplicate key was accepted")
			}
			var at []string
			for _, p := range ps {
				var is *Issue
				if errors.As(p.Err, &is) && is.Code == "json.duplicate_key" {
					at = append(at, p.Path)
				}
			}
			if !reflect.DeepEqual(at[:min(len(at), len(tc.at))], tc.at) || len(at) < len(tc.at) {
				t.Errorf("duplicates at %q, want %q (%s)", at, tc.at, ps.Text("en"))
			}
		})
	}
}

func FuzzUTF8Text(f *testing.F) {
	f.Add([]byte("{\"a\":\"ä\"}"))
	f.Add([]byte{0xEF, 0xBB, 0xBF, '{', '}'})
	f.Add(utf16Bytes(`{"a":"ä😀"}`, false, true))
	f.Add(utf16Bytes(`{"a":"ä"}`, true, true))
	f.Add(latin1(`{"a":"ä"}`))
	f.Add([]byte{0xFF, 0xFE, 0x00, 0xD8})
	f.Fuzz(func(t *testing.T, b []byte) {
		out, p := utf8Text(b)
		if p != nil {
			if out != nil {
				t.Fatal("text and a problem")
			}
			return
		}
		if !bytes.Equal(out, bytes.ToValidUTF8(out, nil)) || bytes.IndexByte(out, 0) >= 0 {
			t.Fatalf("%q gave %q: not clean UTF-8", b, out)
		}
		if bytes.Contains(out, []byte("\ufffd")) && !bytes.Contains(b, []byte("\ufffd")) &&
			!bytes.Contains(b, []byte{0xFD, 0xFF}) && !bytes.Contains(b, []byte{0xFF, 0xFD}) {
			t.Fatalf("%q gave U+FFFD", b)
		}
	})
}

func TestParseFileTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("256 MB")
	}
	r := io.MultiReader(strings.NewReader(`{"format":"`), io.LimitReader(zeros{}, maxFileSize))
	_, ps := ParseFile(r)
	var is *Issue
	if len(ps) != 1 || !errors.As(ps[0].Err, &is) || is.Code != "file.too_large" {
		t.Fatalf("problems %q", ps.Text("en"))
	}
}

// zeros reads as endless "0" characters.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '0'
	}
	return len(p), nil
}
