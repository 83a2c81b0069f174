package valid

import "tietosuojapakki/data/text"

// Required fails when s is empty once the text cleaning rule has been
// applied: only spaces (no-break ones too) or invisible characters count
// as empty. It is the one validator that does not let "" through.
func Required(s string) error {
	if text.Clean(s) == "" {
		return fail(codeRequired)
	}
	return nil
}
