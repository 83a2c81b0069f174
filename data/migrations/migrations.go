// Package migrations holds the numbered SQL migrations of the store,
// embedded so that the binary carries its own schema.
package migrations

import "embed"

// FS holds the files NNNN_name.sql; NNNN is the user_version they lead to.
//
//go:embed *.sql
var FS embed.FS
