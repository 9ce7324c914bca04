package poco

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// Category is a deal's category; it sets the time unit T of every deadline.
type Category uint8

// The five categories of the iExec hub configuration.
const (
	XS Category = iota // T = 300 s
	S                  // T = 1200 s
	M                  // T = 3600 s
	L                  // T = 10800 s
	XL                 // T = 36000 s
)

// NumCategories is the number of categories; a deal's category must be below it.
const NumCategories = 5

var (
	categoryT     = [NumCategories]uint64{300, 1200, 3600, 10800, 36000}
	categoryNames = [NumCategories]string{"XS", "S", "M", "L", "XL"}
)

// Deadline ratios, in units of T, from the deal's start time (reveal: from
// the consensus time).
const (
	ContributionRatio = 7
	RevealRatio       = 2
	FinalRatio        = 10
)

// T is the category's time unit in seconds.
func (c Category) T() (uint64, error) {
	if c >= NumCategories {
		return 0, ErrBadCategory
	}
	return categoryT[c], nil
}

// String is the category's name ("XS" … "XL"), or "Category(n)" if unknown.
func (c Category) String() string {
	if c >= NumCategories {
		return "Category(" + strconv.Itoa(int(c)) + ")"
	}
	return categoryNames[c]
}

// ParseCategory accepts a name ("XS" … "XL", any case) or an index ("0" … "4").
func ParseCategory(s string) (Category, error) {
	s = strings.TrimSpace(s)
	for i, name := range categoryNames {
		if strings.EqualFold(s, name) || s == strconv.Itoa(i) {
			return Category(i), nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrBadCategory, s)
}

// Deadlines are a task's absolute deadlines, unix seconds. Both count from the
// deal's start time, not from initialize.
type Deadlines struct {
	Contribution uint64 // start + 7T: contributions strictly before
	Final        uint64 // start + 10T: finalize strictly before, claim from
}

// DeadlinesFor computes a task's deadlines.
func DeadlinesFor(cat Category, start uint64) (Deadlines, error) {
	t, err := cat.T()
	if err != nil {
		return Deadlines{}, err
	}
	return DeadlinesForTimeRef(t, start)
}

// DeadlinesForTimeRef computes deadlines for a category time T given in
// seconds: the chain's category registry can hold categories beyond the
// five standard ones, each with its own T.
func DeadlinesForTimeRef(t, start uint64) (Deadlines, error) {
	if t == 0 {
		return Deadlines{}, ErrBadCategory
	}
	hi, lo := bits.Mul64(FinalRatio, t)
	final, carry := bits.Add64(start, lo, 0)
	if hi != 0 || carry != 0 {
		return Deadlines{}, ErrOverflow
	}
	return Deadlines{Contribution: start + ContributionRatio*t, Final: final}, nil
}

// RevealDeadline is consensusTime + 2T: winners reveal strictly before it.
// An unknown category yields 0, a deadline already past; the sum saturates at
// MaxUint64.
func RevealDeadline(cat Category, consensusTime uint64) uint64 {
	t, err := cat.T()
	if err != nil {
		return 0
	}
	return RevealDeadlineForTimeRef(t, consensusTime)
}

// RevealDeadlineForTimeRef is consensusTime + 2T for T in seconds,
// saturating at MaxUint64.
func RevealDeadlineForTimeRef(t, consensusTime uint64) uint64 {
	hi, lo := bits.Mul64(RevealRatio, t)
	d, carry := bits.Add64(consensusTime, lo, 0)
	if hi != 0 || carry != 0 {
		return math.MaxUint64
	}
	return d
}
