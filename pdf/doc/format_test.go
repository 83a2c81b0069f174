package doc

import (
	"reflect"
	"testing"
	"time"
)

func TestFormatDate(t *testing.T) {
	d := time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC)
	for lang, want := range map[string]string{"fi": "7.3.2026", "sv": "7.3.2026", "en": "7 March 2026", "": "7.3.2026"} {
		if got := FormatDate(d, lang); got != want {
			t.Errorf("%q: %q, want %q", lang, got, want)
		}
	}
}

func TestCleanAndJoin(t *testing.T) {
	if got := Clean([]string{" a ", "", "  ", "b"}); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("Clean: %q", got)
	}
	if got := Join(", ", "Hämeenkatu 1", " ", "33100 Tampere"); got != "Hämeenkatu 1, 33100 Tampere" {
		t.Errorf("Join: %q", got)
	}
}
