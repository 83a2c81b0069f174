// Package floors holds the floors of `make bench`: the smallest programs
// that do what the product does with the same libraries, so that each of
// the product's figures can be read beside what the libraries alone cost.
//
//   - hello: Fyne's hello-world window, same Fyne version, same first size
//     (1200×680) as the product's window; scripts/bench.sh times it to its
//     window being mapped and reads its idle memory, as for the product.
//   - pdf: a bare gofpdf program that registers the product's three
//     embedded DejaVu Sans fonts and draws a document of the example
//     notice's size with them (8 pages, about 1,600 words), to a file;
//     the floor of the `notice` command.
//
// They have no tests on purpose: they are measured, not checked, and must
// not slow `go test ./...`.
package floors
