/**
 * Rule engines over the governance model. Pure functions of their inputs: no I/O, no clock.
 */
package org.jiceng.governance.rules;
