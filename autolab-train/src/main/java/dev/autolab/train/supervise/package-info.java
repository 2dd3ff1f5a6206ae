/**
 * The training supervisor: engine-neutral signals computed from a run's steps and validations,
 * small named rules that read them, guardrails that keep the rules from acting too often, and the
 * journal and notifications of every decision. An engine (the DJL loop, XGBoost's boosting rounds)
 * feeds observations in and applies the chosen changes through an {@link
 * dev.autolab.train.supervise.Actuator}.
 */
package dev.autolab.train.supervise;
