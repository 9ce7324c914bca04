// Package cluster is pocogrid's gossip membership: machines form a SWIM cluster
// (hashicorp/memberlist) and each one advertises a compact NodeDescriptor in its
// memberlist metadata.
//
// Two layers:
//
//   - Membership is independent of protoactor. It owns one memberlist, keeps its
//     own copy of the member set (fed by memberlist's EventDelegate, which only
//     records the change and marks the set dirty), and one publisher goroutine
//     that coalesces bursts of changes and hands the full member set to
//     subscribers. It rejoins its seeds periodically, so a node that lost every
//     peer (a restarted seed, a long partition) finds its way back.
//   - Provider adapts a Membership to protoactor-go's cluster.ClusterProvider: it
//     advertises the ActorSystem ID, remote address and kinds, and feeds
//     Cluster.MemberList.UpdateClusterTopology with the full member set (self
//     included) from a single goroutine.
//
// Typical wiring:
//
//	sys := actor.NewActorSystem()
//	desc := cluster.LocalDescriptor(dataDir, roles, pool, "", nodeID)
//	m, err := cluster.NewMembership(cluster.Config{BindAddr: lanIP, BindPort: 7946,
//		Seeds: seeds, SecretKey: key}, desc, nil)
//	_, err = m.Join(seeds) // optional here: surfaces wrong-key/label errors early
//	p := cluster.NewProvider(m)
//	c := pcluster.New(sys, pcluster.Configure("pocogrid", p, disthash.New(),
//		remote.Configure(lanIP, 0), pcluster.WithKinds(kinds...)))
//	c.StartMember()
//	...
//	c.Shutdown(false) // never calls the provider
//	p.Close()         // Leave, then Shutdown the memberlist
//
// Caveats inherited from protoactor: a member that leaves the topology (graceful
// leave, or failure detected) is put on protoactor's permanent block list, so a
// node that wants back in needs a fresh ActorSystem (new ID). Suspected members
// stay in the set until memberlist declares them dead, to avoid needless blocks.
package cluster
