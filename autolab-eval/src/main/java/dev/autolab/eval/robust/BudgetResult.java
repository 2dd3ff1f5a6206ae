package dev.autolab.eval.robust;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The attack's outcome at one edit budget.
 *
 * @param editsPer100Chars the budget: at most this many changed characters per 100 of the text (at
 *     least one)
 * @param successRate the share of attacked examples whose prediction the attack flipped within it
 */
public record BudgetResult(
    @JsonProperty("edits_per_100_chars") int editsPer100Chars,
    int successes,
    @JsonProperty("success_rate") double successRate) {}
