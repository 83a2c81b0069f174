package audit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"tietosuojapakki/data/vocab"
)

// MaxFileSize bounds what Extract reads, in bytes. A privacy notice is a few
// pages; 32 MiB leaves room for a PDF with pictures.
const MaxFileSize = 32 << 20

// maxTextSize bounds the text taken out of a file (runes of a notice are a
// few tens of kilobytes; a zip or PDF stream that unpacks to more is not a
// notice).
const maxTextSize = 4 << 20

// Kind is a file type Extract reads.
type Kind string

// The file types Extract reads.
const (
	KindText Kind = "text"
	KindHTML Kind = "html"
	KindPDF  Kind = "pdf"
	KindDOCX Kind = "docx"
	KindODT  Kind = "odt"
)

// ErrUnknownKind is returned for a file that is none of the kinds above
// (for example a scanned PDF with no text, a .doc of Word 97, or an image).
var ErrUnknownKind = errors.New("audit: unknown file type")

// ErrNoText is returned when a file holds no readable text, such as a PDF
// that is only scanned pictures.
var ErrNoText = errors.New("audit: the file has no text to read")

// ErrTooLarge is returned for a file over MaxFileSize or whose text unpacks
// to more than a notice can hold.
var ErrTooLarge = errors.New("audit: the file is too large to be a privacy notice")

// FolderError is returned by ExtractFile for a path that is a folder.
type FolderError struct {
	Path string
}

func (e *FolderError) Error() string { return "audit: " + e.Path + " is a folder, not a file" }

// Text says in lang ("fi", "sv", "en") that a notice is a file, not a
// folder (jobs.ErrorText shows it so).
func (e *FolderError) Text(lang string) string {
	return fmt.Sprintf(vocab.Text{
		FI: "%s on kansio, ei tiedosto. Anna vanhan tietosuojaselosteen tiedosto (teksti, HTML, PDF, DOCX tai ODT).",
		SV: "%s är en mapp, inte en fil. Ange filen med den gamla dataskyddsbeskrivningen (text, HTML, PDF, DOCX eller ODT).",
		EN: "%s is a folder, not a file. Give the file of the old privacy notice (text, HTML, PDF, DOCX or ODT).",
	}.In(lang), e.Path)
}

// ExtractFile reads the file at path and returns its text with one line per
// paragraph, heading or table cell. A folder gives a *FolderError.
func ExtractFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return "", &FolderError{Path: path}
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return "", err
	}
	return Extract(filepath.Base(path), b)
}

// Extract returns the text of b, a file named name. The type comes from the
// content where it can (a PDF or zip signature), else from the name's
// extension; a file with neither is read as text when it is valid text.
func Extract(name string, b []byte) (string, error) {
	if len(b) > MaxFileSize {
		return "", ErrTooLarge
	}
	kind := Detect(name, b)
	var text string
	var err error
	switch kind {
	case KindPDF:
		text, err = extractPDF(b)
	case KindDOCX:
		text, err = extractDOCX(b)
	case KindODT:
		text, err = extractODT(b)
	case KindHTML:
		text, err = extractHTML(b)
	case KindText:
		text = decodeText(b)
	default:
		return "", ErrUnknownKind
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w", kind, err)
	}
	text = tidy(text)
	if strings.TrimSpace(text) == "" {
		return "", ErrNoText
	}
	return text, nil
}

// Detect tells the kind of a file from its first bytes and its name.
func Detect(name string, b []byte) Kind {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(b, []byte("%PDF-")):
		return KindPDF
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		if ext == ".odt" || bytes.Contains(b[:min(len(b), 200)], []byte("application/vnd.oasis.opendocument.text")) {
			return KindODT
		}
		return KindDOCX
	}
	if utf16BOM(b) {
		return KindText // Notepad's "Unicode"
	}
	switch ext {
	case ".pdf", ".docx", ".odt", ".doc", ".rtf", ".png", ".jpg", ".jpeg":
		return "" // the signature above did not match: not a file we read
	case ".html", ".htm", ".xhtml":
		return KindHTML
	}
	head := strings.ToLower(string(b[:min(len(b), 1024)]))
	if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") || strings.Contains(head, "<body") {
		return KindHTML
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "" // binary
	}
	return KindText
}

// decodeText reads UTF-8 (with or without a byte order mark) and, when the
// bytes are not valid UTF-8, Windows-1252: old notices saved by Notepad
// are often in that code page.
func decodeText(b []byte) string {
	if utf16BOM(b) {
		return decodeUTF16(b)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for _, c := range b {
		if c >= 0x80 && c < 0xa0 {
			sb.WriteRune(cp1252[c-0x80])
			continue
		}
		sb.WriteRune(rune(c)) // Latin-1 is Unicode's first 256 code points
	}
	return sb.String()
}

// utf16BOM reports whether b starts with a UTF-16 byte order mark, as
// text saved as "Unicode" by Windows Notepad does.
func utf16BOM(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff)
}

// decodeUTF16 reads UTF-16 text after its byte order mark.
func decodeUTF16(b []byte) string {
	big := b[0] == 0xfe
	u := make([]uint16, 0, len(b)/2)
	for i := 2; i+1 < len(b); i += 2 {
		if big {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return string(utf16.Decode(u))
}

// cp1252 maps the bytes 0x80–0x9f of Windows-1252 to Unicode.
var cp1252 = [32]rune{
	'€', '\ufffd', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\ufffd', 'Ž', '\ufffd',
	'\ufffd', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\ufffd', 'ž', 'Ÿ',
}

// tidy normalises line ends and spaces: one line per paragraph, no runs of
// blank lines, non-breaking and other odd spaces as plain spaces.
func tidy(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = ligatures.Replace(s)
	var out strings.Builder
	out.Grow(len(s))
	blank := 0
	for _, line := range strings.Split(s, "\n") {
		line = tidyLine(line)
		if line == "" {
			blank++
			continue
		}
		if out.Len() > 0 {
			if blank > 0 {
				out.WriteString("\n\n")
			} else {
				out.WriteByte('\n')
			}
		}
		blank = 0
		out.WriteString(line)
	}
	return out.String()
}

// tidyLine normalises the spaces of one line. A tab stays, one between
// two cells, as the mark of a table's cell (HTML, DOCX and ODT cells end
// with one; text pasted from a table has them): the facts of a row are
// read cell by cell.
func tidyLine(line string) string {
	var cells []string
	for _, c := range strings.Split(line, "\t") {
		// "; " marks the items of a list in an HTML cell: none before
		// the first or after the last.
		c = strings.Join(strings.FieldsFunc(c, isSpace), " ")
		for strings.HasPrefix(c, ";") || strings.HasSuffix(c, ";") {
			c = strings.TrimSpace(strings.Trim(c, ";"))
		}
		if c != "" {
			cells = append(cells, c)
		}
	}
	return strings.Join(cells, "\t")
}

// ligatures are the typographic ligatures PDFs draw ("ﬁ" in "info@…ﬁ"),
// written out so that words and addresses read as typed.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "\u00ad", "")

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u2002', '\u2003', '\u2009', '\u200b', '\u202f', '\ufeff', '\f', '\v':
		return true
	}
	return false
}

// limitedBuilder collects text up to maxTextSize bytes.
type limitedBuilder struct {
	strings.Builder
	over bool
}

func (l *limitedBuilder) add(s string) {
	if l.over || l.Len()+len(s) > maxTextSize {
		l.over = true
		return
	}
	l.WriteString(s)
}
