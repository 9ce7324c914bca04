package chain

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pocogrid/pocogrid/chain/bindings"
)

// TestArtifactsUpToDate fails when chain/contracts/*.sol changed without
// running scripts/gen-contracts.sh, or when the bindings do not embed the
// committed artifacts. (scripts/gen-contracts.sh --check recompiles and diffs
// everything; this test needs neither node nor solc.)
func TestArtifactsUpToDate(t *testing.T) {
	f, err := os.Open("artifacts/sources.sha256")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recorded := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		fields := strings.Fields(line)
		recorded[fields[1]] = fields[0]
	}
	sols, _ := filepath.Glob("contracts/*.sol")
	sort.Strings(sols)
	if len(sols) != len(recorded) {
		t.Fatalf("contracts %v, fingerprinted %v: run scripts/gen-contracts.sh", sols, recorded)
	}
	for _, p := range sols {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		if recorded[filepath.Base(p)] != hex.EncodeToString(sum[:]) {
			t.Fatalf("%s changed since the artifacts were generated: run scripts/gen-contracts.sh", p)
		}
	}
	for name, md := range map[string]*struct{ abi, bin string }{
		"Hub": {bindings.HubMetaData.ABI, bindings.HubMetaData.Bin},
		"RLC": {bindings.RLCMetaData.ABI, bindings.RLCMetaData.Bin},
	} {
		abiFile, err := os.ReadFile("artifacts/" + name + ".abi")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(abiSignature(t, string(abiFile)), abiSignature(t, md.abi)) {
			t.Fatalf("bindings/%s ABI differs from artifacts/%s.abi", strings.ToLower(name), name)
		}
		binFile, err := os.ReadFile("artifacts/" + name + ".bin")
		if err != nil {
			t.Fatal(err)
		}
		if common.Bytes2Hex(common.FromHex(strings.TrimSpace(string(binFile)))) != common.Bytes2Hex(common.FromHex(md.bin)) {
			t.Fatalf("bindings/%s bytecode differs from artifacts/%s.bin", strings.ToLower(name), name)
		}
	}
}

// abiSignature lists an ABI's constructor, functions, events and errors with
// their full signatures (abigen re-serializes the JSON, so bytes differ).
func abiSignature(t *testing.T, js string) []string {
	parsed, err := abi.JSON(strings.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range parsed.Methods {
		out = append(out, "function "+m.String())
	}
	for _, e := range parsed.Events {
		out = append(out, "event "+e.String())
	}
	for _, e := range parsed.Errors {
		out = append(out, "error "+e.String())
	}
	out = append(out, "constructor "+parsed.Constructor.String())
	sort.Strings(out)
	return out
}
