package data

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"tietosuojapakki/data/text"
)

// The breach log in the answers file: ExportFile writes every breach with
// its history, ImportFile writes them back as they were (references and
// history kept), so the log moves with the answers to another laptop.

var breachRefForm = regexp.MustCompile(`^(\d{4})-B(\d{2,})$`)

// breachRefParts splits a reference 2026-B07 into its year and running
// number.
func breachRefParts(ref string) (year, seq int, ok bool) {
	m := breachRefForm.FindStringSubmatch(ref)
	if m == nil {
		return 0, 0, false
	}
	year, err1 := strconv.Atoi(m[1])
	seq, err2 := strconv.Atoi(m[2])
	return year, seq, err1 == nil && err2 == nil && seq > 0
}

// breaches checks the breach log of a file: the reference's form and that
// it is unique, the awareness time, the risk code, the numbers and that
// no text is too long.
func (c *checker) breaches(bs []Breach) {
	type yearSeq struct{ year, seq int }
	refs := map[yearSeq]bool{}
	risks := make([]string, len(Risks))
	for i, r := range Risks {
		risks[i] = string(r)
	}
	for i, b := range bs {
		path := fmt.Sprintf("breaches[%d]", i)
		year, seq, ok := breachRefParts(b.Ref)
		switch {
		case !ok:
			c.add(path+".ref", issue("breach.ref_form"))
		case refs[yearSeq{year, seq}]:
			c.add(path+".ref", issue("breach.duplicate_ref", b.Ref))
		}
		refs[yearSeq{year, seq}] = true
		if b.AwareAt.IsZero() {
			c.add(path+".aware_at", issue("breach.aware_missing"))
		}
		if strings.TrimSpace(b.Description) == "" {
			c.add(path+".description", issue("breach.description_missing"))
		}
		c.code(path+".risk", string(b.Risk), risks)
		for field, s := range map[string]string{"description": b.Description, "data_subjects": b.DataSubjects,
			"consequences": b.Consequences, "measures": b.Measures, "risk_reasons": b.RiskReasons,
			"delay_reasons": b.DelayReasons, "subjects_how": b.SubjectsHow, "subjects_not_reason": b.SubjectsNotReason} {
			if text.TooLong(s) {
				c.add(path+"."+field, issue("text.too_long", text.MaxRunes))
			}
		}
		for field, n := range map[string]int{"subjects_approx": b.SubjectsApprox, "records_approx": b.RecordsApprox} {
			if n < 0 || n > maxApprox {
				c.add(path+"."+field, issue("number.range", 0, maxApprox))
			}
		}
	}
}

// insertBreach writes an imported breach with its history as it is in
// the file; a breach without history gets an "imported" event.
func insertBreach(tx *sql.Tx, org int64, b *Breach, now string) error {
	year, seq, _ := breachRefParts(b.Ref)
	res, err := tx.Exec(`INSERT INTO breaches(org_id, ref, year, seq, aware_at, occurred_at, description, data_subjects,
		subjects_approx, records_approx, consequences, measures, risk, risk_reasons, notified_at, authority_case,
		delay_reasons, subjects_informed_at, subjects_how, subjects_not_reason, controller_told_at, closed_at)
		VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		org, b.Ref, year, seq, instant(b.AwareAt), instant(b.OccurredAt), b.Description, b.DataSubjects,
		b.SubjectsApprox, b.RecordsApprox, b.Consequences, b.Measures, string(b.Risk), b.RiskReasons,
		instant(b.NotifiedAt), b.AuthorityCase, b.DelayReasons, instant(b.SubjectsInformedAt), b.SubjectsHow,
		b.SubjectsNotReason, instant(b.ControllerToldAt), instant(b.ClosedAt))
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	history := b.History
	if len(history) == 0 {
		history = []Event{{At: now, Kind: EventImported}}
	}
	for _, e := range history {
		if err := insertBreachEvent(tx, id, e); err != nil {
			return err
		}
	}
	return nil
}

// breachesForFile lists an organisation's breaches in the order of their
// references, each with its history; nil when there are none.
func (s *Store) breachesForFile(ctx context.Context, org int64) ([]Breach, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT ref FROM breaches WHERE org_id = ? ORDER BY year, seq", org)
	if err != nil {
		return nil, err
	}
	var refs []string
	for rows.Next() {
		var ref string
		if err := rows.Scan(&ref); err != nil {
			rows.Close()
			return nil, err
		}
		refs = append(refs, ref)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []Breach
	for _, ref := range refs {
		b, err := s.Breach(ctx, org, ref)
		if err != nil {
			return nil, err
		}
		out = append(out, *b)
	}
	return out, nil
}
