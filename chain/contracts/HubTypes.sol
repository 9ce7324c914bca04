// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// Orders, views and errors of the pocogrid PoCo hub. Field lists and EIP-712
/// type strings follow iExec PoCo v5/v6 (docs/POCO.md §1).

struct AppOrder {
    address app;
    uint256 appprice;
    uint256 volume;
    bytes32 tag;
    address datasetrestrict;
    address workerpoolrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct DatasetOrder {
    address dataset;
    uint256 datasetprice;
    uint256 volume;
    bytes32 tag;
    address apprestrict;
    address workerpoolrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct WorkerpoolOrder {
    address workerpool;
    uint256 workerpoolprice;
    uint256 volume;
    bytes32 tag;
    uint256 category;
    uint256 trust;
    address apprestrict;
    address datasetrestrict;
    address requesterrestrict;
    bytes32 salt;
    bytes sign;
}

struct RequestOrder {
    address app;
    uint256 appmaxprice;
    address dataset;
    uint256 datasetmaxprice;
    address workerpool;
    uint256 workerpoolmaxprice;
    address requester;
    uint256 volume;
    bytes32 tag;
    uint256 category;
    uint256 trust;
    address beneficiary;
    address callback;
    string params;
    bytes32 salt;
    bytes sign;
}

/// Everything about a deal, emitted once in SchedulerNotice (most of it is not stored).
struct DealInfo {
    address app;
    address dataset;
    address workerpool;
    address requester;
    address beneficiary;
    address callback;
    address scheduler;
    uint256 appPrice;
    uint256 datasetPrice;
    uint256 workerpoolPrice;
    uint256 workerStake;
    uint256 schedulerStake;
    uint256 schedulerRewardRatio;
    uint256 category;
    uint256 timeRef;
    uint256 trust;
    uint256 startTime;
    uint256 botFirst;
    uint256 botSize;
    bytes32 tag;
    string params;
}

/// The stored part of a deal, as returned by Hub.viewDeal.
struct DealView {
    address scheduler;
    address sponsor;
    address appOwner;
    address datasetOwner;
    address callback;
    uint256 startTime;
    uint256 timeRef;
    uint256 trust;
    uint256 workerStake;
    uint256 workerpoolPrice;
    uint256 appPrice;
    uint256 datasetPrice;
    uint256 botFirst;
    uint256 botSize;
    uint256 schedulerRewardRatio;
    bool tee;
    uint256 contributionDeadline;
    uint256 finalDeadline;
}

/// Task state, as returned by Hub.viewTask.
struct TaskView {
    uint8 status; // 0 UNSET, 1 ACTIVE, 2 REVEALING, 3 COMPLETED, 4 FAILED
    bytes32 dealid;
    uint256 contributors;
    uint256 winners;
    uint256 reveals;
    uint256 revealDeadline;
    uint256 contributionDeadline;
    uint256 finalDeadline;
    uint256 totalWeight;
    uint256 consensusWeight;
    uint256 reopens;
    bytes32 consensusValue; // the consensus resultHash while no reveal happened
    bytes32 resultDigest; // the revealed digest after the first reveal
}

interface IHubErrors {
    // escrow
    error InsufficientBalance(address account, uint256 needed, uint256 available);
    error InsufficientFrozen(address account, uint256 needed, uint256 available);
    error TokenTransferFailed();
    error AmountTooLarge(uint256 amount);
    // registries
    error AlreadyRegistered(address id);
    error NotOwner(address sender, address owner);
    error BadRatio(uint256 workerStakeRatio, uint256 schedulerRewardRatio);
    error BadCategoryTime(uint256 timeRef);
    // orders
    error UnknownCategory(uint256 category, uint256 count);
    error CategoryMismatch(uint256 requested, uint256 offered);
    error TrustMismatch(uint256 requested, uint256 offered);
    error TrustTooHigh(uint256 trust);
    error PriceMismatch(uint8 which, uint256 maxPrice, uint256 price); // 0 app, 1 dataset, 2 workerpool
    error PriceTooHigh(uint256 price);
    error TagMismatch(bytes32 tag, bytes32 workerpoolTag);
    error TeeMismatch();
    error AppMismatch(address requested, address offered);
    error DatasetMismatch(address requested, address offered);
    error RestrictionFailed(uint8 which); // see Hub._checkRestrictions
    error NotRegistered(uint8 which, address id); // 0 app, 1 dataset, 2 workerpool
    error BadOrderSignature(uint8 which, address expected); // 0 app, 1 dataset, 2 workerpool, 3 request
    error NoVolume();
    error VolumeTooLarge(uint256 botFirst, uint256 volume);
    // tasks
    error UnknownDeal(bytes32 dealid);
    error BadTaskIndex(bytes32 dealid, uint256 idx, uint256 botFirst, uint256 botSize);
    error BadTaskStatus(bytes32 taskid, uint8 status);
    error ContributionDeadlinePassed(bytes32 taskid, uint256 deadline);
    error AlreadyContributed(bytes32 taskid, address worker);
    error EnclaveRequired(bytes32 taskid);
    error BadAuthorization(bytes32 taskid, address signer, address expected);
    error BadEnclaveSignature(bytes32 taskid, address signer, address enclave);
    error TooManyContributors(bytes32 taskid);
    error WeightOverflow(bytes32 taskid);
    error RevealDeadlinePassed(bytes32 taskid, uint256 deadline);
    error RevealDeadlineNotReached(bytes32 taskid, uint256 deadline);
    error NotContributed(bytes32 taskid, address worker, uint8 status);
    error ContributionRejected(bytes32 taskid, address worker);
    error BadReveal(bytes32 taskid, address worker); // digest does not match the committed hash/seal
    error NotConsensus(bytes32 taskid, bytes32 resultHash, bytes32 consensusValue);
    error NotScheduler(address sender, address scheduler);
    error FinalDeadlinePassed(bytes32 taskid, uint256 deadline);
    error FinalDeadlineNotReached(bytes32 taskid, uint256 deadline);
    error NotEnoughReveals(bytes32 taskid, uint256 reveals, uint256 winners, uint256 revealDeadline);
    error AlreadyRevealed(bytes32 taskid, uint256 reveals);
    error BadContributorList(bytes32 taskid, uint256 expected, uint256 given);
    error NotAContributor(bytes32 taskid, address worker);
    error BadCallbackData(bytes32 taskid);
    error CallbackGasTooLow();
}
