package poco

import (
	"errors"
	"math"
	"testing"
)

func TestDeadlinesEveryCategory(t *testing.T) {
	const start = 1_700_000_000
	tests := []struct {
		cat  Category
		name string
		t    uint64
	}{
		{XS, "XS", 300}, {S, "S", 1200}, {M, "M", 3600}, {L, "L", 10800}, {XL, "XL", 36000},
	}
	for _, tt := range tests {
		got, err := tt.cat.T()
		if err != nil || got != tt.t {
			t.Errorf("%v.T() = %d, %v; want %d", tt.cat, got, err, tt.t)
		}
		if tt.cat.String() != tt.name {
			t.Errorf("String() = %q, want %q", tt.cat.String(), tt.name)
		}
		for _, s := range []string{tt.name, " " + tt.name + " ", string(rune('0' + tt.cat))} {
			if c, err := ParseCategory(s); err != nil || c != tt.cat {
				t.Errorf("ParseCategory(%q) = %v, %v", s, c, err)
			}
		}
		d, err := DeadlinesFor(tt.cat, start)
		if err != nil {
			t.Fatal(err)
		}
		if want := (Deadlines{Contribution: start + 7*tt.t, Final: start + 10*tt.t}); d != want {
			t.Errorf("DeadlinesFor(%v) = %+v, want %+v", tt.cat, d, want)
		}
		if got := RevealDeadline(tt.cat, start+5); got != start+5+2*tt.t {
			t.Errorf("RevealDeadline(%v) = %d", tt.cat, got)
		}
		// The latest consensus (just before the contribution deadline) still
		// reveals before the final deadline: at most 9T.
		if RevealDeadline(tt.cat, d.Contribution-1) >= d.Final {
			t.Errorf("%v: reveal deadline can pass the final deadline", tt.cat)
		}
	}
}

func TestCategoryErrors(t *testing.T) {
	if _, err := Category(5).T(); !errors.Is(err, ErrBadCategory) {
		t.Errorf("T() err = %v", err)
	}
	if s := Category(9).String(); s != "Category(9)" {
		t.Errorf("String() = %q", s)
	}
	for _, s := range []string{"", "XXL", "5", "-1", "xs1"} {
		if _, err := ParseCategory(s); !errors.Is(err, ErrBadCategory) {
			t.Errorf("ParseCategory(%q) err = %v", s, err)
		}
	}
	if c, err := ParseCategory("xl"); err != nil || c != XL {
		t.Errorf("ParseCategory(xl) = %v, %v", c, err)
	}
	if _, err := DeadlinesFor(Category(5), 0); !errors.Is(err, ErrBadCategory) {
		t.Errorf("DeadlinesFor bad category err = %v", err)
	}
	if _, err := DeadlinesFor(XL, math.MaxUint64-10*36000+1); !errors.Is(err, ErrOverflow) {
		t.Errorf("DeadlinesFor overflow err = %v", err)
	}
	if _, err := DeadlinesFor(XL, math.MaxUint64-10*36000); err != nil {
		t.Errorf("DeadlinesFor at the limit: %v", err)
	}
	if got := RevealDeadline(Category(7), 100); got != 0 {
		t.Errorf("RevealDeadline(bad) = %d, want 0", got)
	}
	if got := RevealDeadline(XS, math.MaxUint64-1); got != math.MaxUint64 {
		t.Errorf("RevealDeadline saturation = %d", got)
	}
}

func TestCustomTimeRef(t *testing.T) {
	var id [32]byte
	task, err := NewTaskWithTimeRef(id, 10, XS, 10, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if d := task.Deadlines(); d.Contribution != 1070 || d.Final != 1100 || task.TimeRef() != 10 {
		t.Fatalf("deadlines %+v, T %d", d, task.TimeRef())
	}
	if RevealDeadlineForTimeRef(10, 1050) != 1070 {
		t.Fatal("reveal deadline")
	}
	if _, err := NewTaskWithTimeRef(id, 10, XS, 0, 1000); err == nil {
		t.Fatal("T = 0 accepted")
	}
	std, _ := NewTask(id, 10, M, 0)
	if std.TimeRef() != 3600 {
		t.Fatalf("category M: T = %d", std.TimeRef())
	}
}
