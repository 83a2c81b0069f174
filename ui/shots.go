//go:build screenshots

package ui

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"tietosuojapakki/wizard"
)

// Screenshots for the documentation, in a development build only (go build
// -tags screenshots; the product binary has no screenshot mode): with
// TIETOSUOJAPAKKI_SCREENSHOTS set to a folder, the window walks every
// wizard page and the other screens, saves a PNG of each there
// (01-yritys.png …) and quits. scripts/screenshots.sh builds and runs it
// under Xvfb.

// ShotsEnv names the folder the screenshots are written to.
const ShotsEnv = "TIETOSUOJAPAKKI_SCREENSHOTS"

// ShotsSizeEnv, when set (e.g. "1024x600"), is the window's size for the
// walk; ShotsMainEnv set to 1 takes only the main screens: the first
// wizard page, a register's purposes, the summary and the other screens.
const (
	ShotsSizeEnv = "TIETOSUOJAPAKKI_SCREENSHOTS_SIZE"
	ShotsMainEnv = "TIETOSUOJAPAKKI_SCREENSHOTS_MAIN"
)

// shotDelay lets the window finish drawing before each capture.
const shotDelay = 600 * time.Millisecond

// startScreenshots starts the walk when ShotsEnv names a folder.
func startScreenshots(sh *Shell) {
	if dir := os.Getenv(ShotsEnv); dir != "" {
		go takeShots(sh, dir)
	}
}

// takeShots runs off the UI goroutine: every UI step goes through
// fyne.DoAndWait, then it waits for the frame to be drawn and captures it.
func takeShots(sh *Shell, dir string) {
	var w, h float32
	if _, err := fmt.Sscanf(os.Getenv(ShotsSizeEnv), "%fx%f", &w, &h); err == nil {
		fyne.DoAndWait(func() { sh.Win.Resize(fyne.NewSize(w, h)) })
	}
	mainOnly := os.Getenv(ShotsMainEnv) == "1"
	time.Sleep(2 * time.Second) // the window opens and lays out
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fyne.LogError("screenshots", err)
		return
	}
	n := 0
	shoot := func(name string, show func() bool) bool {
		ok := true
		fyne.DoAndWait(func() { ok = show() })
		if !ok {
			return false
		}
		time.Sleep(shotDelay)
		n++
		if err := capture(sh, filepath.Join(dir, fmt.Sprintf("%02d-%s.png", n, name))); err != nil {
			fyne.LogError("screenshot "+name, err)
		}
		return true
	}
	var v *wizardView
	fyne.DoAndWait(func() { v = sh.wizard })
	for i := 0; v != nil && v.a != nil; i++ {
		skip := false
		fyne.DoAndWait(func() { skip = mainOnly && !mainPage(v, i) })
		if skip {
			continue
		}
		if !shoot(shotName(v, i), func() bool {
			if i >= len(v.pages) {
				return false
			}
			sh.Tabs.SelectIndex(0)
			v.goTo(i)
			return true
		}) {
			break
		}
	}
	for i, s := range screens() {
		if i == 0 { // the wizard, taken page by page above
			continue
		}
		shoot(slug(lang.L(s.Title)), func() bool { sh.Tabs.SelectIndex(i); return true })
	}
	fyne.Do(sh.App.Quit)
}

// shotName names a wizard page's picture by its title; a register's pages
// carry the register's number.
func shotName(v *wizardView, i int) string {
	if i >= len(v.pages) {
		return ""
	}
	p := v.pages[i]
	name := slug(p.Step.Title.In(v.lang))
	if p.Record >= 0 {
		name = slug(wizard.T("rekisteri", "register", "register").In(v.lang)) + strconv.Itoa(p.Record+1) + "-" + name
	}
	return name
}

// capture saves the window's content as a PNG. Under Xvfb with software
// OpenGL the front buffer Fyne reads can come back empty; then the screen
// is grabbed with ImageMagick's import instead (the window sits at the top
// left corner when there is no window manager).
func capture(sh *Shell, path string) error {
	var img image.Image
	fyne.DoAndWait(func() { img = sh.Win.Canvas().Capture() })
	if blank(img) {
		if root, err := grabScreen(); err == nil {
			size := img.Bounds().Size()
			if si, ok := root.(interface {
				SubImage(image.Rectangle) image.Image
			}); ok {
				img = si.SubImage(image.Rect(0, 0, size.X, size.Y))
			}
		} else {
			fyne.LogError("grabbing the screen", err)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// blank reports whether every sampled pixel of img is the same.
func blank(img image.Image) bool {
	b := img.Bounds()
	first := img.At(b.Min.X, b.Min.Y)
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			if img.At(x, y) != first {
				return false
			}
		}
	}
	return true
}

// grabScreen takes the whole X screen with ImageMagick's import.
func grabScreen() (image.Image, error) {
	out, err := exec.Command("import", "-window", "root", "png:-").Output()
	if err != nil {
		return nil, err
	}
	return png.Decode(bytes.NewReader(out))
}

// mainPage reports whether page i is one of the main screens' pages.
func mainPage(v *wizardView, i int) bool {
	if i >= len(v.pages) {
		return true // ends the walk
	}
	key := pageKey(v.pages[i])
	return i == 0 || key == "register.purposes@0" || key == "summary"
}
