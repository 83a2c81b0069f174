package pdf

import (
	"encoding/binary"
	"errors"
)

// coverage is the set of Basic Multilingual Plane characters a font has a
// glyph for. gofpdf draws a character the font lacks as nothing at all, so
// the renderer replaces such characters with a visible mark instead.
type coverage [0x10000 / 64]uint64

func (c *coverage) has(r rune) bool {
	return r >= 0 && r < 0x10000 && c[r/64]&(1<<(uint(r)%64)) != 0
}

func (c *coverage) add(r int) { c[r/64] |= 1 << (uint(r) % 64) }

// parseCoverage reads the Unicode BMP subtable (format 4) of a TrueType
// font's cmap table.
func parseCoverage(ttf []byte) (*coverage, error) {
	cmap, err := ttfTable(ttf, "cmap")
	if err != nil {
		return nil, err
	}
	sub, err := cmapFormat4(cmap)
	if err != nil {
		return nil, err
	}
	return format4Coverage(sub)
}

var errBadFont = errors.New("pdf: unreadable font cmap")

// ttfTable returns the bytes of the named table from the table directory.
func ttfTable(ttf []byte, tag string) ([]byte, error) {
	if len(ttf) < 12 {
		return nil, errBadFont
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, errBadFont
		}
		if string(ttf[rec:rec+4]) != tag {
			continue
		}
		off := int(binary.BigEndian.Uint32(ttf[rec+8:]))
		length := int(binary.BigEndian.Uint32(ttf[rec+12:]))
		if off < 0 || length < 0 || off+length > len(ttf) {
			return nil, errBadFont
		}
		return ttf[off : off+length], nil
	}
	return nil, errBadFont
}

// cmapFormat4 finds the Windows Unicode BMP (3,1) or a Unicode-platform (0,x)
// subtable in format 4.
func cmapFormat4(cmap []byte) ([]byte, error) {
	if len(cmap) < 4 {
		return nil, errBadFont
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		platform := binary.BigEndian.Uint16(cmap[rec:])
		encoding := binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if !(platform == 3 && encoding == 1) && platform != 0 {
			continue
		}
		if off+4 > len(cmap) || binary.BigEndian.Uint16(cmap[off:]) != 4 {
			continue
		}
		length := int(binary.BigEndian.Uint16(cmap[off+2:]))
		if off+length > len(cmap) {
			return nil, errBadFont
		}
		return cmap[off : off+length], nil
	}
	return nil, errBadFont
}

func format4Coverage(sub []byte) (*coverage, error) {
	if len(sub) < 14 {
		return nil, errBadFont
	}
	u16 := func(at int) int { return int(binary.BigEndian.Uint16(sub[at:])) }
	segs := u16(6) / 2
	ends, starts := 14, 16+2*segs
	deltas, ranges := starts+2*segs, starts+4*segs
	if ranges+2*segs > len(sub) {
		return nil, errBadFont
	}
	cov := new(coverage)
	for s := 0; s < segs; s++ {
		end, start := u16(ends+2*s), u16(starts+2*s)
		delta, rangeOff := u16(deltas+2*s), u16(ranges+2*s)
		for c := start; c <= end && c < 0xFFFF; c++ {
			glyph := (c + delta) & 0xFFFF
			if rangeOff != 0 {
				at := ranges + 2*s + rangeOff + 2*(c-start)
				if at+2 > len(sub) {
					return nil, errBadFont
				}
				glyph = u16(at)
				if glyph != 0 {
					glyph = (glyph + delta) & 0xFFFF
				}
			}
			if glyph != 0 {
				cov.add(c)
			}
		}
	}
	return cov, nil
}
