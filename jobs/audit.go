package jobs

// Auditing an old privacy notice and starting an organisation from it: the
// command line (audit, import-notice) and the window ("Tuo vanha
// seloste…") both run these, so a notice read either way gives the same
// findings and the same new organisation. The audit's findings are kept
// with the organisation until its new notice is issued (Make forgets them
// then), so the wizard can show what the old notice got wrong.

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"tietosuojapakki/audit"
	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// AuditReport is the result of an audit: the findings and the answers the
// notice states (package audit).
type AuditReport = audit.Report

// AuditFinding is one fault found in an old notice.
type AuditFinding = audit.Finding

// The severities of an audit finding.
const (
	AuditBlock  = audit.Block  // the notice is wrong or non-compliant
	AuditAdvice = audit.Advice // it works but would be better changed
)

// MaxNoticeSize bounds what is read of a notice file, in bytes.
const MaxNoticeSize = audit.MaxFileSize

// IsFolderError reports whether err says that the notice's path is a
// folder: a wrong command line rather than a notice that cannot be read.
func IsFolderError(err error) bool {
	var folder *audit.FolderError
	return errors.As(err, &folder)
}

// AuditFile reads the notice at path (text, HTML, PDF with text, DOCX,
// ODT) and audits it, with messages in lang ("fi", "sv", "en"). It returns
// the text read, for showing the quotes in it. The errors are those of
// audit.ExtractFile (NoticeErrorText words them) and of reading the file.
func AuditFile(path, lang string) (string, *AuditReport, error) {
	text, err := audit.ExtractFile(path)
	if err != nil {
		return "", nil, err
	}
	return text, audit.Audit(text, lang), nil
}

// AuditText audits a notice given as the bytes b of a file called name
// (its kind is told by the name and the bytes; a pasted text is plain
// text), like AuditFile.
func AuditText(name string, b []byte, lang string) (string, *AuditReport, error) {
	text, err := audit.Extract(name, b)
	if err != nil {
		return "", nil, err
	}
	return text, audit.Audit(text, lang), nil
}

// AuditReader audits a notice read from r (standard input), at most
// MaxNoticeSize bytes, like AuditText.
func AuditReader(name string, r io.Reader, lang string) (string, *AuditReport, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxNoticeSize+1))
	if err != nil {
		return "", nil, err
	}
	return AuditText(name, b, lang)
}

// QuoteSpan finds the finding's quote in the text it was read from: the
// byte range [start, end), ok false for a finding without a quote.
func QuoteSpan(text string, f AuditFinding) (start, end int, ok bool) {
	return audit.QuoteSpan(text, f)
}

// EnsureName gives the answers a stand-in name made of the source (a file
// name) when the notice stated none, so the new organisation can be told
// apart; it reports whether it did.
func EnsureName(f *data.File, source, lang string) bool { return audit.EnsureName(f, source, lang) }

// ImportNotice adds the answers read from an old notice as a NEW
// organisation (it never changes one that exists) and keeps the audit's
// findings with it until its new notice is issued. It returns the new
// organisation's id. Errors: the answers fail data.CheckFile (a
// data.Problems), or the store cannot be written.
func ImportNotice(ctx context.Context, st *data.Store, file *data.File, findings []AuditFinding) (int64, error) {
	if ps := data.CheckFile(file); len(ps) > 0 {
		return 0, ps
	}
	dropFaultyBases(file, findings)
	id, err := st.ImportFile(ctx, file)
	if err != nil {
		return 0, err
	}
	// An id may come back after an organisation was deleted: the key is
	// written (or emptied) for every import, so no old findings linger.
	return id, keepAuditFindings(st, id, findings)
}

// dropFaultyBases leaves empty the legal basis of a purpose whose sentence
// the audit found citing consent for what a contract needs
// (consent_for_contract): the old notice's error is not carried into the
// new one, and the wizard asks the basis again.
func dropFaultyBases(file *data.File, findings []AuditFinding) {
	for _, f := range findings {
		if f.Code != "consent_for_contract" {
			continue
		}
		quote := strings.Join(strings.Fields(strings.TrimSuffix(f.Quote, "…")), " ")
		for i := range file.Registers {
			for j := range file.Registers[i].Purposes {
				p := &file.Registers[i].Purposes[j]
				d := strings.Join(strings.Fields(p.Description), " ")
				if p.LegalBasis == data.BasisConsent && d != "" && (strings.Contains(quote, d) || strings.Contains(d, quote)) {
					p.LegalBasis = ""
				}
			}
		}
	}
}

// auditSetting is the key of the settings row that keeps the audit
// findings of the organisation org, as JSON.
func auditSetting(org int64) string { return "audit." + strconv.FormatInt(org, 10) }

func keepAuditFindings(st *data.Store, org int64, fs []AuditFinding) error {
	if len(fs) == 0 {
		return st.SetSetting(auditSetting(org), "")
	}
	b, err := json.Marshal(fs)
	if err != nil {
		return err
	}
	return st.SetSetting(auditSetting(org), string(b))
}

// AuditFindings are the findings of the old notice the organisation org
// was made from, while its new notice is not issued; none otherwise (also
// when the stored value cannot be read: the findings are a reminder, not
// the organisation's data).
func AuditFindings(st *data.Store, org int64) []AuditFinding {
	s := st.Setting(auditSetting(org), "")
	if s == "" {
		return nil
	}
	var fs []AuditFinding
	if json.Unmarshal([]byte(s), &fs) != nil {
		return nil
	}
	return fs
}

// forgetAudit drops the old notice's findings once a final notice of the
// organisation is issued: the new notice replaces the old one. Drafts and
// previews keep them. A failure to write is not the document's failure
// (it is issued already): the reminder then stays until the next issue.
func forgetAudit(st *data.Store, org int64, r Request) {
	if r.Kind != Notice || r.Draft || r.Preview || st.Setting(auditSetting(org), "") == "" {
		return
	}
	_ = st.SetSetting(auditSetting(org), "")
}

// ForgetAudit drops the findings kept for the organisation org; call it
// when the organisation is deleted, since its id may be given to the next
// one made. A failure to write leaves them (ImportNotice overwrites them).
func ForgetAudit(st *data.Store, org int64) { _ = keepAuditFindings(st, org, nil) }

// NoticeErrorText words, in lang, why a notice could not be read; other
// errors as ErrorText words them.
func NoticeErrorText(err error, lang string) string {
	switch {
	case errors.Is(err, audit.ErrUnknownKind):
		return vocab.Text{
			FI: "Tiedostoa ei voi lukea: tuetut muodot ovat teksti, HTML, PDF (jossa on tekstiä), DOCX ja ODT.",
			SV: "Filen kan inte läsas: text, HTML, PDF (med text), DOCX och ODT stöds.",
			EN: "The file cannot be read: plain text, HTML, PDF (with text), DOCX and ODT are supported.",
		}.In(lang)
	case errors.Is(err, audit.ErrNoText):
		return vocab.Text{
			FI: "Tiedostossa ei ole luettavaa tekstiä. Jos se on skannattu kuva, kopioi teksti ja liitä se tekstinä.",
			SV: "Filen innehåller ingen läsbar text. Om den är en skannad bild, kopiera texten och klistra in den som text.",
			EN: "The file has no readable text. If it is a scanned image, copy the text and paste it as text.",
		}.In(lang)
	case errors.Is(err, audit.ErrTooLarge):
		return vocab.Text{
			FI: "Tiedosto on liian suuri ollakseen tietosuojaseloste.",
			SV: "Filen är för stor för att vara en dataskyddsbeskrivning.",
			EN: "The file is too large to be a privacy notice.",
		}.In(lang)
	}
	return ErrorText(err, lang)
}
