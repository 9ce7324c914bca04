package gpu

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// ErrBadFakeSpec is wrapped by every ParseFakeSpec error.
var ErrBadFakeSpec = errors.New("gpu: bad fake GPU spec")

// FakeSpec is a parsed fake-fleet description.
type FakeSpec struct {
	// Canonical is the normalised spec; together with the GPU index it
	// determines every UUID, so the same spec always yields the same fleet.
	Canonical string
	GPUs      []FakeGPU
}

// FakeGPU is one GPU of a fake fleet.
type FakeGPU struct {
	Model             string // canonical model key, e.g. "H100"
	Name              string // what NVML reports, e.g. "NVIDIA H100 80GB HBM3"
	MemoryTotal       uint64 // bytes
	ComputeCapability string
	MIG               bool // MIG mode on, partitioned into the smallest profile
}

// fakeModel describes a GPU model a fake fleet can contain. Models with a
// preset mirror go-nvml's pkg/nvml/mock/gpus configuration of that name
// (a cgo test checks they agree); the others are hand-written consumer and
// inference cards that NVML answers differently (no MIG, some no ECC).
type fakeModel struct {
	key       string
	aliases   []string
	preset    string // go-nvml mock/gpus variable, "" when none exists
	name      string
	memoryMiB uint64
	ccMajor   int
	ccMinor   int
	ecc       bool // ECC events supported (GeForce cards have none)
	tdpW      uint32
	mig       *fakeMIGProfile
}

// fakeMIGProfile is the smallest MIG profile (1 slice) of a model; a fake
// GPU in MIG mode is split into Count instances of it.
type fakeMIGProfile struct {
	count     int
	memoryMiB uint64
}

func (p *fakeMIGProfile) profileName() string {
	gb := (p.memoryMiB + 1023) / 1024 // NVML names round up: 4864 MiB is "1g.5gb"
	return fmt.Sprintf("1g.%dgb", gb)
}

var fakeModels = []*fakeModel{
	{key: "A100", aliases: []string{"A100-40GB", "A100-SXM4-40GB"}, preset: "A100_SXM4_40GB",
		name: "NVIDIA A100-SXM4-40GB", memoryMiB: 40960, ccMajor: 8, ecc: true, tdpW: 400,
		mig: &fakeMIGProfile{count: 7, memoryMiB: 4864}},
	{key: "A100-80GB", aliases: []string{"A100-SXM4-80GB"}, preset: "A100_SXM4_80GB",
		name: "NVIDIA A100-SXM4-80GB", memoryMiB: 81920, ccMajor: 8, ecc: true, tdpW: 400,
		mig: &fakeMIGProfile{count: 7, memoryMiB: 9856}},
	{key: "A100-PCIE", aliases: []string{"A100-PCIE-40GB"}, preset: "A100_PCIE_40GB",
		name: "NVIDIA A100-PCIE-40GB", memoryMiB: 40960, ccMajor: 8, ecc: true, tdpW: 250,
		mig: &fakeMIGProfile{count: 7, memoryMiB: 4864}},
	{key: "A100-PCIE-80GB", preset: "A100_PCIE_80GB",
		name: "NVIDIA A100-PCIE-80GB", memoryMiB: 81920, ccMajor: 8, ecc: true, tdpW: 300,
		mig: &fakeMIGProfile{count: 7, memoryMiB: 9856}},
	{key: "A30", aliases: []string{"A30-PCIE-24GB"}, preset: "A30_PCIE_24GB",
		name: "NVIDIA A30-PCIE-24GB", memoryMiB: 24576, ccMajor: 8, ecc: true, tdpW: 165,
		mig: &fakeMIGProfile{count: 4, memoryMiB: 5836}},
	{key: "H100", aliases: []string{"H100-80GB", "H100-SXM5-80GB"}, preset: "H100_SXM5_80GB",
		name: "NVIDIA H100 80GB HBM3", memoryMiB: 81920, ccMajor: 9, ecc: true, tdpW: 700,
		mig: &fakeMIGProfile{count: 7, memoryMiB: 10240}},
	{key: "H200", aliases: []string{"H200-141GB", "H200-SXM5-141GB"}, preset: "H200_SXM5_141GB",
		name: "NVIDIA H200 141GB HBM3e", memoryMiB: 144384, ccMajor: 9, ecc: true, tdpW: 700,
		mig: &fakeMIGProfile{count: 7, memoryMiB: 18432}},
	{key: "B200", aliases: []string{"B200-180GB", "B200-SXM5-180GB"}, preset: "B200_SXM5_180GB",
		name: "NVIDIA B200 180GB HBM3e", memoryMiB: 184320, ccMajor: 10, ecc: true, tdpW: 1000,
		mig: &fakeMIGProfile{count: 7, memoryMiB: 23552}},
	// No go-nvml preset: plausible values from the vendors' data sheets.
	{key: "L4", name: "NVIDIA L4", memoryMiB: 23034, ccMajor: 8, ccMinor: 9, ecc: true, tdpW: 72},
	{key: "T4", name: "Tesla T4", memoryMiB: 15360, ccMajor: 7, ccMinor: 5, ecc: true, tdpW: 70},
	{key: "RTX4090", aliases: []string{"RTX-4090"}, name: "NVIDIA GeForce RTX 4090",
		memoryMiB: 24564, ccMajor: 8, ccMinor: 9, tdpW: 450},
	{key: "RTX3090", aliases: []string{"RTX-3090"}, name: "NVIDIA GeForce RTX 3090",
		memoryMiB: 24576, ccMajor: 8, ccMinor: 6, tdpW: 350},
}

// fakeServers are the DGX presets of go-nvml's mock package.
var fakeServers = map[string]string{
	"dgxa100": "A100",
	"dgxh100": "H100",
	"dgxh200": "H200",
	"dgxb200": "B200",
}

const (
	maxFakePerItem = 64
	maxFakeTotal   = 256
)

func lookupFakeModel(token string) *fakeModel {
	norm := normModel(token)
	for _, m := range fakeModels {
		if normModel(m.key) == norm {
			return m
		}
		for _, a := range m.aliases {
			if normModel(a) == norm {
				return m
			}
		}
	}
	return nil
}

func normModel(s string) string {
	return strings.NewReplacer("-", "", "_", "", " ", "").Replace(strings.ToUpper(s))
}

func knownFakeModels() string {
	keys := make([]string, 0, len(fakeModels)+len(fakeServers))
	for k := range fakeServers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, m := range fakeModels {
		keys = append(keys, m.key)
	}
	return strings.Join(keys, ", ")
}

// ParseFakeSpec parses a fake-fleet description:
//
//	spec  = "none" | item { "," item } [ "@" salt ]
//	item  = ( server | [ N "x" ] model ) [ ":mig" ]
//
// server is one of go-nvml's DGX presets (dgxa100, dgxh100, dgxh200,
// dgxb200: eight GPUs each); model is A100, A100-80GB, A100-PCIE,
// A100-PCIE-80GB, A30, H100, H200, B200 (go-nvml presets) or L4, T4,
// RTX4090, RTX3090. ":mig" turns MIG mode on and splits each GPU into its
// smallest profile. The optional salt changes the UUIDs, so several fake
// nodes in one demo can share a spec without sharing UUIDs. Matching is
// case-insensitive; "2xA30", "dgxh100:mig", "4xH100,2xRTX4090@node-7" are
// all valid.
func ParseFakeSpec(spec string) (FakeSpec, error) {
	canonical := strings.ToLower(strings.Join(strings.Fields(spec), ""))
	if canonical == "" {
		return FakeSpec{}, fmt.Errorf("%w: empty (use \"none\" for zero GPUs)", ErrBadFakeSpec)
	}
	body, salt, hasSalt := strings.Cut(canonical, "@")
	if hasSalt && salt == "" {
		return FakeSpec{}, fmt.Errorf("%w %q: empty salt after '@'", ErrBadFakeSpec, spec)
	}
	out := FakeSpec{Canonical: canonical}
	if body == "none" {
		return out, nil
	}
	for _, item := range strings.Split(body, ",") {
		gpus, err := parseFakeItem(item)
		if err != nil {
			return FakeSpec{}, fmt.Errorf("%w %q: %v", ErrBadFakeSpec, spec, err)
		}
		out.GPUs = append(out.GPUs, gpus...)
		if len(out.GPUs) > maxFakeTotal {
			return FakeSpec{}, fmt.Errorf("%w %q: more than %d GPUs", ErrBadFakeSpec, spec, maxFakeTotal)
		}
	}
	return out, nil
}

func parseFakeItem(item string) ([]FakeGPU, error) {
	if item == "" {
		return nil, errors.New("empty item")
	}
	item, opt, hasOpt := strings.Cut(item, ":")
	mig := false
	if hasOpt {
		if opt != "mig" {
			return nil, fmt.Errorf("unknown option %q (only \":mig\")", opt)
		}
		mig = true
	}
	count, modelTok := 1, item
	if key, ok := fakeServers[item]; ok {
		count, modelTok = 8, key
	} else if n, rest, ok := strings.Cut(item, "x"); ok && n != "" && isDigits(n) {
		v, err := strconv.Atoi(n)
		if err != nil || v < 1 || v > maxFakePerItem {
			return nil, fmt.Errorf("count %q must be 1..%d", n, maxFakePerItem)
		}
		count, modelTok = v, rest
	}
	m := lookupFakeModel(modelTok)
	if m == nil {
		return nil, fmt.Errorf("unknown model %q (known: %s)", modelTok, knownFakeModels())
	}
	if mig && m.mig == nil {
		return nil, fmt.Errorf("%s does not support MIG", m.key)
	}
	gpus := make([]FakeGPU, count)
	for i := range gpus {
		gpus[i] = FakeGPU{
			Model:             m.key,
			Name:              m.name,
			MemoryTotal:       m.memoryMiB << 20,
			ComputeCapability: fmt.Sprintf("%d.%d", m.ccMajor, m.ccMinor),
			MIG:               mig,
		}
	}
	return gpus, nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// fakeUUID derives a stable, well-formed (version 4 layout) UUID from the
// spec and the device's position, prefixed the way NVML prefixes them.
func fakeUUID(prefix, canonical string, index, mig int) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "pocogrid-fake\x00%s\x00%d\x00%d", canonical, index, mig))
	b := sum[:16]
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%s-%x-%x-%x-%x-%x", prefix, b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
