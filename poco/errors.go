package poco

import "errors"

// Sentinel errors. Each rejected call returns exactly one of them (test with
// errors.Is) and leaves its receiver unchanged.
var (
	// Task status.
	ErrNotActive    = errors.New("poco: task is not active")
	ErrNotRevealing = errors.New("poco: task is not revealing")
	ErrNotClaimable = errors.New("poco: task is neither active nor revealing")

	// Deadlines.
	ErrContributionDeadline = errors.New("poco: contribution deadline reached")
	ErrRevealDeadline       = errors.New("poco: reveal deadline reached")
	ErrFinalDeadline        = errors.New("poco: final deadline reached")
	ErrTooEarly             = errors.New("poco: the deadline that enables this call has not passed")

	// Contributions and reveals.
	ErrAlreadyContributed  = errors.New("poco: worker already contributed")
	ErrContributorRejected = errors.New("poco: worker's contribution was rejected by a reopen")
	ErrNoContribution      = errors.New("poco: worker has no contribution")
	ErrAlreadyRevealed     = errors.New("poco: worker already revealed")
	ErrNotWinner           = errors.New("poco: contribution does not hold the consensus value")
	ErrBadResultHash       = errors.New("poco: result hash does not match keccak256(taskid ‖ digest)")
	ErrBadSeal             = errors.New("poco: result seal does not match keccak256(worker ‖ taskid ‖ digest)")

	// Finalize and reopen.
	ErrNoReveals        = errors.New("poco: no winner has revealed")
	ErrNotEnoughReveals = errors.New("poco: not every winner revealed and the reveal deadline has not passed")
	ErrHasReveals       = errors.New("poco: cannot reopen a task with reveals")

	// Arithmetic and inputs.
	ErrOverflow        = errors.New("poco: integer overflow")
	ErrZeroWeight      = errors.New("poco: contribution weight is zero")
	ErrBadCategory     = errors.New("poco: unknown category")
	ErrBadRatio        = errors.New("poco: scheduler reward ratio above 100")
	ErrNoProvedWorkers = errors.New("poco: no proved worker (sum of reward weights is zero)")
	ErrBadEncoding     = errors.New("poco: malformed binary encoding")
)
