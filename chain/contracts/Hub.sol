// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import "./HubTypes.sol";

interface IERC734 {
    function keyHasPurpose(bytes32 key, uint256 purpose) external view returns (bool);
}

/// @title Hub — pocogrid's Proof-of-Contribution contract.
/// @notice Escrow, registries, EIP-712 orders, deals and the PoCo task
/// lifecycle (initialize, contribute, reveal, finalize, reopen, claim), with
/// worker scores, following docs/POCO.md.
/// @dev Gas layout (every new storage slot costs ~22k gas, ~110k under EIP-8037):
///  - an account (balance, frozen, score) is one slot;
///  - a deal is 3 packed slots, plus one per non-zero app owner / dataset owner /
///    callback; everything else about it is only emitted in SchedulerNotice;
///  - a task is 3 slots: packed counters, its dealid, and the consensus value,
///    overwritten by the result digest at the first reveal;
///  - a contribution is 1 slot: a 224-bit commitment to (resultHash, resultSeal),
///    its status, reward weight and the reopen epoch it was made in;
///  - consensus weights live in one slot per (task, resultHash) group, which also
///    counts its members, so consensus needs no loop over contributors;
///  - finalize and claim take the contributor list as calldata (sorted
///    ascending, checked against the stored count) instead of storing it.
contract Hub is EIP712, IHubErrors {
    using MessageHashUtils for bytes32;

    // ------------------------------------------------------------ constants
    uint8 internal constant TASK_UNSET = 0;
    uint8 internal constant TASK_ACTIVE = 1;
    uint8 internal constant TASK_REVEALING = 2;
    uint8 internal constant TASK_COMPLETED = 3;
    uint8 internal constant TASK_FAILED = 4;

    uint8 internal constant CONTRIB_UNSET = 0;
    uint8 internal constant CONTRIB_CONTRIBUTED = 1;
    uint8 internal constant CONTRIB_PROVED = 2;

    uint256 internal constant CONTRIBUTION_DEADLINE_RATIO = 7;
    uint256 internal constant REVEAL_DEADLINE_RATIO = 2;
    uint256 internal constant FINAL_DEADLINE_RATIO = 10;
    uint256 internal constant SCHEDULER_STAKE_RATIO = 30;
    uint256 internal constant KITTY_RATIO = 10;
    uint256 internal constant KITTY_MIN = 1e9;
    uint256 internal constant CALLBACK_GAS = 200_000;
    uint256 internal constant GROUP_PURPOSE = 4;

    /// keccak256("iExecKitty") - 1: collects the stake of schedulers whose tasks fail.
    address public constant KITTY = address(uint160(uint256(keccak256("iExecKitty")) - 1));

    bytes32 internal constant APPORDER_TYPEHASH = keccak256(
        "AppOrder(address app,uint256 appprice,uint256 volume,bytes32 tag,address datasetrestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
    );
    bytes32 internal constant DATASETORDER_TYPEHASH = keccak256(
        "DatasetOrder(address dataset,uint256 datasetprice,uint256 volume,bytes32 tag,address apprestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
    );
    bytes32 internal constant WORKERPOOLORDER_TYPEHASH = keccak256(
        "WorkerpoolOrder(address workerpool,uint256 workerpoolprice,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address apprestrict,address datasetrestrict,address requesterrestrict,bytes32 salt)"
    );
    bytes32 internal constant REQUESTORDER_TYPEHASH = keccak256(
        "RequestOrder(address app,uint256 appmaxprice,address dataset,uint256 datasetmaxprice,address workerpool,uint256 workerpoolmaxprice,address requester,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address beneficiary,address callback,string params,bytes32 salt)"
    );

    // ------------------------------------------------------------ storage
    struct Account {
        uint96 balance;
        uint96 frozen;
        uint64 score;
    }

    struct Workerpool {
        address owner;
        uint8 workerStakeRatio;
        uint8 schedulerRewardRatio;
    }

    struct Deal {
        // slot 0: what contribute needs
        address scheduler;
        uint40 startTime;
        uint24 timeRef;
        uint32 trust;
        // slot 1
        uint64 workerStake;
        uint64 workerpoolPrice;
        uint64 appPrice;
        uint64 datasetPrice;
        // slot 2
        address sponsor;
        uint40 botFirst;
        uint40 botSize;
        uint8 schedulerRewardRatio;
        bool tee;
        // slots 3-5, written only when non-zero
        address appOwner;
        address datasetOwner;
        address callback;
    }

    struct TaskMeta {
        uint8 status;
        uint8 epoch; // number of reopens
        uint16 contributors;
        uint16 winners;
        uint16 reveals;
        uint40 revealDeadline;
        uint72 total; // 1 + sum of the groups' weights
        uint72 consensusWeight; // the consensus group's weight (for reopen)
    }

    struct Task {
        TaskMeta meta;
        bytes32 dealid;
        bytes32 result; // consensus resultHash, then the digest after the first reveal
    }

    struct Contribution {
        bytes28 commit; // top 224 bits of keccak256(resultHash ‖ resultSeal)
        uint8 status;
        uint8 lw; // reward weight ⌊log2 w⌋
        uint8 epoch; // task epoch at contribution time
    }

    struct Group {
        uint72 weight; // product of the members' weights
        uint16 count; // members (the winners if this group reaches consensus)
        uint8 resetEpoch; // contributions older than this epoch were rejected by a reopen
    }

    IERC20 public immutable token;
    address public owner;
    uint32[] internal categoryTime;

    mapping(address => Account) internal accounts;
    mapping(address => address) public appOwner;
    mapping(address => address) public datasetOwner;
    mapping(address => Workerpool) internal workerpools;
    mapping(bytes32 => uint256) public consumed;
    mapping(bytes32 => Deal) internal deals;
    mapping(bytes32 => Task) internal tasks;
    mapping(bytes32 => mapping(address => Contribution)) internal contributions;
    mapping(bytes32 => Group) internal groups; // keccak256(taskid ‖ resultHash)

    // ------------------------------------------------------------ events
    event Deposit(address indexed account, address indexed from, uint256 amount);
    event Withdraw(address indexed account, uint256 amount);
    event Lock(address indexed account, uint256 amount, bytes32 ref);
    event Unlock(address indexed account, uint256 amount, bytes32 ref);
    event Seize(address indexed account, uint256 amount, bytes32 ref);
    event Reward(address indexed account, uint256 amount, bytes32 ref);

    event CategoryCreated(uint256 indexed id, string name, uint256 timeRef);
    event AppCreated(address indexed app, address indexed owner, string name, bytes multiaddr, bytes32 checksum);
    event DatasetCreated(address indexed dataset, address indexed owner, string name, bytes multiaddr, bytes32 checksum);
    event WorkerpoolCreated(address indexed workerpool, address indexed owner, string description);
    event WorkerpoolPolicy(address indexed workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio);
    event OrderClosed(bytes32 indexed orderHash, uint256 volume);

    event OrdersMatched(
        bytes32 indexed dealid, bytes32 appHash, bytes32 datasetHash, bytes32 workerpoolHash, bytes32 requestHash, uint256 volume
    );
    event SchedulerNotice(address indexed workerpool, bytes32 indexed dealid, DealInfo deal);

    event TaskInitialize(bytes32 indexed taskid, bytes32 indexed dealid, uint256 idx);
    event TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 resultHash, uint256 weight);
    event TaskConsensus(bytes32 indexed taskid, bytes32 consensus, uint256 winners, uint256 revealDeadline);
    event TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 digest);
    event TaskReopen(bytes32 indexed taskid, bytes32 rejected, uint256 epoch);
    event TaskFinalize(bytes32 indexed taskid, bytes32 digest, bytes results);
    event TaskClaimed(bytes32 indexed taskid);
    event WorkerScore(address indexed worker, bytes32 indexed taskid, uint256 score, bool accurate);

    constructor(IERC20 token_) EIP712("pocogrid", "1") {
        token = token_;
        owner = msg.sender;
        // iExec's categories (config.json): XS, S, M, L, XL.
        _createCategory("XS", 300);
        _createCategory("S", 1200);
        _createCategory("M", 3600);
        _createCategory("L", 10800);
        _createCategory("XL", 36000);
    }

    // ================================================================ escrow

    /// Pulls `amount` nRLC from the sender (approve first) into `account`'s escrow balance.
    function deposit(address account, uint256 amount) external {
        if (!token.transferFrom(msg.sender, address(this), amount)) revert TokenTransferFailed();
        Account storage a = accounts[account];
        uint256 nb = uint256(a.balance) + amount;
        if (nb > type(uint96).max) revert AmountTooLarge(amount);
        a.balance = uint96(nb);
        emit Deposit(account, msg.sender, amount);
    }

    function withdraw(uint256 amount) external {
        Account storage a = accounts[msg.sender];
        uint256 bal = a.balance;
        if (amount > bal) revert InsufficientBalance(msg.sender, amount, bal);
        a.balance = uint96(bal - amount);
        emit Withdraw(msg.sender, amount);
        if (!token.transfer(msg.sender, amount)) revert TokenTransferFailed();
    }

    /// Escrow balance, frozen amount and worker score of `account`.
    function viewAccount(address account) external view returns (uint256 balance, uint256 frozen, uint256 score) {
        Account storage a = accounts[account];
        return (a.balance, a.frozen, a.score);
    }

    function _lock(address account, uint256 amount, bytes32 ref) internal {
        if (amount == 0) return;
        Account storage a = accounts[account];
        uint256 bal = a.balance;
        if (amount > bal) revert InsufficientBalance(account, amount, bal);
        a.balance = uint96(bal - amount);
        a.frozen += uint96(amount);
        emit Lock(account, amount, ref);
    }

    function _unlock(address account, uint256 amount, bytes32 ref) internal {
        if (amount == 0) return;
        Account storage a = accounts[account];
        uint256 fr = a.frozen;
        if (amount > fr) revert InsufficientFrozen(account, amount, fr);
        a.frozen = uint96(fr - amount);
        a.balance += uint96(amount);
        emit Unlock(account, amount, ref);
    }

    function _seize(address account, uint256 amount, bytes32 ref) internal {
        if (amount == 0) return;
        Account storage a = accounts[account];
        uint256 fr = a.frozen;
        if (amount > fr) revert InsufficientFrozen(account, amount, fr);
        a.frozen = uint96(fr - amount);
        emit Seize(account, amount, ref);
    }

    function _reward(address account, uint256 amount, bytes32 ref) internal {
        if (amount == 0) return;
        accounts[account].balance += uint96(amount);
        emit Reward(account, amount, ref);
    }

    // ================================================================ registries

    function createCategory(string calldata name, uint256 timeRef) external returns (uint256) {
        if (msg.sender != owner) revert NotOwner(msg.sender, owner);
        return _createCategory(name, timeRef);
    }

    function _createCategory(string memory name, uint256 timeRef) internal returns (uint256 id) {
        if (timeRef == 0 || timeRef > type(uint24).max) revert BadCategoryTime(timeRef);
        id = categoryTime.length;
        categoryTime.push(uint32(timeRef));
        emit CategoryCreated(id, name, timeRef);
    }

    function countCategory() external view returns (uint256) {
        return categoryTime.length;
    }

    function viewCategory(uint256 id) external view returns (uint256 timeRef) {
        if (id >= categoryTime.length) revert UnknownCategory(id, categoryTime.length);
        return categoryTime[id];
    }

    /// Registers an app owned by `appOwner_`; its address is derived from the arguments.
    function createApp(address appOwner_, string calldata name, bytes calldata multiaddr, bytes32 checksum)
        external
        returns (address app)
    {
        app = address(uint160(uint256(keccak256(abi.encode("app", appOwner_, name, multiaddr, checksum)))));
        if (appOwner[app] != address(0)) revert AlreadyRegistered(app);
        appOwner[app] = appOwner_;
        emit AppCreated(app, appOwner_, name, multiaddr, checksum);
    }

    function createDataset(address datasetOwner_, string calldata name, bytes calldata multiaddr, bytes32 checksum)
        external
        returns (address dataset)
    {
        dataset = address(uint160(uint256(keccak256(abi.encode("dataset", datasetOwner_, name, multiaddr, checksum)))));
        if (datasetOwner[dataset] != address(0)) revert AlreadyRegistered(dataset);
        datasetOwner[dataset] = datasetOwner_;
        emit DatasetCreated(dataset, datasetOwner_, name, multiaddr, checksum);
    }

    /// Registers a workerpool with iExec's default policy (worker stake 30%, scheduler reward 1%).
    function createWorkerpool(address poolOwner, string calldata description) external returns (address workerpool) {
        workerpool = address(uint160(uint256(keccak256(abi.encode("workerpool", poolOwner, description)))));
        if (workerpools[workerpool].owner != address(0)) revert AlreadyRegistered(workerpool);
        workerpools[workerpool] = Workerpool(poolOwner, 30, 1);
        emit WorkerpoolCreated(workerpool, poolOwner, description);
        emit WorkerpoolPolicy(workerpool, 30, 1);
    }

    function setWorkerpoolPolicy(address workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) external {
        Workerpool storage p = workerpools[workerpool];
        if (msg.sender != p.owner) revert NotOwner(msg.sender, p.owner);
        if (workerStakeRatio > 100 || schedulerRewardRatio > 100) {
            revert BadRatio(workerStakeRatio, schedulerRewardRatio);
        }
        p.workerStakeRatio = uint8(workerStakeRatio);
        p.schedulerRewardRatio = uint8(schedulerRewardRatio);
        emit WorkerpoolPolicy(workerpool, workerStakeRatio, schedulerRewardRatio);
    }

    function viewWorkerpool(address workerpool)
        external
        view
        returns (address poolOwner, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
    {
        Workerpool storage p = workerpools[workerpool];
        return (p.owner, p.workerStakeRatio, p.schedulerRewardRatio);
    }

    // ================================================================ orders

    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function hashAppOrder(AppOrder calldata o) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    APPORDER_TYPEHASH,
                    o.app,
                    o.appprice,
                    o.volume,
                    o.tag,
                    o.datasetrestrict,
                    o.workerpoolrestrict,
                    o.requesterrestrict,
                    o.salt
                )
            )
        );
    }

    function hashDatasetOrder(DatasetOrder calldata o) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    DATASETORDER_TYPEHASH,
                    o.dataset,
                    o.datasetprice,
                    o.volume,
                    o.tag,
                    o.apprestrict,
                    o.workerpoolrestrict,
                    o.requesterrestrict,
                    o.salt
                )
            )
        );
    }

    function hashWorkerpoolOrder(WorkerpoolOrder calldata o) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    WORKERPOOLORDER_TYPEHASH,
                    o.workerpool,
                    o.workerpoolprice,
                    o.volume,
                    o.tag,
                    o.category,
                    o.trust,
                    o.apprestrict,
                    o.datasetrestrict,
                    o.requesterrestrict,
                    o.salt
                )
            )
        );
    }

    function hashRequestOrder(RequestOrder calldata o) public view returns (bytes32) {
        bytes memory head = abi.encode(
            REQUESTORDER_TYPEHASH,
            o.app,
            o.appmaxprice,
            o.dataset,
            o.datasetmaxprice,
            o.workerpool,
            o.workerpoolmaxprice,
            o.requester,
            o.volume
        );
        bytes memory tail = abi.encode(
            o.tag, o.category, o.trust, o.beneficiary, o.callback, keccak256(bytes(o.params)), o.salt
        );
        return _hashTypedDataV4(keccak256(bytes.concat(head, tail)));
    }

    /// Closes an order (consumed := volume). Only its signer may do it.
    function closeAppOrder(AppOrder calldata o) external {
        _close(hashAppOrder(o), appOwner[o.app], o.volume);
    }

    function closeDatasetOrder(DatasetOrder calldata o) external {
        _close(hashDatasetOrder(o), datasetOwner[o.dataset], o.volume);
    }

    function closeWorkerpoolOrder(WorkerpoolOrder calldata o) external {
        _close(hashWorkerpoolOrder(o), workerpools[o.workerpool].owner, o.volume);
    }

    function closeRequestOrder(RequestOrder calldata o) external {
        _close(hashRequestOrder(o), o.requester, o.volume);
    }

    function _close(bytes32 h, address signer, uint256 volume) internal {
        if (msg.sender != signer) revert NotOwner(msg.sender, signer);
        consumed[h] = volume;
        emit OrderClosed(h, volume);
    }

    function _checkSignature(bytes32 h, bytes calldata sig, address expected, uint8 which) internal pure {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(h, sig);
        if (err != ECDSA.RecoverError.NoError || signer != expected || expected == address(0)) {
            revert BadOrderSignature(which, expected);
        }
    }

    /// A restriction passes when it is 0, the account itself, or an ERC-734
    /// identity contract in which the account holds a key of purpose 4.
    function _allowed(address restriction, address account) internal view returns (bool) {
        if (restriction == address(0) || restriction == account) return true;
        if (restriction.code.length == 0) return false;
        try IERC734(restriction).keyHasPurpose(bytes32(uint256(uint160(account))), GROUP_PURPOSE) returns (bool ok) {
            return ok;
        } catch {
            return false;
        }
    }

    struct MatchState {
        bytes32 appHash;
        bytes32 datasetHash;
        bytes32 poolHash;
        bytes32 requestHash;
        uint256 volume;
        bool hasDataset;
        address app;
        address dataset;
        address pool;
        address requester;
    }

    /// Matches the four orders into a deal of `volume` tasks and returns its id.
    /// `datasetorder` is all zero when the request uses no dataset.
    function matchOrders(
        AppOrder calldata apporder,
        DatasetOrder calldata datasetorder,
        WorkerpoolOrder calldata workerpoolorder,
        RequestOrder calldata requestorder
    ) external returns (bytes32 dealid) {
        MatchState memory s;
        s.app = apporder.app;
        s.dataset = datasetorder.dataset;
        s.pool = workerpoolorder.workerpool;
        s.requester = requestorder.requester;
        s.hasDataset = requestorder.dataset != address(0);

        // category, trust, prices
        uint256 category = requestorder.category;
        if (category >= categoryTime.length) revert UnknownCategory(category, categoryTime.length);
        if (category != workerpoolorder.category) revert CategoryMismatch(category, workerpoolorder.category);
        if (requestorder.trust > workerpoolorder.trust) revert TrustMismatch(requestorder.trust, workerpoolorder.trust);
        if (requestorder.trust > type(uint32).max) revert TrustTooHigh(requestorder.trust);
        if (requestorder.appmaxprice < apporder.appprice) {
            revert PriceMismatch(0, requestorder.appmaxprice, apporder.appprice);
        }
        uint256 datasetPrice = s.hasDataset ? datasetorder.datasetprice : 0;
        if (requestorder.datasetmaxprice < datasetPrice) {
            revert PriceMismatch(1, requestorder.datasetmaxprice, datasetPrice);
        }
        if (requestorder.workerpoolmaxprice < workerpoolorder.workerpoolprice) {
            revert PriceMismatch(2, requestorder.workerpoolmaxprice, workerpoolorder.workerpoolprice);
        }
        if (
            apporder.appprice > type(uint64).max || datasetPrice > type(uint64).max
                || workerpoolorder.workerpoolprice > type(uint64).max
        ) revert PriceTooHigh(Math.max(Math.max(apporder.appprice, datasetPrice), workerpoolorder.workerpoolprice));

        // tags: bits 1-3 of the dataset tag are not requirements on the pool
        bytes32 tag = apporder.tag | requestorder.tag;
        if (s.hasDataset) tag |= datasetorder.tag & ~bytes32(uint256(0xE));
        if (tag & ~workerpoolorder.tag != 0) revert TagMismatch(tag, workerpoolorder.tag);
        if ((tag ^ apporder.tag) & bytes32(uint256(1)) != 0) revert TeeMismatch();

        // identities
        if (requestorder.app != s.app) revert AppMismatch(requestorder.app, s.app);
        if (s.hasDataset && requestorder.dataset != s.dataset) {
            revert DatasetMismatch(requestorder.dataset, s.dataset);
        }
        _checkRestrictions(apporder, datasetorder, workerpoolorder, requestorder, s);

        // registries and signatures
        address appOwner_ = appOwner[s.app];
        if (appOwner_ == address(0)) revert NotRegistered(0, s.app);
        address datasetOwner_;
        if (s.hasDataset) {
            datasetOwner_ = datasetOwner[s.dataset];
            if (datasetOwner_ == address(0)) revert NotRegistered(1, s.dataset);
        }
        Workerpool memory pool = workerpools[s.pool];
        if (pool.owner == address(0)) revert NotRegistered(2, s.pool);

        s.appHash = hashAppOrder(apporder);
        s.poolHash = hashWorkerpoolOrder(workerpoolorder);
        s.requestHash = hashRequestOrder(requestorder);
        _checkSignature(s.appHash, apporder.sign, appOwner_, 0);
        _checkSignature(s.poolHash, workerpoolorder.sign, pool.owner, 2);
        _checkSignature(s.requestHash, requestorder.sign, s.requester, 3);

        // volume
        uint256 botFirst = consumed[s.requestHash];
        s.volume = _remaining(apporder.volume, consumed[s.appHash]);
        s.volume = Math.min(s.volume, _remaining(workerpoolorder.volume, consumed[s.poolHash]));
        s.volume = Math.min(s.volume, _remaining(requestorder.volume, botFirst));
        if (s.hasDataset) {
            s.datasetHash = hashDatasetOrder(datasetorder);
            _checkSignature(s.datasetHash, datasetorder.sign, datasetOwner_, 1);
            s.volume = Math.min(s.volume, _remaining(datasetorder.volume, consumed[s.datasetHash]));
        }
        if (s.volume == 0) revert NoVolume();
        if (botFirst + s.volume > type(uint40).max) revert VolumeTooLarge(botFirst, s.volume);

        dealid = keccak256(abi.encodePacked(s.requestHash, botFirst));
        consumed[s.appHash] += s.volume;
        consumed[s.poolHash] += s.volume;
        consumed[s.requestHash] = botFirst + s.volume;
        if (s.hasDataset) consumed[s.datasetHash] += s.volume;

        DealInfo memory info = _storeDeal(
            dealid, apporder, datasetPrice, workerpoolorder, requestorder, pool, appOwner_, datasetOwner_, tag, botFirst, s.volume
        );
        info.dataset = s.hasDataset ? s.dataset : address(0);

        // escrow: the requester pays for every task up front, the scheduler stakes per task
        _lock(s.requester, (info.appPrice + info.datasetPrice + info.workerpoolPrice) * s.volume, dealid);
        _lock(pool.owner, info.schedulerStake * s.volume, dealid);

        emit OrdersMatched(dealid, s.appHash, s.datasetHash, s.poolHash, s.requestHash, s.volume);
        emit SchedulerNotice(s.pool, dealid, info);
    }

    function _remaining(uint256 volume, uint256 used) internal pure returns (uint256) {
        return volume > used ? volume - used : 0;
    }

    function _checkRestrictions(
        AppOrder calldata apporder,
        DatasetOrder calldata datasetorder,
        WorkerpoolOrder calldata workerpoolorder,
        RequestOrder calldata requestorder,
        MatchState memory s
    ) internal view {
        address ds = s.hasDataset ? s.dataset : address(0);
        if (!_allowed(requestorder.workerpool, s.pool)) revert RestrictionFailed(0);
        if (!_allowed(apporder.datasetrestrict, ds)) revert RestrictionFailed(1);
        if (!_allowed(apporder.workerpoolrestrict, s.pool)) revert RestrictionFailed(2);
        if (!_allowed(apporder.requesterrestrict, s.requester)) revert RestrictionFailed(3);
        if (s.hasDataset) {
            if (!_allowed(datasetorder.apprestrict, s.app)) revert RestrictionFailed(4);
            if (!_allowed(datasetorder.workerpoolrestrict, s.pool)) revert RestrictionFailed(5);
            if (!_allowed(datasetorder.requesterrestrict, s.requester)) revert RestrictionFailed(6);
        }
        if (!_allowed(workerpoolorder.apprestrict, s.app)) revert RestrictionFailed(7);
        if (!_allowed(workerpoolorder.datasetrestrict, ds)) revert RestrictionFailed(8);
        if (!_allowed(workerpoolorder.requesterrestrict, s.requester)) revert RestrictionFailed(9);
    }

    function _storeDeal(
        bytes32 dealid,
        AppOrder calldata apporder,
        uint256 datasetPrice,
        WorkerpoolOrder calldata workerpoolorder,
        RequestOrder calldata requestorder,
        Workerpool memory pool,
        address appOwner_,
        address datasetOwner_,
        bytes32 tag,
        uint256 botFirst,
        uint256 volume
    ) internal returns (DealInfo memory info) {
        uint256 timeRef = categoryTime[requestorder.category];
        uint256 poolPrice = workerpoolorder.workerpoolprice;
        info.app = apporder.app;
        info.workerpool = workerpoolorder.workerpool;
        info.requester = requestorder.requester;
        info.beneficiary = requestorder.beneficiary;
        info.callback = requestorder.callback;
        info.scheduler = pool.owner;
        info.appPrice = apporder.appprice;
        info.datasetPrice = datasetPrice;
        info.workerpoolPrice = poolPrice;
        info.workerStake = poolPrice * pool.workerStakeRatio / 100;
        info.schedulerStake = poolPrice * SCHEDULER_STAKE_RATIO / 100;
        info.schedulerRewardRatio = pool.schedulerRewardRatio;
        info.category = requestorder.category;
        info.timeRef = timeRef;
        info.trust = Math.max(requestorder.trust, 1);
        info.startTime = block.timestamp;
        info.botFirst = botFirst;
        info.botSize = volume;
        info.tag = tag;
        info.params = requestorder.params;

        Deal storage d = deals[dealid];
        d.scheduler = pool.owner;
        d.startTime = uint40(block.timestamp);
        d.timeRef = uint24(timeRef);
        d.trust = uint32(info.trust);
        d.workerStake = uint64(info.workerStake);
        d.workerpoolPrice = uint64(poolPrice);
        d.appPrice = uint64(info.appPrice);
        d.datasetPrice = uint64(datasetPrice);
        d.sponsor = requestorder.requester;
        d.botFirst = uint40(botFirst);
        d.botSize = uint40(volume);
        d.schedulerRewardRatio = pool.schedulerRewardRatio;
        d.tee = (tag & bytes32(uint256(1))) != 0;
        if (info.appPrice != 0) d.appOwner = appOwner_;
        if (datasetPrice != 0) d.datasetOwner = datasetOwner_;
        if (info.callback != address(0)) d.callback = info.callback;
    }

    function viewDeal(bytes32 dealid) external view returns (DealView memory v) {
        Deal storage d = deals[dealid];
        v.scheduler = d.scheduler;
        v.sponsor = d.sponsor;
        v.appOwner = d.appOwner;
        v.datasetOwner = d.datasetOwner;
        v.callback = d.callback;
        v.startTime = d.startTime;
        v.timeRef = d.timeRef;
        v.trust = d.trust;
        v.workerStake = d.workerStake;
        v.workerpoolPrice = d.workerpoolPrice;
        v.appPrice = d.appPrice;
        v.datasetPrice = d.datasetPrice;
        v.botFirst = d.botFirst;
        v.botSize = d.botSize;
        v.schedulerRewardRatio = d.schedulerRewardRatio;
        v.tee = d.tee;
        v.contributionDeadline = v.startTime + CONTRIBUTION_DEADLINE_RATIO * v.timeRef;
        v.finalDeadline = v.startTime + FINAL_DEADLINE_RATIO * v.timeRef;
    }

    // ================================================================ tasks

    function _taskid(bytes32 dealid, uint256 idx) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(dealid, idx));
    }

    function _initialize(bytes32 dealid, uint256 idx) internal returns (bytes32 taskid, Deal storage d) {
        d = deals[dealid];
        if (d.scheduler == address(0)) revert UnknownDeal(dealid);
        uint256 first = d.botFirst;
        if (idx < first || idx >= first + d.botSize) revert BadTaskIndex(dealid, idx, first, d.botSize);
        taskid = _taskid(dealid, idx);
        Task storage t = tasks[taskid];
        if (t.meta.status != TASK_UNSET) revert BadTaskStatus(taskid, t.meta.status);
        t.dealid = dealid;
        emit TaskInitialize(taskid, dealid, idx);
    }

    /// Opens task `idx` of a deal for contributions. Anyone may call it.
    function initialize(bytes32 dealid, uint256 idx) external returns (bytes32 taskid) {
        Deal storage d;
        (taskid, d) = _initialize(dealid, idx);
        uint256 deadline = uint256(d.startTime) + CONTRIBUTION_DEADLINE_RATIO * d.timeRef;
        if (block.timestamp >= deadline) revert ContributionDeadlinePassed(taskid, deadline);
        TaskMeta storage m = tasks[taskid].meta;
        m.status = TASK_ACTIVE;
        m.total = 1;
    }

    /// Weight w = max(⌊score/3⌋, 3) − 1 of a worker (docs/POCO.md §2).
    function workerWeight(address worker) public view returns (uint256) {
        return _weight(accounts[worker].score);
    }

    function _weight(uint256 score) internal pure returns (uint256) {
        return Math.max(score / 3, 3) - 1;
    }

    /// Commits a worker's result. `authSign` is the scheduler's eth-signed-message
    /// signature over keccak256(worker ‖ taskid ‖ enclaveChallenge). With an
    /// enclave, `enclaveSign` is that enclave's signature over keccak256(resultHash ‖ resultSeal).
    function contribute(
        bytes32 taskid,
        bytes32 resultHash,
        bytes32 resultSeal,
        address enclaveChallenge,
        bytes calldata enclaveSign,
        bytes calldata authSign
    ) external {
        Task storage t = tasks[taskid];
        TaskMeta memory m = t.meta;
        if (m.status != TASK_ACTIVE) revert BadTaskStatus(taskid, m.status);
        Deal storage d = deals[t.dealid];
        address scheduler = d.scheduler;
        uint256 timeRef = d.timeRef;
        {
            uint256 deadline = uint256(d.startTime) + CONTRIBUTION_DEADLINE_RATIO * timeRef;
            if (block.timestamp >= deadline) revert ContributionDeadlinePassed(taskid, deadline);
        }
        Contribution storage c = contributions[taskid][msg.sender];
        if (c.status != CONTRIB_UNSET) revert AlreadyContributed(taskid, msg.sender);
        if (d.tee && enclaveChallenge == address(0)) revert EnclaveRequired(taskid);
        {
            bytes32 auth = keccak256(abi.encodePacked(msg.sender, taskid, enclaveChallenge)).toEthSignedMessageHash();
            (address signer,,) = ECDSA.tryRecoverCalldata(auth, authSign);
            if (signer != scheduler) revert BadAuthorization(taskid, signer, scheduler);
        }
        if (enclaveChallenge != address(0)) {
            bytes32 h = keccak256(abi.encodePacked(resultHash, resultSeal)).toEthSignedMessageHash();
            (address signer,,) = ECDSA.tryRecoverCalldata(h, enclaveSign);
            if (signer != enclaveChallenge) revert BadEnclaveSignature(taskid, signer, enclaveChallenge);
        }
        if (m.contributors == type(uint16).max) revert TooManyContributors(taskid);

        // stake and weight (one account slot)
        uint256 w = _weight(accounts[msg.sender].score);
        _lock(msg.sender, d.workerStake, taskid);

        c.commit = bytes28(keccak256(abi.encodePacked(resultHash, resultSeal)));
        c.status = CONTRIB_CONTRIBUTED;
        c.lw = uint8(Math.log2(w));
        c.epoch = m.epoch;
        m.contributors += 1;
        emit TaskContribute(taskid, msg.sender, resultHash, w);

        // consensus: group[h] becomes the product of its members' weights
        bytes32 gk = keccak256(abi.encodePacked(taskid, resultHash));
        Group memory g = groups[gk];
        uint256 gw = uint256(g.weight);
        uint256 ng = Math.max(gw, 1) * w;
        uint256 total = uint256(m.total) + ng - gw;
        if (ng > type(uint72).max || total > type(uint72).max) revert WeightOverflow(taskid);
        m.total = uint72(total);
        uint256 trust = d.trust;
        if (ng * trust > total * (trust - 1)) {
            // consensus: the group's slot is left as is (reopen resets it)
            uint256 revealDeadline = block.timestamp + REVEAL_DEADLINE_RATIO * timeRef;
            m.status = TASK_REVEALING;
            m.winners = g.count + 1;
            m.revealDeadline = uint40(revealDeadline);
            m.consensusWeight = uint72(ng);
            t.result = resultHash;
            emit TaskConsensus(taskid, resultHash, m.winners, revealDeadline);
        } else {
            groups[gk] = Group(uint72(ng), g.count + 1, g.resetEpoch);
        }
        t.meta = m;
    }

    /// Reveals the digest behind a contribution to the consensus value.
    function reveal(bytes32 taskid, bytes32 digest) external {
        Task storage t = tasks[taskid];
        TaskMeta memory m = t.meta;
        if (m.status != TASK_REVEALING) revert BadTaskStatus(taskid, m.status);
        if (block.timestamp >= m.revealDeadline) revert RevealDeadlinePassed(taskid, m.revealDeadline);
        Contribution memory c = contributions[taskid][msg.sender];
        if (c.status != CONTRIB_CONTRIBUTED) revert NotContributed(taskid, msg.sender, c.status);
        bytes32 resultHash = keccak256(abi.encodePacked(taskid, digest));
        bytes32 resultSeal = keccak256(abi.encodePacked(msg.sender, taskid, digest));
        if (bytes28(keccak256(abi.encodePacked(resultHash, resultSeal))) != c.commit) revert BadReveal(taskid, msg.sender);
        if (m.reveals == 0) {
            if (resultHash != t.result) revert NotConsensus(taskid, resultHash, t.result);
            t.result = digest;
        } else if (digest != t.result) {
            revert NotConsensus(taskid, resultHash, keccak256(abi.encodePacked(taskid, t.result)));
        }
        if (c.epoch < m.epoch && c.epoch < groups[keccak256(abi.encodePacked(taskid, resultHash))].resetEpoch) {
            revert ContributionRejected(taskid, msg.sender);
        }
        contributions[taskid][msg.sender].status = CONTRIB_PROVED;
        t.meta.reveals = m.reveals + 1;
        emit TaskReveal(taskid, msg.sender, digest);
    }

    /// Scheduler only: after the reveal deadline with no reveal, rejects the
    /// consensus group and reopens the task for contributions.
    function reopen(bytes32 taskid) external {
        Task storage t = tasks[taskid];
        TaskMeta memory m = t.meta;
        if (m.status != TASK_REVEALING) revert BadTaskStatus(taskid, m.status);
        Deal storage d = deals[t.dealid];
        if (msg.sender != d.scheduler) revert NotScheduler(msg.sender, d.scheduler);
        uint256 finalDeadline = uint256(d.startTime) + FINAL_DEADLINE_RATIO * d.timeRef;
        if (block.timestamp >= finalDeadline) revert FinalDeadlinePassed(taskid, finalDeadline);
        if (block.timestamp < m.revealDeadline) revert RevealDeadlineNotReached(taskid, m.revealDeadline);
        if (m.reveals != 0) revert AlreadyRevealed(taskid, m.reveals);
        bytes32 rejected = t.result;
        m.epoch += 1;
        groups[keccak256(abi.encodePacked(taskid, rejected))] = Group(0, 0, m.epoch);
        m.total -= m.consensusWeight;
        m.consensusWeight = 0;
        m.winners = 0;
        m.revealDeadline = 0;
        m.status = TASK_ACTIVE;
        t.meta = m;
        t.result = bytes32(0);
        emit TaskReopen(taskid, rejected, m.epoch);
    }

    /// Checks that `workers` is exactly the task's contributor set, sorted ascending.
    function _checkContributors(bytes32 taskid, uint256 count, address[] calldata workers) internal view {
        if (workers.length != count) revert BadContributorList(taskid, count, workers.length);
        address prev;
        for (uint256 i = 0; i < workers.length; ++i) {
            address w = workers[i];
            if (w <= prev) revert BadContributorList(taskid, count, workers.length);
            if (contributions[taskid][w].status == CONTRIB_UNSET) revert NotAContributor(taskid, w);
            prev = w;
        }
    }

    /// Scheduler only: completes a task, pays the app/dataset owners, the
    /// workers who revealed and the scheduler, seizes the other contributors'
    /// stakes and updates scores. `workers` is every contributor, sorted
    /// ascending (from TaskContribute events).
    function finalize(
        bytes32 taskid,
        address[] calldata workers,
        bytes calldata results,
        bytes calldata resultsCallback
    ) external {
        Task storage t = tasks[taskid];
        TaskMeta memory m = t.meta;
        if (m.status != TASK_REVEALING) revert BadTaskStatus(taskid, m.status);
        Deal storage d = deals[t.dealid];
        address scheduler = d.scheduler;
        if (msg.sender != scheduler) revert NotScheduler(msg.sender, scheduler);
        {
            uint256 finalDeadline = uint256(d.startTime) + FINAL_DEADLINE_RATIO * d.timeRef;
            if (block.timestamp >= finalDeadline) revert FinalDeadlinePassed(taskid, finalDeadline);
        }
        if (!(m.reveals == m.winners || (m.reveals > 0 && block.timestamp >= m.revealDeadline))) {
            revert NotEnoughReveals(taskid, m.reveals, m.winners, m.revealDeadline);
        }
        bytes32 digest = t.result;
        address callback = d.callback;
        if (callback == address(0) ? resultsCallback.length != 0 : keccak256(resultsCallback) != digest) {
            revert BadCallbackData(taskid);
        }
        _checkContributors(taskid, m.contributors, workers);
        t.meta.status = TASK_COMPLETED;

        // 1. the requester pays; app and dataset owners are paid; the scheduler's stake is released
        uint256 poolPrice = d.workerpoolPrice;
        {
            uint256 appPrice = d.appPrice;
            uint256 datasetPrice = d.datasetPrice;
            _seize(d.sponsor, appPrice + datasetPrice + poolPrice, taskid);
            if (appPrice != 0) _reward(d.appOwner, appPrice, taskid);
            if (datasetPrice != 0) _reward(d.datasetOwner, datasetPrice, taskid);
            _unlock(scheduler, poolPrice * SCHEDULER_STAKE_RATIO / 100, taskid);
        }
        // 2. kitty bonus
        {
            uint256 kitty = accounts[KITTY].frozen;
            if (kitty > 0) {
                uint256 bonus = Math.min(Math.max(kitty * KITTY_RATIO / 100, KITTY_MIN), kitty);
                _seize(KITTY, bonus, taskid);
                _reward(scheduler, bonus, taskid);
            }
        }
        // 3. workers
        uint256 stake = d.workerStake;
        uint256 totalReward = poolPrice;
        uint256 totalLw;
        for (uint256 i = 0; i < workers.length; ++i) {
            Contribution storage c = contributions[taskid][workers[i]];
            if (c.status == CONTRIB_PROVED) totalLw += c.lw;
            else totalReward += stake;
        }
        uint256 workersPool = totalReward * (100 - d.schedulerRewardRatio) / 100;
        uint256 paid;
        bool replicated = workers.length > 1;
        for (uint256 i = 0; i < workers.length; ++i) {
            address w = workers[i];
            Contribution storage c = contributions[taskid][w];
            Account storage a = accounts[w];
            uint256 score = a.score;
            if (c.status == CONTRIB_PROVED) {
                uint256 share = totalLw == 0 ? 0 : workersPool * c.lw / totalLw;
                paid += share;
                _unlock(w, stake, taskid);
                _reward(w, share, taskid);
                if (replicated) {
                    a.score = uint64(score + 1);
                    emit WorkerScore(w, taskid, score + 1, true);
                }
            } else {
                _seize(w, stake, taskid);
                a.score = uint64(score * 2 / 3);
                emit WorkerScore(w, taskid, score * 2 / 3, false);
            }
        }
        _reward(scheduler, totalReward - paid, taskid);
        emit TaskFinalize(taskid, digest, results);

        // 4. callback (errors ignored)
        if (callback != address(0)) {
            if (gasleft() < CALLBACK_GAS * 64 / 63) revert CallbackGasTooLow();
            (bool ok,) = callback.call{gas: CALLBACK_GAS}(
                abi.encodeWithSignature("receiveResult(bytes32,bytes)", taskid, resultsCallback)
            );
            ok;
        }
    }

    /// After the final deadline, fails an unfinished task: refunds the requester,
    /// moves the scheduler's stake to the kitty and releases every contributor's
    /// stake. Anyone may call it. `workers`: every contributor, sorted ascending.
    function claim(bytes32 taskid, address[] calldata workers) external {
        Task storage t = tasks[taskid];
        TaskMeta memory m = t.meta;
        if (m.status != TASK_ACTIVE && m.status != TASK_REVEALING) revert BadTaskStatus(taskid, m.status);
        _checkContributors(taskid, m.contributors, workers);
        Deal storage d = deals[t.dealid];
        uint256 stake = d.workerStake;
        for (uint256 i = 0; i < workers.length; ++i) {
            _unlock(workers[i], stake, taskid);
        }
        _fail(taskid, t, d);
    }

    /// claim for a task that was never initialized.
    function initializeAndClaim(bytes32 dealid, uint256 idx) external returns (bytes32 taskid) {
        Deal storage d;
        (taskid, d) = _initialize(dealid, idx);
        _fail(taskid, tasks[taskid], d);
    }

    function _fail(bytes32 taskid, Task storage t, Deal storage d) internal {
        uint256 finalDeadline = uint256(d.startTime) + FINAL_DEADLINE_RATIO * d.timeRef;
        if (block.timestamp < finalDeadline) revert FinalDeadlineNotReached(taskid, finalDeadline);
        t.meta.status = TASK_FAILED;
        uint256 poolPrice = d.workerpoolPrice;
        _unlock(d.sponsor, uint256(d.appPrice) + d.datasetPrice + poolPrice, taskid);
        uint256 schedulerStake = poolPrice * SCHEDULER_STAKE_RATIO / 100;
        _seize(d.scheduler, schedulerStake, taskid);
        _reward(KITTY, schedulerStake, taskid);
        _lock(KITTY, schedulerStake, taskid);
        emit TaskClaimed(taskid);
    }

    function viewTask(bytes32 taskid) external view returns (TaskView memory v) {
        Task storage t = tasks[taskid];
        TaskMeta memory m = t.meta;
        v.status = m.status;
        v.dealid = t.dealid;
        v.contributors = m.contributors;
        v.winners = m.winners;
        v.reveals = m.reveals;
        v.revealDeadline = m.revealDeadline;
        v.totalWeight = m.total;
        v.consensusWeight = m.consensusWeight;
        v.reopens = m.epoch;
        if (m.reveals == 0) v.consensusValue = t.result;
        else v.resultDigest = t.result;
        Deal storage d = deals[t.dealid];
        v.contributionDeadline = uint256(d.startTime) + CONTRIBUTION_DEADLINE_RATIO * d.timeRef;
        v.finalDeadline = uint256(d.startTime) + FINAL_DEADLINE_RATIO * d.timeRef;
    }

    /// status: 0 UNSET, 1 CONTRIBUTED, 2 PROVED. A CONTRIBUTED contribution made in an
    /// epoch before a reopen that rejected its result hash can no longer be revealed.
    function viewContribution(bytes32 taskid, address worker)
        external
        view
        returns (uint8 status, uint256 rewardWeight, uint256 epoch)
    {
        Contribution memory c = contributions[taskid][worker];
        return (c.status, c.lw, c.epoch);
    }
}
