package data

import (
	"errors"
	"slices"
	"strings"
	"time"

	"tietosuojapakki/data/text"
	"tietosuojapakki/data/valid"
)

// RequestErrors is every problem of one form at once, so the window can
// show each beside its field. It is returned by AddRequest and EditRequest.
type RequestErrors []*RequestError

func (es RequestErrors) Error() string { return es.Message("fi") }

// Message is every problem in lang, one a line.
func (es RequestErrors) Message(lang string) string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Message(lang)
	}
	return strings.Join(lines, "\n")
}

// ErrorsByField maps each field of err (a *RequestError or RequestErrors)
// to its message in lang; other errors go under "".
func ErrorsByField(err error, lang string) map[string]string {
	out := map[string]string{}
	var es RequestErrors
	var e *RequestError
	switch {
	case err == nil:
	case errors.As(err, &es):
		for _, x := range es {
			if _, seen := out[x.Field]; !seen {
				out[x.Field] = x.Message(lang)
			}
		}
	case errors.As(err, &e):
		out[e.Field] = e.Message(lang)
	default:
		out[""] = err.Error()
	}
	return out
}

// parseDay reads a date as the user typed it (2026-01-31 or 31.1.2026).
func parseDay(field, s string) (time.Time, error) {
	if strings.TrimSpace(s) == "" {
		return time.Time{}, reqErr(field, "date_required")
	}
	t, err := valid.ParseDate(s)
	if err != nil {
		var ve *valid.Error
		if errors.As(err, &ve) {
			return time.Time{}, &RequestError{Field: field, Code: "date", Cause: ve}
		}
		return time.Time{}, reqErr(field, "date_required")
	}
	return t, nil
}

// checkReceived parses a received date: not before the GDPR applied, not
// after today.
func checkReceived(s string, today time.Time) (time.Time, error) {
	d, err := parseDay("received", s)
	if err != nil {
		return d, err
	}
	if d.Format(time.DateOnly) < GDPRStart {
		return d, reqErr("received", "received_before_gdpr")
	}
	if d.After(today) {
		return d, reqErr("received", "received_future")
	}
	return d, nil
}

// checkAfterReceipt parses a date that must lie between receipt and today
// (an answer, a verification, the day the requester was told).
func checkAfterReceipt(field, s string, received, today time.Time) (time.Time, error) {
	d, err := parseDay(field, s)
	if err != nil {
		return d, err
	}
	if d.Before(received) {
		return d, reqErr(field, "before_received", FormatDate(received.Format(time.DateOnly)))
	}
	if d.After(today) {
		return d, reqErr(field, "date_future")
	}
	return d, nil
}

// normaliseRights checks the rights and puts them in the regulation's
// order without repeats.
func normaliseRights(rs []Right) ([]Right, error) {
	if len(rs) == 0 {
		return nil, reqErr("rights", "rights_required")
	}
	for _, r := range rs {
		if !slices.Contains(Rights, r) {
			return nil, reqErr("rights", "right_unknown", string(r), joinRights(Rights))
		}
	}
	var out []Right
	for _, r := range Rights {
		if slices.Contains(rs, r) {
			out = append(out, r)
		}
	}
	return out, nil
}

func checkChannel(c string) error {
	if c != "" && !slices.Contains(Channels, c) {
		return reqErr("channel", "channel_unknown", c, strings.Join(Channels, ", "))
	}
	return nil
}

func checkRefusal(reason string) error {
	if reason != "" && !slices.Contains(RefusalReasons, reason) {
		return reqErr("refusal_reason", "refusal_reason_unknown", reason, strings.Join(RefusalReasons, ", "))
	}
	return nil
}

// checkEntry validates the fields a person types into the add/edit form
// and returns the request normalised (ISO dates, trimmed text, ordered
// rights). Every problem is reported, not only the first.
// oneLine is a one-line field of the log (a name, a contact) cleaned by
// the text rule, with every run of spaces, no-break ones included, and of
// line breaks made one plain space. Terminal escape sequences go whole
// (text.ForTerminal), not only their ESC byte, so no "[31m" is left.
func oneLine(s string) string {
	s = text.ForTerminal(strings.ToValidUTF8(s, "")) // invalid bytes go, not become U+FFFD
	return strings.Join(strings.Fields(text.Clean(s)), " ")
}

func checkEntry(in Request, today time.Time) (Request, RequestErrors) {
	var errs RequestErrors
	add := func(err error) {
		var re *RequestError
		if errors.As(err, &re) {
			errs = append(errs, re)
		}
	}
	out := in
	// The same cleaning rule as every answer (package text): a name
	// pasted with no-break spaces is still found by a search for it, and
	// bidi controls or escape codes never reach a terminal or a CSV.
	out.Requester.Name = oneLine(in.Requester.Name)
	out.Requester.Contact = oneLine(in.Requester.Contact)
	out.Register = oneLine(in.Register)
	received, recErr := checkReceived(in.Received, today)
	add(recErr)
	if recErr == nil {
		out.Received = received.Format(time.DateOnly)
	}
	if out.Requester.Name == "" {
		add(reqErr("name", "name_required"))
	}
	rights, err := normaliseRights(in.Rights)
	add(err)
	out.Rights = rights
	add(checkChannel(in.Channel))
	if in.Identity != nil {
		id := Identity{Method: strings.TrimSpace(in.Identity.Method)}
		if strings.TrimSpace(in.Identity.VerifiedOn) != "" && recErr == nil {
			on, err := checkAfterReceipt("verified_on", in.Identity.VerifiedOn, received, today)
			add(err)
			id.VerifiedOn = on.Format(time.DateOnly)
		}
		out.Identity = &id
		if id.Method == "" && id.VerifiedOn == "" {
			out.Identity = nil
		}
	}
	return out, errs
}
