package valid

import "strings"

// Required fails when s is empty or only white space. It is the one
// validator that does not let "" through.
func Required(s string) error {
	if strings.TrimSpace(s) == "" {
		return fail(codeRequired)
	}
	return nil
}
