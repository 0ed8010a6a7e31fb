/**
 * The compliance rules as an Apache Spark job over {@code jiceng.community/1} lines ({@link
 * org.jiceng.governance.json.CommunityLinesFormat}): the local rules run as a map over
 * communities, the county-wide rules as a reduce of their own accumulators ({@link
 * org.jiceng.governance.rules.compliance.ComplianceEngine.Partial}). {@link
 * org.jiceng.governance.spark.SparkValidation} is the {@code spark-submit} entry point; {@link
 * org.jiceng.governance.spark.ValidationJob} the job over a given {@code JavaSparkContext}. See
 * {@code docs/spark.md}.
 *
 * <p>Parameters are not null unless documented otherwise.
 */
package org.jiceng.governance.spark;
