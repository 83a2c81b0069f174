// Package wizard is the guided interview of Tietosuojapakki as data: the
// question catalogue, the order of its screens, declarative show-if
// conditions and warnings, answer validation, ready-made register templates
// and the completeness check that says, article by article, what the privacy
// notice and the processor terms still lack.
//
// It imports no UI toolkit. A front end (the Fyne UI, tests, a headless run)
// walks Default().Steps, renders every Question from its fields (Kind,
// Label, Help, Example, Suggestions, Choices, Required, Validate, ShowIf,
// Warning) and reads and writes the answers with Value and Put, which mirror
// what the SQLite store writes with json_set.
//
// # Adding a question
//
// A new question is one entry in the catalogue (the steps_*.go files) and no
// UI code:
//
//	{ID: "org.fax", Path: "organisation.fax", Kind: ShortText,
//	 Label: T("Faksi", "Fax", "Fax"), Help: T(…), Example: T(…),
//	 Validate: "phone"}
//
// Path must name a JSON field of data.Answers (add the field to the model
// first if there is none); inside a repeating record it is relative to the
// record. Give every text in Finnish, Swedish and English. Use Validate with
// a name known to valid.ByName, OptionsFrom with a name known to OptionList,
// and ShowIf/Warning conditions on paths that other questions ask. The tests
// in catalogue_test.go check all of this, so a slip fails the build rather
// than the user. If the answer matters to a document, add a rule to the
// completeness check (check_*.go) that names the question's ID.
//
// # What the check proves
//
// The check does not only look for empty answers. It blocks answers that
// would make a document state something false or contradictory (no cookies
// next to an analytics tool, no transfers next to a US service, a group of
// recipients "certified" under the DPF, profiling denied next to an ad
// pixel, an outdated law or authority copied from an old notice) and
// advises where a lawyer would (a legal basis that does not fit, the
// bookkeeping retention rule, a pixel that makes the site a joint
// controller). Two small pieces of data feed it: services.json, the
// well-known services with their usual location, role and safeguard, and
// the outdated references of vocab.Outdated. A question's Default (a condition) is what
// a yes/no shows while unanswered, and the check assumes the same.
package wizard
