package data

import (
	"context"
	"fmt"
	"slices"
)

// One writer's truth for the request form: the window sends only the
// fields the user changed, and they are applied to the request as stored
// now, inside one immediate transaction. A field another writer (the
// command line) changed meanwhile stays as that writer left it, unless
// the user changed the same field too: then the user's value, the later
// one, is kept, and both changes are in the history.

// Fields of the request form, as UpdateRequest and ChangedFields name them.
const (
	FieldReceived        = "received"
	FieldChannel         = "channel"
	FieldName            = "name"
	FieldContact         = "contact"
	FieldRights          = "rights"
	FieldRegister        = "register"
	FieldIdentityMethod  = "identity_method"
	FieldExtensionReason = "extension_reason"
	FieldAnsweredOn      = "answered_on"
	FieldOutcome         = "outcome"
	FieldRefusalReason   = "refusal_reason"
	FieldRefusalDetails  = "refusal_details"
)

// requestField reads and writes one form field of a Request.
type requestField struct {
	name string
	get  func(r *Request) string
	set  func(dst *Request, src Request)
}

var requestFields = []requestField{
	{FieldReceived, func(r *Request) string { return r.Received }, func(d *Request, s Request) { d.Received = s.Received }},
	{FieldChannel, func(r *Request) string { return r.Channel }, func(d *Request, s Request) { d.Channel = s.Channel }},
	{FieldName, func(r *Request) string { return r.Requester.Name }, func(d *Request, s Request) { d.Requester.Name = s.Requester.Name }},
	{FieldContact, func(r *Request) string { return r.Requester.Contact }, func(d *Request, s Request) { d.Requester.Contact = s.Requester.Contact }},
	{FieldRights, func(r *Request) string { return joinRights(r.Rights) }, func(d *Request, s Request) { d.Rights = slices.Clone(s.Rights) }},
	{FieldRegister, func(r *Request) string { return r.Register }, func(d *Request, s Request) { d.Register = s.Register }},
	{FieldIdentityMethod, func(r *Request) string { return identityMethod(r.Identity) }, setIdentityMethod},
	{FieldExtensionReason, func(r *Request) string { return r.ExtensionReason }, func(d *Request, s Request) { d.ExtensionReason = s.ExtensionReason }},
	{FieldAnsweredOn, func(r *Request) string { return r.AnsweredOn }, func(d *Request, s Request) { d.AnsweredOn = s.AnsweredOn }},
	{FieldOutcome, func(r *Request) string { return r.Outcome }, func(d *Request, s Request) { d.Outcome = s.Outcome }},
	{FieldRefusalReason, func(r *Request) string { return r.RefusalReason }, func(d *Request, s Request) { d.RefusalReason = s.RefusalReason }},
	{FieldRefusalDetails, func(r *Request) string { return r.RefusalDetails }, func(d *Request, s Request) { d.RefusalDetails = s.RefusalDetails }},
}

func identityMethod(id *Identity) string {
	if id == nil {
		return ""
	}
	return id.Method
}

// setIdentityMethod changes the method only, keeping the verification day
// as stored.
func setIdentityMethod(d *Request, s Request) {
	id := Identity{}
	if d.Identity != nil {
		id = *d.Identity
	}
	id.Method = identityMethod(s.Identity)
	d.Identity = &id
}

// ChangedFields lists the form fields whose value differs between loaded
// (what the form showed) and edited (what it sends).
func ChangedFields(loaded, edited Request) []string {
	var out []string
	for _, f := range requestFields {
		if f.get(&loaded) != f.get(&edited) {
			out = append(out, f.name)
		}
	}
	return out
}

// UpdateRequest corrects the named fields of a request (see the Field
// constants) with their values in in, leaving every other field as it is
// stored now. Validation, history and the due date are those of
// EditRequest. No field named changes nothing. An unknown field name is
// an error and nothing is written.
func (s *Store) UpdateRequest(ctx context.Context, org int64, ref string, in Request, changed []string) error {
	for _, name := range changed {
		if !slices.ContainsFunc(requestFields, func(f requestField) bool { return f.name == name }) {
			return fmt.Errorf("unknown request field %q", name)
		}
	}
	if len(changed) == 0 {
		return nil
	}
	return s.change(ctx, org, ref, func(c *changeTx) error {
		merged := c.e.Request
		merged.Rights = slices.Clone(merged.Rights)
		if merged.Identity != nil {
			id := *merged.Identity
			merged.Identity = &id
		}
		for _, f := range requestFields {
			if slices.Contains(changed, f.name) {
				f.set(&merged, in)
			}
		}
		return c.edit(merged)
	})
}

// EditRequestFrom is UpdateRequest of the fields that differ between what
// the form loaded and what it sends: Muokkaa → Tallenna with nothing
// changed writes nothing, and never undoes another writer's change.
func (s *Store) EditRequestFrom(ctx context.Context, org int64, ref string, loaded, edited Request) error {
	return s.UpdateRequest(ctx, org, ref, edited, ChangedFields(loaded, edited))
}
