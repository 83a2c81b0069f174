// Command hello is the start-up and memory floor of `make bench`: Fyne's
// hello-world window (a label and a button), opened at the product's first
// size, 1200×680 (ui.Shell.rememberedSize). scripts/bench.sh detects its
// first frame the way it does the product's: the window named "Hello"
// becoming viewable under Xvfb.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.New()
	w := a.NewWindow("Hello")
	hello := widget.NewLabel("Hello Fyne!")
	w.SetContent(container.NewVBox(
		hello,
		widget.NewButton("Hi!", func() {
			hello.SetText("Welcome :)")
		}),
	))
	w.Resize(fyne.NewSize(1200, 680))
	w.ShowAndRun()
}
