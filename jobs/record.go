package jobs

// The record of processing activities (seloste käsittelytoimista, GDPR
// art. 30) as a versioned document: the controller's record (30(1)) and,
// for a business that processes for its customers, the processor's record
// (30(2)). Both faces make it here, so the record made in the window and
// on the command line is the same, with the same version.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/record"
	"tietosuojapakki/wizard"
)

// The record's document kinds, as their versions are kept.
const (
	Record          Kind = "record"           // the controller's record, art. 30(1)
	RecordProcessor Kind = "record_processor" // the processor's record, art. 30(2)
)

// RecordOptions choose the record to make.
type RecordOptions struct {
	Processor bool       // the processor's record (art. 30(2)) instead of the controller's (30(1))
	Lang      vocab.Lang // "" is the organisation's main document language
	// Draft makes the record even while the answers have gaps: marked
	// LUONNOS, the gaps shown as "not recorded", no version issued.
	Draft bool
	// Preview shows the record as it would be issued now, with the
	// version it would get, without recording anything.
	Preview bool
}

// RecordKind is the document kind of the record o chooses.
func (o RecordOptions) RecordKind() Kind {
	if o.Processor {
		return RecordProcessor
	}
	return Record
}

// RecordFindings are the findings that concern the record in lang: the
// controller's record stands on the notice's answers (registers,
// purposes, recipients, transfers, retention, security), the processor's
// on the processor terms'. A Missing finding is a gap.
func RecordFindings(a *data.Answers, processor bool, lang vocab.Lang) []wizard.Finding {
	if processor {
		return Findings(a, Terms, 0, lang)
	}
	return Findings(a, Notice, 0, lang)
}

// MakeRecord composes the record of processing activities of org. Unless
// it is a draft or a preview, the record must have no gaps (else an
// *IncompleteError, nothing recorded) and it is issued: a new version when
// the answers behind it changed since the last one (data.IssueDocument),
// the same version otherwise.
func MakeRecord(ctx context.Context, st *data.Store, org int64, o RecordOptions) (*doc.Document, error) {
	a, err := st.Answers(ctx, org)
	if err != nil {
		return nil, err
	}
	if o.Lang == "" {
		o.Lang = DocumentLang(a)
	}
	if !o.Draft && !o.Preview {
		if missing := Missing(RecordFindings(a, o.Processor, o.Lang)); len(missing) > 0 {
			return nil, &IncompleteError{Findings: missing}
		}
	}
	opt := record.Options{Lang: string(o.Lang), Processor: o.Processor, Draft: o.Draft, Date: st.Now()}
	if !o.Draft {
		v, err := recordVersion(ctx, st, org, a, o)
		if err != nil {
			return nil, err
		}
		opt.Version, opt.Date = v.Version, day(v.IssuedOn)
	}
	loc, _ := data.Localize(a, string(o.Lang))
	return record.Compose(loc, opt), nil
}

// recordVersion issues (or, for a preview, looks up) the record's version.
func recordVersion(ctx context.Context, st *data.Store, org int64, a *data.Answers, o RecordOptions) (data.DocumentVersion, error) {
	snap := recordSnapshot(a, o.Processor)
	sum := sha256.Sum256(snap)
	hash := hex.EncodeToString(sum[:])
	kind := string(o.RecordKind())
	noteFor := func(prev string) string { return changedParts(prev, string(snap)) }
	if o.Preview {
		all, err := st.DocumentVersions(ctx, org, kind, "*")
		if err != nil {
			return data.DocumentVersion{}, err
		}
		return wouldIssue(all, hash, st.Now(), noteFor), nil
	}
	v, _, err := st.IssueDocument(ctx, org, kind, "*", hash, string(snap), noteFor)
	return v, err
}

// recordSnapshot is the part of the answers the record stands on, by name
// (see parts), so that a later version can say what changed.
func recordSnapshot(a *data.Answers, processor bool) []byte {
	p := parts{}
	put := func(key string, v any) {
		b, _ := json.Marshal(v)
		p[key] = b
	}
	put("organisation", a.Organisation)
	if len(a.Translations) > 0 {
		put("translations", a.Translations)
	}
	if processor {
		put("processor_terms", a.ProcessorTerms)
	} else {
		put("registers", a.Registers)
		put("processors", a.Processors)
	}
	b, _ := json.Marshal(p)
	return b
}

// ErrProcessorCSV is returned by WriteRecordCSV for the processor's
// record: its table is the controller's record's (one row per register).
var ErrProcessorCSV error = processorCSVError{}

type processorCSVError struct{}

func (processorCSVError) Error() string { return processorCSVText.EN }

// Text words the error in lang.
func (processorCSVError) Text(lang string) string { return processorCSVText.In(lang) }

var processorCSVText = vocab.Text{
	FI: "Taulukko (CSV) tehdään vain rekisterinpitäjän selosteesta, yksi rivi rekisteriä kohden. Käsittelijän seloste on PDF tai HTML.",
	SV: "Tabellen (CSV) görs bara av den personuppgiftsansvariges register, en rad per register. Biträdets register är PDF eller HTML.",
	EN: "The table (CSV) is made of the controller's record only, one row per register. The processor's record is PDF or HTML.",
}

// WriteRecordCSV writes the controller's record chosen by o (Lang, Draft;
// Processor is refused with ErrProcessorCSV) as a table for a spreadsheet,
// one row per processing activity (register), with the request log's
// Excel-safe cell rules (data.WriteTableCSV). Unless o.Draft, a record with
// gaps is refused with an *IncompleteError before anything is written, as
// MakeRecord refuses it. The table issues no version: it is a view of the
// record.
func WriteRecordCSV(ctx context.Context, st *data.Store, org int64, o RecordOptions, w io.Writer) error {
	if o.Processor {
		return ErrProcessorCSV
	}
	a, err := st.Answers(ctx, org)
	if err != nil {
		return err
	}
	lang := o.Lang
	if lang == "" {
		lang = DocumentLang(a)
	}
	if !o.Draft {
		if missing := Missing(RecordFindings(a, false, lang)); len(missing) > 0 {
			return &IncompleteError{Findings: missing}
		}
	}
	loc, _ := data.Localize(a, string(lang))
	header, rows := record.Rows(loc, string(lang))
	return data.WriteTableCSV(w, header, rows)
}
