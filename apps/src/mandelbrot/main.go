// Command mandelbrot renders one tile of the Mandelbrot set to /out/tile.png.
//
// Usage: mandelbrot <tileX> <tileY> [size]
//
// The view re ∈ [-2.25, 0.75), im ∈ [-1.5, 1.5) is cut into a 16×16 grid of
// tiles; tile (0, 0) is the top-left one. A tile is size×size pixels
// (default 128). The iteration uses 64-bit fixed-point arithmetic, so the
// image depends only on the arguments.
package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"strconv"
)

const (
	gridTiles   = 16
	defaultSize = 128
	maxSize     = 4096
	maxIter     = 256

	fracBits = 28 // Q35.28: |z| ≤ 2 before escape, so z² fits easily
	one      = int64(1) << fracBits
)

// The view, in fixed point: 3 units wide and high.
const (
	viewLeft = -9 * one / 4 // -2.25
	viewTop  = 3 * one / 2  //  1.5
	viewSpan = 3 * one
)

func main() {
	if len(os.Args) != 3 && len(os.Args) != 4 {
		fail("usage: mandelbrot <tileX> <tileY> [size]")
	}
	tx, err1 := strconv.Atoi(os.Args[1])
	ty, err2 := strconv.Atoi(os.Args[2])
	size, err3 := defaultSize, error(nil)
	if len(os.Args) == 4 {
		size, err3 = strconv.Atoi(os.Args[3])
	}
	if err1 != nil || err2 != nil || err3 != nil ||
		tx < 0 || tx >= gridTiles || ty < 0 || ty >= gridTiles || size < 1 || size > maxSize {
		fail(fmt.Sprintf("mandelbrot: want 0 <= tileX, tileY < %d and 1 <= size <= %d", gridTiles, maxSize))
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, render(tx, ty, size)); err != nil {
		fail(err.Error())
	}
	if err := os.WriteFile("/out/tile.png", buf.Bytes(), 0o644); err != nil {
		fail(err.Error())
	}
}

// render draws tile (tx, ty) as a paletted image indexed by escape time.
func render(tx, ty, size int) *image.Paletted {
	img := image.NewPaletted(image.Rect(0, 0, size, size), palette())
	pixels := int64(gridTiles * size)
	for py := range size {
		// Pixel centres: (index + ½) · span / pixels.
		im := viewTop - (2*int64(ty*size+py)+1)*viewSpan/(2*pixels)
		for px := range size {
			re := viewLeft + (2*int64(tx*size+px)+1)*viewSpan/(2*pixels)
			img.Pix[py*img.Stride+px] = uint8(escapeTime(re, im))
		}
	}
	return img
}

// escapeTime iterates z ← z² + c from 0 and returns the iteration at which
// |z| > 2, or maxIter-1 if it stays bounded. The loop is unrolled because
// the sandbox checks for termination on every loop iteration.
func escapeTime(cre, cim int64) int {
	var zre, zim int64
	var escaped bool
	i := 0
	for ; i+8 <= maxIter-1; i += 8 {
		if zre, zim, escaped = step(zre, zim, cre, cim); escaped {
			return i
		}
		if zre, zim, escaped = step(zre, zim, cre, cim); escaped {
			return i + 1
		}
		if zre, zim, escaped = step(zre, zim, cre, cim); escaped {
			return i + 2
		}
		if zre, zim, escaped = step(zre, zim, cre, cim); escaped {
			return i + 3
		}
		if zre, zim, escaped = step(zre, zim, cre, cim); escaped {
			return i + 4
		}
		if zre, zim, escaped = step(zre, zim, cre, cim); escaped {
			return i + 5
		}
		if zre, zim, escaped = step(zre, zim, cre, cim); escaped {
			return i + 6
		}
		if zre, zim, escaped = step(zre, zim, cre, cim); escaped {
			return i + 7
		}
	}
	for ; i < maxIter-1; i++ {
		if zre, zim, escaped = step(zre, zim, cre, cim); escaped {
			return i
		}
	}
	return maxIter - 1
}

// step reports whether |z| > 2, and otherwise returns z² + c.
func step(zre, zim, cre, cim int64) (int64, int64, bool) {
	re2 := zre * zre >> fracBits
	im2 := zim * zim >> fracBits
	if re2+im2 > 4*one {
		return zre, zim, true
	}
	return re2 - im2 + cre, 2*zre*zim>>fracBits + cim, false
}

// palette maps escape times to colours; the last entry (bounded) is black.
func palette() color.Palette {
	p := make(color.Palette, maxIter)
	for i := range maxIter - 1 {
		t := uint64(i) * 255 / (maxIter - 2) // 0..255
		p[i] = color.RGBA{
			R: uint8(9 * (255 - t) * t * t * t / (255 * 255 * 255)),
			G: uint8(15 * (255 - t) * (255 - t) * t * t / (255 * 255 * 255)),
			B: uint8(8 * (255 - t) * (255 - t) * (255 - t) * t / (255 * 255 * 255)),
			A: 255,
		}
	}
	p[maxIter-1] = color.RGBA{A: 255}
	return p
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, msg)
	os.Exit(2)
}
