// Package audit reads a privacy notice that the program did not write (an
// old tietosuojaseloste or rekisteriseloste as plain text, HTML, PDF, DOCX
// or ODT, in Finnish, Swedish or English) and reports two things:
//
//   - findings: what in the notice is outdated or missing against the GDPR
//     and the Finnish law of today, each with a stable code (see
//     docs/audit.md), a severity, the article and the words that triggered
//     it;
//   - answers: the facts the notice states (controller, contact, registers,
//     purposes, data, sources, recipients, retention, transfers, web tools)
//     in the project's answers format, so that the wizard can start from
//     them. A fact the text does not state plainly stays empty.
//
// Everything is rule-based and offline: the headings and labels of Finnish,
// Swedish and English notices, regular expressions, the validators of
// data/valid and the vocabularies of data/vocab. It imports no Fyne.
package audit
