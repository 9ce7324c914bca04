package trace

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mode selects what a reader does with a malformed line.
type Mode int

const (
	// Strict fails on the first malformed line with a *ParseError.
	Strict Mode = iota
	// Lenient skips malformed lines, counts them and keeps the first
	// MaxErrors of them.
	Lenient
)

func (m Mode) String() string {
	switch m {
	case Strict:
		return "strict"
	case Lenient:
		return "lenient"
	}
	return "Mode(" + strconv.Itoa(int(m)) + ")"
}

// Unknown is the value the archives, and this package, use for a field whose
// value is not known.
const Unknown = -1

// Known reports whether v holds a value, i.e. is not Unknown (-1).
func Known[T ~int | ~int64 | ~float64](v T) bool { return v != Unknown }

// MaxErrors is how many line errors a Lenient read keeps.
const MaxErrors = 10

// maxLineLen bounds one line; a longer line is malformed.
const maxLineLen = 1 << 20

// ParseError is a malformed line: Name is the source name given to the
// reader (the path for the *File functions), Line is 1-based.
type ParseError struct {
	Name string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }

// Unwrap returns the reason.
func (e *ParseError) Unwrap() error { return e.Err }

// decompress returns a buffered reader over r, gunzipping it when it starts
// with the gzip magic bytes.
func decompress(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, err := br.Peek(2)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		return bufio.NewReaderSize(zr, 64<<10), nil
	}
	return br, nil
}

// lineReader yields lines without their line ends, numbering them.
type lineReader struct {
	br  *bufio.Reader
	buf []byte
	n   int // number of the line last returned
}

// next returns the next line. long reports a line over maxLineLen, whose
// text is then truncated. At the end of input it returns io.EOF.
func (lr *lineReader) next() (line []byte, long bool, err error) {
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.br.ReadSlice('\n')
		if len(lr.buf)+len(chunk) <= maxLineLen {
			lr.buf = append(lr.buf, chunk...)
		} else {
			long = true
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(lr.buf) == 0 && !long {
				return nil, false, io.EOF
			}
		case err != nil:
			return nil, false, err
		}
		lr.n++
		line = bytes.TrimRight(lr.buf, "\r\n")
		if lr.n == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		return line, long, nil
	}
}

// rowFunc parses one data row. text is the line, fields its
// whitespace-separated fields. A non-nil error marks the line malformed.
type rowFunc func(text string, fields []string) error

// readRows runs row over every data row of r. It handles compression,
// comments, blank lines, header rows and the Strict/Lenient policy.
func readRows(r io.Reader, name string, mode Mode, row rowFunc) (skipped int, errs []error, err error) {
	if mode != Strict && mode != Lenient {
		return 0, nil, fmt.Errorf("trace: invalid mode %d", int(mode))
	}
	if r == nil {
		return 0, nil, fmt.Errorf("%s: nil reader", name)
	}
	br, err := decompress(r)
	if err != nil {
		return 0, nil, fmt.Errorf("%s: %w", name, err)
	}
	lr := &lineReader{br: br}
	sawData := false
	for {
		line, long, err := lr.next()
		if errors.Is(err, io.EOF) {
			return skipped, errs, nil
		}
		if err != nil {
			return skipped, errs, fmt.Errorf("%s: line %d: %w", name, lr.n+1, err)
		}
		var why error
		if long {
			why = fmt.Errorf("line longer than %d bytes", maxLineLen)
		} else {
			text := string(line)
			trimmed := strings.TrimLeft(text, " \t\v\f")
			if trimmed == "" || trimmed[0] == ';' || trimmed[0] == '#' {
				continue
			}
			if !utf8.ValidString(text) {
				why = errors.New("invalid UTF-8")
			} else {
				fields := strings.Fields(text)
				if !sawData && isHeaderRow(fields) {
					continue
				}
				sawData = true
				why = row(text, fields)
			}
		}
		if why == nil {
			continue
		}
		pe := &ParseError{Name: name, Line: lr.n, Err: why}
		if mode == Strict {
			return skipped, errs, pe
		}
		skipped++
		if len(errs) < MaxErrors {
			errs = append(errs, pe)
		}
	}
}

// isHeaderRow reports whether fields look like a row of column names.
func isHeaderRow(fields []string) bool {
	if len(fields) < 3 {
		return false
	}
	for _, f := range fields {
		r, _ := utf8.DecodeRuneInString(f)
		if r != '_' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// splitTabs splits text on tabs, trimming blanks around each field, for
// tab-separated files whose fields contain spaces.
func splitTabs(text string) []string {
	parts := strings.Split(text, "\t")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// numeric reports whether s only holds characters of a decimal number, which
// rules out hex floats, "Inf", "NaN" and digit separators.
func numeric(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == '.', c == '-', c == '+', c == 'e', c == 'E':
		default:
			return false
		}
	}
	return true
}

// parseNum parses a non-negative decimal number or -1 (Unknown).
func parseNum(s, what string) (float64, error) {
	if !numeric(s) {
		return 0, fmt.Errorf("%s: not a number: %q", what, s)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("%s: bad number %q", what, s)
	}
	if v < 0 {
		if v == Unknown {
			return Unknown, nil
		}
		return 0, fmt.Errorf("%s: negative value %s (only -1, unknown, may be negative)", what, s)
	}
	if v == 0 {
		v = 0 // no -0
	}
	return v, nil
}

// parseInt parses a non-negative integer or -1 (Unknown). An integral
// decimal such as "4.0" is accepted.
func parseInt(s, what string) (int64, error) {
	if v, err := strconv.ParseInt(s, 10, 64); err == nil {
		if v < 0 && v != Unknown {
			return 0, fmt.Errorf("%s: negative value %s (only -1, unknown, may be negative)", what, s)
		}
		return v, nil
	}
	f, err := parseNum(s, what)
	if err != nil {
		return 0, err
	}
	if f != math.Trunc(f) || f > 1<<53 {
		return 0, fmt.Errorf("%s: not an integer: %q", what, s)
	}
	return int64(f), nil
}

// parseSmallInt is parseInt for fields stored in an int.
func parseSmallInt(s, what string) (int, error) {
	v, err := parseInt(s, what)
	if err != nil {
		return 0, err
	}
	if v > math.MaxInt32 {
		return 0, fmt.Errorf("%s: value %s out of range", what, s)
	}
	return int(v), nil
}

// openFile opens path for a *File reader.
func openFile(path string, read func(io.Reader, string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return read(f, path)
}
