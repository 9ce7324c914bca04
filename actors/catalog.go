package actors

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pocogrid/pocogrid/sandbox"
)

// Catalog is a fixed set of apps, addressed by name or module hash.
type Catalog struct {
	byName map[string]sandbox.App
	byHash map[[32]byte]sandbox.App
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
