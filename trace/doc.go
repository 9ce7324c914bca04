// Package trace reads public workload and availability traces so that
// pocogrid can replay them:
//
//   - SWF, the Standard Workload Format v2.2 of the Parallel Workloads
//     Archive (18 whitespace-separated fields per job, ';' header comments);
//   - GWF, the Grid Workloads Archive format (29 fields per job, '#' header
//     comments, bag-of-tasks structure in columns 19–20);
//   - FTA event_trace.tab files of the Failure Trace Archive (per-node
//     available/unavailable intervals).
//
// # Input quirks handled by every reader
//
//   - gzip: compressed input is detected by its magic bytes (1f 8b), never by
//     the file name; concatenated gzip members are read as one stream.
//   - Comments: lines whose first non-blank character is ';' or '#' are
//     skipped, as are blank lines. A UTF-8 byte-order mark and CR line ends
//     are ignored.
//   - Separators: fields may be separated by any mix of tabs and spaces.
//   - Header rows: a non-comment row of column names (every field starts with
//     a letter or '_', at least three fields) seen before the first data row
//     is skipped. The same row after data rows is a malformed line.
//   - Unknown values: the archives write -1 for "unknown". The readers keep
//     -1 as is (see [Unknown] and [Known]); any other negative number in a
//     field that cannot be negative is a malformed line.
//   - Malformed lines: in [Strict] mode the first one ends the read with a
//     *[ParseError] ("name:line: why"). In [Lenient] mode malformed lines are
//     counted in Skipped and the first [MaxErrors] of them are kept in
//     Errors; a read in Lenient mode only fails on an I/O or decompression
//     error, never on a parse problem.
//
// Rows are returned in file order; the readers do not sort jobs.
package trace
