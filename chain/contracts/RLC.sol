// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title RLC — the ERC-20 token of pocogrid's development deployments.
/// @notice 9 decimals like iExec's RLC (amounts are in nRLC). The whole supply is
/// minted once to `holder`; the supply must fit the escrow's uint96 accounts.
contract RLC is ERC20 {
    error SupplyTooLarge(uint256 supply);

    constructor(address holder, uint256 supply) ERC20("pocogrid dev RLC", "RLC") {
        if (supply > type(uint96).max) revert SupplyTooLarge(supply);
        _mint(holder, supply);
    }

    function decimals() public pure override returns (uint8) {
        return 9;
    }
}
