package trace

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

// gwfFields is the number of fields of a GWF row.
const gwfFields = 29

// GWF columns this package interprets beyond the 16 it shares with SWF.
const (
	gwfJobStructure       = 18 // 0-based: column 19, "UNITARY" or "BoT"
	gwfJobStructureParams = 19 // column 20, the batch id of a BoT job
)

// InternBase is the first number given to a non-numeric GWF categorical
// value (see ReadGWF).
const InternBase = 1 << 30

// gwfCat parses GWF categorical columns (user, group, executable, queue,
// partition), which some archives write as names rather than numbers.
type gwfCat map[string]map[string]int

func (c gwfCat) parse(s, what string) (int, error) {
	if numeric(s) {
		return parseSmallInt(s, what)
	}
	// "U42", "G7", "fs0": a letter prefix on a number.
	if d := strings.TrimLeftFunc(s, unicode.IsLetter); d != s && d != "" && strings.Trim(d, "0123456789") == "" {
		return parseSmallInt(d, what)
	}
	m := c[what]
	if m == nil {
		m = map[string]int{}
		c[what] = m
	}
	id, ok := m[s]
	if !ok {
		id = InternBase + len(m)
		m[s] = id
	}
	return id, nil
}

// parseBagID reads JobStructureParams: a bare batch number ("17"), or one
// after a key ("BatchId=17", "bot:17"), or after a letter prefix ("B17").
// "-1" is Unknown.
func parseBagID(s string) (int64, error) {
	const what = "field 20 (JobStructureParams)"
	if s == "-1" {
		return Unknown, nil
	}
	if i := strings.LastIndexAny(s, "=:"); i >= 0 {
		s = s[i+1:]
	}
	s = strings.TrimLeftFunc(s, unicode.IsLetter)
	v, err := parseInt(s, what)
	if err != nil {
		return 0, fmt.Errorf("%s: BoT job without a batch id: %w", what, err)
	}
	return v, nil
}

// parseGWFRow parses a GWF row. fields is the whitespace split of text; when
// that does not give 29 fields and text has tabs, text is split on tabs (so
// a field may contain spaces).
func (c gwfCat) parseGWFRow(text string, f []string) (Job, error) {
	if len(f) != gwfFields && strings.Contains(text, "\t") {
		if tf := splitTabs(text); len(tf) == gwfFields {
			f = tf
		}
	}
	if len(f) != gwfFields {
		return Job{}, errFieldCount("29", len(f))
	}
	j, err := parseCommon(f, c.parse)
	if err != nil {
		return j, err
	}
	// SWF's preceding job and think time are not in GWF.
	j.PrecedingJob, j.ThinkTime = Unknown, Unknown
	if strings.EqualFold(f[gwfJobStructure], "BoT") {
		j.BagID, err = parseBagID(f[gwfJobStructureParams])
	}
	return j, err
}

// ReadGWF reads a Grid Workloads Archive trace (29 columns), plain or
// gzip'd, with the same modes and error rules as ReadSWF.
//
// Bags of tasks: a job whose JobStructure (column 19) is "BoT" (any case)
// gets its BagID from JobStructureParams (column 20), which may be a bare
// number or carry a key or letter prefix ("17", "BatchId=17", "B17"); a BoT
// row without a number there is malformed, "-1" leaves BagID unknown. Every
// other job (JobStructure "UNITARY", "-1", ...) has BagID -1. Jobs.Bags
// groups the jobs by bag.
//
// Categorical columns (user, group, executable, queue, partition) are
// numbers in most archives. A value that is a letter prefix on a number
// ("U42") is read as that number; any other name is given a number from
// InternBase up, in order of first appearance in the read, one sequence per
// column.
//
// GWF has no preceding-job or think-time columns: those fields are -1.
func ReadGWF(r io.Reader, name string, mode Mode) (*Jobs, error) {
	js := &Jobs{Source: name}
	cat := gwfCat{}
	var err error
	js.Skipped, js.Errors, err = readRows(r, name, mode, func(text string, f []string) error {
		j, err := cat.parseGWFRow(text, f)
		if err == nil {
			js.Jobs = append(js.Jobs, j)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return js, nil
}

// ReadGWFFile is ReadGWF on the file at path; errors name the path.
func ReadGWFFile(path string, mode Mode) (*Jobs, error) {
	var js *Jobs
	err := openFile(path, func(r io.Reader, name string) (err error) {
		js, err = ReadGWF(r, name, mode)
		return err
	})
	return js, err
}
