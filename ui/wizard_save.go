package ui

import (
	"sort"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/wizard"
)

// The wizard's save guarantee. A keystroke only remembers what was typed
// (no encoding of the answers, no write): once typing pauses for
// saveDelay the value is put into the answers and written. A write that
// fails stays in failed, is tried again every retryDelay, and the status
// line says so with the reason until it succeeds. The status line is
// worked out from this state and from the drafts (typed values that are
// not valid and so not written), never from the last write alone.

// saveState is what the wizard has not written yet.
type saveState struct {
	// pending are changes waiting for their debounce, by answer path.
	pending map[string]pendingSave
	// failed are writes the store refused, by answer path; they are tried
	// again.
	failed map[string]failedSave
	// structural is the error of the last structural write (a record
	// added or removed), cleared by the next successful write.
	structural error
	// edited is set at the first change: before it the status line is
	// empty.
	edited bool
	// write writes one answer; tests replace it to make writes fail.
	write func(org int64, path string, v any) error
}

// pendingSave is a change waiting for its debounce. put, when set, puts
// the typed value into the answers first. The organisation is fixed when
// the change is made, so a late save still lands where it belongs.
type pendingSave struct {
	org int64
	put func() error
}

// failedSave is a value whose write failed.
type failedSave struct {
	org   int64
	value any
	err   error
}

func newSaveState() saveState {
	return saveState{pending: map[string]pendingSave{}, failed: map[string]failedSave{}}
}

// save schedules the answer at path (already in the answers) to be
// written once changes pause.
func (w *wizardView) save(path string) {
	w.schedule(path, nil)
}

// schedule remembers a change to path; put, when set, puts the value into
// the answers when it is written.
func (w *wizardView) schedule(path string, put func() error) {
	w.edited = true
	_, had := w.pending[path]
	w.pending[path] = pendingSave{org: w.org, put: put}
	w.saves.After(path, func() { w.flushPath(path) })
	if !had {
		w.updateStatus()
	}
}

// applyTyped puts every typed value that waits for its debounce into the
// answers (they stay pending for the write), so that a page drawn now
// shows them.
func (w *wizardView) applyTyped() {
	for path, ps := range w.pending {
		if ps.put == nil {
			continue
		}
		if err := ps.put(); err != nil {
			delete(w.pending, path)
			w.saves.Cancel(path)
			continue
		}
		ps.put = nil
		w.pending[path] = ps
	}
}

// unschedule forgets a change to path that is not to be written (the
// value became invalid).
func (w *wizardView) unschedule(path string) {
	w.saves.Cancel(path)
	delete(w.pending, path)
}

// flushPath writes the change to path now, and redraws the page when the
// change shows or hides a question.
func (w *wizardView) flushPath(path string) {
	if w.writePath(path) {
		w.afterChange()
	}
	w.updateStatus()
}

// writePath puts and writes the pending change of path; it reports
// whether there was one.
func (w *wizardView) writePath(path string) bool {
	ps, ok := w.pending[path]
	delete(w.pending, path)
	w.saves.Cancel(path)
	if !ok {
		return false
	}
	if ps.put != nil {
		if err := ps.put(); err != nil {
			if f := w.fields[path]; f != nil {
				f.msg.Set(err.Error())
			}
			return true
		}
	}
	w.writeValue(path, ps.org, wizard.Get(w.a, path))
	if path == "organisation.name" {
		refreshOrgBar(w.sh) // the switcher shows the name
	}
	return true
}

// writeValue writes one value; a failure is kept and tried again.
func (w *wizardView) writeValue(path string, org int64, v any) {
	if err := w.write(org, path, v); err != nil {
		w.failed[path] = failedSave{org: org, value: v, err: err}
		w.saves.After("retry:"+path, func() { w.retry(path) })
		return
	}
	delete(w.failed, path)
	w.saves.Cancel("retry:" + path)
	w.structural = nil
}

// retry writes a failed value again, unless a newer change is waiting.
func (w *wizardView) retry(path string) {
	f, ok := w.failed[path]
	if !ok {
		return
	}
	if _, newer := w.pending[path]; !newer {
		w.writeValue(path, f.org, f.value)
	}
	w.updateStatus()
}

// flush writes every pending change now (page change, focus loss,
// structural changes, switching organisation, closing) and tries the
// failed ones again.
func (w *wizardView) flush() {
	paths := make([]string, 0, len(w.pending))
	for p := range w.pending {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	changed := false
	for _, p := range paths {
		changed = w.writePath(p) || changed
	}
	for p, f := range w.failed {
		w.writeValue(p, f.org, f.value)
	}
	if changed && w.a != nil && len(w.pages) > 0 {
		w.afterChange()
	}
	w.updateStatus()
}

// report shows the result of a structural write (a record added, removed
// or renamed) in the status line.
func (w *wizardView) report(err error) {
	w.edited = true
	w.structural = err
	w.updateStatus()
}

// unsaved says in words what is not written, or "" when everything is.
func (w *wizardView) unsaved() (text string, level widget.Importance) {
	if len(w.failed) > 0 {
		paths := make([]string, 0, len(w.failed))
		for p := range w.failed {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		return lang.L("wizard.not_saved", map[string]any{"N": len(paths), "Err": w.failed[paths[0]].err.Error()}), widget.DangerImportance
	}
	if w.structural != nil {
		return lang.L("wizard.save_failed", map[string]any{"Err": w.structural.Error()}), widget.DangerImportance
	}
	if len(w.drafts) > 0 {
		return lang.L("wizard.invalid_unsaved", map[string]any{"N": len(w.drafts)}), widget.WarningImportance
	}
	return "", widget.LowImportance
}

// updateStatus derives the status line from what is not yet written.
func (w *wizardView) updateStatus() {
	if w.status == nil {
		return
	}
	text, level := w.unsaved()
	switch {
	case text != "":
	case len(w.pending) > 0:
		text = lang.L("wizard.saving")
	case w.edited:
		text = lang.L("wizard.saved")
	}
	if w.status.Text == text && w.status.Importance == level {
		return
	}
	w.status.Importance = level
	w.status.SetText(text)
}
