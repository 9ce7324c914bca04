package chain

import (
	"crypto/rand"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocogrid/pocogrid/chain/bindings"
)

// Shortcuts for the common orders: no dataset, no restrictions, tag 0, a
// random salt, signed by the party. Amounts are in nRLC.

func randomSalt() (s [32]byte) {
	_, _ = rand.Read(s[:])
	return s
}

func u(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// NewAppOrder returns the party's (the app owner's) signed order for app.
func (p *Party) NewAppOrder(app common.Address, price, volume uint64) (bindings.AppOrder, error) {
	return p.SignAppOrder(bindings.AppOrder{App: app, Appprice: u(price), Volume: u(volume), Salt: randomSalt()})
}

// NewWorkerpoolOrder returns the party's (the scheduler's) signed order for
// pool, offering up to trust in category.
func (p *Party) NewWorkerpoolOrder(pool common.Address, price, volume, category, trust uint64) (bindings.WorkerpoolOrder, error) {
	return p.SignWorkerpoolOrder(bindings.WorkerpoolOrder{Workerpool: pool, Workerpoolprice: u(price), Volume: u(volume),
		Category: u(category), Trust: u(trust), Salt: randomSalt()})
}

// NewRequestOrder returns the party's (the requester's) signed request for
// volume tasks of app at trust in category; pool restricts the workerpool
// (zero: any). The requester is the beneficiary.
func (p *Party) NewRequestOrder(app common.Address, appMaxPrice uint64, pool common.Address, poolMaxPrice, volume, category, trust uint64, params string) (bindings.RequestOrder, error) {
	return p.SignRequestOrder(bindings.RequestOrder{App: app, Appmaxprice: u(appMaxPrice), Datasetmaxprice: new(big.Int),
		Workerpool: pool, Workerpoolmaxprice: u(poolMaxPrice), Volume: u(volume), Category: u(category), Trust: u(trust),
		Beneficiary: p.Address(), Params: params, Salt: randomSalt()})
}

func nz(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func nb(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// fillOrders replaces nil numbers and signatures by zeros so that ABI packing never panics.
func fillOrders(a *bindings.AppOrder, d *bindings.DatasetOrder, w *bindings.WorkerpoolOrder, r *bindings.RequestOrder) {
	a.Appprice, a.Volume, a.Sign = nz(a.Appprice), nz(a.Volume), nb(a.Sign)
	d.Datasetprice, d.Volume, d.Sign = nz(d.Datasetprice), nz(d.Volume), nb(d.Sign)
	w.Workerpoolprice, w.Volume, w.Category, w.Trust, w.Sign = nz(w.Workerpoolprice), nz(w.Volume), nz(w.Category), nz(w.Trust), nb(w.Sign)
	r.Appmaxprice, r.Datasetmaxprice, r.Workerpoolmaxprice = nz(r.Appmaxprice), nz(r.Datasetmaxprice), nz(r.Workerpoolmaxprice)
	r.Volume, r.Category, r.Trust, r.Sign = nz(r.Volume), nz(r.Category), nz(r.Trust), nb(r.Sign)
}
