/**
 * "The obvious alternative" to {@code DatasetValidator}, for {@code ValidationBenchmark}: the
 * dataset bound whole into plain beans by Jackson databinding and checked by Hibernate Validator
 * through Jakarta constraints that express the checks {@code cn-national} makes (field
 * constraints, and {@code @AssertTrue} methods for the checks that look at several fields). Not
 * API; benchmark code only.
 */
package org.jiceng.governance.benchmarks.beans;
