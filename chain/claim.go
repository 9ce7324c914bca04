package chain

import (
	"context"
	"fmt"
)

// ClaimExpired claims every task of deal whose final deadline has passed and
// that is neither completed nor failed: initialized tasks with claim,
// never-initialized ones with initializeAndClaim. It refunds the requester
// for each. Each claim is logged; it returns the tasks it claimed. Anyone may
// call it; schedulers use it so that no task stays stuck after a failed
// transaction or an abandoned execution.
func (p *Party) ClaimExpired(ctx context.Context, deal *Deal) ([]int, error) {
	view, err := p.env.DealView(ctx, deal.ID)
	if err != nil {
		return nil, err
	}
	now, err := p.env.Now(ctx)
	if err != nil {
		return nil, err
	}
	if now < view.FinalDeadline.Uint64() {
		return nil, nil
	}
	var claimed []int
	first := view.BotFirst.Uint64()
	for i, taskid := range deal.TaskIDs {
		st, err := p.env.Task(ctx, taskid)
		if err != nil {
			return claimed, err
		}
		switch st.Status {
		case TaskUnset:
			_, err = p.InitializeAndClaim(ctx, deal.ID, first+uint64(i))
		case TaskActive, TaskRevealing:
			_, err = p.Claim(ctx, taskid)
		default:
			continue
		}
		if err != nil {
			return claimed, fmt.Errorf("claim task %s: %w", taskid, err)
		}
		p.env.Log.Warn("task claimed after its final deadline; requester refunded", "task", taskid.Hex(), "deal", deal.ID.Hex(), "status_was", st.Status)
		claimed = append(claimed, i)
	}
	return claimed, nil
}
