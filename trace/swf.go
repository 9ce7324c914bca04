package trace

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
)

// swfFields is the number of fields of an SWF v2.2 row.
const swfFields = 18

// Names of the first 16 fields, shared by SWF and GWF, for error messages.
var commonFieldNames = [16]string{
	"job id", "submit time", "wait time", "run time", "allocated procs",
	"average cpu time", "used memory", "requested procs", "requested time",
	"requested memory", "status", "user id", "group id", "executable id",
	"queue id", "partition id",
}

func what(i int) string {
	return fmt.Sprintf("field %d (%s)", i+1, commonFieldNames[i])
}

// catFunc parses a categorical field (user, group, app, queue, partition).
type catFunc func(s, what string) (int, error)

// parseCommon parses the first 16 fields, which SWF and GWF share.
func parseCommon(f []string, cat catFunc) (Job, error) {
	var j Job
	var err error
	fl := func(i int, dst *float64) {
		if err == nil {
			*dst, err = parseNum(f[i], what(i))
		}
	}
	in := func(i int, dst *int) {
		if err == nil {
			*dst, err = parseSmallInt(f[i], what(i))
		}
	}
	ct := func(i int, dst *int) {
		if err == nil {
			*dst, err = cat(f[i], what(i))
		}
	}
	if j.ID, err = parseInt(f[0], what(0)); err != nil {
		return j, err
	}
	var allocated int
	fl(1, &j.Submit)
	fl(2, &j.Wait)
	fl(3, &j.Runtime)
	in(4, &allocated)
	fl(5, &j.AvgCPU)
	fl(6, &j.UsedMem)
	in(7, &j.ReqProcs)
	fl(8, &j.ReqTime)
	fl(9, &j.ReqMem)
	in(10, &j.Status)
	ct(11, &j.User)
	ct(12, &j.Group)
	ct(13, &j.App)
	ct(14, &j.Queue)
	ct(15, &j.Partition)
	if err != nil {
		return j, err
	}
	j.BagID = Unknown
	return j, finishJob(&j, allocated)
}

// parseSWFRow parses the 18 fields of an SWF row.
func parseSWFRow(f []string) (Job, error) {
	if len(f) != swfFields {
		return Job{}, errFieldCount("18", len(f))
	}
	j, err := parseCommon(f, parseSmallInt)
	if err != nil {
		return j, err
	}
	if j.PrecedingJob, err = parseInt(f[16], "field 17 (preceding job)"); err != nil {
		return j, err
	}
	j.ThinkTime, err = parseNum(f[17], "field 18 (think time)")
	return j, err
}

// ReadSWF reads a Standard Workload Format (v2.2) trace, plain or gzip'd.
// name labels errors ("name:line: why") and becomes Jobs.Source. In Strict
// mode the first malformed line is returned as a *ParseError; in Lenient
// mode malformed lines are skipped and counted, and err is only an I/O or
// decompression error.
func ReadSWF(r io.Reader, name string, mode Mode) (*Jobs, error) {
	js := &Jobs{Source: name}
	var err error
	js.Skipped, js.Errors, err = readRows(r, name, mode, func(_ string, f []string) error {
		j, err := parseSWFRow(f)
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

// ReadSWFFile is ReadSWF on the file at path; errors name the path.
func ReadSWFFile(path string, mode Mode) (*Jobs, error) {
	var js *Jobs
	err := openFile(path, func(r io.Reader, name string) (err error) {
		js, err = ReadSWF(r, name, mode)
		return err
	})
	return js, err
}

// WriteSWF writes jobs as an SWF v2.2 trace with a ';' header. Times are
// written in seconds as given (integral values without a fraction); a job's
// BagID is not representable in SWF and is dropped. Procs is written as the
// allocated processor count.
func WriteSWF(w io.Writer, jobs []Job) error {
	bw := bufio.NewWriter(w)
	maxProcs := 0
	for _, j := range jobs {
		maxProcs = max(maxProcs, j.Procs, j.ReqProcs)
	}
	fmt.Fprintf(bw, "; Version: 2.2\n; Computer: pocogrid synthetic\n; MaxJobs: %d\n; MaxRecords: %d\n", len(jobs), len(jobs))
	fmt.Fprintf(bw, "; MaxNodes: %d\n; MaxProcs: %d\n", maxProcs, maxProcs)
	fmt.Fprintf(bw, "; Note: fields are job submit wait run procs avgcpu usedmem reqprocs reqtime reqmem status user group app queue partition preceding think; -1 = unknown\n;\n")
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	for _, j := range jobs {
		fmt.Fprintf(bw, "%d %s %s %s %d %s %s %d %s %s %d %d %d %d %d %d %d %s\n",
			j.ID, num(j.Submit), num(j.Wait), num(j.Runtime), j.Procs,
			num(j.AvgCPU), num(j.UsedMem), j.ReqProcs, num(j.ReqTime), num(j.ReqMem),
			j.Status, j.User, j.Group, j.App, j.Queue, j.Partition, j.PrecedingJob, num(j.ThinkTime))
	}
	return bw.Flush()
}
