/** The {@code jiceng} command-line tool (picocli). */
package org.jiceng.governance.examples.cli;
