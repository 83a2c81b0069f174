package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// utf8Text returns the bytes of an answers file as UTF-8 without a byte
// order mark, or the problem that stops it being read. Windows programs
// save text in three ways a user cannot see: Notepad's "UTF-8 with BOM"
// (the BOM is skipped), PowerShell 5.1's "export > file.json", which is
// UTF-16 LE with a BOM (UTF-16 LE and BE with a BOM are decoded), and the
// old Windows-1252 or Latin-1 ("ANSI"). The last cannot be told apart from
// other 8-bit encodings, so a file that is not valid UTF-8 is refused with
// the place of the first unreadable byte and how to save the file as
// UTF-8; it is never decoded with U+FFFD in place of ä, ö and å.
//
// UTF-16 is decoded with the standard library's unicode/utf16 after
// checking every surrogate pair, so that a broken file is refused rather
// than decoded with U+FFFD as golang.org/x/text's decoder would.
func utf8Text(b []byte) ([]byte, *Problem) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return fromUTF16(b[2:], false)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return fromUTF16(b[2:], true)
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		// UTF-16 without a byte order mark: every other byte of ASCII is 0.
		line, col := lineCol(b, int64(i))
		return nil, &Problem{Err: issue("encoding.not_utf8", line, col)}
	}
	if off := invalidUTF8(b); off >= 0 {
		line, col := lineCol(b, int64(off))
		return nil, &Problem{Err: issue("encoding.not_utf8", line, col)}
	}
	return b, nil
}

// invalidUTF8 is the offset of the first byte that is not valid UTF-8, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// fromUTF16 decodes UTF-16 (after its BOM) into UTF-8. An odd length or an
// unpaired surrogate is refused, with the place in code units.
func fromUTF16(b []byte, bigEndian bool) ([]byte, *Problem) {
	if len(b)%2 != 0 {
		return nil, &Problem{Err: issue("encoding.utf16_broken", len(b)/2+1)}
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	for i := 0; i < len(u); i++ {
		switch {
		case u[i] >= 0xD800 && u[i] < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] < 0xE000:
			i++ // a pair
		case u[i] >= 0xD800 && u[i] < 0xE000:
			return nil, &Problem{Err: issue("encoding.utf16_broken", i+1)}
		}
	}
	out := []byte(string(utf16.Decode(u)))
	if i := bytes.IndexByte(out, 0); i >= 0 {
		line, col := lineCol(out, int64(i))
		return nil, &Problem{Err: issue("encoding.not_utf8", line, col)}
	}
	// A BOM written twice (a UTF-8 BOM converted to UTF-16) is skipped too.
	return bytes.TrimPrefix(out, []byte{0xEF, 0xBB, 0xBF}), nil
}

// loneSurrogate finds a \uD800–\uDFFF escape that is not half of a pair
// in valid JSON b: encoding/json would turn it into U+FFFD without a word.
func loneSurrogate(b []byte) *Problem {
	hex4 := func(i int) (int, bool) {
		if i+6 > len(b) || b[i] != '\\' || b[i+1] != 'u' {
			return 0, false
		}
		var v int
		_, err := fmt.Sscanf(string(b[i+2:i+6]), "%04x", &v)
		return v, err == nil
	}
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' {
			continue
		}
		v, ok := hex4(i)
		if !ok {
			i++ // \" \\ \n …: skip the escaped character
			continue
		}
		switch {
		case v >= 0xD800 && v < 0xDC00:
			if w, ok := hex4(i + 6); ok && w >= 0xDC00 && w < 0xE000 {
				i += 11
				continue
			}
		case v >= 0xDC00 && v < 0xE000:
		default:
			i += 5
			continue
		}
		line, col := lineCol(b, int64(i))
		return &Problem{Err: issue("json.lone_surrogate", line, col, string(b[i:i+6]))}
	}
	return nil
}

// duplicateKeys finds every key that appears twice in one JSON object of b
// (already known to be valid JSON), with its JSON path. encoding/json would
// silently keep the last one; it matches keys without regard to case, so
// "Name" and "name" are duplicates too.
func duplicateKeys(b []byte) Problems {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var ps Problems
	var walk func(path string) error
	walk = func(path string) error {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'):
			seen := map[string]bool{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return err
				}
				key, _ := kt.(string)
				at := key
				if path != "" {
					at = path + "." + key
				}
				if fold := strings.ToLower(key); seen[fold] {
					ps = append(ps, Problem{Path: at, Err: issue("json.duplicate_key", key)})
				} else {
					seen[fold] = true
				}
				if err := walk(at); err != nil {
					return err
				}
			}
			_, err = dec.Token()
			return err
		case json.Delim('['):
			for i := 0; dec.More(); i++ {
				if err := walk(fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
			_, err = dec.Token()
			return err
		}
		return nil
	}
	if err := walk(""); err != nil {
		return Problems{{Err: err}}
	}
	return ps
}
