package trace

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

// Format is a job-trace format.
type Format int

const (
	FormatUnknown Format = iota // neither could be told
	FormatSWF                   // Parallel Workloads Archive SWF
	FormatGWF                   // Grid Workloads Archive GWF
)

func (f Format) String() string {
	switch f {
	case FormatSWF:
		return "SWF"
	case FormatGWF:
		return "GWF"
	}
	return "unknown"
}

// sniffLen is how much decompressed input DetectFormat looks at.
const sniffLen = 64 << 10

// DetectFormat tells SWF from GWF by the first sniffLen (64 KiB) bytes of
// decompressed input, trying in order:
//
//  1. the first data row (not blank, comment or header row): 18 fields is
//     SWF, 29 fields (whitespace- or tab-separated) is GWF;
//  2. a header row of column names: one naming a GWF-only column
//     (JobStructure, OrigSiteID, LastRunSiteID, VOID, ProjectID) or having
//     29 names is GWF, one with 18 names is SWF;
//  3. the comment character of the first comment line: ';' (PWA convention)
//     is SWF, '#' (GWA convention) is GWF.
//
// It returns FormatUnknown when none decides.
func DetectFormat(head []byte) Format {
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	var header []string
	comment := byte(0)
	lines := strings.Split(string(bytes.TrimPrefix(head, []byte("\ufeff"))), "\n")
	for _, line := range lines {
		line = strings.TrimRight(line, "\r")
		t := strings.TrimLeft(line, " \t\v\f")
		if t == "" {
			continue
		}
		if t[0] == ';' || t[0] == '#' {
			if comment == 0 {
				comment = t[0]
			}
			continue
		}
		f := strings.Fields(line)
		if isHeaderRow(f) {
			if header == nil {
				header = f
			}
			continue
		}
		if len(f) == swfFields {
			return FormatSWF
		}
		if len(f) == gwfFields || len(splitTabs(line)) == gwfFields {
			return FormatGWF
		}
		break // a malformed first row: fall back on the header and comments
	}
	if header != nil {
		for _, h := range header {
			switch strings.ToLower(h) {
			case "jobstructure", "jobstructureparams", "origsiteid", "lastrunsiteid", "void", "projectid":
				return FormatGWF
			}
		}
		switch len(header) {
		case gwfFields:
			return FormatGWF
		case swfFields:
			return FormatSWF
		}
	}
	switch comment {
	case ';':
		return FormatSWF
	case '#':
		return FormatGWF
	}
	return FormatUnknown
}

// ReadJobsFile reads an SWF or GWF trace, plain or gzip'd, choosing the
// reader with DetectFormat (see there for the heuristic). It fails when the
// format cannot be told.
func ReadJobsFile(path string, mode Mode) (*Jobs, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br, err := decompress(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// A read error here is met again, and reported, by the reader below.
	head, _ := br.Peek(sniffLen)
	switch DetectFormat(head) {
	case FormatSWF:
		return ReadSWF(br, path, mode)
	case FormatGWF:
		return ReadGWF(br, path, mode)
	}
	return nil, fmt.Errorf("%s: cannot tell SWF from GWF (no 18- or 29-field row, no telling header or comment)", path)
}
