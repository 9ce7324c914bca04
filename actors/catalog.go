package actors

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/pocogrid/pocogrid/sandbox"
)

// Catalog is a fixed set of apps, addressed by name or module hash.
// Native apps (trusted host executables) have a hash and no module.
type Catalog struct {
	byName map[string]sandbox.App
	byHash map[[32]byte]sandbox.App
	native map[[32]byte]NativeApp
}

// NativeApp is a trusted host executable, pinned by its sha256. Only pools
// and workers configured to allow native apps run them; everything else is
// WebAssembly in the sandbox.
type NativeApp struct {
	Name string
	Path string // on the worker's host
	Hash [32]byte
}

// AddNative registers a native app (hashing its executable now).
func (c *Catalog) AddNative(name, path string) (NativeApp, error) {
	if _, dup := c.byName[name]; dup {
		return NativeApp{}, fmt.Errorf("app %q already exists", name)
	}
	h, err := fileSHA256(path)
	if err != nil {
		return NativeApp{}, fmt.Errorf("native app %s: %w", name, err)
	}
	a := NativeApp{Name: name, Path: path, Hash: h}
	if c.native == nil {
		c.native = map[[32]byte]NativeApp{}
	}
	c.native[h] = a
	c.byName[name] = sandbox.App{Name: name, Hash: h}
	c.byHash[h] = c.byName[name]
	return a, nil
}

// Native returns the native app with this hash.
func (c *Catalog) Native(h [32]byte) (NativeApp, bool) {
	a, ok := c.native[h]
	return a, ok
}

func fileSHA256(path string) ([32]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return [32]byte{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return [32]byte{}, err
	}
	return [32]byte(h.Sum(nil)), nil
}

// NewCatalog indexes apps; their hashes are recomputed, never trusted.
func NewCatalog(apps ...sandbox.App) *Catalog {
	c := &Catalog{byName: map[string]sandbox.App{}, byHash: map[[32]byte]sandbox.App{}}
	for _, a := range apps {
		a = sandbox.NewApp(a.Name, a.Module)
		c.byName[a.Name] = a
		c.byHash[a.Hash] = a
	}
	return c
}

func (c *Catalog) ByName(name string) (sandbox.App, error) {
	if a, ok := c.byName[name]; ok {
		return a, nil
	}
	return sandbox.App{}, fmt.Errorf("unknown app %q (known: %s)", name, strings.Join(c.Names(), ", "))
}

func (c *Catalog) ByHash(h [32]byte) (sandbox.App, error) {
	if a, ok := c.byHash[h]; ok {
		return a, nil
	}
	return sandbox.App{}, fmt.Errorf("no app with hash %x", h)
}

// Names lists the apps, sorted.
func (c *Catalog) Names() []string {
	var n []string
	for k := range c.byName {
		n = append(n, k)
	}
	slices.Sort(n)
	return n
}
