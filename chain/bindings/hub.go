// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AppOrder is an auto generated low-level Go binding around an user-defined struct.
type AppOrder struct {
	App                common.Address
	Appprice           *big.Int
	Volume             *big.Int
	Tag                [32]byte
	Datasetrestrict    common.Address
	Workerpoolrestrict common.Address
	Requesterrestrict  common.Address
	Salt               [32]byte
	Sign               []byte
}

// DatasetOrder is an auto generated low-level Go binding around an user-defined struct.
type DatasetOrder struct {
	Dataset            common.Address
	Datasetprice       *big.Int
	Volume             *big.Int
	Tag                [32]byte
	Apprestrict        common.Address
	Workerpoolrestrict common.Address
	Requesterrestrict  common.Address
	Salt               [32]byte
	Sign               []byte
}

// DealInfo is an auto generated low-level Go binding around an user-defined struct.
type DealInfo struct {
	App                  common.Address
	Dataset              common.Address
	Workerpool           common.Address
	Requester            common.Address
	Beneficiary          common.Address
	Callback             common.Address
	Scheduler            common.Address
	AppPrice             *big.Int
	DatasetPrice         *big.Int
	WorkerpoolPrice      *big.Int
	WorkerStake          *big.Int
	SchedulerStake       *big.Int
	SchedulerRewardRatio *big.Int
	Category             *big.Int
	TimeRef              *big.Int
	Trust                *big.Int
	StartTime            *big.Int
	BotFirst             *big.Int
	BotSize              *big.Int
	Tag                  [32]byte
	Params               string
}

// DealView is an auto generated low-level Go binding around an user-defined struct.
type DealView struct {
	Scheduler            common.Address
	Sponsor              common.Address
	AppOwner             common.Address
	DatasetOwner         common.Address
	Callback             common.Address
	StartTime            *big.Int
	TimeRef              *big.Int
	Trust                *big.Int
	WorkerStake          *big.Int
	WorkerpoolPrice      *big.Int
	AppPrice             *big.Int
	DatasetPrice         *big.Int
	BotFirst             *big.Int
	BotSize              *big.Int
	SchedulerRewardRatio *big.Int
	Tee                  bool
	ContributionDeadline *big.Int
	FinalDeadline        *big.Int
}

// RequestOrder is an auto generated low-level Go binding around an user-defined struct.
type RequestOrder struct {
	App                common.Address
	Appmaxprice        *big.Int
	Dataset            common.Address
	Datasetmaxprice    *big.Int
	Workerpool         common.Address
	Workerpoolmaxprice *big.Int
	Requester          common.Address
	Volume             *big.Int
	Tag                [32]byte
	Category           *big.Int
	Trust              *big.Int
	Beneficiary        common.Address
	Callback           common.Address
	Params             string
	Salt               [32]byte
	Sign               []byte
}

// TaskView is an auto generated low-level Go binding around an user-defined struct.
type TaskView struct {
	Status               uint8
	Dealid               [32]byte
	Contributors         *big.Int
	Winners              *big.Int
	Reveals              *big.Int
	RevealDeadline       *big.Int
	ContributionDeadline *big.Int
	FinalDeadline        *big.Int
	TotalWeight          *big.Int
	ConsensusWeight      *big.Int
	Reopens              *big.Int
	ConsensusValue       [32]byte
	ResultDigest         [32]byte
}

// WorkerpoolOrder is an auto generated low-level Go binding around an user-defined struct.
type WorkerpoolOrder struct {
	Workerpool        common.Address
	Workerpoolprice   *big.Int
	Volume            *big.Int
	Tag               [32]byte
	Category          *big.Int
	Trust             *big.Int
	Apprestrict       common.Address
	Datasetrestrict   common.Address
	Requesterrestrict common.Address
	Salt              [32]byte
	Sign              []byte
}

// HubMetaData contains all meta data concerning the Hub contract.
var HubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"AlreadyContributed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"id\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requested\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"offered\",\"type\":\"address\"}],\"name\":\"AppMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"BadAuthorization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"BadCallbackData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"name\":\"BadCategoryTime\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"BadContributorList\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"enclave\",\"type\":\"address\"}],\"name\":\"BadEnclaveSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"which\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"BadOrderSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"BadRatio\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"}],\"name\":\"BadTaskIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"BadTaskStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offered\",\"type\":\"uint256\"}],\"name\":\"CategoryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ContributionDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"ContributionRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requested\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"offered\",\"type\":\"address\"}],\"name\":\"DatasetMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"EnclaveRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"FinalDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"FinalDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoVolume\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"NotAContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"}],\"name\":\"NotConsensus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotContributed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winners\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"NotEnoughReveals\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"which\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"id\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"NotScheduler\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"which\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PriceMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PriceTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"which\",\"type\":\"uint8\"}],\"name\":\"RestrictionFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealDeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"workerpoolTag\",\"type\":\"bytes32\"}],\"name\":\"TagMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TeeMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TooManyContributors\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offered\",\"type\":\"uint256\"}],\"name\":\"TrustMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"}],\"name\":\"TrustTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"UnknownCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"UnknownDeal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"VolumeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"WeightOverflow\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"AppCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"name\":\"CategoryCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"DatasetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Lock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"OrderClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"appHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"workerpoolHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"}],\"name\":\"OrdersMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Reward\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structDealInfo\",\"name\":\"deal\",\"type\":\"tuple\"}],\"name\":\"SchedulerNotice\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Seize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"consensus\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"winners\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"TaskConsensus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"TaskContribute\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"}],\"name\":\"TaskFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"TaskInitialize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rejected\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"TaskReopen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"TaskReveal\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"}],\"name\":\"Unlock\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"accurate\",\"type\":\"bool\"}],\"name\":\"WorkerScore\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"WorkerpoolCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"WorkerpoolPolicy\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KITTY\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"appOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"closeAppOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"closeDatasetOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"closeRequestOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"closeWorkerpoolOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"consumed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultSeal\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"enclaveChallenge\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"enclaveSign\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"authSign\",\"type\":\"bytes\"}],\"name\":\"contribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"appOwner_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"createApp\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"name\":\"createCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"datasetOwner_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"multiaddr\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"checksum\",\"type\":\"bytes32\"}],\"name\":\"createDataset\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poolOwner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"createWorkerpool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"datasetOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"workers\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"results\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"resultsCallback\",\"type\":\"bytes\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashAppOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashDatasetOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashRequestOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashWorkerpoolOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"idx\",\"type\":\"uint256\"}],\"name\":\"initializeAndClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structAppOrder\",\"name\":\"apporder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"workerpoolrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structDatasetOrder\",\"name\":\"datasetorder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolprice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"apprestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetrestrict\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requesterrestrict\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structWorkerpoolOrder\",\"name\":\"workerpoolorder\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"requestorder\",\"type\":\"tuple\"}],\"name\":\"matchOrders\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"reopen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"name\":\"setWorkerpoolPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"viewAccount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"viewCategory\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"viewContribution\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"rewardWeight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"}],\"name\":\"viewDeal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sponsor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"datasetOwner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"startTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeRef\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"appPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"datasetPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botFirst\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"botSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"tee\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"contributionDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalDeadline\",\"type\":\"uint256\"}],\"internalType\":\"structDealView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"}],\"name\":\"viewTask\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dealid\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contributors\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winners\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributionDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalWeight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"consensusWeight\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reopens\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"consensusValue\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structTaskView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"}],\"name\":\"viewWorkerpool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"poolOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerStakeRatio\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"schedulerRewardRatio\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"workerWeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Hub",
	Bin: "0x61018080604052346102435760208161561380380380916100208285610247565b83398101031261024357516001600160a01b038116810361024357604051610049604082610247565b600881526020810190671c1bd8dbd9dc9a5960c21b82526040519161006f604084610247565b600183526020830191603160f81b83526100888161053b565b610120526100958461053b565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526100fe60c082610247565b5190206080523060c05261016052600280546001600160a01b0319163317905560408051610144916101309082610247565b6002815261585360f01b60208201526102a2565b50610169604051610156604082610247565b60018152605360f81b6020820152610337565b5061018e60405161017b604082610247565b60018152604d60f81b60208201526103b8565b506101b36040516101a0604082610247565b60018152601360fa1b6020820152610439565b506101d96040516101c5604082610247565b6002815261161360f21b60208201526104ba565b506040516150639081610590823960805181614e22015260a05181614edf015260c05181614dec015260e05181614e7101526101005181614e97015261012051816113ba015261014051816113e401526101605181818161055c0152818161191f01526124790152f35b5f80fd5b601f909101601f19168101906001600160401b0382119082101761026a57604052565b634e487b7160e01b5f52604160045260245ffd5b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b90600354916801000000000000000083101561026a576001830180600355831015610323575f5160206155f35f395f51905f52610316849260035f5260205f208460031c01805460e08660051b169063ffffffff61012c831b921b191617905560405191829160408352604083019061027e565b61012c60208301520390a2565b634e487b7160e01b5f52603260045260245ffd5b90600354916801000000000000000083101561026a576001830180600355831015610323575f5160206155f35f395f51905f526103ab849260035f5260205f208460031c01805460e08660051b169063ffffffff6104b0831b921b191617905560405191829160408352604083019061027e565b6104b060208301520390a2565b90600354916801000000000000000083101561026a576001830180600355831015610323575f5160206155f35f395f51905f5261042c849260035f5260205f208460031c01805460e08660051b169063ffffffff610e10831b921b191617905560405191829160408352604083019061027e565b610e1060208301520390a2565b90600354916801000000000000000083101561026a576001830180600355831015610323575f5160206155f35f395f51905f526104ad849260035f5260205f208460031c01805460e08660051b169063ffffffff612a30831b921b191617905560405191829160408352604083019061027e565b612a3060208301520390a2565b90600354916801000000000000000083101561026a576001830180600355831015610323575f5160206155f35f395f51905f5261052e849260035f5260205f208460031c01805460e08660051b169063ffffffff618ca0831b921b191617905560405191829160408352604083019061027e565b618ca060208301520390a2565b601f815111610566576020815191015160208210610557571790565b5f198260200360031b1b161790565b60405163305a27a960e01b81526020600482015290819061058b90602483019061027e565b0390fdfe60806040526004361015610011575f80fd5b5f5f3560e01c8063156194d414612c5557806329ed88b9146125405780632c1ce3f11461250c5780632e1a7d4d146123d357806330f1081a1461229d5780633354bcdb146121995780633462348414611a675780634648c94314611a3d57806347e7ef24146118d557806348e19491146118945780634f5f44ec1461183e57806350499def146118255780635b36c66b146117705780635b9ee687146116895780635bc03ef3146116585780636b55f4a5146115fb578063803f7d4e146114dd57806381818a601461149c57806384b0196e146113a05780638b5f7cfd146113875780638da5cb5b1461135e578063976d828914611321578063a051880614611308578063a13e9914146112bc578063adccf0d514611062578063b74861b214610d2e578063bd8ab05814610cd4578063bd96cee914610cbb578063c140996f14610c9d578063e059f8e614610bac578063e40238f4146109f0578063e741363b14610954578063f1cece8714610923578063f698da2514610900578063f6c68e10146105d7578063f7b100271461058b578063fc0c546a14610546578063fc334e8c146102185763fcac1798146101c7575f80fd5b34610215576102126101d8366140a5565b6101e1816144d4565b906001600160a01b036101f382614130565b1684526007602052604060018060a01b03818620541691013591614ae2565b80f35b80fd5b50346102155760403660031901126102155760043560243590808352600a6020526040832061024681614196565b60ff8151166002810361052f575064ffffffffff60a082015116804210156105185750828552600b6020526040852060018060a01b0333165f5260205260405f2060405190610294826140f4565b549163ffffffff198360201b16825260ff8360e01c1680602084015260ff8460e81c16604084015260ff606084019460f01c168452600181036104fd57506040516020810190868252876040820152604081526102f260608261410f565b5190209160405160208101903360601b82528760348201528860548201526054815261031f60748261410f565b51902060405190602082019085825260408301526040825261034260608361410f565b90519020905163ffffffff199182169116036104e557608081019261ffff845116155f1461048f57600285018054808503610473575060ff809289602093555b51169201511681109182610434575b505061041d57828552600b60209081526040808720335f90815292529020805460ff60e01b1916600160e11b179055516103ee91906103d39061ffff16614314565b61ffff60301b82549160301b169061ffff60301b1916179055565b6040519182527f4b1763d473ac8fa80b4432ba90047e1b92444d8fabc55e6a002d9b1a316d795960203393a380f35b62eb37b960e31b8552600483905233602452604485fd5b909150604051602081019186835260408201526040815261045660608261410f565b5190208652600c60205260ff604087205460581c16115f80610391565b63cf9aa47960e01b8a5260048890526024859052604452606489fd5b60028501548088036104a75750602060ff8092610382565b88878560649360405160208101918483526040820152604081526104cc60608261410f565b5190209163cf9aa47960e01b8452600452602452604452fd5b636ac1666560e01b8752600485905233602452604487fd5b630e9eb43360e21b8852600486905233602452604452606487fd5b63516ca93960e01b86526004849052602452604485fd5b63c1ad7b9760e01b86526004849052602452604485fd5b50346102155780600319360112610215576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346102155761021261059d3661402a565b6105a68161434a565b906001600160a01b036105b882614130565b1684526006602052604060018060a01b03818620541691013591614ae2565b503461021557602036600319011261021557600435808252600a6020526040822061060181614196565b60ff815116600281036108e9575060018201548452600960205260408420546001600160a01b038116338190036108d3575062ffffff8160c81c169081600a0291600a8304036108bf579064ffffffffff61065f9260a01c16614176565b804210156108a8575060a0810164ffffffffff8151168042106108915750608082019261ffff8451168061087a5750600281019182549460208501600160ff8251160160ff81116108665760ff16808252604051906106bd826140d9565b8a825260208201908b82526040830190815260405160208101908c82528b6040820152604081526106ef60608261410f565b5190208c52600c6020526001600160481b0360408d2093511661ffff60481b8454935160481b169160ff60581b905160581b16926001600160601b031916171717905560e08601926001600160481b038451169360c08801946001600160481b03865116036001600160481b038111610852579461080761ffff8d967faefbe9f5fb39fca4be7d895c2a613464644f26e186ba51a864fed58171ff46219c9a968860ff9b978160409f9c986001600160481b0361082f9a16809952528160608d01525260018a5260018b19885416178755519863ffff00008d885492015160101b169061ff008b60081b169065ffffffffff001916171786555116849061ffff60301b82549160301b169061ffff60301b1916179055565b8254600160401b600160b01b03191660689190911b68ffffffffffffffffff60681b16178255565b805468ffffffffffffffffff60b01b19169055558351928352166020820152a280f35b634e487b7160e01b8c52601160045260248cfd5b634e487b7160e01b8a52601160045260248afd5b632b9370c160e11b87526004869052602452604486fd5b63e45aebb960e01b86526004859052602452604485fd5b63d9f7451f60e01b85526004849052602452604484fd5b634e487b7160e01b86526011600452602486fd5b637e93303760e11b865233600452602452604485fd5b63c1ad7b9760e01b85526004849052602452604484fd5b5034610215578060031936011261021557602061091b614de9565b604051908152f35b50346102155760209061091b604061094361093d3661405e565b90614bbd565b919093848152600a86522083614cce565b503461021557604036600319011261021557602435906001600160a01b0382168203610215576040906004358152600b602052209060018060a01b03165f52602052606060405f2081604051916109aa836140f4565b5463ffffffff198160201b16835260ff8160e01c169283602082015260ff808360e81c169283604084015260f01c16928391015260405192835260208301526040820152f35b503461021557604036600319011261021557610a0a613fab565b6024356001600160401b038111610ba857610a29903690600401613f4a565b9190604051602081019260608452600a6080830152691ddbdc9ad95c9c1bdbdb60b21b60a083015260018060a01b03169283604083015260a06060830152610a8782610a7960c082018887614293565b03601f19810184528361410f565b905190206001600160a01b039081168086526007602052604086205490949116610b945783917f8dd9795711700fc25ffe96cd1ba99532b09e9ac78ff9c410b5051e9c1b16110391610b4360209760ff60405191610ae4836140d9565b888352601e8b8401908152600160408086019182528a845260078e52909220935184549151925192841660a01b60ff60a01b166001600160a01b039091166001600160b01b03199092169190911717911660a81b60ff60a81b16179055565b610b5860405192839289845289840191614293565b0390a3807f2f09e40afad9dd781093a2cf94d2c76aa6f8f0ede7e098318cc5532206f764fe60408051601e8152600186820152a2604051908152f35b6345ed80e960e01b85526004849052602485fd5b8280fd5b5034610215576040366003190112610215576004356024356001600160401b038111610ba857610be0903690600401613f1a565b91808452600a6020526040842091610bf783614196565b60ff815116600181141580610c92575b610c7b5750848261ffff6040610c20940151168561485e565b60018301548552600960205260408520936001600160401b0360018601541690865b818110610c555787610212888888614cce565b80610c758685610c70610c6b600196888b61426f565b614130565b614a37565b01610c42565b63c1ad7b9760e01b87526004849052602452604486fd5b506002811415610c07565b50346102155780600319360112610215576020600354604051908152f35b503461021557602061091b610ccf36613f77565b6145b8565b5034610215576020366003190112610215576060906001600160a01b03610cf9613fab565b168152600760205260ff6040822054604051925060018060a01b0381168352818160a01c16602084015260a81c166040820152f35b50346102155760203660031901126102155760405161024081018181106001600160401b0382111761104e576040528181528160208201528160408201528160608201528160808201528160a08201528160c08201528160e08201528161010082015281610120820152816101408201528161016082015281610180820152816101a0820152816101c0820152816101e08201528161020082015281610220820152600435825260096020526040822080549060018060a01b0382168352600281015460018060a01b038116602085015260018060a01b03600383015416604085015260018060a01b03600483015416606085015260018060a01b03600583015416608085015264ffffffffff8360a01c1660a0850152600162ffffff8460c81c16928360c08701528460e01c60e087015201546001600160401b0381166101008601526001600160401b038160401c166101208601526001600160401b038160801c1661014086015260c01c61016085015264ffffffffff8160a01c1661018085015264ffffffffff8160c81c166101a085015260ff8160f01c166101c085015260f81c15156101e0840152600781810204810361103a579064ffffffffff610eff926007029160a01c16614176565b61020082015260a08101519160c082015190600a828102048203611026575061024092610f2f91600a0290614176565b6102208201526102206040519160018060a01b03815116835260018060a01b03602082015116602084015260018060a01b03604082015116604084015260018060a01b03606082015116606084015260018060a01b03608082015116608084015260a081015160a084015260c081015160c084015260e081015160e08401526101008101516101008401526101208101516101208401526101408101516101408401526101608101516101608401526101808101516101808401526101a08101516101a08401526101c08101516101c08401526101e081015115156101e08401526102008101516102008401520151610220820152f35b634e487b7160e01b81526011600452602490fd5b634e487b7160e01b84526011600452602484fd5b634e487b7160e01b83526041600452602483fd5b5034610215576020366003190112610215576040516101a081018181106001600160401b0382111761104e576040528181528160208201528160408201528160608201528160808201528160a08201528160c08201528160e082015281610100820152816101208201528161014082015281610160820152816101808201526004358252600a6020526040822060026110fa82614196565b9160ff835116845261ffff60018201549384602087015281604082015116604087015281606082015116606087015260ff602060808301928484511660808a015264ffffffffff60a08201511660a08a01526001600160481b0360c0820151166101008a01526001600160481b0360e0820151166101208a01520151166101408701525116155f146112af5701546101608301525b82526009602052604082205491600762ffffff8460c81c1681020462ffffff8460c81c1603611026576111d762ffffff8460c81c1660070264ffffffffff8560a01c16614176565b60c0830152600a62ffffff8460c81c1681020462ffffff8460c81c1603611026575061121c8264ffffffffff62ffffff6101a09560c81c16600a029160a01c16614176565b60e08201526101806040519160ff81511683526020810151602084015260408101516040840152606081015160608401526080810151608084015260a081015160a084015260c081015160c084015260e081015160e08401526101008101516101008401526101208101516101208401526101408101516101408401526101608101516101608401520151610180820152f35b015461018083015261118f565b5034610215576102126112ce3661402a565b6112d781614413565b906001600160a01b036112e982614130565b1684526005602052604060018060a01b03818620541691013591614ae2565b503461021557602061091b61131c366140a5565b6144d4565b50346102155760203660031901126102155760209061091b906040906001600160a01b0361134d613fab565b16815260048452205460c01c614b7a565b50346102155780600319360112610215576002546040516001600160a01b039091168152602090f35b503461021557602061091b61139b3661402a565b614413565b5034610215578060031936011261021557611440906113de7f0000000000000000000000000000000000000000000000000000000000000000615025565b906114087f0000000000000000000000000000000000000000000000000000000000000000615025565b90602061144e6040519361141c838661410f565b83855283368137604051968796600f60f81b885260e08589015260e0880190614081565b908682036040880152614081565b904660608601523060808601528260a086015284820360c08601528080855193848152019401925b82811061148557505050500390f35b835185528695509381019392810192600101611476565b5034610215576020366003190112610215576020906001600160a01b036114c1613fab565b16815260058252604060018060a01b0391205416604051908152f35b5034610215576114ec36613fc1565b9060409594929551602081019560a08752600360c08301526206170760ec1b60e083015260018060a01b03169586604083015260e060608301526115638261154f61153c61010083018a8a614293565b828103601f19016080840152868c614293565b8660a083015203601f19810184528361410f565b905190206001600160a01b0390811680895260056020526040892054909791166115e7578694927ffe8cb9b2cc0292d5304ea6041dd13636aa0902015e4bd47822ab2594db130b5294926115dc9260408b8960209d5260058d5220896001600160601b0360a01b825416179055604051958695866142e5565b0390a3604051908152f35b6345ed80e960e01b88526004879052602488fd5b5034610215576020366003190112610215576060906040906001600160a01b03611623613fab565b16815260046020522054604051906001600160601b03811682526001600160601b0381841c16602083015260c01c6040820152f35b503461021557806003193601126102155750602073229815df80837e247066f0acfcf087b5d9321d3c604051908152f35b5034610215576060366003190112610215576116a3613fab565b6001600160a01b0390811680835260076020526040832080549192602435926044359291163381900361175a5750606483118015611750575b61173957805460ff60a81b60a884901b1661ffff60a01b1990911660ff60a01b60a086901b16171790557f2f09e40afad9dd781093a2cf94d2c76aa6f8f0ede7e098318cc5532206f764fe9160409182519182526020820152a280f35b6044858385631f6f491b60e31b8352600452602452fd5b50606482116116dc565b631194af8760e11b865233600452602452604485fd5b50346102155761178261093d3661405e565b9190915462ffffff8160c81c169081600702916007830403611811579064ffffffffff6117b29260a01c16614176565b804210156117fc57828252600a60209081526040808420805475ffffffffffffffffff000000000000000000000000ff19166d010000000000000000000000000117905551848152f35b60449263104a8fe560e11b8352600452602452fd5b634e487b7160e01b83526011600452602483fd5b503461021557602061091b6118393661402a565b61434a565b503461021557602036600319011261021557600435906003548083101561187f57602063ffffffff61186f85614328565b90549060031b1c16604051908152f35b60449263d53ebe5d60e01b8352600452602452fd5b5034610215576020366003190112610215576020906001600160a01b036118b9613fab565b16815260068252604060018060a01b0391205416604051908152f35b5034610215576040366003190112610215576118ef613fab565b6040516323b872dd60e01b81523360048201523060248281019190915235604482018190529190602081606481877f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af1908115611a32578491611a03575b50156119f4576001600160a01b031680835260046020526040832080546119889084906001600160601b0316614176565b6001600160601b0381116119e0576001600160601b03809116166001600160601b03198254161790556040519182527f5548c837ab068cf56a2c2479df0882a4922fd203edb7517321831d95078c5f6260203393a380f35b6304041d9560e11b85526004849052602485fd5b63022e258160e11b8352600483fd5b611a25915060203d602011611a2b575b611a1d818361410f565b8101906142cd565b5f611957565b503d611a13565b6040513d86823e3d90fd5b50346102155760203660031901126102155760406020916004358152600883522054604051908152f35b50346121955760c0366003190112612195576024356044356004356064356001600160a01b03811690818103612195576084356001600160401b03811161219557611ab6903690600401613f4a565b93909560a4356001600160401b03811161219557611ad8903690600401613f4a565b989094835f52600a60205260405f2098611af18a614196565b9760ff8951166001810361217f575060018b01545f52600960205260405f209788549c8d9162ffffff60018060a01b0384169360c81c168060070290600782040361207f578f9064ffffffffff611b4b9260a01c16614176565b804210156121695750885f52600b60205260405f2060018060a01b0333165f5260205260405f209960ff8b5460e01c166121525760028c015460f81c8061214a575b6121375790611bff929160405160208101913360601b83528c60348301526001600160601b03199060601b16605482015260488152611bcd60688261410f565b5190207f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f52601c52603c5f20614b46565b50506001600160a01b031681810361211e575050826120c9575b505050604086019461ffff80875116146120b657335f52600460205260405f205460c01c611c4690614b7a565b9760018201546001600160401b0316853391611c619261476e565b6040516020810191858352604082015260408152611c8060608261410f565b51902085546020898101805161ffff60e81b196001600160e81b03199094169490921c93909317600160e01b17919091166d010102020202030303030303030360801b6fffffffffffffffffffffffffffffffff8c1160071b8c811c6001600160401b031060061b178c811c63ffffffff1060051b178c811c61ffff1060041b178c811c60ff1060031b178c811c600f1060021b178c811c9190911a1760e81b60ff60e81b161760f09190911b60ff60f01b1617909555855161ffff16611d4690614314565b61ffff16865260405183815288602082015284339160407ffd7e46c295a8aa307d0f75e9d588dfe3f966b0f1f671d2054b119cb1baad9d9f91a3604051602081019085825284604082015260408152611da060608261410f565b51902091825f52600c60205260405f209260405193611dbe856140d9565b54906001600160481b0382169a8b865260208601958360481c61ffff1687526040019260581c60ff16835260018c1160018d180260011890611dff91614183565b9360c08b019b858d516001600160481b031690611e1b91614176565b90611e2591614074565b906001600160481b03861180156120a6575b612093576001600160481b0382168d525460e01c90611e568287614183565b915f19810190811161207f57611e6b91614183565b1015611ff2575050505f9960c71c6301fffffe164290611e8a91614176565b91600288525161ffff16611e9d90614314565b61ffff169081606089015264ffffffffff831660a08901526001600160481b031660e08801528260028a01556040519283526020830152604082015260607f9e1b0562e94ccd41395a5f3955470daf2a4ad1344bd5463dc314f080da6ea54a91a260e093611fc5926001600160481b03925b60ff808751161660ff19895416178855519063ffff00008854915160101b169061ff0065ffff00000000606089015160201b169360081b169065ffffffffff0019161717178655611f7f61ffff608086015116879061ffff60301b82549160301b169061ffff60301b1916179055565b60a084015186549151600160401b600160b01b031990921660409190911b6cffffffffff00000000000000001617911660681b68ffffffffffffffffff60681b16178455565b0151815468ffffffffffffffffff60b01b191660b09190911b68ffffffffffffffffff60b01b1617905580f35b90919b5060e0999550611fc597945060ff61201a61ffff6001600160481b0399965116614314565b92511690876040519461202c866140d9565b16845261ffff6020850193168352604084019182525f52600c6020528660405f2093511661ffff60481b8454935160481b169160ff60581b905160581b16926001600160601b0319161717179055611f0f565b634e487b7160e01b5f52601160045260245ffd5b886371ba88a160e11b5f5260045260245ffd5b506001600160481b038211611e37565b8363b7a34b9760e01b5f5260045260245ffd5b6120ed9160405160208101908782528c604082015260408152611bcd60608261410f565b50506001600160a01b03168181036121055780611c19565b84631ec75b7f60e31b5f5260045260245260445260645ffd5b8763b72c578760e01b5f5260045260245260445260645ffd5b8963249aeceb60e01b5f5260045260245ffd5b508615611b8d565b8963527db3d560e11b5f526004523360245260445ffd5b8963104a8fe560e11b5f5260045260245260445ffd5b8663c1ad7b9760e01b5f5260045260245260445ffd5b5f80fd5b34612195576121a736613fc1565b90604095939594929451602081019460a08652600760c08301526619185d185cd95d60ca1b60e083015260018060a01b03169485604083015260e060608301526122108261154f6121fd61010083018c8a614293565b828103601f19016080840152868b614293565b905190206001600160a01b039081165f818152600660205260409020549096911661228a57926115dc7f4ace378d3878fd4cfaea01fa432c07d20ae9fef3e820a25329085dede1b65dfb93602098938896875f5260068b5260405f20896001600160601b0360a01b825416179055604051958695866142e5565b856345ed80e960e01b5f5260045260245ffd5b34612195576040366003190112612195576004356001600160401b038111612195576122cd903690600401613f4a565b6002546001600160a01b03169160243591338490036123bc57906122f2913691614239565b90801580156123b0575b61239e57600354906801000000000000000082101561238a577f67cd741998e535c5595faf52cb0ec8897afeeb082dff9d6e9c8af244d4d9679361237a60209484936001850160035561234e85614328565b81549060031b9063ffffffff808516831b921b1916179055604051928392604084526040840190614081565b90878301520390a2604051908152f35b634e487b7160e01b5f52604160045260245ffd5b63ca8f6d0560e01b5f5260045260245ffd5b5062ffffff81116122fc565b83631194af8760e11b5f523360045260245260445ffd5b3461219557602036600319011261219557600435335f52600460205260405f206001600160601b038154168083116124f2576001600160601b03612418848293614074565b16166001600160601b03198254161790556040518181527f884edad9ce6fa2440d8a54cc123490eb96d2768479d49ff9c7366125a942436460203392a260405163a9059cbb60e01b815233600482015260248101919091526020816044815f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af19081156124e7575f916124c8575b50156124b957005b63022e258160e11b5f5260045ffd5b6124e1915060203d602011611a2b57611a1d818361410f565b816124b1565b6040513d5f823e3d90fd5b8263db42144d60e01b5f523360045260245260445260645ffd5b346121955761253e61251d36613f77565b612526816145b8565b9060e061253560c08301614130565b91013591614ae2565b005b34612195576080366003190112612195576024356001600160401b03811161219557612570903690600401613f1a565b6044356001600160401b0381116121955761258f903690600401613f4a565b916064356001600160401b038111612195576125af903690600401613f4a565b9290936004355f52600a60205260405f20916125ca83614196565b9360ff85511660028103612c3d575060018401545f908152600960205260409020805490916001600160a01b0382169133839003612c265762ffffff8160c81c1680600a0290600a82040361207f5764ffffffffff61262c9260a01c16614176565b80421015612c0e575061ffff60808801511661ffff6060890151168082148015612bef575b15612bb757505060028601546005840154999a98996001600160a01b03169889159891979091888c8e8c15612b9e5750905015155b612b8957838361ffff60406126a09401511660043561485e565b600360ff1982541617905560018401908154916001600160401b038360401c16956001600160401b038460801c169360c01c90600281019461270260018060a01b03875416600435906126fc8c6126f78887614176565b614176565b90614916565b80612b68575b5081612b45575b5050601e8602868104601e148715171561207f57612734906064600435910487614a37565b73229815df80837e247066f0acfcf087b5d9321d3c5f81905260046020527f98e56eb41539933e22d7abff780f877d4b0fc6c773f1198abe1858f2684ff8c55460601c6001600160601b0316801592918315612aea575b50506001600160401b03915054165f925f5b858110612a7b575060ff905460f01c1660640360ff811161207f576127c760ff6064921688614183565b045f945f5b8181106128b557505050505050916128149161280e7ff9109a131e415c06d5682c7c53d1f412a62b3f6d800eefe3ac5ca1115fc89a0d96959460043593614074565b906149c4565b61282760405192839260043596846142b3565b0390a21561283157005b620319a65a106128a6575f928361286761287582956040519283916020830196635dd8085560e01b8852600435602485016142b3565b03601f19810183528261410f565b519262030d40f1503d1561253e573d61288d8161421e565b9061289b604051928361410f565b81525f60203d92013e005b6354eb875560e11b5f5260045ffd5b6128c3610c6b82848861426f565b600480355f908152600b602090815260408083206001600160a01b03861684528252808320939091529020805482549194939260c082901c928b929060e01c60ff166002036129df5750816129bf57505061293a6129225f809c614176565b9a6129306004358a86614a37565b60043590846149c4565b60018511612950575b5050600191505b016127cc565b6001810180911161207f5783546001600160c01b031660c082901b6001600160c01b031916179093556001926040519081528360208201527f9eefbf5157c49c0436a2849395c9e1ddf3949de9667190792b68714c8b35c302604060043593868060a01b031692a35f80612943565b61293a916129d760ff612922935460e81c168a614183565b04809c614176565b90506801fffffffffffffffe91506129fd6004969396358a86614916565b60bf1c16938085046002149015171561207f5780546001600160c01b0316600390940460c081901b6001600160c01b031916949094179055604080519384525f6020850152600193600435926001600160a01b0316917f9eefbf5157c49c0436a2849395c9e1ddf3949de9667190792b68714c8b35c30291a361294a565b936004355f52600b60205260405f20612a98610c6b87898861426f565b60018060a01b03165f5260205260405f2054600260ff8260e01c16145f14612ad55760019160ff612acd9260e81c1690614176565b945b0161279d565b509396612ae483600192614176565b97612acf565b600a820293828504600a14171561207f57612b34612b3e9260646001600160401b039604633b9aca00808211911802633b9aca008280838318109218180218918260043591614916565b60043590886149c4565b8e8061278b565b600490810154612b6192913591906001600160a01b03166149c4565b8d8061270f565b6003820154612b8391600435916001600160a01b03166149c4565b8f612708565b635870d0f160e11b5f5260043560045260245ffd5b612ba9913691614239565b602081519101201415612686565b6084925064ffffffffff60a08a015116906040519263178ab15960e11b84526004356004850152602484015260448301526064820152fd5b508115158015612651575064ffffffffff60a08a015116421015612651565b63d9f7451f60e01b5f5260043560045260245260445ffd5b82637e93303760e11b5f523360045260245260445ffd5b63c1ad7b9760e01b5f5260043560045260245260445ffd5b34612195576080366003190112612195576001600160401b03600435116121955761012060043536036003190112612195576001600160401b03602435116121955761012060243536036003190112612195576001600160401b03604435116121955761016060443536036003190112612195576001600160401b03606435116121955761020060643536036003190112612195576101c06040525f608081905260a081905260c081905260e08190526101008190526101208190526101408190526101608190526101808190526101a0526001600160a01b03612d3c6004803501614130565b16610140526001600160a01b03612d57600460243501614130565b16610160526001600160a01b03612d72600460443501614130565b16610180526001600160a01b03612d8d60643560c401614130565b166101a0526001600160a01b03612da8606435604401614130565b161515610120526003546064356101240135811115613efd576084604435013580610124606435013503613ee05760a4604435013580610144606435013511613ec35763ffffffff610144606435013511613ea95760246064350135602460043501358110613e89576101205115613e83576024803501355b8060648035013510613e63576024604435013560a4606435013510613e3b576001600160401b0360246004350135118015613e2b575b8015613e15575b613de2576064600435013590610104606435013582179160a060800151613dcf575b6064604435013580198416613db957508218600116613daa57612ea7606435600401614130565b610140516001600160a01b039081169116819003613d7f575061012051151580613d58575b613d22576101205115613d1c57610160516001600160a01b03165b612f0b612ef8608460643501614130565b610180516001600160a01b031690614f05565b15613d0957612f2781612f22608460043501614130565b614f05565b15613cf557612f3d612ef860a460043501614130565b15613ce157612f66612f5360c460043501614130565b6101a0516001600160a01b031690614f05565b15613ccd5761012051613c51575b612f98612f8560c460443501614130565b610140516001600160a01b031690614f05565b15613c3d57612faf90612f2260e460443501614130565b15613c2957612fc6612f5361010460443501614130565b15613c1557610140516001600160a01b039081165f9081526005602052604090205416908115613bed57610120515f9390613ba0575b610180516001600160a01b03165f908152600760205260409081902090519390613025856140d9565b546001600160a01b03811680865260ff60a083901c8116602088015260a89290921c909116604086015215613b7857613062600435600401614413565b6080526130736044356004016144d4565b60c0526130846004606435016145b8565b60e0526080516130a7906130a16004803561010481019101614144565b91614b46565b506004811015613ab357158015918391613b64575b50508015613b5d575b613b475760c0516130f76130e3604435610144810190600401614144565b87516001600160a01b031693909190614b46565b506004811015613ab357158015918391613b33575b50508015613b2b575b613b14575060e05161314a6131346064356101e4810190600401614144565b6101a0516001600160a01b031693909190614b46565b506004811015613ab357158015918391613b00575b50508015613af8575b613ae1575060e0515f90815260086020526040808220546080518352912054600435604401359080821115613ad9576131a091614074565b61010081905260c0515f908152600860205260409020546044803501359080821115613ad0576131cf91614074565b905b808218908211021861010081905260643560e401358280821115613ac7576131f891614074565b905b808218908211021861010052610120516139d4575b61010051156139c55764ffffffffff61322c608080015183614176565b116139aa57606060800151604051602081019182528260408201526040815261325660608261410f565b5190209460808001516080515f52600860205261327860405f20918254614176565b905560808001516040608001515f52600860205261329b60405f20918254614176565b9055610100516132ab9083614176565b60e0515f9081526008602052604090205561012051613982575b6101005160405194906102a086016001600160401b0381118782101761238a576040525f86525f60208701525f60408701525f60608701525f60808701525f60a08701525f60c08701525f60e08701525f6101008701525f6101208701525f6101408701525f6101608701525f6101808701525f6101a08701525f6101c08701525f6101e08701525f6102008701525f6102208701525f6102408701525f61026087015260606102808701526133816101246064350135614328565b905460039190911b1c906001600160a01b036133a06004803501614130565b1687526001600160a01b036133b9600460443501614130565b1660408801526001600160a01b036133d560643560c401614130565b1660608801526001600160a01b036133f260643561016401614130565b1660808801526001600160a01b0361340f60643561018401614130565b1660a088015283516001600160a01b031660c0880152602460043581013560e0890152610100880189905260443501356101208801819052602085015160649161345c9160ff1690614183565b04610140880152601e602460443501358181029391818504149015171561207f5760209a8a99613748988b98613728976001600160401b036101408e60ff60408f9c8f906064900461016085015201511661018082015261012460643501356101a082015263ffffffff89166101c082015260016101446064350135116001610144606435013518026001186101e0820152426102008201528461022082015289610240820152836102608201526135296135226101a460643501606435600401614144565b3691614239565b6102808201525f8b81526009602052604090208d5181546001600160c81b0319166001600160a01b0391909116174260a01b64ffffffffff60a01b161781559889546101e08301516001600160c81b0390911660c89290921b62ffffff60c81b169190911760e091821b6001600160e01b031916178a55910151908f01516001600160c01b0392909116919091166044356024013560401b6fffffffffffffffff00000000000000001617608082901b67ffffffffffffffff60801b161760c086901b6001600160c01b0319161760018801559661364964ffffffffff61361460c460643501614130565b60028a0180546001600160c81b0319166001600160a01b03909216919091179190951660a01b64ffffffffff60a01b16178455565b825460408c015165ffffffffffff60c81b1990911660c89290921b64ffffffffff60c81b169190911760f09190911b60ff60f01b1617825581546001600160f81b03166001909116151560f81b6001600160f81b0319161790558461395b575b50613934575b5060a08801516001600160a01b0316908161390d575b5050610120511561390757610160516001600160a01b03165b6001600160a01b03908116888c01526101a051610100890151911691613722916137189161370c9190614176565b6101208a015190614176565b6101005190614183565b9061476e565b51610160840151610100516001600160a01b039092169161372291614183565b817fd811b592ed0899225773e8933d8df64bd0b62761a9d7aad4ed5b22735f4610a460a06080518760800151604060800151606060800151906080800151926040519485528b850152604084015260608301526080820152a27f85c54bcc251abec95f964fb5726703c46e49a131612eed45d98ea67e2f7c0d4461028060018060a01b036101006080015116926115dc60405192839289845260018060a01b038151168a85015260018060a01b038a82015116604085015260018060a01b03604082015116606085015260018060a01b03606082015116608085015260018060a01b0360808201511660a085015260018060a01b0360a08201511660c085015260018060a01b0360c08201511660e085015260e08101516101008501526101008101516101208501526101208101516101408501526101408101516101608501526101608101516101808501526101808101516101a08501526101a08101516101c08501526101c08101516101e08501526101e08101516102008501526102008101516102208501526102208101516102408501526102408101516102608501526102608101518285015201516102a0808401526102c0830190614081565b5f6136de565b60050180546001600160a01b0319166001600160a01b039092169190911790558a806136c5565b6004820180546001600160a01b0319166001600160a01b039092169190911790558b6136af565b6003840180546001600160a01b0319166001600160a01b039092169190911790558d6136a9565b60808001516020608001515f5260086020526139a360405f20918254614176565b90556132c5565b60808001519063360ea2cf60e01b5f5260045260245260445ffd5b63e2d8616560e01b5f5260045ffd5b6139fe6139e560243560040161434a565b60a08190526130a1602435610104810190600401614144565b506004811015613ab3571590811591613a9c575b508015613a8b575b613a68576101005160a0515f90815260086020526040902054602435604401359080821115613a5f57613a4c91614074565b905b80821890821102186101005261320f565b50505f90613a4e565b632f4425ed60e11b5f90815260016004526001600160a01b038716602452604490fd5b506001600160a01b03861615613a1a565b6001600160a01b0388811691161415905087613a12565b634e487b7160e01b5f52602160045260245ffd5b50505f906131fa565b50505f906131d1565b50505f6131a0565b632f4425ed60e11b5f52600360045260245260445ffd5b508015613168565b6001600160a01b031614159050818861315f565b632f4425ed60e11b5f52600260045260245260445ffd5b508015613115565b6001600160a01b031614159050818861310c565b632f4425ed60e11b5f525f60045260245260445ffd5b505f6130c5565b6001600160a01b03161415905081876130bc565b610180516310f17e8760e31b5f90815260026004526001600160a01b03909116602452604490fd5b610160516001600160a01b039081165f9081526006602052604090205416935083612ffc57610160516310f17e8760e31b5f90815260016004526001600160a01b03909116602452604490fd5b610140516310f17e8760e31b5f90815260048190526001600160a01b03909116602452604490fd5b636425fbb560e01b5f52600960045260245ffd5b636425fbb560e01b5f52600860045260245ffd5b636425fbb560e01b5f52600760045260245ffd5b613c62612f85608460243501614130565b15613cba57613c78612ef860a460243501614130565b15613ca657613c8e612f5360c460243501614130565b612f7457636425fbb560e01b5f52600660045260245ffd5b636425fbb560e01b5f52600560045260245ffd5b636425fbb560e01b5f526004805260245ffd5b636425fbb560e01b5f52600360045260245ffd5b636425fbb560e01b5f52600260045260245ffd5b636425fbb560e01b5f52600160045260245ffd5b636425fbb560e01b5f525f60045260245ffd5b5f612ee7565b613d30604460643501614130565b6101605163dda6c64f60e01b5f9081526001600160a01b039283166004529116602452604490fd5b50613d67604460643501614130565b610160516001600160a01b0391821691161415612ecc565b613d8d606435600401614130565b6320fcc9cd60e21b5f5260018060a01b031660045260245260445ffd5b63df9a691960e01b5f5260045ffd5b8363e7b4120f60e01b5f5260045260245260445ffd5b91600e1960646024350135161791612e80565b630c3db3e760e01b5f90815260443560249081013560048035830135808618908610029094188181189082100218909252fd5b506001600160401b036024604435013511612e5e565b506001600160401b038111612e57565b636c47b65360e01b5f52600260045260a460643501356024526024604435013560445260645ffd5b636c47b65360e01b5f52600160045260648035013560245260445260645ffd5b5f612e21565b636c47b65360e01b5f525f6004526024526024600435013560445260645ffd5b639b520d8760e01b5f52610144606435013560045260245ffd5b635408e04560e11b5f52610144606435013560045260245260445ffd5b632951f40560e21b5f52610124606435013560045260245260445ffd5b63d53ebe5d60e01b5f52610124606435013560045260245260445ffd5b9181601f84011215612195578235916001600160401b038311612195576020808501948460051b01011161219557565b9181601f84011215612195578235916001600160401b038311612195576020838186019501011161219557565b602060031982011261219557600435906001600160401b038211612195576102009082900360031901126121955760040190565b600435906001600160a01b038216820361219557565b906080600319830112612195576004356001600160a01b038116810361219557916024356001600160401b038111612195578161400091600401613f4a565b92909291604435906001600160401b0382116121955761402291600401613f4a565b909160643590565b602060031982011261219557600435906001600160401b038211612195576101209082900360031901126121955760040190565b6040906003190112612195576004359060243590565b9190820391821161207f57565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b602060031982011261219557600435906001600160401b038211612195576101609082900360031901126121955760040190565b606081019081106001600160401b0382111761238a57604052565b608081019081106001600160401b0382111761238a57604052565b90601f801991011681019081106001600160401b0382111761238a57604052565b356001600160a01b03811681036121955790565b903590601e198136030182121561219557018035906001600160401b0382116121955760200191813603831361219557565b9190820180921161207f57565b8181029291811591840414171561207f57565b9060405161010081018181106001600160401b0382111761238a5760405260e06001600160481b0382945460ff8116845260ff8160081c16602085015261ffff8160101c16604085015261ffff8160201c16606085015261ffff8160301c16608085015264ffffffffff8160401c1660a0850152818160681c1660c085015260b01c16910152565b6001600160401b03811161238a57601f01601f191660200190565b9291926142458261421e565b91614253604051938461410f565b829481845281830111612195578281602093845f960137010152565b919081101561427f5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b908060209392818452848401375f828201840152601f01601f1916010190565b6040906142ca949281528160208201520191614293565b90565b90816020910312612195575180151581036121955790565b9594936143016040949261430f9460608a5260608a0191614293565b918783036020890152614293565b930152565b61ffff60019116019061ffff821161207f57565b9060035482101561427f5760035f52601c60205f208360031c019260021b1690565b6142ca9061435781614130565b9060e061436660808301614130565b9161437360a08201614130565b61437f60c08301614130565b604080517f6cfc932a5a3d22c4359295b9f433edff52b60703fa47690a04a83e40933dd47c60208083019182526001600160a01b03998a16838501528601356060808401919091529286013560808301529185013560a082015295871660c087015291861684860152909416610100840152013561012080830191909152815261440b6101408261410f565b519020614b97565b6142ca9061442081614130565b9060e061442f60808301614130565b9161443c60a08201614130565b61444860c08301614130565b604080517f60815a0eeec47dddf1615fe53b31d016c31444e01b9d796db365443a6445d00860208083019182526001600160a01b03998a16838501528601356060808401919091529286013560808301529185013560a082015295871660c087015291861684860152909416610100840152013561012080830191909152815261440b6101408261410f565b6142ca906144e181614130565b906101206144f160c08301614130565b916144fe60e08201614130565b61450b6101008301614130565b906040519460208601967faa3429fb281b34691803133d3d978a75bb77c617ed6bc9aa162b9b30920022bb885260018060a01b031660408701526020840135606087015260408401356080870152606084013560a0870152608084013560c087015260a084013560e087015260018060a01b031661010086015260018060a01b03168385015260018060a01b03166101408401520135610160820152610160815261440b6101808261410f565b6142ca906145c581614130565b9061440b6145d560408301614130565b926145e260808401614130565b6145ee60c08501614130565b906040519560208701937ff24e853034a3a450aba845a82914fbb564ad85accca6cf62be112a154520fae0855260018060a01b031660408801526020860135606088015260018060a01b03166080870152606085013560a087015260018060a01b031660c086015260a084013560e086015260018060a01b031661010085015260e0830135610120850152610120845261468a6101408561410f565b60206146996101608501614130565b6101c06146a96101808701614130565b956146bb6135226101a0830183614144565b8481519101206040519785890194610100840135865261012084013560408b015261014084013560608b015260018060a01b031660808a015260018060a01b031660a089015260c0880152013560e086015260e0855261471d6101008661410f565b60405194859383850197518091895e840190838201905f8252519283915e01015f815203601f19810183528261410f565b906001600160601b03809116911601906001600160601b03821161207f57565b8115614859576001600160a01b03165f81815260046020526040902080549193916001600160601b031680841161483f579161483284926001600160601b03806147db7fceea5b421e1b4e7ed15f76569a4c1608f411702926a7d2ffff370e07913df3b698604098614074565b16166001600160601b031982541617815561480c6001600160601b0385166001600160601b03835460601c1661474e565b8154600160601b600160c01b03191660609190911b600160601b600160c01b0316179055565b82519182526020820152a2565b838563db42144d60e01b5f5260045260245260445260645ffd5b505050565b8184036148fb575f93845b81861061487857505050505050565b614886610c6b87848861426f565b906001600160a01b0380831691168111156148df57835f52600b60205260405f20815f5260205260ff60405f205460e01c16156148c95750600190950194614869565b83634e8d394f60e11b5f5260045260245260445ffd5b50509250638f8450d760e01b5f5260045260245260445260645ffd5b909150638f8450d760e01b5f5260045260245260445260645ffd5b8115614859576001600160a01b03165f818152600460205260409020805491939160601c6001600160601b03168084116149aa579161483284926001600160601b036149857f1bccc549c38561cd5b57f0db11ceb8dde1b0b6ee05ab5e155b51c7c5ba64becb97604097614074565b8254600160601b600160c01b031916911660601b600160601b600160c01b0316179055565b83856335242c5f60e21b5f5260045260245260445260645ffd5b8115614859577fc2aca55aa696938c7e95842e8939ca0fbb2120a3eeb8948cdcee2b70da5666729160409160018060a01b031693845f526004602052825f206001600160601b03614a1a8185168284541661474e565b166001600160601b031982541617905582519182526020820152a2565b8115614859576001600160a01b03165f818152600460205260409020805491939160601c6001600160601b03168084116149aa57918391614acb6001600160601b03614aa67f46de8a0d295120f27fa59833bce1bad1b02b7f10540d2f38e1a47361a429450497604097614074565b8354600160601b600160c01b031916911660601b600160601b600160c01b0316178255565b6001600160601b03614a1a8185168284541661474e565b91906001600160a01b031633819003614b30575060207f32bfbf0ce072ac2067018115e1215d245e41de7763330ecac86c6d4f558b326591835f52600882528060405f2055604051908152a2565b631194af8760e11b5f523360045260245260445ffd5b9060418303614b7057614b699250602081013591604082359201355f1a90614fa3565b9192909190565b50505f9160029190565b6003900460038082119118026003185f19810190811161207f5790565b604290614ba2614de9565b906040519161190160f01b8352600283015260228201522090565b9091815f52600960205260405f209160018060a01b0383541615614cbc57600283015464ffffffffff8160a01c168086108015614c9f575b614c6a575050604051602081019082825285604082015260408152614c1b60608261410f565b51902093845f52600a60205260405f2060ff8154168061217f5750602086928460017f32c962542d69319c24f1d0f276e93f79f27ef1a7c2766edac7abe22f718ae55d940155604051908152a3565b60405163827ff90360e01b8152600481019390935260248301869052604483015260c81c64ffffffffff166064820152608490fd5b50614cb464ffffffffff8360c81c1682614176565b861015614bf5565b636a196fcb60e01b5f5260045260245ffd5b9190815462ffffff8160c81c1680600a0290600a82040361207f5764ffffffffff614cfc9260a01c16614176565b804210614dd35750600460ff198254161790556001810154614d57836001600160401b038360401c1692614d51846126f760018060a01b03600289015416936001600160401b038160c01c9160801c16614176565b90614a37565b601e810290808204601e149015171561207f57614dad91614d88846064819404809360018060a01b03905416614916565b73229815df80837e247066f0acfcf087b5d9321d3c614da88383836149c4565b61476e565b7fcbc308b5f91040d2659a5201858344b0b583cd2f9e18e8470c2fa052c5b21ff85f80a2565b83636286375760e01b5f5260045260245260445ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480614edc575b15614e44577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152614ed660c08261410f565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614614e1b565b6001600160a01b038116919082158015614f91575b614f89573b15614f835760209060446040518094819363d202158d60e01b835260018060a01b03166004830152600460248301525afa5f9181614f62575b506142ca57505f90565b614f7c91925060203d602011611a2b57611a1d818361410f565b905f614f58565b50505f90565b505050600190565b506001600160a01b0382168314614f1a565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161501a579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156124e7575f516001600160a01b0381161561501057905f905f90565b505f906001905f90565b5050505f9160039190565b60ff811690601f8211615054576040519161504160408461410f565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd67cd741998e535c5595faf52cb0ec8897afeeb082dff9d6e9c8af244d4d96793",
}

// Hub is an auto generated Go binding around an Ethereum contract.
type Hub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Hub) GetABI() abi.ABI {
	return c.abi
}

// NewHub creates a new instance of Hub.
func NewHub() *Hub {
	parsed, err := HubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Hub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Hub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_) returns()
func (hub *Hub) PackConstructor(token_ common.Address) []byte {
	enc, err := hub.abi.Pack("", token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackKITTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc03ef3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KITTY() view returns(address)
func (hub *Hub) PackKITTY() []byte {
	enc, err := hub.abi.Pack("KITTY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKITTY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc03ef3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KITTY() view returns(address)
func (hub *Hub) TryPackKITTY() ([]byte, error) {
	return hub.abi.Pack("KITTY")
}

// UnpackKITTY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bc03ef3.
//
// Solidity: function KITTY() view returns(address)
func (hub *Hub) UnpackKITTY(data []byte) (common.Address, error) {
	out, err := hub.abi.Unpack("KITTY", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAppOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81818a60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appOwner(address ) view returns(address)
func (hub *Hub) PackAppOwner(arg0 common.Address) []byte {
	enc, err := hub.abi.Pack("appOwner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81818a60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appOwner(address ) view returns(address)
func (hub *Hub) TryPackAppOwner(arg0 common.Address) ([]byte, error) {
	return hub.abi.Pack("appOwner", arg0)
}

// UnpackAppOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81818a60.
//
// Solidity: function appOwner(address ) view returns(address)
func (hub *Hub) UnpackAppOwner(data []byte) (common.Address, error) {
	out, err := hub.abi.Unpack("appOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe059f8e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(bytes32 taskid, address[] workers) returns()
func (hub *Hub) PackClaim(taskid [32]byte, workers []common.Address) []byte {
	enc, err := hub.abi.Pack("claim", taskid, workers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe059f8e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(bytes32 taskid, address[] workers) returns()
func (hub *Hub) TryPackClaim(taskid [32]byte, workers []common.Address) ([]byte, error) {
	return hub.abi.Pack("claim", taskid, workers)
}

// PackCloseAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa13e9914.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hub *Hub) PackCloseAppOrder(o AppOrder) []byte {
	enc, err := hub.abi.Pack("closeAppOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa13e9914.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hub *Hub) TryPackCloseAppOrder(o AppOrder) ([]byte, error) {
	return hub.abi.Pack("closeAppOrder", o)
}

// PackCloseDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7b10027.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hub *Hub) PackCloseDatasetOrder(o DatasetOrder) []byte {
	enc, err := hub.abi.Pack("closeDatasetOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7b10027.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) returns()
func (hub *Hub) TryPackCloseDatasetOrder(o DatasetOrder) ([]byte, error) {
	return hub.abi.Pack("closeDatasetOrder", o)
}

// PackCloseRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c1ce3f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) returns()
func (hub *Hub) PackCloseRequestOrder(o RequestOrder) []byte {
	enc, err := hub.abi.Pack("closeRequestOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c1ce3f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) returns()
func (hub *Hub) TryPackCloseRequestOrder(o RequestOrder) ([]byte, error) {
	return hub.abi.Pack("closeRequestOrder", o)
}

// PackCloseWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcac1798.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) returns()
func (hub *Hub) PackCloseWorkerpoolOrder(o WorkerpoolOrder) []byte {
	enc, err := hub.abi.Pack("closeWorkerpoolOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcac1798.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) returns()
func (hub *Hub) TryPackCloseWorkerpoolOrder(o WorkerpoolOrder) ([]byte, error) {
	return hub.abi.Pack("closeWorkerpoolOrder", o)
}

// PackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4648c943.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consumed(bytes32 ) view returns(uint256)
func (hub *Hub) PackConsumed(arg0 [32]byte) []byte {
	enc, err := hub.abi.Pack("consumed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4648c943.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consumed(bytes32 ) view returns(uint256)
func (hub *Hub) TryPackConsumed(arg0 [32]byte) ([]byte, error) {
	return hub.abi.Pack("consumed", arg0)
}

// UnpackConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4648c943.
//
// Solidity: function consumed(bytes32 ) view returns(uint256)
func (hub *Hub) UnpackConsumed(data []byte) (*big.Int, error) {
	out, err := hub.abi.Unpack("consumed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34623484.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribute(bytes32 taskid, bytes32 resultHash, bytes32 resultSeal, address enclaveChallenge, bytes enclaveSign, bytes authSign) returns()
func (hub *Hub) PackContribute(taskid [32]byte, resultHash [32]byte, resultSeal [32]byte, enclaveChallenge common.Address, enclaveSign []byte, authSign []byte) []byte {
	enc, err := hub.abi.Pack("contribute", taskid, resultHash, resultSeal, enclaveChallenge, enclaveSign, authSign)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34623484.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribute(bytes32 taskid, bytes32 resultHash, bytes32 resultSeal, address enclaveChallenge, bytes enclaveSign, bytes authSign) returns()
func (hub *Hub) TryPackContribute(taskid [32]byte, resultHash [32]byte, resultSeal [32]byte, enclaveChallenge common.Address, enclaveSign []byte, authSign []byte) ([]byte, error) {
	return hub.abi.Pack("contribute", taskid, resultHash, resultSeal, enclaveChallenge, enclaveSign, authSign)
}

// PackCountCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc140996f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function countCategory() view returns(uint256)
func (hub *Hub) PackCountCategory() []byte {
	enc, err := hub.abi.Pack("countCategory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCountCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc140996f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function countCategory() view returns(uint256)
func (hub *Hub) TryPackCountCategory() ([]byte, error) {
	return hub.abi.Pack("countCategory")
}

// UnpackCountCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc140996f.
//
// Solidity: function countCategory() view returns(uint256)
func (hub *Hub) UnpackCountCategory(data []byte) (*big.Int, error) {
	out, err := hub.abi.Unpack("countCategory", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x803f7d4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createApp(address appOwner_, string name, bytes multiaddr, bytes32 checksum) returns(address app)
func (hub *Hub) PackCreateApp(appOwner common.Address, name string, multiaddr []byte, checksum [32]byte) []byte {
	enc, err := hub.abi.Pack("createApp", appOwner, name, multiaddr, checksum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateApp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x803f7d4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createApp(address appOwner_, string name, bytes multiaddr, bytes32 checksum) returns(address app)
func (hub *Hub) TryPackCreateApp(appOwner common.Address, name string, multiaddr []byte, checksum [32]byte) ([]byte, error) {
	return hub.abi.Pack("createApp", appOwner, name, multiaddr, checksum)
}

// UnpackCreateApp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x803f7d4e.
//
// Solidity: function createApp(address appOwner_, string name, bytes multiaddr, bytes32 checksum) returns(address app)
func (hub *Hub) UnpackCreateApp(data []byte) (common.Address, error) {
	out, err := hub.abi.Unpack("createApp", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30f1081a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCategory(string name, uint256 timeRef) returns(uint256)
func (hub *Hub) PackCreateCategory(name string, timeRef *big.Int) []byte {
	enc, err := hub.abi.Pack("createCategory", name, timeRef)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30f1081a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCategory(string name, uint256 timeRef) returns(uint256)
func (hub *Hub) TryPackCreateCategory(name string, timeRef *big.Int) ([]byte, error) {
	return hub.abi.Pack("createCategory", name, timeRef)
}

// UnpackCreateCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30f1081a.
//
// Solidity: function createCategory(string name, uint256 timeRef) returns(uint256)
func (hub *Hub) UnpackCreateCategory(data []byte) (*big.Int, error) {
	out, err := hub.abi.Unpack("createCategory", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3354bcdb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDataset(address datasetOwner_, string name, bytes multiaddr, bytes32 checksum) returns(address dataset)
func (hub *Hub) PackCreateDataset(datasetOwner common.Address, name string, multiaddr []byte, checksum [32]byte) []byte {
	enc, err := hub.abi.Pack("createDataset", datasetOwner, name, multiaddr, checksum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3354bcdb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDataset(address datasetOwner_, string name, bytes multiaddr, bytes32 checksum) returns(address dataset)
func (hub *Hub) TryPackCreateDataset(datasetOwner common.Address, name string, multiaddr []byte, checksum [32]byte) ([]byte, error) {
	return hub.abi.Pack("createDataset", datasetOwner, name, multiaddr, checksum)
}

// UnpackCreateDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3354bcdb.
//
// Solidity: function createDataset(address datasetOwner_, string name, bytes multiaddr, bytes32 checksum) returns(address dataset)
func (hub *Hub) UnpackCreateDataset(data []byte) (common.Address, error) {
	out, err := hub.abi.Unpack("createDataset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCreateWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe40238f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createWorkerpool(address poolOwner, string description) returns(address workerpool)
func (hub *Hub) PackCreateWorkerpool(poolOwner common.Address, description string) []byte {
	enc, err := hub.abi.Pack("createWorkerpool", poolOwner, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe40238f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createWorkerpool(address poolOwner, string description) returns(address workerpool)
func (hub *Hub) TryPackCreateWorkerpool(poolOwner common.Address, description string) ([]byte, error) {
	return hub.abi.Pack("createWorkerpool", poolOwner, description)
}

// UnpackCreateWorkerpool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe40238f4.
//
// Solidity: function createWorkerpool(address poolOwner, string description) returns(address workerpool)
func (hub *Hub) UnpackCreateWorkerpool(data []byte) (common.Address, error) {
	out, err := hub.abi.Unpack("createWorkerpool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDatasetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48e19491.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetOwner(address ) view returns(address)
func (hub *Hub) PackDatasetOwner(arg0 common.Address) []byte {
	enc, err := hub.abi.Pack("datasetOwner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48e19491.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetOwner(address ) view returns(address)
func (hub *Hub) TryPackDatasetOwner(arg0 common.Address) ([]byte, error) {
	return hub.abi.Pack("datasetOwner", arg0)
}

// UnpackDatasetOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x48e19491.
//
// Solidity: function datasetOwner(address ) view returns(address)
func (hub *Hub) UnpackDatasetOwner(data []byte) (common.Address, error) {
	out, err := hub.abi.Unpack("datasetOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address account, uint256 amount) returns()
func (hub *Hub) PackDeposit(account common.Address, amount *big.Int) []byte {
	enc, err := hub.abi.Pack("deposit", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address account, uint256 amount) returns()
func (hub *Hub) TryPackDeposit(account common.Address, amount *big.Int) ([]byte, error) {
	return hub.abi.Pack("deposit", account, amount)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (hub *Hub) PackDomainSeparator() []byte {
	enc, err := hub.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (hub *Hub) TryPackDomainSeparator() ([]byte, error) {
	return hub.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (hub *Hub) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := hub.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (hub *Hub) PackEip712Domain() []byte {
	enc, err := hub.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (hub *Hub) TryPackEip712Domain() ([]byte, error) {
	return hub.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (hub *Hub) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := hub.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29ed88b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(bytes32 taskid, address[] workers, bytes results, bytes resultsCallback) returns()
func (hub *Hub) PackFinalize(taskid [32]byte, workers []common.Address, results []byte, resultsCallback []byte) []byte {
	enc, err := hub.abi.Pack("finalize", taskid, workers, results, resultsCallback)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29ed88b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(bytes32 taskid, address[] workers, bytes results, bytes resultsCallback) returns()
func (hub *Hub) TryPackFinalize(taskid [32]byte, workers []common.Address, results []byte, resultsCallback []byte) ([]byte, error) {
	return hub.abi.Pack("finalize", taskid, workers, results, resultsCallback)
}

// PackHashAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b5f7cfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) PackHashAppOrder(o AppOrder) []byte {
	enc, err := hub.abi.Pack("hashAppOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashAppOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b5f7cfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) TryPackHashAppOrder(o AppOrder) ([]byte, error) {
	return hub.abi.Pack("hashAppOrder", o)
}

// UnpackHashAppOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b5f7cfd.
//
// Solidity: function hashAppOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) UnpackHashAppOrder(data []byte) ([32]byte, error) {
	out, err := hub.abi.Unpack("hashAppOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50499def.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) PackHashDatasetOrder(o DatasetOrder) []byte {
	enc, err := hub.abi.Pack("hashDatasetOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashDatasetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50499def.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) TryPackHashDatasetOrder(o DatasetOrder) ([]byte, error) {
	return hub.abi.Pack("hashDatasetOrder", o)
}

// UnpackHashDatasetOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50499def.
//
// Solidity: function hashDatasetOrder((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) UnpackHashDatasetOrder(data []byte) ([32]byte, error) {
	out, err := hub.abi.Unpack("hashDatasetOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd96cee9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) PackHashRequestOrder(o RequestOrder) []byte {
	enc, err := hub.abi.Pack("hashRequestOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashRequestOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd96cee9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) TryPackHashRequestOrder(o RequestOrder) ([]byte, error) {
	return hub.abi.Pack("hashRequestOrder", o)
}

// UnpackHashRequestOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd96cee9.
//
// Solidity: function hashRequestOrder((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) UnpackHashRequestOrder(data []byte) ([32]byte, error) {
	out, err := hub.abi.Unpack("hashRequestOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0518806.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) PackHashWorkerpoolOrder(o WorkerpoolOrder) []byte {
	enc, err := hub.abi.Pack("hashWorkerpoolOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashWorkerpoolOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0518806.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) TryPackHashWorkerpoolOrder(o WorkerpoolOrder) ([]byte, error) {
	return hub.abi.Pack("hashWorkerpoolOrder", o)
}

// UnpackHashWorkerpoolOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0518806.
//
// Solidity: function hashWorkerpoolOrder((address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) o) view returns(bytes32)
func (hub *Hub) UnpackHashWorkerpoolOrder(data []byte) ([32]byte, error) {
	out, err := hub.abi.Unpack("hashWorkerpoolOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b36c66b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (hub *Hub) PackInitialize(dealid [32]byte, idx *big.Int) []byte {
	enc, err := hub.abi.Pack("initialize", dealid, idx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b36c66b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (hub *Hub) TryPackInitialize(dealid [32]byte, idx *big.Int) ([]byte, error) {
	return hub.abi.Pack("initialize", dealid, idx)
}

// UnpackInitialize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b36c66b.
//
// Solidity: function initialize(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (hub *Hub) UnpackInitialize(data []byte) ([32]byte, error) {
	out, err := hub.abi.Unpack("initialize", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitializeAndClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1cece87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initializeAndClaim(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (hub *Hub) PackInitializeAndClaim(dealid [32]byte, idx *big.Int) []byte {
	enc, err := hub.abi.Pack("initializeAndClaim", dealid, idx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitializeAndClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1cece87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initializeAndClaim(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (hub *Hub) TryPackInitializeAndClaim(dealid [32]byte, idx *big.Int) ([]byte, error) {
	return hub.abi.Pack("initializeAndClaim", dealid, idx)
}

// UnpackInitializeAndClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1cece87.
//
// Solidity: function initializeAndClaim(bytes32 dealid, uint256 idx) returns(bytes32 taskid)
func (hub *Hub) UnpackInitializeAndClaim(data []byte) ([32]byte, error) {
	out, err := hub.abi.Unpack("initializeAndClaim", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156194d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) apporder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetorder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolorder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestorder) returns(bytes32 dealid)
func (hub *Hub) PackMatchOrders(apporder AppOrder, datasetorder DatasetOrder, workerpoolorder WorkerpoolOrder, requestorder RequestOrder) []byte {
	enc, err := hub.abi.Pack("matchOrders", apporder, datasetorder, workerpoolorder, requestorder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x156194d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) apporder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetorder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolorder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestorder) returns(bytes32 dealid)
func (hub *Hub) TryPackMatchOrders(apporder AppOrder, datasetorder DatasetOrder, workerpoolorder WorkerpoolOrder, requestorder RequestOrder) ([]byte, error) {
	return hub.abi.Pack("matchOrders", apporder, datasetorder, workerpoolorder, requestorder)
}

// UnpackMatchOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x156194d4.
//
// Solidity: function matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) apporder, (address,uint256,uint256,bytes32,address,address,address,bytes32,bytes) datasetorder, (address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes) workerpoolorder, (address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) requestorder) returns(bytes32 dealid)
func (hub *Hub) UnpackMatchOrders(data []byte) ([32]byte, error) {
	out, err := hub.abi.Unpack("matchOrders", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (hub *Hub) PackOwner() []byte {
	enc, err := hub.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (hub *Hub) TryPackOwner() ([]byte, error) {
	return hub.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (hub *Hub) UnpackOwner(data []byte) (common.Address, error) {
	out, err := hub.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6c68e10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reopen(bytes32 taskid) returns()
func (hub *Hub) PackReopen(taskid [32]byte) []byte {
	enc, err := hub.abi.Pack("reopen", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReopen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6c68e10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reopen(bytes32 taskid) returns()
func (hub *Hub) TryPackReopen(taskid [32]byte) ([]byte, error) {
	return hub.abi.Pack("reopen", taskid)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc334e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(bytes32 taskid, bytes32 digest) returns()
func (hub *Hub) PackReveal(taskid [32]byte, digest [32]byte) []byte {
	enc, err := hub.abi.Pack("reveal", taskid, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc334e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(bytes32 taskid, bytes32 digest) returns()
func (hub *Hub) TryPackReveal(taskid [32]byte, digest [32]byte) ([]byte, error) {
	return hub.abi.Pack("reveal", taskid, digest)
}

// PackSetWorkerpoolPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b9ee687.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWorkerpoolPolicy(address workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns()
func (hub *Hub) PackSetWorkerpoolPolicy(workerpool common.Address, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) []byte {
	enc, err := hub.abi.Pack("setWorkerpoolPolicy", workerpool, workerStakeRatio, schedulerRewardRatio)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWorkerpoolPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b9ee687.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWorkerpoolPolicy(address workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) returns()
func (hub *Hub) TryPackSetWorkerpoolPolicy(workerpool common.Address, workerStakeRatio *big.Int, schedulerRewardRatio *big.Int) ([]byte, error) {
	return hub.abi.Pack("setWorkerpoolPolicy", workerpool, workerStakeRatio, schedulerRewardRatio)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (hub *Hub) PackToken() []byte {
	enc, err := hub.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (hub *Hub) TryPackToken() ([]byte, error) {
	return hub.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (hub *Hub) UnpackToken(data []byte) (common.Address, error) {
	out, err := hub.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackViewAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b55f4a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewAccount(address account) view returns(uint256 balance, uint256 frozen, uint256 score)
func (hub *Hub) PackViewAccount(account common.Address) []byte {
	enc, err := hub.abi.Pack("viewAccount", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b55f4a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewAccount(address account) view returns(uint256 balance, uint256 frozen, uint256 score)
func (hub *Hub) TryPackViewAccount(account common.Address) ([]byte, error) {
	return hub.abi.Pack("viewAccount", account)
}

// ViewAccountOutput serves as a container for the return parameters of contract
// method ViewAccount.
type ViewAccountOutput struct {
	Balance *big.Int
	Frozen  *big.Int
	Score   *big.Int
}

// UnpackViewAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b55f4a5.
//
// Solidity: function viewAccount(address account) view returns(uint256 balance, uint256 frozen, uint256 score)
func (hub *Hub) UnpackViewAccount(data []byte) (ViewAccountOutput, error) {
	out, err := hub.abi.Unpack("viewAccount", data)
	outstruct := new(ViewAccountOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Balance = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Frozen = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Score = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackViewCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f5f44ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewCategory(uint256 id) view returns(uint256 timeRef)
func (hub *Hub) PackViewCategory(id *big.Int) []byte {
	enc, err := hub.abi.Pack("viewCategory", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f5f44ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewCategory(uint256 id) view returns(uint256 timeRef)
func (hub *Hub) TryPackViewCategory(id *big.Int) ([]byte, error) {
	return hub.abi.Pack("viewCategory", id)
}

// UnpackViewCategory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f5f44ec.
//
// Solidity: function viewCategory(uint256 id) view returns(uint256 timeRef)
func (hub *Hub) UnpackViewCategory(data []byte) (*big.Int, error) {
	out, err := hub.abi.Unpack("viewCategory", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackViewContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe741363b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewContribution(bytes32 taskid, address worker) view returns(uint8 status, uint256 rewardWeight, uint256 epoch)
func (hub *Hub) PackViewContribution(taskid [32]byte, worker common.Address) []byte {
	enc, err := hub.abi.Pack("viewContribution", taskid, worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe741363b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewContribution(bytes32 taskid, address worker) view returns(uint8 status, uint256 rewardWeight, uint256 epoch)
func (hub *Hub) TryPackViewContribution(taskid [32]byte, worker common.Address) ([]byte, error) {
	return hub.abi.Pack("viewContribution", taskid, worker)
}

// ViewContributionOutput serves as a container for the return parameters of contract
// method ViewContribution.
type ViewContributionOutput struct {
	Status       uint8
	RewardWeight *big.Int
	Epoch        *big.Int
}

// UnpackViewContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe741363b.
//
// Solidity: function viewContribution(bytes32 taskid, address worker) view returns(uint8 status, uint256 rewardWeight, uint256 epoch)
func (hub *Hub) UnpackViewContribution(data []byte) (ViewContributionOutput, error) {
	out, err := hub.abi.Unpack("viewContribution", data)
	outstruct := new(ViewContributionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.RewardWeight = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Epoch = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackViewDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb74861b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewDeal(bytes32 dealid) view returns((address,address,address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bool,uint256,uint256) v)
func (hub *Hub) PackViewDeal(dealid [32]byte) []byte {
	enc, err := hub.abi.Pack("viewDeal", dealid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewDeal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb74861b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewDeal(bytes32 dealid) view returns((address,address,address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bool,uint256,uint256) v)
func (hub *Hub) TryPackViewDeal(dealid [32]byte) ([]byte, error) {
	return hub.abi.Pack("viewDeal", dealid)
}

// UnpackViewDeal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb74861b2.
//
// Solidity: function viewDeal(bytes32 dealid) view returns((address,address,address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bool,uint256,uint256) v)
func (hub *Hub) UnpackViewDeal(data []byte) (DealView, error) {
	out, err := hub.abi.Unpack("viewDeal", data)
	if err != nil {
		return *new(DealView), err
	}
	out0 := *abi.ConvertType(out[0], new(DealView)).(*DealView)
	return out0, nil
}

// PackViewTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadccf0d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewTask(bytes32 taskid) view returns((uint8,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,bytes32) v)
func (hub *Hub) PackViewTask(taskid [32]byte) []byte {
	enc, err := hub.abi.Pack("viewTask", taskid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadccf0d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewTask(bytes32 taskid) view returns((uint8,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,bytes32) v)
func (hub *Hub) TryPackViewTask(taskid [32]byte) ([]byte, error) {
	return hub.abi.Pack("viewTask", taskid)
}

// UnpackViewTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadccf0d5.
//
// Solidity: function viewTask(bytes32 taskid) view returns((uint8,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,bytes32) v)
func (hub *Hub) UnpackViewTask(data []byte) (TaskView, error) {
	out, err := hub.abi.Unpack("viewTask", data)
	if err != nil {
		return *new(TaskView), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskView)).(*TaskView)
	return out0, nil
}

// PackViewWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8ab058.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function viewWorkerpool(address workerpool) view returns(address poolOwner, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hub *Hub) PackViewWorkerpool(workerpool common.Address) []byte {
	enc, err := hub.abi.Pack("viewWorkerpool", workerpool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackViewWorkerpool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8ab058.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function viewWorkerpool(address workerpool) view returns(address poolOwner, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hub *Hub) TryPackViewWorkerpool(workerpool common.Address) ([]byte, error) {
	return hub.abi.Pack("viewWorkerpool", workerpool)
}

// ViewWorkerpoolOutput serves as a container for the return parameters of contract
// method ViewWorkerpool.
type ViewWorkerpoolOutput struct {
	PoolOwner            common.Address
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
}

// UnpackViewWorkerpool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd8ab058.
//
// Solidity: function viewWorkerpool(address workerpool) view returns(address poolOwner, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hub *Hub) UnpackViewWorkerpool(data []byte) (ViewWorkerpoolOutput, error) {
	out, err := hub.abi.Unpack("viewWorkerpool", data)
	outstruct := new(ViewWorkerpoolOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.PoolOwner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.WorkerStakeRatio = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.SchedulerRewardRatio = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (hub *Hub) PackWithdraw(amount *big.Int) []byte {
	enc, err := hub.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (hub *Hub) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return hub.abi.Pack("withdraw", amount)
}

// PackWorkerWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x976d8289.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function workerWeight(address worker) view returns(uint256)
func (hub *Hub) PackWorkerWeight(worker common.Address) []byte {
	enc, err := hub.abi.Pack("workerWeight", worker)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWorkerWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x976d8289.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function workerWeight(address worker) view returns(uint256)
func (hub *Hub) TryPackWorkerWeight(worker common.Address) ([]byte, error) {
	return hub.abi.Pack("workerWeight", worker)
}

// UnpackWorkerWeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x976d8289.
//
// Solidity: function workerWeight(address worker) view returns(uint256)
func (hub *Hub) UnpackWorkerWeight(data []byte) (*big.Int, error) {
	out, err := hub.abi.Unpack("workerWeight", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// HubAppCreated represents a AppCreated event raised by the Hub contract.
type HubAppCreated struct {
	App       common.Address
	Owner     common.Address
	Name      string
	Multiaddr []byte
	Checksum  [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const HubAppCreatedEventName = "AppCreated"

// ContractEventName returns the user-defined event name.
func (HubAppCreated) ContractEventName() string {
	return HubAppCreatedEventName
}

// UnpackAppCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AppCreated(address indexed app, address indexed owner, string name, bytes multiaddr, bytes32 checksum)
func (hub *Hub) UnpackAppCreatedEvent(log *types.Log) (*HubAppCreated, error) {
	event := "AppCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubAppCreated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubCategoryCreated represents a CategoryCreated event raised by the Hub contract.
type HubCategoryCreated struct {
	Id      *big.Int
	Name    string
	TimeRef *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubCategoryCreatedEventName = "CategoryCreated"

// ContractEventName returns the user-defined event name.
func (HubCategoryCreated) ContractEventName() string {
	return HubCategoryCreatedEventName
}

// UnpackCategoryCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCreated(uint256 indexed id, string name, uint256 timeRef)
func (hub *Hub) UnpackCategoryCreatedEvent(log *types.Log) (*HubCategoryCreated, error) {
	event := "CategoryCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubCategoryCreated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubDatasetCreated represents a DatasetCreated event raised by the Hub contract.
type HubDatasetCreated struct {
	Dataset   common.Address
	Owner     common.Address
	Name      string
	Multiaddr []byte
	Checksum  [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const HubDatasetCreatedEventName = "DatasetCreated"

// ContractEventName returns the user-defined event name.
func (HubDatasetCreated) ContractEventName() string {
	return HubDatasetCreatedEventName
}

// UnpackDatasetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetCreated(address indexed dataset, address indexed owner, string name, bytes multiaddr, bytes32 checksum)
func (hub *Hub) UnpackDatasetCreatedEvent(log *types.Log) (*HubDatasetCreated, error) {
	event := "DatasetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubDatasetCreated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubDeposit represents a Deposit event raised by the Hub contract.
type HubDeposit struct {
	Account common.Address
	From    common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (HubDeposit) ContractEventName() string {
	return HubDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, address indexed from, uint256 amount)
func (hub *Hub) UnpackDepositEvent(log *types.Log) (*HubDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubDeposit)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubEIP712DomainChanged represents a EIP712DomainChanged event raised by the Hub contract.
type HubEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const HubEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (HubEIP712DomainChanged) ContractEventName() string {
	return HubEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (hub *Hub) UnpackEIP712DomainChangedEvent(log *types.Log) (*HubEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubLock represents a Lock event raised by the Hub contract.
type HubLock struct {
	Account common.Address
	Amount  *big.Int
	Ref     [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubLockEventName = "Lock"

// ContractEventName returns the user-defined event name.
func (HubLock) ContractEventName() string {
	return HubLockEventName
}

// UnpackLockEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Lock(address indexed account, uint256 amount, bytes32 ref)
func (hub *Hub) UnpackLockEvent(log *types.Log) (*HubLock, error) {
	event := "Lock"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubLock)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubOrderClosed represents a OrderClosed event raised by the Hub contract.
type HubOrderClosed struct {
	OrderHash [32]byte
	Volume    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const HubOrderClosedEventName = "OrderClosed"

// ContractEventName returns the user-defined event name.
func (HubOrderClosed) ContractEventName() string {
	return HubOrderClosedEventName
}

// UnpackOrderClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderClosed(bytes32 indexed orderHash, uint256 volume)
func (hub *Hub) UnpackOrderClosedEvent(log *types.Log) (*HubOrderClosed, error) {
	event := "OrderClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubOrderClosed)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubOrdersMatched represents a OrdersMatched event raised by the Hub contract.
type HubOrdersMatched struct {
	Dealid         [32]byte
	AppHash        [32]byte
	DatasetHash    [32]byte
	WorkerpoolHash [32]byte
	RequestHash    [32]byte
	Volume         *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const HubOrdersMatchedEventName = "OrdersMatched"

// ContractEventName returns the user-defined event name.
func (HubOrdersMatched) ContractEventName() string {
	return HubOrdersMatchedEventName
}

// UnpackOrdersMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrdersMatched(bytes32 indexed dealid, bytes32 appHash, bytes32 datasetHash, bytes32 workerpoolHash, bytes32 requestHash, uint256 volume)
func (hub *Hub) UnpackOrdersMatchedEvent(log *types.Log) (*HubOrdersMatched, error) {
	event := "OrdersMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubOrdersMatched)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubReward represents a Reward event raised by the Hub contract.
type HubReward struct {
	Account common.Address
	Amount  *big.Int
	Ref     [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubRewardEventName = "Reward"

// ContractEventName returns the user-defined event name.
func (HubReward) ContractEventName() string {
	return HubRewardEventName
}

// UnpackRewardEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reward(address indexed account, uint256 amount, bytes32 ref)
func (hub *Hub) UnpackRewardEvent(log *types.Log) (*HubReward, error) {
	event := "Reward"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubReward)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubSchedulerNotice represents a SchedulerNotice event raised by the Hub contract.
type HubSchedulerNotice struct {
	Workerpool common.Address
	Dealid     [32]byte
	Deal       DealInfo
	Raw        *types.Log // Blockchain specific contextual infos
}

const HubSchedulerNoticeEventName = "SchedulerNotice"

// ContractEventName returns the user-defined event name.
func (HubSchedulerNotice) ContractEventName() string {
	return HubSchedulerNoticeEventName
}

// UnpackSchedulerNoticeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SchedulerNotice(address indexed workerpool, bytes32 indexed dealid, (address,address,address,address,address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,string) deal)
func (hub *Hub) UnpackSchedulerNoticeEvent(log *types.Log) (*HubSchedulerNotice, error) {
	event := "SchedulerNotice"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubSchedulerNotice)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubSeize represents a Seize event raised by the Hub contract.
type HubSeize struct {
	Account common.Address
	Amount  *big.Int
	Ref     [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubSeizeEventName = "Seize"

// ContractEventName returns the user-defined event name.
func (HubSeize) ContractEventName() string {
	return HubSeizeEventName
}

// UnpackSeizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Seize(address indexed account, uint256 amount, bytes32 ref)
func (hub *Hub) UnpackSeizeEvent(log *types.Log) (*HubSeize, error) {
	event := "Seize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubSeize)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskClaimed represents a TaskClaimed event raised by the Hub contract.
type HubTaskClaimed struct {
	Taskid [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTaskClaimedEventName = "TaskClaimed"

// ContractEventName returns the user-defined event name.
func (HubTaskClaimed) ContractEventName() string {
	return HubTaskClaimedEventName
}

// UnpackTaskClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskClaimed(bytes32 indexed taskid)
func (hub *Hub) UnpackTaskClaimedEvent(log *types.Log) (*HubTaskClaimed, error) {
	event := "TaskClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskClaimed)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskConsensus represents a TaskConsensus event raised by the Hub contract.
type HubTaskConsensus struct {
	Taskid         [32]byte
	Consensus      [32]byte
	Winners        *big.Int
	RevealDeadline *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const HubTaskConsensusEventName = "TaskConsensus"

// ContractEventName returns the user-defined event name.
func (HubTaskConsensus) ContractEventName() string {
	return HubTaskConsensusEventName
}

// UnpackTaskConsensusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskConsensus(bytes32 indexed taskid, bytes32 consensus, uint256 winners, uint256 revealDeadline)
func (hub *Hub) UnpackTaskConsensusEvent(log *types.Log) (*HubTaskConsensus, error) {
	event := "TaskConsensus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskConsensus)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskContribute represents a TaskContribute event raised by the Hub contract.
type HubTaskContribute struct {
	Taskid     [32]byte
	Worker     common.Address
	ResultHash [32]byte
	Weight     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const HubTaskContributeEventName = "TaskContribute"

// ContractEventName returns the user-defined event name.
func (HubTaskContribute) ContractEventName() string {
	return HubTaskContributeEventName
}

// UnpackTaskContributeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash, uint256 weight)
func (hub *Hub) UnpackTaskContributeEvent(log *types.Log) (*HubTaskContribute, error) {
	event := "TaskContribute"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskContribute)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskFinalize represents a TaskFinalize event raised by the Hub contract.
type HubTaskFinalize struct {
	Taskid  [32]byte
	Digest  [32]byte
	Results []byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubTaskFinalizeEventName = "TaskFinalize"

// ContractEventName returns the user-defined event name.
func (HubTaskFinalize) ContractEventName() string {
	return HubTaskFinalizeEventName
}

// UnpackTaskFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFinalize(bytes32 indexed taskid, bytes32 digest, bytes results)
func (hub *Hub) UnpackTaskFinalizeEvent(log *types.Log) (*HubTaskFinalize, error) {
	event := "TaskFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskFinalize)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskInitialize represents a TaskInitialize event raised by the Hub contract.
type HubTaskInitialize struct {
	Taskid [32]byte
	Dealid [32]byte
	Idx    *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTaskInitializeEventName = "TaskInitialize"

// ContractEventName returns the user-defined event name.
func (HubTaskInitialize) ContractEventName() string {
	return HubTaskInitializeEventName
}

// UnpackTaskInitializeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskInitialize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx)
func (hub *Hub) UnpackTaskInitializeEvent(log *types.Log) (*HubTaskInitialize, error) {
	event := "TaskInitialize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskInitialize)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskReopen represents a TaskReopen event raised by the Hub contract.
type HubTaskReopen struct {
	Taskid   [32]byte
	Rejected [32]byte
	Epoch    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubTaskReopenEventName = "TaskReopen"

// ContractEventName returns the user-defined event name.
func (HubTaskReopen) ContractEventName() string {
	return HubTaskReopenEventName
}

// UnpackTaskReopenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReopen(bytes32 indexed taskid, bytes32 rejected, uint256 epoch)
func (hub *Hub) UnpackTaskReopenEvent(log *types.Log) (*HubTaskReopen, error) {
	event := "TaskReopen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskReopen)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubTaskReveal represents a TaskReveal event raised by the Hub contract.
type HubTaskReveal struct {
	Taskid [32]byte
	Worker common.Address
	Digest [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const HubTaskRevealEventName = "TaskReveal"

// ContractEventName returns the user-defined event name.
func (HubTaskReveal) ContractEventName() string {
	return HubTaskRevealEventName
}

// UnpackTaskRevealEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 digest)
func (hub *Hub) UnpackTaskRevealEvent(log *types.Log) (*HubTaskReveal, error) {
	event := "TaskReveal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubTaskReveal)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubUnlock represents a Unlock event raised by the Hub contract.
type HubUnlock struct {
	Account common.Address
	Amount  *big.Int
	Ref     [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubUnlockEventName = "Unlock"

// ContractEventName returns the user-defined event name.
func (HubUnlock) ContractEventName() string {
	return HubUnlockEventName
}

// UnpackUnlockEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unlock(address indexed account, uint256 amount, bytes32 ref)
func (hub *Hub) UnpackUnlockEvent(log *types.Log) (*HubUnlock, error) {
	event := "Unlock"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubUnlock)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubWithdraw represents a Withdraw event raised by the Hub contract.
type HubWithdraw struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HubWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (HubWithdraw) ContractEventName() string {
	return HubWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed account, uint256 amount)
func (hub *Hub) UnpackWithdrawEvent(log *types.Log) (*HubWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubWithdraw)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubWorkerScore represents a WorkerScore event raised by the Hub contract.
type HubWorkerScore struct {
	Worker   common.Address
	Taskid   [32]byte
	Score    *big.Int
	Accurate bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const HubWorkerScoreEventName = "WorkerScore"

// ContractEventName returns the user-defined event name.
func (HubWorkerScore) ContractEventName() string {
	return HubWorkerScoreEventName
}

// UnpackWorkerScoreEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerScore(address indexed worker, bytes32 indexed taskid, uint256 score, bool accurate)
func (hub *Hub) UnpackWorkerScoreEvent(log *types.Log) (*HubWorkerScore, error) {
	event := "WorkerScore"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubWorkerScore)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubWorkerpoolCreated represents a WorkerpoolCreated event raised by the Hub contract.
type HubWorkerpoolCreated struct {
	Workerpool  common.Address
	Owner       common.Address
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const HubWorkerpoolCreatedEventName = "WorkerpoolCreated"

// ContractEventName returns the user-defined event name.
func (HubWorkerpoolCreated) ContractEventName() string {
	return HubWorkerpoolCreatedEventName
}

// UnpackWorkerpoolCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description)
func (hub *Hub) UnpackWorkerpoolCreatedEvent(log *types.Log) (*HubWorkerpoolCreated, error) {
	event := "WorkerpoolCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubWorkerpoolCreated)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HubWorkerpoolPolicy represents a WorkerpoolPolicy event raised by the Hub contract.
type HubWorkerpoolPolicy struct {
	Workerpool           common.Address
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const HubWorkerpoolPolicyEventName = "WorkerpoolPolicy"

// ContractEventName returns the user-defined event name.
func (HubWorkerpoolPolicy) ContractEventName() string {
	return HubWorkerpoolPolicyEventName
}

// UnpackWorkerpoolPolicyEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WorkerpoolPolicy(address indexed workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hub *Hub) UnpackWorkerpoolPolicyEvent(log *types.Log) (*HubWorkerpoolPolicy, error) {
	event := "WorkerpoolPolicy"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HubWorkerpoolPolicy)
	if len(log.Data) > 0 {
		if err := hub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (hub *Hub) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hub.abi.Errors["AlreadyContributed"].ID.Bytes()[:4]) {
		return hub.UnpackAlreadyContributedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return hub.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return hub.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return hub.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["AppMismatch"].ID.Bytes()[:4]) {
		return hub.UnpackAppMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["BadAuthorization"].ID.Bytes()[:4]) {
		return hub.UnpackBadAuthorizationError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["BadCallbackData"].ID.Bytes()[:4]) {
		return hub.UnpackBadCallbackDataError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["BadCategoryTime"].ID.Bytes()[:4]) {
		return hub.UnpackBadCategoryTimeError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["BadContributorList"].ID.Bytes()[:4]) {
		return hub.UnpackBadContributorListError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["BadEnclaveSignature"].ID.Bytes()[:4]) {
		return hub.UnpackBadEnclaveSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["BadOrderSignature"].ID.Bytes()[:4]) {
		return hub.UnpackBadOrderSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["BadRatio"].ID.Bytes()[:4]) {
		return hub.UnpackBadRatioError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["BadReveal"].ID.Bytes()[:4]) {
		return hub.UnpackBadRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["BadTaskIndex"].ID.Bytes()[:4]) {
		return hub.UnpackBadTaskIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["BadTaskStatus"].ID.Bytes()[:4]) {
		return hub.UnpackBadTaskStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["CallbackGasTooLow"].ID.Bytes()[:4]) {
		return hub.UnpackCallbackGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["CategoryMismatch"].ID.Bytes()[:4]) {
		return hub.UnpackCategoryMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["ContributionDeadlinePassed"].ID.Bytes()[:4]) {
		return hub.UnpackContributionDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["ContributionRejected"].ID.Bytes()[:4]) {
		return hub.UnpackContributionRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["DatasetMismatch"].ID.Bytes()[:4]) {
		return hub.UnpackDatasetMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["EnclaveRequired"].ID.Bytes()[:4]) {
		return hub.UnpackEnclaveRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["FinalDeadlineNotReached"].ID.Bytes()[:4]) {
		return hub.UnpackFinalDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["FinalDeadlinePassed"].ID.Bytes()[:4]) {
		return hub.UnpackFinalDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return hub.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["InsufficientFrozen"].ID.Bytes()[:4]) {
		return hub.UnpackInsufficientFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return hub.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["NoVolume"].ID.Bytes()[:4]) {
		return hub.UnpackNoVolumeError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["NotAContributor"].ID.Bytes()[:4]) {
		return hub.UnpackNotAContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["NotConsensus"].ID.Bytes()[:4]) {
		return hub.UnpackNotConsensusError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["NotContributed"].ID.Bytes()[:4]) {
		return hub.UnpackNotContributedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["NotEnoughReveals"].ID.Bytes()[:4]) {
		return hub.UnpackNotEnoughRevealsError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return hub.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return hub.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["NotScheduler"].ID.Bytes()[:4]) {
		return hub.UnpackNotSchedulerError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["PriceMismatch"].ID.Bytes()[:4]) {
		return hub.UnpackPriceMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["PriceTooHigh"].ID.Bytes()[:4]) {
		return hub.UnpackPriceTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["RestrictionFailed"].ID.Bytes()[:4]) {
		return hub.UnpackRestrictionFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["RevealDeadlineNotReached"].ID.Bytes()[:4]) {
		return hub.UnpackRevealDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["RevealDeadlinePassed"].ID.Bytes()[:4]) {
		return hub.UnpackRevealDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return hub.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["TagMismatch"].ID.Bytes()[:4]) {
		return hub.UnpackTagMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["TeeMismatch"].ID.Bytes()[:4]) {
		return hub.UnpackTeeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["TokenTransferFailed"].ID.Bytes()[:4]) {
		return hub.UnpackTokenTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["TooManyContributors"].ID.Bytes()[:4]) {
		return hub.UnpackTooManyContributorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["TrustMismatch"].ID.Bytes()[:4]) {
		return hub.UnpackTrustMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["TrustTooHigh"].ID.Bytes()[:4]) {
		return hub.UnpackTrustTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["UnknownCategory"].ID.Bytes()[:4]) {
		return hub.UnpackUnknownCategoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["UnknownDeal"].ID.Bytes()[:4]) {
		return hub.UnpackUnknownDealError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["VolumeTooLarge"].ID.Bytes()[:4]) {
		return hub.UnpackVolumeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], hub.abi.Errors["WeightOverflow"].ID.Bytes()[:4]) {
		return hub.UnpackWeightOverflowError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HubAlreadyContributed represents a AlreadyContributed error raised by the Hub contract.
type HubAlreadyContributed struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyContributed(bytes32 taskid, address worker)
func HubAlreadyContributedErrorID() common.Hash {
	return common.HexToHash("0xa4fb67aa9fd4606115f88ac7c2c9bb37faa1d4b937a33c7b4bf5d5daa7710474")
}

// UnpackAlreadyContributedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyContributed(bytes32 taskid, address worker)
func (hub *Hub) UnpackAlreadyContributedError(raw []byte) (*HubAlreadyContributed, error) {
	out := new(HubAlreadyContributed)
	if err := hub.abi.UnpackIntoInterface(out, "AlreadyContributed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubAlreadyRegistered represents a AlreadyRegistered error raised by the Hub contract.
type HubAlreadyRegistered struct {
	Id common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address id)
func HubAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address id)
func (hub *Hub) UnpackAlreadyRegisteredError(raw []byte) (*HubAlreadyRegistered, error) {
	out := new(HubAlreadyRegistered)
	if err := hub.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubAlreadyRevealed represents a AlreadyRevealed error raised by the Hub contract.
type HubAlreadyRevealed struct {
	Taskid  [32]byte
	Reveals *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(bytes32 taskid, uint256 reveals)
func HubAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x5726e182ff427414f8eab745611158877ba1a102135b459f4bf2d5c9038d11b7")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(bytes32 taskid, uint256 reveals)
func (hub *Hub) UnpackAlreadyRevealedError(raw []byte) (*HubAlreadyRevealed, error) {
	out := new(HubAlreadyRevealed)
	if err := hub.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubAmountTooLarge represents a AmountTooLarge error raised by the Hub contract.
type HubAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func HubAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (hub *Hub) UnpackAmountTooLargeError(raw []byte) (*HubAmountTooLarge, error) {
	out := new(HubAmountTooLarge)
	if err := hub.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubAppMismatch represents a AppMismatch error raised by the Hub contract.
type HubAppMismatch struct {
	Requested common.Address
	Offered   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AppMismatch(address requested, address offered)
func HubAppMismatchErrorID() common.Hash {
	return common.HexToHash("0x83f32734d4c598fcb330ddad87e69b756972911c8af16954c8597a224809e698")
}

// UnpackAppMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AppMismatch(address requested, address offered)
func (hub *Hub) UnpackAppMismatchError(raw []byte) (*HubAppMismatch, error) {
	out := new(HubAppMismatch)
	if err := hub.abi.UnpackIntoInterface(out, "AppMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubBadAuthorization represents a BadAuthorization error raised by the Hub contract.
type HubBadAuthorization struct {
	Taskid   [32]byte
	Signer   common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAuthorization(bytes32 taskid, address signer, address expected)
func HubBadAuthorizationErrorID() common.Hash {
	return common.HexToHash("0xb72c57872dfa40565dc86fa232967c531f347d87eb6e09e5b1bc098de5524714")
}

// UnpackBadAuthorizationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAuthorization(bytes32 taskid, address signer, address expected)
func (hub *Hub) UnpackBadAuthorizationError(raw []byte) (*HubBadAuthorization, error) {
	out := new(HubBadAuthorization)
	if err := hub.abi.UnpackIntoInterface(out, "BadAuthorization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubBadCallbackData represents a BadCallbackData error raised by the Hub contract.
type HubBadCallbackData struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadCallbackData(bytes32 taskid)
func HubBadCallbackDataErrorID() common.Hash {
	return common.HexToHash("0xb0e1a1e2d83f21aca47f4e0114a167351e9513f63bb6d0b0cde334ba3f8377f3")
}

// UnpackBadCallbackDataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadCallbackData(bytes32 taskid)
func (hub *Hub) UnpackBadCallbackDataError(raw []byte) (*HubBadCallbackData, error) {
	out := new(HubBadCallbackData)
	if err := hub.abi.UnpackIntoInterface(out, "BadCallbackData", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubBadCategoryTime represents a BadCategoryTime error raised by the Hub contract.
type HubBadCategoryTime struct {
	TimeRef *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadCategoryTime(uint256 timeRef)
func HubBadCategoryTimeErrorID() common.Hash {
	return common.HexToHash("0xca8f6d058a4a6b845d051b32777b39cf134460f9367b195f44a49588b5f63294")
}

// UnpackBadCategoryTimeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadCategoryTime(uint256 timeRef)
func (hub *Hub) UnpackBadCategoryTimeError(raw []byte) (*HubBadCategoryTime, error) {
	out := new(HubBadCategoryTime)
	if err := hub.abi.UnpackIntoInterface(out, "BadCategoryTime", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubBadContributorList represents a BadContributorList error raised by the Hub contract.
type HubBadContributorList struct {
	Taskid   [32]byte
	Expected *big.Int
	Given    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadContributorList(bytes32 taskid, uint256 expected, uint256 given)
func HubBadContributorListErrorID() common.Hash {
	return common.HexToHash("0x8f8450d73946875af07d3ebdd6bd16cc42a8436753a3d8a9ad83125278526c90")
}

// UnpackBadContributorListError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadContributorList(bytes32 taskid, uint256 expected, uint256 given)
func (hub *Hub) UnpackBadContributorListError(raw []byte) (*HubBadContributorList, error) {
	out := new(HubBadContributorList)
	if err := hub.abi.UnpackIntoInterface(out, "BadContributorList", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubBadEnclaveSignature represents a BadEnclaveSignature error raised by the Hub contract.
type HubBadEnclaveSignature struct {
	Taskid  [32]byte
	Signer  common.Address
	Enclave common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEnclaveSignature(bytes32 taskid, address signer, address enclave)
func HubBadEnclaveSignatureErrorID() common.Hash {
	return common.HexToHash("0xf63adbf828a1eb6e6bba150f4a162275d14756c43a9931b197973abb503fd355")
}

// UnpackBadEnclaveSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEnclaveSignature(bytes32 taskid, address signer, address enclave)
func (hub *Hub) UnpackBadEnclaveSignatureError(raw []byte) (*HubBadEnclaveSignature, error) {
	out := new(HubBadEnclaveSignature)
	if err := hub.abi.UnpackIntoInterface(out, "BadEnclaveSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubBadOrderSignature represents a BadOrderSignature error raised by the Hub contract.
type HubBadOrderSignature struct {
	Which    uint8
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOrderSignature(uint8 which, address expected)
func HubBadOrderSignatureErrorID() common.Hash {
	return common.HexToHash("0x5e884bda4c59a6211015ad678fe10bba92a4504eb0ca1ebe4a2c22740cc7b464")
}

// UnpackBadOrderSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOrderSignature(uint8 which, address expected)
func (hub *Hub) UnpackBadOrderSignatureError(raw []byte) (*HubBadOrderSignature, error) {
	out := new(HubBadOrderSignature)
	if err := hub.abi.UnpackIntoInterface(out, "BadOrderSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubBadRatio represents a BadRatio error raised by the Hub contract.
type HubBadRatio struct {
	WorkerStakeRatio     *big.Int
	SchedulerRewardRatio *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRatio(uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func HubBadRatioErrorID() common.Hash {
	return common.HexToHash("0xfb7a48d8b5b5f9a50bf464b8769b0b86f23029bf55ad680929453f46817bdf64")
}

// UnpackBadRatioError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRatio(uint256 workerStakeRatio, uint256 schedulerRewardRatio)
func (hub *Hub) UnpackBadRatioError(raw []byte) (*HubBadRatio, error) {
	out := new(HubBadRatio)
	if err := hub.abi.UnpackIntoInterface(out, "BadRatio", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubBadReveal represents a BadReveal error raised by the Hub contract.
type HubBadReveal struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReveal(bytes32 taskid, address worker)
func HubBadRevealErrorID() common.Hash {
	return common.HexToHash("0x6ac16665712c274e0a28e5403a250eddf6aeacbce88b5b01c43f8c5d624bef16")
}

// UnpackBadRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReveal(bytes32 taskid, address worker)
func (hub *Hub) UnpackBadRevealError(raw []byte) (*HubBadReveal, error) {
	out := new(HubBadReveal)
	if err := hub.abi.UnpackIntoInterface(out, "BadReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubBadTaskIndex represents a BadTaskIndex error raised by the Hub contract.
type HubBadTaskIndex struct {
	Dealid   [32]byte
	Idx      *big.Int
	BotFirst *big.Int
	BotSize  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTaskIndex(bytes32 dealid, uint256 idx, uint256 botFirst, uint256 botSize)
func HubBadTaskIndexErrorID() common.Hash {
	return common.HexToHash("0x827ff9032c13df0907931296aaec15d1601910ae6db77b644cbf9e1a516e7188")
}

// UnpackBadTaskIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTaskIndex(bytes32 dealid, uint256 idx, uint256 botFirst, uint256 botSize)
func (hub *Hub) UnpackBadTaskIndexError(raw []byte) (*HubBadTaskIndex, error) {
	out := new(HubBadTaskIndex)
	if err := hub.abi.UnpackIntoInterface(out, "BadTaskIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubBadTaskStatus represents a BadTaskStatus error raised by the Hub contract.
type HubBadTaskStatus struct {
	Taskid [32]byte
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTaskStatus(bytes32 taskid, uint8 status)
func HubBadTaskStatusErrorID() common.Hash {
	return common.HexToHash("0xc1ad7b97936f918bbf2ba1081f09c081a653a34a0c58f8ef075c1ca1794cda4c")
}

// UnpackBadTaskStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTaskStatus(bytes32 taskid, uint8 status)
func (hub *Hub) UnpackBadTaskStatusError(raw []byte) (*HubBadTaskStatus, error) {
	out := new(HubBadTaskStatus)
	if err := hub.abi.UnpackIntoInterface(out, "BadTaskStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubCallbackGasTooLow represents a CallbackGasTooLow error raised by the Hub contract.
type HubCallbackGasTooLow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackGasTooLow()
func HubCallbackGasTooLowErrorID() common.Hash {
	return common.HexToHash("0xa9d70eaa73a5f3f8982a3dbfacf5a31e32a6183c6462f1358a32e5d0b7d61a60")
}

// UnpackCallbackGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackGasTooLow()
func (hub *Hub) UnpackCallbackGasTooLowError(raw []byte) (*HubCallbackGasTooLow, error) {
	out := new(HubCallbackGasTooLow)
	if err := hub.abi.UnpackIntoInterface(out, "CallbackGasTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubCategoryMismatch represents a CategoryMismatch error raised by the Hub contract.
type HubCategoryMismatch struct {
	Requested *big.Int
	Offered   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CategoryMismatch(uint256 requested, uint256 offered)
func HubCategoryMismatchErrorID() common.Hash {
	return common.HexToHash("0xa547d014baeddc67ee263d7fabd03374cd52eee662132e2a1d8c49ce40288f51")
}

// UnpackCategoryMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CategoryMismatch(uint256 requested, uint256 offered)
func (hub *Hub) UnpackCategoryMismatchError(raw []byte) (*HubCategoryMismatch, error) {
	out := new(HubCategoryMismatch)
	if err := hub.abi.UnpackIntoInterface(out, "CategoryMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubContributionDeadlinePassed represents a ContributionDeadlinePassed error raised by the Hub contract.
type HubContributionDeadlinePassed struct {
	Taskid   [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributionDeadlinePassed(bytes32 taskid, uint256 deadline)
func HubContributionDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x20951fca9057275706e980fe8bd84fbe1224cafde966fbec51c0e4ce08d8bda4")
}

// UnpackContributionDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributionDeadlinePassed(bytes32 taskid, uint256 deadline)
func (hub *Hub) UnpackContributionDeadlinePassedError(raw []byte) (*HubContributionDeadlinePassed, error) {
	out := new(HubContributionDeadlinePassed)
	if err := hub.abi.UnpackIntoInterface(out, "ContributionDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubContributionRejected represents a ContributionRejected error raised by the Hub contract.
type HubContributionRejected struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributionRejected(bytes32 taskid, address worker)
func HubContributionRejectedErrorID() common.Hash {
	return common.HexToHash("0x0759bdc89d8f5bdddf3866fcaffcf8810fa50a3db976aa73710798ab35d6dc17")
}

// UnpackContributionRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributionRejected(bytes32 taskid, address worker)
func (hub *Hub) UnpackContributionRejectedError(raw []byte) (*HubContributionRejected, error) {
	out := new(HubContributionRejected)
	if err := hub.abi.UnpackIntoInterface(out, "ContributionRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubDatasetMismatch represents a DatasetMismatch error raised by the Hub contract.
type HubDatasetMismatch struct {
	Requested common.Address
	Offered   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatasetMismatch(address requested, address offered)
func HubDatasetMismatchErrorID() common.Hash {
	return common.HexToHash("0xdda6c64fbe404c588ab2feb912d43019f22c81d0c7a85d88850baa74acd02fa4")
}

// UnpackDatasetMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatasetMismatch(address requested, address offered)
func (hub *Hub) UnpackDatasetMismatchError(raw []byte) (*HubDatasetMismatch, error) {
	out := new(HubDatasetMismatch)
	if err := hub.abi.UnpackIntoInterface(out, "DatasetMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubEnclaveRequired represents a EnclaveRequired error raised by the Hub contract.
type HubEnclaveRequired struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnclaveRequired(bytes32 taskid)
func HubEnclaveRequiredErrorID() common.Hash {
	return common.HexToHash("0x249aeceb7c0fba9fafbad2cd6d2acffcc13ca1e2d171b178d4a516d62773dbb3")
}

// UnpackEnclaveRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnclaveRequired(bytes32 taskid)
func (hub *Hub) UnpackEnclaveRequiredError(raw []byte) (*HubEnclaveRequired, error) {
	out := new(HubEnclaveRequired)
	if err := hub.abi.UnpackIntoInterface(out, "EnclaveRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubFinalDeadlineNotReached represents a FinalDeadlineNotReached error raised by the Hub contract.
type HubFinalDeadlineNotReached struct {
	Taskid   [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FinalDeadlineNotReached(bytes32 taskid, uint256 deadline)
func HubFinalDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0x62863757344f6fb21e6ee51a5e0e5e10978a8d427a06ee0a83594b1a13ba5c1d")
}

// UnpackFinalDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FinalDeadlineNotReached(bytes32 taskid, uint256 deadline)
func (hub *Hub) UnpackFinalDeadlineNotReachedError(raw []byte) (*HubFinalDeadlineNotReached, error) {
	out := new(HubFinalDeadlineNotReached)
	if err := hub.abi.UnpackIntoInterface(out, "FinalDeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubFinalDeadlinePassed represents a FinalDeadlinePassed error raised by the Hub contract.
type HubFinalDeadlinePassed struct {
	Taskid   [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FinalDeadlinePassed(bytes32 taskid, uint256 deadline)
func HubFinalDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xd9f7451f0362585b3c52606d8ba95c7141cb554e1250268bb8aea3b2fed0eabf")
}

// UnpackFinalDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FinalDeadlinePassed(bytes32 taskid, uint256 deadline)
func (hub *Hub) UnpackFinalDeadlinePassedError(raw []byte) (*HubFinalDeadlinePassed, error) {
	out := new(HubFinalDeadlinePassed)
	if err := hub.abi.UnpackIntoInterface(out, "FinalDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubInsufficientBalance represents a InsufficientBalance error raised by the Hub contract.
type HubInsufficientBalance struct {
	Account   common.Address
	Needed    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(address account, uint256 needed, uint256 available)
func HubInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xdb42144d928cd19733b9dfeead8bc02ed403845c274e06a6eee0944fb25ca5c4")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(address account, uint256 needed, uint256 available)
func (hub *Hub) UnpackInsufficientBalanceError(raw []byte) (*HubInsufficientBalance, error) {
	out := new(HubInsufficientBalance)
	if err := hub.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubInsufficientFrozen represents a InsufficientFrozen error raised by the Hub contract.
type HubInsufficientFrozen struct {
	Account   common.Address
	Needed    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFrozen(address account, uint256 needed, uint256 available)
func HubInsufficientFrozenErrorID() common.Hash {
	return common.HexToHash("0xd490b17c8c871625e701a1021073814abcd99ff1ab78a22d13bdac5d376513ec")
}

// UnpackInsufficientFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFrozen(address account, uint256 needed, uint256 available)
func (hub *Hub) UnpackInsufficientFrozenError(raw []byte) (*HubInsufficientFrozen, error) {
	out := new(HubInsufficientFrozen)
	if err := hub.abi.UnpackIntoInterface(out, "InsufficientFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubInvalidShortString represents a InvalidShortString error raised by the Hub contract.
type HubInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func HubInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (hub *Hub) UnpackInvalidShortStringError(raw []byte) (*HubInvalidShortString, error) {
	out := new(HubInvalidShortString)
	if err := hub.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubNoVolume represents a NoVolume error raised by the Hub contract.
type HubNoVolume struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoVolume()
func HubNoVolumeErrorID() common.Hash {
	return common.HexToHash("0xe2d86165637c09aaf01b45ac7c8c3465ff8b141273c3d749edd9c35c83a0f521")
}

// UnpackNoVolumeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoVolume()
func (hub *Hub) UnpackNoVolumeError(raw []byte) (*HubNoVolume, error) {
	out := new(HubNoVolume)
	if err := hub.abi.UnpackIntoInterface(out, "NoVolume", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubNotAContributor represents a NotAContributor error raised by the Hub contract.
type HubNotAContributor struct {
	Taskid [32]byte
	Worker common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContributor(bytes32 taskid, address worker)
func HubNotAContributorErrorID() common.Hash {
	return common.HexToHash("0x9d1a729e6f636a207f882d7e14c23b8389ee82f43df8132cae141480a60e3004")
}

// UnpackNotAContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContributor(bytes32 taskid, address worker)
func (hub *Hub) UnpackNotAContributorError(raw []byte) (*HubNotAContributor, error) {
	out := new(HubNotAContributor)
	if err := hub.abi.UnpackIntoInterface(out, "NotAContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubNotConsensus represents a NotConsensus error raised by the Hub contract.
type HubNotConsensus struct {
	Taskid         [32]byte
	ResultHash     [32]byte
	ConsensusValue [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotConsensus(bytes32 taskid, bytes32 resultHash, bytes32 consensusValue)
func HubNotConsensusErrorID() common.Hash {
	return common.HexToHash("0xcf9aa4795ef8e8bcd2d96e936080bb93ebbc8f77d66d83a43c4f15f4d14ede32")
}

// UnpackNotConsensusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotConsensus(bytes32 taskid, bytes32 resultHash, bytes32 consensusValue)
func (hub *Hub) UnpackNotConsensusError(raw []byte) (*HubNotConsensus, error) {
	out := new(HubNotConsensus)
	if err := hub.abi.UnpackIntoInterface(out, "NotConsensus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubNotContributed represents a NotContributed error raised by the Hub contract.
type HubNotContributed struct {
	Taskid [32]byte
	Worker common.Address
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContributed(bytes32 taskid, address worker, uint8 status)
func HubNotContributedErrorID() common.Hash {
	return common.HexToHash("0x3a7ad0cc2c35297046ab75ab02f1e6a921749abfc3dc22d66032e68fb04ec966")
}

// UnpackNotContributedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContributed(bytes32 taskid, address worker, uint8 status)
func (hub *Hub) UnpackNotContributedError(raw []byte) (*HubNotContributed, error) {
	out := new(HubNotContributed)
	if err := hub.abi.UnpackIntoInterface(out, "NotContributed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubNotEnoughReveals represents a NotEnoughReveals error raised by the Hub contract.
type HubNotEnoughReveals struct {
	Taskid         [32]byte
	Reveals        *big.Int
	Winners        *big.Int
	RevealDeadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughReveals(bytes32 taskid, uint256 reveals, uint256 winners, uint256 revealDeadline)
func HubNotEnoughRevealsErrorID() common.Hash {
	return common.HexToHash("0x2f1562b213abb56ecccd5010223c663ff699ddece804934090089e5bb9887760")
}

// UnpackNotEnoughRevealsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughReveals(bytes32 taskid, uint256 reveals, uint256 winners, uint256 revealDeadline)
func (hub *Hub) UnpackNotEnoughRevealsError(raw []byte) (*HubNotEnoughReveals, error) {
	out := new(HubNotEnoughReveals)
	if err := hub.abi.UnpackIntoInterface(out, "NotEnoughReveals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubNotOwner represents a NotOwner error raised by the Hub contract.
type HubNotOwner struct {
	Sender common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address sender, address owner)
func HubNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x23295f0e104d137d137555eb51dbe25a9e6827007f9feb6ae8bb562312e3e202")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address sender, address owner)
func (hub *Hub) UnpackNotOwnerError(raw []byte) (*HubNotOwner, error) {
	out := new(HubNotOwner)
	if err := hub.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubNotRegistered represents a NotRegistered error raised by the Hub contract.
type HubNotRegistered struct {
	Which uint8
	Id    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(uint8 which, address id)
func HubNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x878bf438e68f11d2e7f8bc24fd6bae4aa75d4a27433d4e12f4e590cc18756159")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(uint8 which, address id)
func (hub *Hub) UnpackNotRegisteredError(raw []byte) (*HubNotRegistered, error) {
	out := new(HubNotRegistered)
	if err := hub.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubNotScheduler represents a NotScheduler error raised by the Hub contract.
type HubNotScheduler struct {
	Sender    common.Address
	Scheduler common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotScheduler(address sender, address scheduler)
func HubNotSchedulerErrorID() common.Hash {
	return common.HexToHash("0xfd26606e89c9027b7d6a678ed5ce31a1da12b4e44e5fb6d5f6c98bbd38ab7bc5")
}

// UnpackNotSchedulerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotScheduler(address sender, address scheduler)
func (hub *Hub) UnpackNotSchedulerError(raw []byte) (*HubNotScheduler, error) {
	out := new(HubNotScheduler)
	if err := hub.abi.UnpackIntoInterface(out, "NotScheduler", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubPriceMismatch represents a PriceMismatch error raised by the Hub contract.
type HubPriceMismatch struct {
	Which    uint8
	MaxPrice *big.Int
	Price    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceMismatch(uint8 which, uint256 maxPrice, uint256 price)
func HubPriceMismatchErrorID() common.Hash {
	return common.HexToHash("0x6c47b653ec5ef01ee1ab2bb01fd3ad67a5cceff5f31b13e83a34fcfc322f46d2")
}

// UnpackPriceMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceMismatch(uint8 which, uint256 maxPrice, uint256 price)
func (hub *Hub) UnpackPriceMismatchError(raw []byte) (*HubPriceMismatch, error) {
	out := new(HubPriceMismatch)
	if err := hub.abi.UnpackIntoInterface(out, "PriceMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubPriceTooHigh represents a PriceTooHigh error raised by the Hub contract.
type HubPriceTooHigh struct {
	Price *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceTooHigh(uint256 price)
func HubPriceTooHighErrorID() common.Hash {
	return common.HexToHash("0x0c3db3e7028229021e7398af39dd78e7c6beab1061bb63d694c7e9ff70ca539c")
}

// UnpackPriceTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceTooHigh(uint256 price)
func (hub *Hub) UnpackPriceTooHighError(raw []byte) (*HubPriceTooHigh, error) {
	out := new(HubPriceTooHigh)
	if err := hub.abi.UnpackIntoInterface(out, "PriceTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubRestrictionFailed represents a RestrictionFailed error raised by the Hub contract.
type HubRestrictionFailed struct {
	Which uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RestrictionFailed(uint8 which)
func HubRestrictionFailedErrorID() common.Hash {
	return common.HexToHash("0x6425fbb509d69fbdc5918cb5bce8f3507615ba36884da2c19128cba889a41306")
}

// UnpackRestrictionFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RestrictionFailed(uint8 which)
func (hub *Hub) UnpackRestrictionFailedError(raw []byte) (*HubRestrictionFailed, error) {
	out := new(HubRestrictionFailed)
	if err := hub.abi.UnpackIntoInterface(out, "RestrictionFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubRevealDeadlineNotReached represents a RevealDeadlineNotReached error raised by the Hub contract.
type HubRevealDeadlineNotReached struct {
	Taskid   [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealDeadlineNotReached(bytes32 taskid, uint256 deadline)
func HubRevealDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xe45aebb98eb8262aa204daac988b3250168f809c4cbb984e6ee4a4d360b62cc9")
}

// UnpackRevealDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealDeadlineNotReached(bytes32 taskid, uint256 deadline)
func (hub *Hub) UnpackRevealDeadlineNotReachedError(raw []byte) (*HubRevealDeadlineNotReached, error) {
	out := new(HubRevealDeadlineNotReached)
	if err := hub.abi.UnpackIntoInterface(out, "RevealDeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubRevealDeadlinePassed represents a RevealDeadlinePassed error raised by the Hub contract.
type HubRevealDeadlinePassed struct {
	Taskid   [32]byte
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealDeadlinePassed(bytes32 taskid, uint256 deadline)
func HubRevealDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x516ca9399e11a9aebbf1b7589ebd8b59cb07843cc0c4cb70ff6808a6e1c840b6")
}

// UnpackRevealDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealDeadlinePassed(bytes32 taskid, uint256 deadline)
func (hub *Hub) UnpackRevealDeadlinePassedError(raw []byte) (*HubRevealDeadlinePassed, error) {
	out := new(HubRevealDeadlinePassed)
	if err := hub.abi.UnpackIntoInterface(out, "RevealDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubStringTooLong represents a StringTooLong error raised by the Hub contract.
type HubStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func HubStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (hub *Hub) UnpackStringTooLongError(raw []byte) (*HubStringTooLong, error) {
	out := new(HubStringTooLong)
	if err := hub.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubTagMismatch represents a TagMismatch error raised by the Hub contract.
type HubTagMismatch struct {
	Tag           [32]byte
	WorkerpoolTag [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TagMismatch(bytes32 tag, bytes32 workerpoolTag)
func HubTagMismatchErrorID() common.Hash {
	return common.HexToHash("0xe7b4120f3f4d3d77141bd5ba95ebbe2d41fee316c03ef3839389f0e7537008be")
}

// UnpackTagMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TagMismatch(bytes32 tag, bytes32 workerpoolTag)
func (hub *Hub) UnpackTagMismatchError(raw []byte) (*HubTagMismatch, error) {
	out := new(HubTagMismatch)
	if err := hub.abi.UnpackIntoInterface(out, "TagMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubTeeMismatch represents a TeeMismatch error raised by the Hub contract.
type HubTeeMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TeeMismatch()
func HubTeeMismatchErrorID() common.Hash {
	return common.HexToHash("0xdf9a6919491821b0b109c4b26073d281a3d23b0d6c2689acc0654e4de852f8c1")
}

// UnpackTeeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TeeMismatch()
func (hub *Hub) UnpackTeeMismatchError(raw []byte) (*HubTeeMismatch, error) {
	out := new(HubTeeMismatch)
	if err := hub.abi.UnpackIntoInterface(out, "TeeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubTokenTransferFailed represents a TokenTransferFailed error raised by the Hub contract.
type HubTokenTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenTransferFailed()
func HubTokenTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x045c4b02bfd1d72e80013ca423cc4ad578d2b3a61cfe3a46410880647bff4f57")
}

// UnpackTokenTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenTransferFailed()
func (hub *Hub) UnpackTokenTransferFailedError(raw []byte) (*HubTokenTransferFailed, error) {
	out := new(HubTokenTransferFailed)
	if err := hub.abi.UnpackIntoInterface(out, "TokenTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubTooManyContributors represents a TooManyContributors error raised by the Hub contract.
type HubTooManyContributors struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyContributors(bytes32 taskid)
func HubTooManyContributorsErrorID() common.Hash {
	return common.HexToHash("0xb7a34b97de2d78e3b30c81608e93092e926778dbbb8d98558add38e76d65708f")
}

// UnpackTooManyContributorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyContributors(bytes32 taskid)
func (hub *Hub) UnpackTooManyContributorsError(raw []byte) (*HubTooManyContributors, error) {
	out := new(HubTooManyContributors)
	if err := hub.abi.UnpackIntoInterface(out, "TooManyContributors", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubTrustMismatch represents a TrustMismatch error raised by the Hub contract.
type HubTrustMismatch struct {
	Requested *big.Int
	Offered   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TrustMismatch(uint256 requested, uint256 offered)
func HubTrustMismatchErrorID() common.Hash {
	return common.HexToHash("0xa811c08af52f1af60fab3059cd2feec1d10452ca3f8b235ee7bca8904145c2fb")
}

// UnpackTrustMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TrustMismatch(uint256 requested, uint256 offered)
func (hub *Hub) UnpackTrustMismatchError(raw []byte) (*HubTrustMismatch, error) {
	out := new(HubTrustMismatch)
	if err := hub.abi.UnpackIntoInterface(out, "TrustMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubTrustTooHigh represents a TrustTooHigh error raised by the Hub contract.
type HubTrustTooHigh struct {
	Trust *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TrustTooHigh(uint256 trust)
func HubTrustTooHighErrorID() common.Hash {
	return common.HexToHash("0x9b520d87f340bcd0699619d7829a751796e354efb12a08572ac3a5d9b3a3e42c")
}

// UnpackTrustTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TrustTooHigh(uint256 trust)
func (hub *Hub) UnpackTrustTooHighError(raw []byte) (*HubTrustTooHigh, error) {
	out := new(HubTrustTooHigh)
	if err := hub.abi.UnpackIntoInterface(out, "TrustTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubUnknownCategory represents a UnknownCategory error raised by the Hub contract.
type HubUnknownCategory struct {
	Category *big.Int
	Count    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCategory(uint256 category, uint256 count)
func HubUnknownCategoryErrorID() common.Hash {
	return common.HexToHash("0xd53ebe5d37af7fa08dcbd5d007eb2434e52b0114e6c10f256f82655af3a8f673")
}

// UnpackUnknownCategoryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCategory(uint256 category, uint256 count)
func (hub *Hub) UnpackUnknownCategoryError(raw []byte) (*HubUnknownCategory, error) {
	out := new(HubUnknownCategory)
	if err := hub.abi.UnpackIntoInterface(out, "UnknownCategory", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubUnknownDeal represents a UnknownDeal error raised by the Hub contract.
type HubUnknownDeal struct {
	Dealid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDeal(bytes32 dealid)
func HubUnknownDealErrorID() common.Hash {
	return common.HexToHash("0x6a196fcbcdcdb067972df2f1c108c9216b42fae2a484a8af630d0e4942eb772f")
}

// UnpackUnknownDealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDeal(bytes32 dealid)
func (hub *Hub) UnpackUnknownDealError(raw []byte) (*HubUnknownDeal, error) {
	out := new(HubUnknownDeal)
	if err := hub.abi.UnpackIntoInterface(out, "UnknownDeal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubVolumeTooLarge represents a VolumeTooLarge error raised by the Hub contract.
type HubVolumeTooLarge struct {
	BotFirst *big.Int
	Volume   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VolumeTooLarge(uint256 botFirst, uint256 volume)
func HubVolumeTooLargeErrorID() common.Hash {
	return common.HexToHash("0x360ea2cf5ed5df4317664198c671d0419098fe57510f6315124429782b1623e1")
}

// UnpackVolumeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VolumeTooLarge(uint256 botFirst, uint256 volume)
func (hub *Hub) UnpackVolumeTooLargeError(raw []byte) (*HubVolumeTooLarge, error) {
	out := new(HubVolumeTooLarge)
	if err := hub.abi.UnpackIntoInterface(out, "VolumeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HubWeightOverflow represents a WeightOverflow error raised by the Hub contract.
type HubWeightOverflow struct {
	Taskid [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WeightOverflow(bytes32 taskid)
func HubWeightOverflowErrorID() common.Hash {
	return common.HexToHash("0xe3751142828b0a5e6c94389ac42f1cfaf2fd1327d2765d85ff39bc2ae4cf5e43")
}

// UnpackWeightOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WeightOverflow(bytes32 taskid)
func (hub *Hub) UnpackWeightOverflowError(raw []byte) (*HubWeightOverflow, error) {
	out := new(HubWeightOverflow)
	if err := hub.abi.UnpackIntoInterface(out, "WeightOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}
